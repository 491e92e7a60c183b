"""The accessibility and HTML-validity checks the gate runs on every page."""

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

# Rules switched off, each with the false positive that justifies it. None so far.
DISABLED_RULES: dict[str, str] = {}

# Page scripts listing what axe does not check: controls smaller than 44 × 44 CSS px, and
# headings that skip a level or a page without exactly one h1.
SMALL_TARGETS = """() => {
  const small = [];
  const controls = document.querySelectorAll(
    "a[href], button, input:not([type=hidden]), select, textarea, summary");
  for (const control of controls) {
    const box = control.closest("label") || control;
    const rect = box.getBoundingClientRect();
    if (!rect.width || !rect.height || getComputedStyle(control).visibility === "hidden") continue;
    if (rect.width >= 44 && rect.height >= 44) continue;
    // WCAG's inline exception: a link inside a sentence is sized by the text around it.
    const block = control.closest("p, li, td, dd, figcaption");
    if (control.tagName === "A" && block && block.textContent.trim() !== control.textContent.trim()) continue;
    if (control.closest(".visually-hidden, .skip-link")) continue;
    small.push(`${control.tagName.toLowerCase()} "${control.textContent.trim().slice(0, 40)}" ${Math.round(rect.width)}x${Math.round(rect.height)}`);
  }
  return small;
}"""

HEADING_JUMPS = """() => {
  const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map(h => Number(h.tagName[1]));
  const problems = [];
  if (levels.filter(level => level === 1).length !== 1) problems.push(`${levels.filter(l => l === 1).length} h1`);
  levels.forEach((level, i) => { if (i && level > levels[i - 1] + 1) problems.push(`h${levels[i - 1]} then h${level}`); });
  return problems;
}"""


_axe = Axe()


def axe_violations(page: Page, where: str, *, rules: list[str] | None = None) -> list[str]:
    """Every WCAG 2.0/2.1/2.2 A and AA violation on the page (or of the rules named)."""
    run_only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": WCAG_TAGS}
    options = {
        "runOnly": run_only,
        "resultTypes": ["violations"],
        "rules": {rule: {"enabled": False} for rule in DISABLED_RULES},
    }
    results = _axe.run(page, options=options)
    return [
        f"{where}: {violation['id']} ({violation['impact']}): {node['target']} {violation['help']}"
        for violation in results.response["violations"]
        for node in violation["nodes"]
    ]


def html_errors(documents: dict[str, str], workdir: Path) -> list[str]:
    """Nu HTML Checker errors for each named HTML document, checked in one run."""
    if not VNU.exists():
        raise RuntimeError(f"{VNU} is missing: run `make install-dev` (npm ci) first")
    names = {}
    for index, (name, html) in enumerate(documents.items()):
        path = workdir / f"page-{index}.html"
        path.write_text(html)
        names[path.name] = name
    command = ["java", "-jar", str(VNU), "--errors-only", "--format", "json"]
    result = subprocess.run(
        [*command, *(str(workdir / filename) for filename in names)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stderr or result.stdout or '{"messages": []}')
    return [
        f"{names.get(Path(m.get('url', '')).name, m.get('url'))}:{m.get('lastLine')}: {m['message']}"
        for m in report["messages"]
        if m.get("type") in ("error", "non-document-error")
    ]


def tab_until(page: Page, text: str, limit: int = 200) -> None:
    """Press Tab until the focused element's name (its label, else its text) contains `text`,
    checking focus is seen."""
    assert text, "name the control to reach"
    page.wait_for_load_state()  # the deferred scripts have wired up the page's controls
    for _ in range(limit):
        page.keyboard.press("Tab")
        label = page.evaluate(
            "document.activeElement === document.body ? '' :"
            " (document.activeElement.getAttribute('aria-label')"
            " || document.activeElement.textContent || document.activeElement.value || '')"
        )
        if label and text in " ".join(label.split()):
            # A card shows the focus ring for the link that covers it.
            ringed = page.evaluate(
                "[document.activeElement, document.activeElement.closest('.card')]"
                ".some(el => el && getComputedStyle(el).outlineStyle !== 'none')"
            )
            assert ringed, f"no visible focus on {text!r}"
            return
    raise AssertionError(f"could not reach {text!r} with Tab: a trap, or it is missing")


def tab_and_press(page: Page, text: str, key: str = "Enter") -> None:
    """Reach the control named `text` with Tab, as a keyboard user does, and press `key` on it."""
    tab_until(page, text)
    page.keyboard.press(key)


def held_clock(page: Page) -> None:
    """Fake the page's clock and hold it still: it moves only by the test's `run_for`, so a
    stall in the test or the browser cannot skip a second between two checks."""
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    page.clock.install(time=start)
    page.clock.pause_at(start + timedelta(seconds=1))


def eventually(page: Page, script: str, arg=None, tries: int = 120) -> None:
    """Wait until a check in the page comes true, asking from here. (wait_for_function would
    take a promise itself for a true answer, and it polls on the page's animation frames,
    which a page's installed clock holds still.)"""
    for _ in range(tries):
        if page.evaluate(script, arg):
            return
        page.wait_for_timeout(250)
    raise AssertionError(f"never came true: {script}")


def controlled(page: Page) -> None:
    """Wait until the service worker has taken charge of the page."""
    eventually(page, "() => navigator.serviceWorker.controller !== null")
