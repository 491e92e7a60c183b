"""The URL contract, the disclaimer on every page, and the site-wide endpoints."""

from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from django.db import DatabaseError
from django.test import Client, override_settings
from pytest_django.asserts import assertContains, assertNotContains

pytestmark = pytest.mark.django_db

DISCLAIMER = "Not medical advice."

CONTRACT_PAGES = {
    "/": "Where does it hurt?",
    "/stretches/": "Stretch library",
    "/stretches/?area=neck&position=sitting": "Chin tuck",
    "/stretches/chin-tuck/": "How to do it",
    "/imbalances/": "Trigger point",
    "/imbalances/upper-crossed-syndrome/": "Stretches that may help, in order",
    "/imbalances/trigger-point-upper-trapezius/": "Where it can send pain",
    "/when-to-see-a-doctor/": "call NHS 111",
    "/self-care/": "Hurt does not always mean harm",
    "/disclaimer/": "No doctor-patient relationship",
}


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.links.append(href)


def internal_links(html: str) -> set[str]:
    parser = LinkParser()
    parser.feed(html)
    links = set()
    for href in parser.links:
        url, _fragment = urldefrag(href)
        parts = urlsplit(url)
        if url and not parts.scheme and not parts.netloc and url.startswith("/"):
            links.add(url)
    return links


@pytest.mark.parametrize(("url", "text"), CONTRACT_PAGES.items())
def test_contract_pages_answer_with_content(client, url, text):
    response = client.get(url)
    assert response.status_code == 200
    assertContains(response, text)
    assertContains(response, DISCLAIMER)


SPANISH_DISCLAIMER = "No es consejo médico."


@pytest.mark.slow
def test_every_page_reachable_from_home_carries_the_disclaimer(client):
    """Crawl every internal link from / and check each page links the full disclaimer, in
    the page's language (the switcher leads to the Spanish pages too)."""
    seen: set[str] = set()
    queue = ["/"]
    while queue:
        url = queue.pop()
        if url in seen or url.startswith(("/static/", "/admin/")):
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, url
        if not response["Content-Type"].startswith("text/html"):
            continue
        html = response.content.decode()
        spanish = url.startswith("/es/")
        assert (SPANISH_DISCLAIMER if spanish else DISCLAIMER) in html, url
        assert f'href="{"/es" if spanish else ""}/disclaimer/"' in html, url
        queue.extend(internal_links(html) - seen)
    # Every stretch, every cause, the library, red flags and the disclaimer were reached.
    assert {"/stretches/chin-tuck/", "/imbalances/wry-neck/", "/disclaimer/"} <= seen
    assert {"/es/stretches/chin-tuck/", "/es/imbalances/wry-neck/", "/es/disclaimer/"} <= seen
    assert len(seen) > 50


def test_the_404_page_is_helpful_and_carries_the_disclaimer(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assertContains(response, "Page not found", status_code=404)
    assertContains(response, DISCLAIMER, status_code=404)


@override_settings(ROOT_URLCONF="tests.error_urls")
def test_a_server_error_shows_a_calm_page_with_the_disclaimer():
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, something went wrong" in html
    assert DISCLAIMER in html
    assert "visitor should never see" not in html


def test_a_bad_host_gets_a_400_page_with_the_disclaimer(client):
    response = client.get("/", headers={"host": "evil.example"})
    assertContains(response, "Something in that request was not right", status_code=400)
    assertContains(response, DISCLAIMER, status_code=400)


def test_a_cross_site_write_is_refused_with_an_explanation_and_no_inline_style():
    response = Client(enforce_csrf_checks=True, headers={"Sec-Fetch-Site": "cross-site"}).post(
        "/routine/clear/"
    )
    assertContains(response, "Please try that again", status_code=403)
    assertContains(response, DISCLAIMER, status_code=403)
    assertNotContains(response, "<style", status_code=403)


def test_admin_login_carries_the_disclaimer(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assertContains(response, "Upright is information, not medical advice")


def test_healthz_answers_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_503_when_the_database_fails(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def broken(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", broken)
    response = client.get("/healthz")
    assert response.status_code == 503


def test_sitemap_lists_every_published_stretch_and_cause(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert "/stretches/chin-tuck/</loc>" in body
    assert "/imbalances/upper-crossed-syndrome/</loc>" in body
    assert "/when-to-see-a-doctor/</loc>" in body


def test_robots_points_to_the_sitemap_and_keeps_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_pages_are_served_with_security_headers(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.usefixtures("collected_static")
def test_static_files_are_fingerprinted(client):
    response = client.get("/")
    assert "/static/css/upright." in response.content.decode()
    assert "/static/css/upright.css" not in response.content.decode()
