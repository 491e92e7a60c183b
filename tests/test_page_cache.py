"""Cached pages: fast for everyone, never stale after an edit, never another visitor's token."""

import gzip
import re

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


def test_cached_pages_carry_each_visitors_own_csrf_token():
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.get("/stretches/chin-tuck/")
    page = second.get("/stretches/chin-tuck/")  # served from the cache
    token = page.content.decode().split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = second.post("/routine/add/", {"stretch": "chin-tuck", "csrfmiddlewaretoken": token})
    assert response.status_code == 302


@pytest.mark.parametrize(
    "typed", ['name="csrfmiddlewaretoken" value="x"', "__upright_csrf_token__"]
)
def test_a_search_that_looks_like_a_token_field_is_shown_as_typed(typed):
    first, second = Client(), Client()
    first.get("/stretches/", {"q": typed})
    page = second.get("/stretches/", {"q": typed})  # served from the cache
    assertContains(page, 'id="id_q" value="{}"'.format(typed.replace('"', "&quot;")))


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
def test_cached_pages_come_compressed_with_the_visitors_own_token_in_every_form(url):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    fresh = first.get(url).content.decode()  # rendered, and stored
    response = second.get(url, headers={"Accept-Encoding": "gzip, br"})
    assert response["Content-Encoding"] == "gzip"
    page = gzip.decompress(response.content).decode()
    field = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    assert field.sub("", page) == field.sub("", fresh)
    tokens = set(field.findall(page))
    assert len(tokens) <= 1 and not tokens & set(field.findall(fresh))
    if tokens:
        token = tokens.pop()
        added = second.post("/routine/add/", {"stretch": "cat-cow", "csrfmiddlewaretoken": token})
        assert added.status_code == 302
