"""What this device remembers of past sessions, on the builder and home."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from routines.models import Routine, RoutineRun
from tests.factories import visitor_routine
from tests.routines.builder_helpers import add

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk_break():
    return Routine.objects.ready_made().get(slug="desk-break")


def test_the_builder_and_home_say_how_last_time_went(client, desk_break):
    assert client.get("/routine/last-time/").status_code == 204  # nothing yet
    client.post(f"/r/{desk_break.token}/start/", {"pain": "6"})
    run = RoutineRun.objects.get()
    client.post(f"/routine/runs/{run.pk}/finish/", {"pain": "4"})
    line = "Last time: today, pain 6 → 4."
    assertContains(client.get("/routine/"), line)
    assertContains(client.get("/routine/last-time/"), line)
    # Home is one page for everyone; it asks for this line on the visitor's behalf.
    assertContains(client.get("/"), 'data-hx-get="/routine/last-time/"')
    assert "Last time" not in client.get("/").content.decode()


def test_the_history_chart_names_its_axes_and_dates_its_sessions(client, desk_break):
    client.post(f"/r/{desk_break.token}/start/", {"pain": "6"})
    client.post(f"/routine/runs/{RoutineRun.objects.get().pk}/finish/", {"pain": "4"})
    history = client.get("/routine/history/")
    assertContains(history, "Date of the session")
    assertContains(history, "Pain (0 to 10)")
    day = RoutineRun.objects.get().started
    assertContains(history, f'text-anchor="middle">{day.day} {day:%b}</text>')
    assertContains(history, "<table")  # the same numbers for screen readers


def test_the_history_shows_the_default_name_in_the_pages_language(client):
    add(client, "chin-tuck")
    routine = visitor_routine(client)
    client.post(f"/r/{routine.token}/start/", {"pain": "5"})
    english, spanish = client.get("/routine/history/"), client.get("/es/routine/history/")
    assertContains(english, "<td>My routine")
    assertContains(spanish, "<td>Mi rutina")
    assertNotContains(spanish, "My routine<")


def test_keeping_the_spanish_default_name_keeps_the_default_in_english(client):
    add(client, "chin-tuck")
    client.post("/es/routine/rename/", {"name": "Mi rutina"})
    assert visitor_routine(client).name == "My routine"
    heading = client.get("/routine/").content.decode().split('id="routine-heading"')[1]
    assert heading.split("</h2>")[0].endswith(">My routine")
    client.post("/es/routine/rename/", {"name": "Pausa del almuerzo"})
    assertContains(client.get("/routine/"), "Pausa del almuerzo")
