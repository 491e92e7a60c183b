"""
Load on the routine builder, a gunicorn worker killed in the middle, then a restart.

Starts Upright under gunicorn (bin/start, 3 workers, SQLite in WAL mode unless DATABASE_URL
says otherwise) on 127.0.0.1. Sixteen visitors, each with their own session, add stretches as
fast as they can (clearing at 30) for 20 seconds; after 8 seconds one worker is killed with
SIGKILL. Every visitor keeps count of the steps the server confirmed; at the end, and again
after stopping and restarting the server on the same database, each routine must hold exactly
that many steps. Prints requests, throughput, errors by kind and what was lost (nothing).

    .venv/bin/python bench/load.py
"""

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from client import Visitor  # noqa: E402
from serve import upright_server  # noqa: E402

VISITORS = 16
SECONDS = 20
KILL_AFTER = 8
STRETCHES = ["chin-tuck", "cat-cow", "scm-stretch", "neck-rotation", "shoulder-rolls"]


def run_visitor(visitor: Visitor, stop: float, results: Counter) -> None:
    while time.monotonic() < stop:
        try:
            if visitor.expected >= 30:
                status, _ = visitor.request("/routine/clear/", {})
                if status == 302:
                    visitor.expected = 0
            else:
                slug = STRETCHES[visitor.expected % len(STRETCHES)]
                status = visitor.add(slug)
                if status == 302:
                    visitor.expected += 1
            results[status] += 1
        except OSError as error:
            # The worker handling this request was killed: the write may or may not have
            # happened, so ask the server, as a visitor reloading the page would.
            results[f"connection error ({type(error).__name__})"] += 1
            time.sleep(0.2)
            visitor.expected = visitor.steps_on_server()


def workers_of(master: int) -> list[int]:
    output = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True
    ).stdout
    return [int(pid) for pid in output.split()]


def main() -> None:
    env = {"WEB_CONCURRENCY": "3", "UPRIGHT_WRITE_RATE": "1000000/m"}
    with tempfile.TemporaryDirectory() as tmp:
        database = Path(tmp) / "load.sqlite3"
        with upright_server(database, **env) as (base, master):
            visitors = [Visitor(base, n) for n in range(VISITORS)]
            results: Counter = Counter()
            stop = time.monotonic() + SECONDS
            threads = [
                threading.Thread(target=run_visitor, args=(v, stop, results)) for v in visitors
            ]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            time.sleep(KILL_AFTER)
            victim = workers_of(master)[0]
            os.kill(victim, signal.SIGKILL)
            print(f"killed gunicorn worker {victim} after {KILL_AFTER} s")
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - started
            total = sum(results.values())
            print(f"{total} writes in {elapsed:.1f} s: {total / elapsed:.0f} req/s")
            print("answers:", dict(results))
            lost = [v.number for v in visitors if v.steps_on_server() != v.expected]
            print(
                f"after the kill: {VISITORS - len(lost)}/{VISITORS} routines exactly as confirmed"
            )
            cookies = [(v, list(v.jar)) for v in visitors]
        with upright_server(database, **env) as (base, _master):
            restored = 0
            for visitor, jar in cookies:
                visitor.base = base
                for cookie in jar:
                    visitor.jar.set_cookie(cookie)
                restored += visitor.steps_on_server() == visitor.expected
            print(f"after a restart: {restored}/{VISITORS} routines exactly as confirmed")
        if lost or restored != VISITORS:
            sys.exit("steps were lost")


if __name__ == "__main__":
    main()
