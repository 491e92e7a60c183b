"""Parts of pages drawn once per process ({% cache %}): each one is kept per language, per view
where it marks the current page, per content version where it shows content, and never stands
in for what a visitor typed."""

import pytest
from django.core.cache import caches
from django.test import Client
from pytest_django.asserts import assertContains, assertNotContains

from routines.models import Routine
from tests.routines.builder_helpers import add

pytestmark = pytest.mark.django_db


def test_the_footer_and_navigation_are_kept_per_language(client):
    assertContains(client.get("/routine/"), "Stretch library")
    spanish = client.get("/es/routine/")
    assertContains(spanish, "Biblioteca de estiramientos")
    assertContains(spanish, '<a href="/es/routine/" aria-current="page">Mi rutina</a>', html=True)
    assertNotContains(spanish, "Stretch library")
    assert caches["template_fragments"]._cache  # they were kept, not drawn every time


def test_the_navigation_marks_the_page_it_is_on(client):
    client.get("/routine/")
    history = client.get("/routine/history/")
    assertContains(
        history, '<a href="/routine/history/" aria-current="page">History</a>', html=True
    )
    assertContains(history, '<a href="/routine/">My routine</a>', html=True)


def test_an_editors_change_to_a_ready_made_routine_shows_at_once(client):
    assertContains(client.get("/routine/"), "Desk break")
    desk = Routine.objects.get(name="Desk break")
    desk.name = "Desk reset"
    desk.save()
    response = client.get("/routine/")
    assertContains(response, "Desk reset")
    assertNotContains(response, "Desk break")


def test_a_visitors_own_answers_are_never_kept_for_the_next(client):
    add(client, "chin-tuck")
    refused = client.get("/routine/reminders.ics", {"schedule": "times", "times": "25:00"})
    assert refused.status_code == 400
    assertContains(refused, 'value="25:00"', status_code=400)
    # The next visitor (and this one, next time) gets the form as it starts.
    stranger = Client()
    add(stranger, "chin-tuck")
    fresh = stranger.get("/routine/")
    assertNotContains(fresh, "25:00")
    assertContains(fresh, 'value="10:30, 15:00"')
