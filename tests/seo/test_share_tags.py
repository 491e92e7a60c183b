"""Every page's canonical address and share tags: what a search engine keeps and what a chat
or social site shows when someone pastes a link."""

import re
from urllib.parse import urlsplit

import pytest
from django.test import Client, override_settings

from tests.factories import make_stretch, visitor_routine
from tests.routines.builder_helpers import add
from tests.seo.head import Head, read_head
from tests.test_site import CONTRACT_PAGES

pytestmark = pytest.mark.django_db

ARTICLES = re.compile(r"^/(es/)?(stretches|imbalances)/[\w-]+/$")
PRIVATE = ("/routine/", "/routine/follow/", "/routine/history/", "/routine/print/")


def sitemap_paths(client) -> list[str]:
    xml = client.get("/sitemap.xml").text
    urls = re.findall(r"<loc>([^<]+)</loc>", xml) + re.findall(r'href="([^"]+)"', xml)
    return sorted({urlsplit(url).path for url in urls})


def check_tags(head: Head, url: str, *, canonical: str = "") -> None:
    """The tags every page carries, all absolute and all about this page."""
    host, path = "http://testserver", urlsplit(url).path
    assert head.canonical == [canonical or f"{host}{path}"], url
    assert head.one("og:url") == head.canonical[0], url
    assert head.one("og:site_name") == "Upright"
    assert head.one("og:title") and head.one("og:description"), url
    assert head.one("og:locale") == ("es_ES" if path.startswith("/es/") else "en_GB")
    assert head.one("og:type") == ("article" if ARTICLES.match(path) else "website"), url
    image = head.one("og:image")
    assert image.startswith(f"{host}/") and ".png" in image, url
    assert (head.one("og:image:width"), head.one("og:image:height")) == ("1200", "630")
    assert head.one("og:image:alt"), url
    assert head.one("twitter:card") == "summary_large_image"


@pytest.mark.slow
def test_every_page_in_the_sitemap_and_the_contract_carries_its_tags(client):
    paths = sitemap_paths(client)
    assert len(paths) > 100 and "/es/" in paths, paths
    for url in [*paths, *CONTRACT_PAGES]:
        response = client.get(url)
        assert response.status_code == 200, url
        head = read_head(response.text)
        check_tags(head, url, canonical=f"http://testserver{url}")  # each already canonical
        assert "robots" not in head.meta, url  # public pages stay indexable


def test_per_visitor_pages_carry_the_tags_and_stay_out_of_search_indexes(client):
    for slug in ("chin-tuck", "cat-cow"):
        add(client, slug)
    routine = visitor_routine(client)
    client.post(f"/r/{routine.token}/start/", {"pain": "3"})
    for url in (*PRIVATE, f"/r/{routine.token}/", f"/r/{routine.token}/follow/?step=1"):
        response = client.get(url)
        assert response.status_code == 200, url
        head = read_head(response.text)
        check_tags(head, url)
        assert head.one("robots") == "noindex", url
        assert "?" not in head.canonical[0]


def test_error_pages_carry_the_tags_too(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    check_tags(read_head(response.text), "/no-such-page/")
    response = client.get("/stretches/?difficulty=expert")
    assert response.status_code == 400
    check_tags(read_head(response.text), "/stretches/")


def test_the_library_canonical_keeps_only_its_filters_in_a_stable_order(client):
    shuffled = "/stretches/?utm_source=mail&difficulty=beginner&area=neck&fbclid=1&q=neck"
    head = read_head(client.get(shuffled).text)
    expected = "http://testserver/stretches/?q=neck&area=neck&difficulty=beginner"
    assert head.canonical == [expected]
    assert head.one("og:url") == expected
    same = read_head(client.get("/stretches/?area=neck&q=neck&difficulty=beginner").text)
    assert same.canonical == [expected]
    assert read_head(client.get("/stretches/").text).canonical == ["http://testserver/stretches/"]


def test_the_library_canonical_drops_what_it_did_not_understand(client):
    head = read_head(client.get("/stretches/?difficulty=expert&area=neck&position=").text)
    assert head.canonical == ["http://testserver/stretches/?area=neck"]
    # Past the last page the library shows the last one, and names it.
    head = read_head(client.get("/stretches/?page=9&area=neck").text)
    assert head.canonical == ["http://testserver/stretches/?area=neck"]


def test_a_later_page_of_the_library_keeps_its_number(client):
    for _ in range(50):
        make_stretch()
    head = read_head(client.get("/stretches/?page=2").text)
    assert head.canonical == ["http://testserver/stretches/?page=2"]


def test_other_pages_drop_their_query_from_the_canonical(client):
    head = read_head(client.get("/stretches/chin-tuck/?utm_source=mail").text)
    assert head.canonical == ["http://testserver/stretches/chin-tuck/"]


def test_a_guide_is_shared_with_its_own_card_and_a_cause_with_the_sites(client):
    guide = read_head(client.get("/stretches/chin-tuck/").text)
    assert guide.one("og:image").startswith("http://testserver/stretches/chin-tuck/card.png?v=")
    assert guide.one("og:image:alt").startswith("Chin tuck: ")
    cause = read_head(client.get("/imbalances/upper-crossed-syndrome/").text)
    assert cause.one("og:image").startswith("http://testserver/card.png?v=")
    spanish = read_head(client.get("/es/imbalances/upper-crossed-syndrome/").text)
    assert spanish.one("og:image").startswith("http://testserver/es/card.png?v=")


@pytest.mark.parametrize(
    "url", ["/", "/stretches/chin-tuck/", "/imbalances/upper-crossed-syndrome/"]
)
def test_a_stored_page_names_the_address_it_was_asked_for(url):
    """Pages are cached whole: the copy one visitor's request stored must never give another
    host's or scheme's addresses."""
    first = read_head(Client().get(url).text)
    again = read_head(Client().get(url).text)
    assert again == first  # the cached copy is the page the first visitor got
    secure = read_head(Client().get(url, secure=True).text)
    assert secure.canonical == [f"https://testserver{url}"]
    assert secure.one("og:image").startswith("https://testserver/")
    assert all(item["url"].startswith("https://testserver/") for item in secure.data)
    other = read_head(Client(HTTP_HOST="localhost").get(url).text)
    assert other.canonical == [f"http://localhost{url}"]
    assert other.one("og:image").startswith("http://localhost/")


def test_a_request_for_a_host_not_ours_gets_tags_naming_no_address(client):
    response = client.get("/", headers={"host": "evil.example"})
    assert response.status_code == 400
    head = read_head(response.text)
    assert head.one("og:title") and head.one("twitter:card")
    assert head.canonical == [] and "og:url" not in head.meta and "og:image" not in head.meta
    assert "evil.example" not in response.text


@override_settings(ROOT_URLCONF="tests.error_urls")
def test_the_server_error_page_is_kept_out_of_search_indexes():
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    head = read_head(response.text)
    assert head.one("robots") == "noindex"
    assert head.one("og:site_name") == "Upright" and head.one("og:locale") == "en_GB"


def test_a_path_that_looks_like_another_host_keeps_every_address_on_ours(client):
    # GET //evil.example/x as a browser or proxy sends it; the test client would read the
    # string as a host, so the path is given to the server as it arrives.
    response = client.get("/", PATH_INFO="//evil.example/x")
    assert response.status_code == 404
    head = read_head(response.text)
    assert head.canonical and head.one("og:url") == head.canonical[0]
    addresses = re.findall(r'(?:href|content)="((?:https?:)?//[^"]*)"', response.text)
    assert addresses and all(urlsplit(a).netloc == "testserver" for a in addresses), addresses
    assert "evil.example/x" in head.canonical[0]  # the path it asked for, on our host
