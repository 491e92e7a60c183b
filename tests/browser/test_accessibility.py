"""
The accessibility gate: every page passes axe-core's WCAG 2.0/2.1/2.2 A and AA rules in
Chromium and the Nu HTML Checker. It crawls, so new pages are covered without changes here.
"""

import pytest
from playwright.sync_api import Page

from tests.browser.checks import axe_violations, html_errors
from tests.browser.conftest import site_pages

pytestmark = [pytest.mark.browser, pytest.mark.a11y]

BROKEN_PAGE = """<!doctype html>
<html lang="en"><head><title>Broken</title></head>
<body>
  <img src="/static/img/favicon.svg">
  <form><input type="text" name="q"></form>
  <div id="twice"></div><div id="twice"><p>Unclosed paragraph</div>
  <h4>Skipped heading levels</h4>
</body></html>"""


def test_every_page_passes_axe_and_the_html_checker(visitor: Page, site: str, tmp_path):
    pages = site_pages(visitor, site)
    assert len(pages) > 60, pages
    problems, documents = [], {}
    for url in pages:
        response = visitor.goto(f"{site}{url}")
        documents[url] = response.text()
        problems += axe_violations(visitor, url)
    problems += html_errors(documents, tmp_path)
    # Dark mode has its own colours: check their contrast on every page too.
    visitor.emulate_media(color_scheme="dark")
    for url in pages:
        visitor.goto(f"{site}{url}")
        problems += axe_violations(visitor, f"{url} (dark)", rules=["color-contrast"])
    assert not problems, f"{len(problems)} problems on {len(pages)} pages:\n" + "\n".join(problems)


def test_the_gate_fails_on_a_broken_page(page: Page, site: str, tmp_path):
    page.goto(f"{site}/")  # same origin, so nothing blocks the checks
    page.set_content(BROKEN_PAGE)
    violations = "\n".join(axe_violations(page, "broken"))
    assert "image-alt" in violations
    assert "label" in violations
    errors = "\n".join(html_errors({"broken": BROKEN_PAGE}, tmp_path))
    assert "broken:" in errors
    assert "alt" in errors and "twice" in errors
