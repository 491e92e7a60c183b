"""
Throughput of every kind of page against a bare Django view, side by side in one run.

Starts Upright under its own gunicorn configuration (bin/start) on 127.0.0.1 with a bare
`HttpResponse("ok")` view mounted beside the real pages, so both go through the same server,
settings and middleware. wrk (Debian's package) loads each page in turn and the script prints
req/s, p50 and p99 latency and the ratio to the bare view, measured just before and just after
each page. About three minutes.

    apt-get install wrk   # once
    .venv/bin/python bench/pages.py [seconds-per-page]
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from client import Visitor  # noqa: E402
from serve import ROOT, upright_server  # noqa: E402

CONNECTIONS = 8


def wrk(url: str, seconds: int, headers: dict[str, str]) -> dict:
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", url]
    # As a browser does: ask for compressed pages.
    for name, value in {"Accept-Encoding": "gzip, deflate, br", **headers}.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout

    def latency(percent: str) -> float:
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)", output, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency("50"),
        "p99": latency("99"),
        "errors": int(errors.group(1)) if errors else 0,
    }


def main() -> None:
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    half = max(seconds // 2, 1)
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    env = {"DJANGO_SETTINGS_MODULE": "bench.ceiling", "PYTHONPATH": str(ROOT)}
    env["UPRIGHT_PAGE_CACHE"] = os.environ.get("UPRIGHT_PAGE_CACHE", "1")
    # At these rates each worker would be recycled every few seconds (max_requests) and start
    # with nothing kept; production's traffic takes far longer to reach that count.
    env["GUNICORN_MAX_REQUESTS"] = os.environ.get("GUNICORN_MAX_REQUESTS", "0")
    with upright_server(**env) as (base, _master):
        visitor = Visitor(base)
        for slug in ("chin-tuck", "upper-trapezius-stretch", "cat-cow"):
            visitor.add(slug)
        share = re.search(r'href="(/r/[^/]+/)"', visitor.request("/routine/")[1]).group(1)
        returning = {"Cookie": visitor.cookie_header()}
        pages = {
            "home": ("/", {}),
            "library": ("/stretches/", {}),
            "library filtered": ("/stretches/?area=neck&position=sitting", {}),
            "library htmx fragment": ("/stretches/?area=neck", {"HX-Request": "true"}),
            "stretch": ("/stretches/chin-tuck/", {}),
            "cause": ("/imbalances/upper-crossed-syndrome/", {}),
            "red flags": ("/when-to-see-a-doctor/", {}),
            # What any per-visitor page costs before its own content: the site's page around
            # nothing, then that page after reading the visitor's session and routine.
            "empty page (floor)": ("/bench/empty/", {}),
            "visitor + empty page": ("/bench/visitor/", returning),
            "builder with steps": ("/routine/", returning),
            "player": ("/routine/follow/?step=1", returning),
            "shared routine": (share, {}),
        }
        print(f"{'page':24} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'bare/s':>8} {'ratio':>6}")
        for name, (path, headers) in pages.items():
            # A second first, not counted: every worker draws (and keeps) the page once, so
            # the figures are the steady state rather than three first drawings in a short run.
            wrk(f"{base}{path}", 1, headers)
            # The machine's speed drifts over a run (other tenants, clocks), so each page is
            # measured between two runs of the bare view and compared with their mean.
            before = wrk(f"{base}/bench/bare/", half, {})
            page = wrk(f"{base}{path}", seconds, headers)
            after = wrk(f"{base}/bench/bare/", half, {})
            bare = (before["rps"] + after["rps"]) / 2
            print(
                f"{name:24} {page['rps']:8.0f} {page['p50']:8.2f} {page['p99']:8.2f} "
                f"{bare:8.0f} {page['rps'] / bare:6.0%}"
                + (f"  {page['errors']} errors" if page["errors"] else "")
            )


if __name__ == "__main__":
    main()
