"""A first visit to any page: at most 50 KB over the wire, and nothing from another site."""

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.crawl import walk

pytestmark = [pytest.mark.browser, pytest.mark.budget]

BUDGET_BYTES = 50_000


def only_go(page: Page, site: str, url: str) -> None:
    page.goto(f"{site}{url}")


def first_visit(browser: Browser, url: str) -> tuple[int, list[str]]:
    """Bytes transferred (bodies as sent, compressed) and every request, with an empty cache."""
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("requestfinished", lambda request: requests.append(request))
    page.goto(url, wait_until="load")  # scripts are deferred and styles block: all are in
    total = sum(request.sizes()["responseBodySize"] for request in requests)
    urls = [request.url for request in requests]
    context.close()
    return total, urls


def test_every_first_visit_fits_the_budget_and_stays_on_the_site(visitor, browser, site):
    """Each page the visitor reaches, visited afresh: no cache, no cookies, no worker."""
    pages = walk(visitor, site, only_go)
    over, foreign, sizes = [], [], {}
    for url in (url for url in pages if not url.startswith("/admin/")):
        total, urls = first_visit(browser, f"{site}{url}")
        sizes[url] = total
        if total > BUDGET_BYTES:
            over.append(f"{url}: {total} bytes")
        foreign += [f"{url} fetched {other}" for other in urls if not other.startswith(site)]
    assert not over, "\n".join(over)
    assert not foreign, "\n".join(foreign)
    # Every site page brings the stylesheet and htmx, so none can be tiny: the sizes are real.
    # (The API's docs page is plain HTML with a small stylesheet of its own.)
    site_sizes = [size for url, size in sizes.items() if not url.startswith("/api/")]
    assert min(site_sizes) > 15_000, sizes
