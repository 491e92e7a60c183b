"""Upright served as production serves it: bin/start, gunicorn, WhiteNoise, DEBUG off."""

import contextlib
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.processes import production_env

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, **headers) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory, collected_static):
    port = free_port()
    env = production_env(
        PYTHON=sys.executable,
        PORT=str(port),
        DATABASE_URL=f"sqlite:///{tmp_path_factory.mktemp('db') / 'serve.sqlite3'}",
        DJANGO_STATIC_ROOT=str(collected_static),
        DJANGO_CACHE_DIR=str(tmp_path_factory.mktemp("cache")),
        DJANGO_SECRET_KEY="serve-test-secret-key-0123456789-abcdefghijkl",
        DJANGO_DEBUG="0",
        WEB_CONCURRENCY="2",
    )
    log_path = tmp_path_factory.mktemp("log") / "server.log"
    with log_path.open("w") as log:
        process = subprocess.Popen([str(ROOT / "bin" / "start")], env=env, stdout=log, stderr=log)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                if get(f"{base}/healthz")[0] == 200:
                    break
            if process.poll() is not None:
                pytest.fail(f"bin/start exited early:\n{log_path.read_text()}")
            time.sleep(0.2)
        else:
            process.kill()
            pytest.fail(f"gunicorn did not answer /healthz within 60 s:\n{log_path.read_text()}")
        yield base, log_path
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def base(server):
    return server[0]


def test_start_script_migrates_loads_content_and_serves_pages(base):
    status, headers, body = get(f"{base}/stretches/chin-tuck/")
    assert status == 200
    assert b"How to do it" in body
    assert b"Not medical advice." in body
    assert "Content-Security-Policy" in headers


def test_static_files_are_compressed_and_cached_for_a_year(base):
    _status, _headers, body = get(f"{base}/")
    css = next(
        part.split('"')[0]
        for part in body.decode().split('href="')
        if part.startswith("/static/css/upright.")
    )
    for encoding in ("br", "gzip"):
        status, headers, _ = get(f"{base}{css}", **{"Accept-Encoding": encoding})
        assert status == 200
        assert headers["Content-Encoding"] == encoding
        assert "max-age=315360000" in headers["Cache-Control"]
        assert "immutable" in headers["Cache-Control"]


def test_debug_is_off_in_production(base):
    status, _headers, body = get(f"{base}/no-such-page/")
    assert status == 404
    assert b"Page not found" in body
    assert b"URLconf" not in body


def test_every_request_is_one_json_line_in_the_servers_log(server):
    base, log_path = server
    get(f"{base}/stretches/?area=neck", **{"X-Request-Id": "serve-test-1"})
    for _ in range(50):  # the worker writes its line once the answer is sent
        # The lines before gunicorn are the start script's own (migrate, load_content).
        lines = [json.loads(s) for s in log_path.read_text().splitlines() if s.startswith("{")]
        mine = [line for line in lines if line.get("request_id") == "serve-test-1"]
        if mine:
            break
        time.sleep(0.1)
    assert len(mine) == 1
    assert mine[0]["path"] == "/stretches/" and mine[0]["query"] == "area=neck"
    assert mine[0]["status"] == "200" and mine[0]["method"] == "GET"
