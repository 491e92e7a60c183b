"""
Every page a visitor can reach, checked in a real browser: axe-core's WCAG 2.0/2.1/2.2 A and
AA rules (and dark mode's contrast), the Nu HTML Checker, reflow at 320 px and at 200% zoom,
44 × 44 px targets, one h1 and headings in order. The site is crawled once and each page
visited once for all of them; a new page is covered without a change here.
"""

from dataclasses import dataclass

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.checks import HEADING_JUMPS, SMALL_TARGETS, axe_violations, html_errors
from tests.browser.conftest import become_a_returning_visitor
from tests.browser.crawl import walk

pytestmark = [pytest.mark.browser, pytest.mark.a11y]

# 320 CSS px is a small phone; 640 is a 1280 px window zoomed to 200%.
REFLOW_WIDTHS = (320, 640)
DESKTOP = {"width": 1280, "height": 720}


@dataclass
class Seen:
    """One page as the checks found it."""

    document: str
    axe: list[str]
    dark_contrast: list[str]
    overflow: list[str]
    small_targets: list[str]
    heading_problems: list[str]


def look_at(page: Page, site: str, url: str) -> Seen:
    response = page.goto(f"{site}{url}")
    ours = not url.startswith("/admin/")  # the admin is Django's: only axe and the checker
    seen = Seen(response.text(), axe_violations(page, url), [], [], [], [])
    if ours:
        seen.small_targets = [f"{url}: {target}" for target in page.evaluate(SMALL_TARGETS)]
        seen.heading_problems = [f"{url}: {jump}" for jump in page.evaluate(HEADING_JUMPS)]
    # Dark mode has its own colours: their contrast is checked on every page too.
    page.emulate_media(color_scheme="dark")
    seen.dark_contrast = axe_violations(page, f"{url} (dark)", rules=["color-contrast"])
    page.emulate_media(color_scheme="light")
    if ours:
        for width in REFLOW_WIDTHS:
            page.set_viewport_size({"width": width, "height": 800})
            scroll = page.evaluate("document.documentElement.scrollWidth")
            if scroll > width:
                seen.overflow.append(f"{url} at {width}px: {scroll}px wide")
        page.set_viewport_size(DESKTOP)
    return seen


@pytest.fixture(scope="module")
def every_page(
    browser: Browser, live_server, django_db_setup, django_db_blocker
) -> dict[str, Seen]:
    """Each page as a visitor with a routine and a finished session sees it."""
    # The live server's thread may use the database from here, before any test has begun.
    with django_db_blocker.unblock():
        context = browser.new_context(viewport=DESKTOP)
        page = become_a_returning_visitor(context.new_page(), live_server.url)
        pages = walk(page, live_server.url, look_at)
        context.close()
    return pages


def problems(every_page: dict[str, Seen], check: str) -> str:
    return "\n".join(problem for seen in every_page.values() for problem in getattr(seen, check))


def test_the_crawl_reaches_every_kind_of_page(every_page):
    assert len(every_page) > 60, list(every_page)
    for url in ("/", "/stretches/chin-tuck/", "/routine/follow/?step=1", "/es/", "/admin/login/"):
        assert url in every_page, url


def test_every_page_passes_axe(every_page):
    assert not (found := problems(every_page, "axe")), found


def test_every_page_keeps_its_contrast_in_dark_mode(every_page):
    assert not (found := problems(every_page, "dark_contrast")), found


def test_every_page_passes_the_html_checker(every_page, tmp_path):
    found = html_errors({url: seen.document for url, seen in every_page.items()}, tmp_path)
    assert not found, "\n".join(found)


def test_pages_reflow_at_320px_and_at_200_percent_zoom(every_page):
    assert not (found := problems(every_page, "overflow")), found


def test_every_target_is_at_least_44_by_44(every_page):
    assert not (found := problems(every_page, "small_targets")), found


def test_headings_are_in_order_with_one_h1(every_page):
    assert not (found := problems(every_page, "heading_problems")), found
