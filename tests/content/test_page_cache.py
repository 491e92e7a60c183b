"""Cached pages: the same bytes for everyone, compressed once, never stale after an edit."""

import gzip

import pytest
from django.test import Client
from pytest_django.asserts import assertContains, assertNotContains

from stretches.models import Stretch

pytestmark = pytest.mark.django_db


def test_a_cached_page_shows_an_editors_change_at_once(client, admin_client):
    assertContains(client.get("/stretches/chin-tuck/"), "Chin tuck")
    stretch = Stretch.objects.get(slug="chin-tuck")
    stretch.name = "Chin glide"
    stretch.save()
    assertContains(client.get("/stretches/chin-tuck/"), "Chin glide")
    assertContains(client.get("/stretches/"), "Chin glide")


def test_hiding_through_the_admin_action_retires_cached_pages(client, admin_client):
    assertContains(client.get("/stretches/"), "Cat-cow")
    stretch = Stretch.objects.get(slug="cat-cow")
    admin_client.post(
        "/admin/stretches/stretch/", {"action": "hide", "_selected_action": [stretch.pk]}
    )
    assertNotContains(client.get("/stretches/"), "Cat-cow")


def test_a_waiting_message_is_never_swallowed_by_the_cache(client):
    client.get("/stretches/")  # now cached
    client.post("/routine/add/", {"stretch": "chin-tuck", "next": "/stretches/"})
    assertContains(client.get("/stretches/"), "Chin tuck added to your routine.")
    assertNotContains(client.get("/stretches/"), "Chin tuck added to your routine.")


def test_htmx_fragments_and_full_pages_are_cached_apart(client):
    full = client.get("/stretches/?area=neck")
    fragment = client.get("/stretches/?area=neck", headers={"HX-Request": "true"})
    assertContains(full, "<html")
    assertNotContains(fragment, "<html")
    assertContains(client.get("/stretches/?area=neck"), "<html")


@pytest.mark.parametrize("url", ["/stretches/", "/stretches/chin-tuck/", "/when-to-see-a-doctor/"])
def test_public_pages_are_the_same_bytes_for_everyone_and_stored_compressed(url):
    fresh = Client().get(url)  # rendered, and stored
    first = Client().get(url, headers={"Accept-Encoding": "gzip, br"})
    second = Client().get(url, headers={"Accept-Encoding": "gzip"})
    assert first["Content-Encoding"] == second["Content-Encoding"] == "gzip"
    assert first.content == second.content
    assert gzip.decompress(first.content) == fresh.content
    assert "Accept-Encoding" in first["Vary"] and "HX-Request" in first["Vary"]


def test_a_page_is_rendered_once_then_served_from_the_cache(django_assert_max_num_queries):
    Client().get("/stretches/chin-tuck/")
    # Only the content version is read to serve a stored page.
    with django_assert_max_num_queries(1):
        response = Client().get("/stretches/chin-tuck/")
    assertContains(response, "Chin tuck")


def test_made_up_query_strings_are_served_but_never_stored():
    from django.core.cache import caches

    pages = caches["pages"]
    pages.clear()
    for n in range(5):
        assertContains(Client().get("/stretches/", {"utm": n}), "Stretch library")
    assert not pages._cache  # nothing stored for them
    Client().get("/stretches/", {"area": "neck"})
    assert len(pages._cache) == 1


def test_a_refused_filter_is_answered_but_not_stored():
    from django.core.cache import caches

    pages = caches["pages"]
    pages.clear()
    assert Client().get("/stretches/", {"area": "nowhere"}).status_code == 400
    assert not pages._cache
