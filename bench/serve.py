"""Start Upright under gunicorn on loopback for a benchmark, with its own SQLite database; and
the bare Django project it is measured against, under the same gunicorn configuration."""

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if urllib.request.urlopen(url, timeout=2).status == 200:
                return
        if process.poll() is not None:
            break
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer. The end of the log:\n{log_path.read_text()[-3000:]}")


@contextlib.contextmanager
def bare_server(**env: str) -> Iterator[str]:
    """bench/bare (no apps, no middleware, one view) under config/gunicorn.py; yields its URL."""
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        environment = {**os.environ, "PORT": str(port), "PYTHONPATH": str(ROOT), **env}
        log_path = Path(tmp) / "bare.log"
        with log_path.open("w") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "--config", "config/gunicorn.py"]
                + ["bench.bare.wsgi"],
                cwd=ROOT,
                env=environment,
                stdout=log,
                stderr=log,
            )
            try:
                wait_for(f"http://127.0.0.1:{port}/", process, log_path)
                yield f"http://127.0.0.1:{port}"
            finally:
                process.terminate()
                process.wait(timeout=30)


@contextlib.contextmanager
def upright_server(database: Path | None = None, **env: str) -> Iterator[tuple[str, int]]:
    """Run bin/start (migrate, load content, gunicorn); yield its base URL and master pid."""
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        database = database or Path(tmp) / "bench.sqlite3"
        static_root = Path(tmp) / "static"
        environment = {
            **os.environ,
            "PYTHON": sys.executable,
            "PORT": str(port),
            "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{database}"),
            "DJANGO_STATIC_ROOT": str(static_root),
            "DJANGO_CACHE_DIR": str(Path(tmp) / "cache"),
            "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY", "bench-" + "x" * 50),
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_DEBUG": "0",
            "DJANGO_SETTINGS_MODULE": "config.settings",
            **env,
        }
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
            cwd=ROOT,
            env=environment,
            check=True,
        )
        log = open(Path(tmp) / "server.log", "w")  # noqa: SIM115 - closed below
        process = subprocess.Popen(
            [str(ROOT / "bin" / "start")], cwd=ROOT, env=environment, stdout=log, stderr=log
        )
        base = f"http://127.0.0.1:{port}"
        try:
            log.flush()
            wait_for(f"{base}/healthz", process, Path(tmp) / "server.log")
            yield base, process.pid
        finally:
            process.terminate()
            process.wait(timeout=30)
            log.close()
