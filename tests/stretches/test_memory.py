"""What this device remembers of past sessions, on the builder and home."""

import pytest
from pytest_django.asserts import assertContains

from stretches.routines.models import Routine, RoutineRun

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
