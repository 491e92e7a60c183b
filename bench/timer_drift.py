"""
How far the player's timer drifts over a 60-second hold, in Debian's Chromium.

Starts Upright under gunicorn, builds a routine whose first stretch is one 60 s hold, and
follows it while the page's main thread is kept busy (a 40 ms task every 50 ms). Prints how
long the get-ready and hold phases really lasted
and the hold's measured length against the page's clock. Takes about 90 seconds.

    .venv/bin/python bench/timer_drift.py
"""

import re
import shutil
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve import ROOT, upright_server  # noqa: E402

sys.path.insert(0, str(ROOT))
from tests.browser.conftest import CHROMIUM_FLAGS  # noqa: E402

FLAGS = CHROMIUM_FLAGS
# Records when the page's phase line is rewritten: the player does that as each phase begins.
WATCH_PHASES = """
() => {
  window.phaseLog = [];
  new MutationObserver(() => window.phaseLog.push({ at: performance.now() })).observe(
    document.querySelector("[data-phase]"), { childList: true, characterData: true, subtree: true }
  );
}
"""
BUSY_MAIN_THREAD = """
() => { window.setInterval(() => { const end = performance.now() + 40; while (performance.now() < end) {} }, 50); }
"""


def main() -> None:
    with upright_server() as (base, _pid), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=FLAGS)
        page = browser.new_page()
        for slug in ("scm-stretch", "chin-tuck"):
            page.goto(f"{base}/stretches/{slug}/")
            page.get_by_role("button", name=re.compile("^Add to routine")).click()
            page.wait_for_selector("text=added to your routine")
        page.goto(f"{base}/routine/")
        page.get_by_text("Change the dose").first.click()
        page.get_by_label("Hold (seconds)").first.fill("60")
        page.get_by_label("Repetitions").first.fill("1")
        page.get_by_label("Sides").select_option("left")
        page.get_by_role("button", name=re.compile("^Save")).first.click()
        page.wait_for_selector("text=Hold 60 s, 1 time on the left")
        page.goto(f"{base}/routine/follow/")
        page.get_by_role("button", name="I have read this: start").click()
        page.evaluate(BUSY_MAIN_THREAD)  # evaluate, not a script tag: our CSP blocks inline script
        page.evaluate(WATCH_PHASES)
        page.get_by_role("button", name="Start timer").click()
        # Wait for the second stretch's get-ready phase: the 60 s hold is over by then.
        # (Polled from here: wait_for_function evaluates a string, which our CSP forbids.)
        deadline = time.monotonic() + 120
        while len(page.evaluate("window.phaseLog")) < 3:
            if time.monotonic() > deadline:
                raise RuntimeError("the hold never ended")
            time.sleep(0.5)
        log = page.evaluate("window.phaseLog")
        browser.close()
    # The page's phase line changes as each phase begins: get ready, hold, the next stretch.
    ready = log[1]["at"] - log[0]["at"]
    measured = log[2]["at"] - log[1]["at"]
    print(f"get-ready phase (10 s): {ready:9.1f} ms, drift {ready - 10_000:+6.1f} ms")
    print(f"hold phase      (60 s): {measured:9.1f} ms, drift {measured - 60_000:+6.1f} ms")
    print("main thread kept busy: a 40 ms task every 50 ms throughout")


if __name__ == "__main__":
    main()
