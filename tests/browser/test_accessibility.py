"""The accessibility gate's checks (tests/browser/test_every_page.py runs them on every page)
find what they are meant to find."""

import pytest
from playwright.sync_api import Page

from tests.browser.checks import axe_violations, html_errors

pytestmark = [pytest.mark.browser, pytest.mark.a11y]

BROKEN_PAGE = """<!doctype html>
<html lang="en"><head><title>Broken</title></head>
<body>
  <img src="/static/img/favicon.svg">
  <form><input type="text" name="q"></form>
  <div id="twice"></div><div id="twice"><p>Unclosed paragraph</div>
  <h4>Skipped heading levels</h4>
</body></html>"""


def test_the_gate_fails_on_a_broken_page(page: Page, site: str, tmp_path):
    page.goto(f"{site}/")  # same origin, so nothing blocks the checks
    page.set_content(BROKEN_PAGE)
    violations = "\n".join(axe_violations(page, "broken"))
    assert "image-alt" in violations
    assert "label" in violations
    errors = "\n".join(html_errors({"broken": BROKEN_PAGE}, tmp_path))
    assert "broken:" in errors
    assert "alt" in errors and "twice" in errors
