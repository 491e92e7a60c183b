"""Stretch-break reminders that cannot be made: each refused beside its field, with what the
visitor typed kept, on the "Remind me" page of the visitor's routine or of a shared one."""

import re

import pytest
from django.test import Client
from pytest_django.asserts import assertContains

from tests.factories import visitor_routine
from tests.routines.builder_helpers import SET_TIMES

pytestmark = pytest.mark.django_db


def interval(every: str, start: str, end: str) -> dict:
    return {"schedule": "interval", "every": every, "start": start, "end": end}


REFUSALS = [
    ({"times": "25:00"}, "times", "“25:00” is not a time"),
    ({"times": "half past ten"}, "times", "is not a time"),
    ({"times": ""}, "times", "Enter at least one time"),
    (
        {"times": "8:00 9:00 10:00 11:00 12:00 13:00 14:00"},
        "times",
        "That is 7 times: enter up to 6",
    ),
    (interval("60", "15:00", "09:00"), "end", "later than the start"),
    (interval("60", "nine", "17:00"), "start", "24-hour clock"),
    (interval("30", "06:00", "22:00"), "every", "That makes 33 reminders a day; the most is 20"),
    (interval("7", "09:00", "17:00"), "every", "from the list"),
    ({"days": []}, "days", "Choose at least one day"),
    ({"days": ["MO", "XX"]}, "days", "Choose days from the list"),
    ({"tz": "Mars/Olympus_Mons"}, "tz", "We do not recognise the time zone “Mars/Olympus_Mons”"),
    ({"tz": "../../etc/passwd"}, "tz", "We do not recognise the time zone"),
    ({"schedule": "sometimes"}, "schedule", "Choose set times or every so often"),
    ({"schedule": "interval", "start": "09:00", "end": "17:00"}, "every", "how often"),
]


@pytest.mark.parametrize(("change", "field", "message"), REFUSALS)
def test_a_schedule_that_cannot_be_made_is_refused_beside_its_field(built, change, field, message):
    response = built.get("/routine/reminders.ics", {**SET_TIMES, **change})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assertContains(response, "No calendar file yet", status_code=400)
    error = re.search(rf'<ul class="errorlist" id="reminder-{field}_error">(.*?)</ul>', html, re.S)
    error = error or re.search(rf'<p class="errorlist" id="reminder-{field}_error">(.*?)</p>', html)
    assert error and message in error[1], html[html.index('id="reminders"') :][:4000]
    if field != "tz":  # the zone's field is hidden: its message sits beside the zone's name
        assert re.search(rf'aria-describedby="[^"]*reminder-{field}_error', html)


def test_a_shared_routine_refuses_a_bad_schedule_on_its_own_page(built):
    routine = visitor_routine(built)
    response = Client().get(f"/r/{routine.token}/reminders.ics", {**SET_TIMES, "times": "7pm"})
    assertContains(response, "“7pm” is not a time", status_code=400)
    assertContains(response, f'data-routine-name="{routine.name}"', status_code=400)
    assertContains(response, f'href="/r/{routine.token}/">Back to the routine', status_code=400)


def test_a_refused_schedule_keeps_what_the_visitor_typed(built):
    query = {**SET_TIMES, "times": "10:30, 26:00", "days": ["SA"]}
    response = built.get("/routine/reminders.ics", query)
    assertContains(response, 'value="10:30, 26:00"', status_code=400)
    assert re.search(r'<input[^>]*value="SA"[^>]*checked', response.content.decode())
    assert "autofocus" in re.search(r'<input[^>]*name="times"[^>]*>', response.content.decode())[0]


def test_a_share_link_that_names_no_routine_is_not_found(client):
    response = client.get("/r/no-such-routine/reminders.ics", SET_TIMES)
    assert response.status_code == 404


def test_a_visitor_without_a_routine_is_told_to_add_a_stretch(client):
    response = client.get("/routine/reminders.ics", SET_TIMES)
    assertContains(response, "You have no routine yet", status_code=404)


def test_an_empty_routine_has_nothing_to_remind_of(built):
    routine = visitor_routine(built)
    built.post("/routine/clear/")
    response = built.get("/routine/reminders.ics", SET_TIMES)
    assertContains(response, "nothing to remind you of", status_code=400)
    response = Client().get(f"/r/{routine.token}/reminders.ics", SET_TIMES)
    assertContains(response, "nothing to remind you of", status_code=400)
