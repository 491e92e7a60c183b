"""The API's documentation page: every endpoint, links that answer, and no script at all, so
it renders under the strict CSP without a violation or a request to another site."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from tests.api.conftest import API

# The browser tests' Chromium.
from tests.browser.conftest import browser_type_launch_args  # noqa: F401

SITE = "localhost"  # a trustworthy origin, as https would be, for the COOP header


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.inline: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href", "").startswith("/api/"):
            self.hrefs.append(attrs["href"])
        if tag == "script" or "style" in attrs or tag == "style":
            self.inline.append(tag)


@pytest.mark.django_db
def test_the_docs_list_every_endpoint_with_an_example_that_answers(client, document):
    response = client.get(f"{API}/docs")
    assert response.status_code == 200
    page = response.content.decode()
    for path in document["paths"]:
        assert f"GET {path}</code></h2>" in page
    links = Links()
    links.feed(page)
    assert links.inline == []
    examples = [href for href in links.hrefs if "#" not in href]
    assert len(examples) >= len(document["paths"])
    for href in examples:
        assert client.get(href).status_code == 200, href


def served_by(client):
    """Answer the browser's requests from the test client, in this test's own transaction (a
    live server would need a transactional database, flushed of the content afterwards).
    Anything for another site is refused and remembered."""
    foreign = []

    def handle(route):
        url = urlsplit(route.request.url)
        if url.netloc != SITE:
            foreign.append(route.request.url)
            return route.abort()
        path = f"{url.path}?{url.query}" if url.query else url.path
        response = client.get(path)
        headers = dict(response.items())
        route.fulfill(status=response.status_code, headers=headers, body=response.getvalue())

    return handle, foreign


@pytest.mark.browser
@pytest.mark.django_db
def test_the_docs_render_in_a_browser_under_the_csp_and_their_forms_work(page: Page, client):
    handle, foreign = served_by(client)
    page.route("**/*", handle)
    problems = []
    page.on("console", lambda message: problems.append(message.text))
    page.goto(f"http://{SITE}{API}/docs")
    expect(page.get_by_role("heading", level=1)).to_have_text("Upright API")
    expect(page.get_by_role("heading", name="GET /api/v1/red-flags")).to_be_visible()
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert problems == []  # a CSP violation is reported in the console
    assert foreign == []
    form = page.get_by_role("group", name="Try /api/v1/stretches")
    form.get_by_label("position").select_option("lying")
    form.get_by_role("button", name="Send").click()
    expect(page).to_have_url(re.compile(r"/api/v1/stretches\?.*position=lying"))
    expect(page.locator("body")).to_contain_text('"count":')
