"""Public pages: drawn once, the same bytes for everyone, compressed once, never stale after a
change, and never stored for an address someone made up."""

import gzip

import pytest
from django.core.cache import caches
from django.test import Client
from pytest_django.asserts import assertContains, assertNotContains

from stretches.models import Stretch

pytestmark = pytest.mark.django_db


def stored_pages() -> int:
    """How many answers the page cache holds (the content version is one more entry)."""
    return sum(1 for key in caches["pages"]._cache if ":page:" in key)


def test_a_stored_page_shows_an_editors_change_once_it_is_saved(
    client, django_capture_on_commit_callbacks
):
    assertContains(client.get("/stretches/chin-tuck/"), "Chin tuck")
    stretch = Stretch.objects.get(slug="chin-tuck")
    stretch.name = "Chin glide"
    with django_capture_on_commit_callbacks(execute=True):
        stretch.save()
    assertContains(client.get("/stretches/chin-tuck/"), "Chin glide")
    assertContains(client.get("/stretches/"), "Chin glide")


def test_a_page_drawn_while_a_change_is_saved_is_never_served_after_it(
    client, django_capture_on_commit_callbacks
):
    """The change commits after a visitor's page was drawn from the old content: that page is
    filed under the version before, and the next visitor gets a new one."""
    stretch = Stretch.objects.get(slug="chin-tuck")
    with django_capture_on_commit_callbacks(execute=True):
        stretch.name = "Chin glide"
        stretch.save()
        # Drawn before the commit: this request still counts as the old version's.
        Stretch.objects.filter(pk=stretch.pk).update(name="Chin tuck")
        assertContains(client.get("/stretches/chin-tuck/"), "Chin tuck")
        Stretch.objects.filter(pk=stretch.pk).update(name="Chin glide")
    assertContains(client.get("/stretches/chin-tuck/"), "Chin glide")


def test_hiding_through_the_admin_action_retires_stored_pages(
    client, admin_client, django_capture_on_commit_callbacks
):
    assertContains(client.get("/stretches/"), "Cat-cow")
    stretch = Stretch.objects.get(slug="cat-cow")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            "/admin/stretches/stretch/", {"action": "hide", "_selected_action": [stretch.pk]}
        )
    assertNotContains(client.get("/stretches/"), "Cat-cow")


def test_a_waiting_message_is_never_swallowed_by_the_cache(client):
    client.get("/stretches/")  # now stored
    client.post("/routine/add/", {"stretch": "chin-tuck", "next": "/stretches/"})
    shown = client.get("/stretches/")
    assertContains(shown, "Chin tuck added to your routine.")
    assert "private" in shown["Cache-Control"] and "no-store" in shown["Cache-Control"]
    assertNotContains(client.get("/stretches/"), "Chin tuck added to your routine.")


def test_htmx_fragments_and_full_pages_are_stored_apart(client):
    full = client.get("/stretches/?area=neck")
    fragment = client.get("/stretches/?area=neck", headers={"HX-Request": "true"})
    assertContains(full, "<html")
    assertNotContains(fragment, "<html")
    assertContains(client.get("/stretches/?area=neck"), "<html")


@pytest.mark.parametrize("url", ["/stretches/", "/stretches/chin-tuck/", "/when-to-see-a-doctor/"])
def test_public_pages_are_the_same_bytes_for_everyone_and_stored_compressed(url):
    fresh = Client().get(url)  # drawn, and stored
    first = Client().get(url, headers={"Accept-Encoding": "gzip, br"})
    second = Client().get(url, headers={"Accept-Encoding": "gzip"})
    assert first["Content-Encoding"] == second["Content-Encoding"] == "gzip"
    assert first.content == second.content
    assert gzip.decompress(first.content) == fresh.content
    assert "Accept-Encoding" in first["Vary"]
    # A cache in front may keep it; a browser asks again after a minute.
    assert "public" in first["Cache-Control"] and "s-maxage=300" in first["Cache-Control"]
    assert "cookie" not in first["Vary"].lower() and not first.cookies


def test_a_visitor_who_has_the_page_gets_a_304(client):
    etag = client.get("/stretches/chin-tuck/")["ETag"]
    again = client.get("/stretches/chin-tuck/", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""


def test_a_stored_page_is_served_without_a_query(django_assert_num_queries):
    Client().get("/stretches/chin-tuck/")
    with django_assert_num_queries(0):
        response = Client().get("/stretches/chin-tuck/")
    assertContains(response, "Chin tuck")


@pytest.mark.parametrize(
    "query",
    [
        {"utm_source": "newsletter"},  # a parameter no page reads
        {"q": "neck"},  # free text: as many addresses as there are words
        {"page": "01"},  # a page number spelt another way
        {"page": "9999"},  # past the last page, shown as the last
        {"area": "nowhere"},  # refused, with a 400
    ],
)
def test_made_up_query_strings_are_answered_but_add_nothing_to_the_cache(query):
    Client().get("/stretches/")  # the library itself, stored
    before = stored_pages()
    for n in range(3):
        answer = Client().get("/stretches/", {**query, "n": n} if "utm_source" in query else query)
        assert answer.status_code in (200, 400)
        assert "private" in answer["Cache-Control"]
    assert stored_pages() == before
    Client().get("/stretches/", {"area": "neck"})
    assert stored_pages() == before + 1


def test_made_up_api_queries_add_nothing_to_the_cache():
    before = stored_pages()
    for words in ("neck", "chin tuck", "pecs"):
        assert Client().get("/api/v1/stretches", {"q": words}).status_code == 200
    assert Client().get("/api/v1/stretches", {"colour": "blue"}).status_code == 200
    assert stored_pages() == before
    Client().get("/api/v1/stretches", {"area": "neck"})
    assert stored_pages() == before + 1


def test_pages_drawn_for_one_visitor_are_never_kept_by_a_cache_in_front(client):
    client.post("/routine/add/", {"stretch": "chin-tuck"})
    token = client.get("/routine/").context["routine"].token
    step = client.get("/routine/").context["steps"][0].pk
    for url in (
        "/routine/",
        "/routine/follow/?step=1",
        f"/routine/steps/{step}/edit/",
        "/routine/history/",
        "/routine/print/",
        f"/r/{token}/",
        f"/r/{token}/follow/",
        f"/r/{token}/print/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "private" in response["Cache-Control"], url
        assert "public" not in response["Cache-Control"], url
