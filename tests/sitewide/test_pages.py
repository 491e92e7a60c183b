"""The frame around every page: the navigation in the page's language, marking the page the
visitor is on."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

pytestmark = pytest.mark.django_db


def test_the_footer_and_navigation_are_in_the_pages_language(client):
    assertContains(client.get("/routine/"), "Stretch library")
    spanish = client.get("/es/routine/")
    assertContains(spanish, "Biblioteca de estiramientos")
    assertContains(spanish, '<a href="/es/routine/" aria-current="page">Mi rutina</a>', html=True)
    assertNotContains(spanish, "Stretch library")


def test_the_navigation_marks_the_page_it_is_on(client):
    client.get("/routine/")
    history = client.get("/routine/history/")
    assertContains(
        history, '<a href="/routine/history/" aria-current="page">History</a>', html=True
    )
    assertContains(history, '<a href="/routine/">My routine</a>', html=True)
