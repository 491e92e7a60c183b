"""
What a request costs inside the process, page by page, and where the time goes.

Sets up Upright with production settings on a throwaway SQLite database (migrated, content
loaded, static files collected), makes a visitor with a three-stretch routine, then calls the
WSGI application directly: no server, no network, so each figure is the app's own CPU time per
request. With --profile it runs cProfile over one page and prints the functions that take the
most time of their own.

    .venv/bin/python bench/profile.py [--requests 500] [--profile /routine/]
"""

import argparse
import cProfile
import io
import os
import pstats
import subprocess
import sys
import tempfile
import time
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    "/",
    "/stretches/",
    "/stretches/chin-tuck/",
    "/imbalances/upper-crossed-syndrome/",
    "/when-to-see-a-doctor/",
    "/api/v1/stretches/chin-tuck",
    "/routine/",
    "/routine/follow/?step=1",
]
VISITORS_OWN = ("/routine/", "/routine/follow/")


def setup(folder: Path) -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=f"sqlite:///{folder / 'profile.sqlite3'}",
        DJANGO_CACHE_DIR=str(folder / "cache"),
        DJANGO_STATIC_ROOT=str(folder / "static"),
        DJANGO_SECRET_KEY="profile-" + "x" * 50,
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_DEBUG="0",
    )
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    for command in ("migrate", "createcachetable", "load_content", "collectstatic"):
        call_command(command, verbosity=0, interactive=False)


def environ(path: str, method: str = "GET", body: bytes = b"", **headers) -> dict:
    path, _, query = path.partition("?")
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "HTTP_HOST": "127.0.0.1:8000",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_ACCEPT_ENCODING": "gzip, deflate, br",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        **headers,
    }


BARE = """
import io, sys, time
import django
django.setup()
from django.core.handlers.wsgi import WSGIHandler
application = WSGIHandler()
environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "QUERY_STRING": "", "SERVER_NAME": "x",
           "SERVER_PORT": "80", "HTTP_HOST": "127.0.0.1", "wsgi.url_scheme": "http",
           "wsgi.errors": sys.stderr}
def call():
    b"".join(application({**environ, "wsgi.input": io.BytesIO()}, lambda *args: None))
for _ in range(100):
    call()
started = time.process_time()
for _ in range(5000):
    call()
print((time.process_time() - started) / 5000 * 1000)
"""


def bare_project_ms() -> float:
    """The bare project's own time per request (bench/bare), in a process of its own."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.bare.settings", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", BARE], env=env, capture_output=True, text=True, check=True
    )
    return float(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument(
        "--profile", metavar="PATH", help="profile this page and print its top costs"
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        setup(Path(folder))
        import logging

        from django.core.handlers.wsgi import WSGIHandler

        logging.disable(logging.CRITICAL)  # errors would be loud; this measures pages
        application = WSGIHandler()
        answer: dict = {}

        def start_response(status, headers, exc_info=None):
            answer["status"], answer["headers"] = status, headers

        def call(env: dict) -> None:
            b"".join(application(env, start_response))

        cookie = ""
        for slug in ("chin-tuck", "upper-trapezius-stretch", "cat-cow"):
            body = f"stretch={slug}".encode()
            call(
                environ(
                    "/routine/add/",
                    "POST",
                    body,
                    HTTP_SEC_FETCH_SITE="same-origin",
                    HTTP_COOKIE=cookie,
                )
            )
            jar = SimpleCookie()
            for name, value in answer["headers"]:
                if name.lower() == "set-cookie":
                    jar.load(value)
            cookie = cookie or "; ".join(
                f"{m.key}={m.value}" for m in jar.values() if m.key == "sessionid"
            )

        def request(path: str) -> dict:
            headers = {"HTTP_COOKIE": cookie} if path.startswith(VISITORS_OWN) else {}
            return environ(path, **headers)

        print(f"{'page':40} {'ms per request':>15}")
        print(f"{'(the bare project)':40} {bare_project_ms():15.3f}")
        for path in PAGES:
            for _ in range(30):
                call(request(path))
            assert answer["status"].startswith("200"), (path, answer["status"])
            started = time.process_time()
            for _ in range(options.requests):
                call(request(path))
            spent = (time.process_time() - started) / options.requests * 1000
            print(f"{path:40} {spent:15.3f}")
        if options.profile:
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(options.requests):
                call(request(options.profile))
            profile.disable()
            print(f"\n{options.profile}: the functions with the most time of their own")
            pstats.Stats(profile).sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()
