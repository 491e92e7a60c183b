"""
Throughput of every kind of page against a bare Django project, side by side in one run.

Starts Upright as production does (bin/start, config/gunicorn.py) and, beside it, bench/bare: a
Django project with no installed apps, no middleware and one view returning "ok", under the
same gunicorn configuration. wrk (Debian's package) loads each page in turn, as a browser's
visit does (gzip accepted; a visitor's cookie on the pages drawn for one visitor), and the
script prints req/s, p50 and p99 latency and the ratio to the bare project, measured just
before and just after each page (this machine's speed drifts within a run). About three
minutes.

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
from serve import bare_server, upright_server  # noqa: E402

CONNECTIONS = 8
# What the pages must reach against the bare project (DESIGN.md, "Budgets").
PUBLIC_TARGET, VISITOR_TARGET = 0.50, 0.06


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
    # At these rates each worker would be recycled every few seconds (max_requests); the
    # cache survives that, but a worker's first requests would still be counted.
    env = {"GUNICORN_MAX_REQUESTS": os.environ.get("GUNICORN_MAX_REQUESTS", "0")}
    with bare_server(**env) as bare, upright_server(**env) as (base, _master):
        visitor = Visitor(base)
        for slug in ("chin-tuck", "upper-trapezius-stretch", "cat-cow"):
            visitor.add(slug)
        share = re.search(r'href="(/r/[^/]+/)"', visitor.request("/routine/")[1]).group(1)
        returning = {"Cookie": visitor.cookie_header()}
        public = {
            "home": ("/", {}),
            "library": ("/stretches/", {}),
            "library filtered": ("/stretches/?area=neck&position=sitting", {}),
            "library htmx fragment": ("/stretches/?area=neck", {"HX-Request": "true"}),
            "stretch": ("/stretches/chin-tuck/", {}),
            "cause": ("/imbalances/upper-crossed-syndrome/", {}),
            "red flags": ("/when-to-see-a-doctor/", {}),
            "API stretch": ("/api/v1/stretches/chin-tuck", {}),
        }
        per_visitor = {
            "builder with steps": ("/routine/", returning),
            "player": ("/routine/follow/?step=1", returning),
            "shared routine": (share, returning),
        }
        print(f"{'page':24} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'bare/s':>8} {'ratio':>6}")
        ratios = {}
        for name, (path, headers) in (public | per_visitor).items():
            # A second first, not counted: every worker draws (and keeps) the page once, so
            # the figures are the steady state rather than first drawings in a short run.
            wrk(f"{base}{path}", 1, headers)
            before = wrk(f"{bare}/", half, {})
            page = wrk(f"{base}{path}", seconds, headers)
            after = wrk(f"{bare}/", half, {})
            ceiling = (before["rps"] + after["rps"]) / 2
            ratios[name] = page["rps"] / ceiling
            print(
                f"{name:24} {page['rps']:8.0f} {page['p50']:8.2f} {page['p99']:8.2f} "
                f"{ceiling:8.0f} {ratios[name]:6.0%}"
                + (f"  {page['errors']} errors" if page["errors"] else "")
            )
        lowest_public = min(ratios[name] for name in public)
        lowest_visitor = min(ratios[name] for name in per_visitor)
        print(
            f"\nlowest public page:      {lowest_public:.2f} of the bare project (at least {PUBLIC_TARGET})"
        )
        print(
            f"lowest per-visitor page: {lowest_visitor:.2f} of the bare project (at least {VISITOR_TARGET})"
        )


if __name__ == "__main__":
    main()
