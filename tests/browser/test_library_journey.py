import re

import pytest
from playwright.sync_api import Page, expect

from stretches.models import Stretch

pytestmark = pytest.mark.browser


def test_filter_the_library_open_a_stretch_and_go_back(page: Page, site: str):
    page.goto(f"{site}/stretches/")
    status = page.locator("#result-status")
    published = Stretch.objects.published().count()
    expect(status).to_contain_text(f"{published} stretches found")
    cards = page.locator("#results article")
    all_count = cards.count()

    # htmx swaps the results and pushes the filter into the address bar, without a reload.
    page.evaluate("window.sameDocument = true")
    page.get_by_text("Filter by area, muscle, position").click()
    page.get_by_label("Body area").focus()
    page.get_by_label("Body area").select_option("shoulders-chest")
    expect(page).to_have_url(re.compile(r"area=shoulders-chest"))
    expect(status).not_to_contain_text(f"{published} stretches")
    filtered = cards.count()
    assert 0 < filtered < all_count
    expect(page.get_by_role("link", name="Doorway chest stretch")).to_be_visible()
    expect(page.get_by_role("link", name="Chin tuck")).to_have_count(0)

    # Focus stays where the visitor was; the page did not reload.
    expect(page.get_by_label("Body area")).to_be_focused()
    assert page.evaluate("window.sameDocument") is True

    page.get_by_role("link", name="Doorway chest stretch").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Doorway chest stretch")
    expect(page.get_by_text("Before you start")).to_be_visible()

    page.go_back()
    expect(page).to_have_url(re.compile(r"area=shoulders-chest"))
    expect(page.get_by_label("Body area")).to_have_value("shoulders-chest")
    expect(cards).to_have_count(filtered)


def test_search_narrows_results_as_you_type(page: Page, site: str):
    page.goto(f"{site}/stretches/")
    page.get_by_label("Search stretches").fill("chin")
    expect(page).to_have_url(re.compile(r"q=chin"))
    expect(page.get_by_role("link", name="Chin tuck")).to_be_visible()
    expect(page.get_by_role("link", name="Cat-cow")).to_have_count(0)


def test_library_filters_work_without_javascript(browser, site: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/stretches/")
    page.get_by_text("Filter by area, muscle, position").click()
    page.get_by_label("Position").select_option("floor")
    page.get_by_role("button", name="Show stretches").click()
    expect(page).to_have_url(re.compile(r"position=floor"))
    expect(page.get_by_role("link", name="Cat-cow")).to_be_visible()
    expect(page.get_by_role("link", name="Chin tuck")).to_have_count(0)
    context.close()


def test_pages_make_no_third_party_requests_and_log_no_errors(page: Page, site: str):
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    for path in ("/", "/stretches/", "/stretches/chin-tuck/", "/imbalances/wry-neck/"):
        page.goto(f"{site}{path}")
    assert all(url.startswith(site) for url in requests), requests
    assert errors == []
