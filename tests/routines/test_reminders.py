"""Stretch-break reminders: the calendar file a visitor downloads, read back as a calendar app
reads it (the schedules that cannot be made are in test_reminder_refusals.py)."""

import datetime
import math
import re
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from icalendar import Calendar
from pytest_django.asserts import assertContains, assertNotContains

from routines.models import Routine
from stretches.doses import session_seconds
from tests.factories import visitor_routine
from tests.routines.builder_helpers import SET_TIMES, WEEKDAYS, add

pytestmark = pytest.mark.django_db


def read(response) -> Calendar:
    assert response.status_code == 200, response.content[:2000]
    return Calendar.from_ical(response.content)


def routine_minutes(routine: Routine) -> int:
    steps = list(routine.load_steps().steps.all())
    return math.ceil(session_seconds(steps) / 60)


def test_the_calendar_file_has_one_weekly_event_per_time_with_an_alert(built):
    routine = visitor_routine(built)
    response = built.get("/routine/reminders.ics", SET_TIMES)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert (
        response["Content-Disposition"] == 'attachment; filename="upright-my-routine-reminders.ics"'
    )
    calendar = read(response)
    assert calendar["PRODID"] == "-//Upright//Stretch break reminders//EN"
    events = calendar.events
    assert [(event.start.hour, event.start.minute) for event in events] == [(10, 30), (15, 0)]
    follow = f"http://testserver/r/{routine.token}/follow/"
    today = datetime.datetime.now(ZoneInfo("Europe/London")).date()
    for event in events:
        assert event["RRULE"]["FREQ"] == ["WEEKLY"]
        assert event["RRULE"]["BYDAY"] == WEEKDAYS
        assert event["DTSTART"].params["TZID"] == "Europe/London"
        assert 0 <= (event.start.date() - today).days < 7
        assert event.start.strftime("%a")[:2].upper() in WEEKDAYS
        assert event.duration == datetime.timedelta(minutes=routine_minutes(routine))
        assert event["SUMMARY"] == "Stretch break: My routine"
        assert event["URL"] == follow
        assert follow in event["DESCRIPTION"]
        [alarm] = [part for part in event.subcomponents if part.name == "VALARM"]
        assert alarm["ACTION"] == "DISPLAY"
        assert alarm["TRIGGER"].dt == datetime.timedelta(0)
    assert [zone.tz_name for zone in calendar.timezones] == ["Europe/London"]


def test_interval_reminders_fall_between_the_start_and_end_in_the_chosen_zone(built):
    query = {
        "schedule": "interval",
        "every": "90",
        "start": "09:00",
        "end": "17:00",
        "days": ["SA", "SU"],
        "tz": "America/New_York",
    }
    calendar = read(built.get("/routine/reminders.ics", query))
    starts = [f"{event.start:%H:%M}" for event in calendar.events]
    assert starts == ["09:00", "10:30", "12:00", "13:30", "15:00", "16:30"]
    assert {event["DTSTART"].params["TZID"] for event in calendar.events} == {"America/New_York"}
    assert all(event["RRULE"]["BYDAY"] == ["SA", "SU"] for event in calendar.events)
    assert calendar.events[0].start.weekday() in (5, 6)
    assert [zone.tz_name for zone in calendar.timezones] == ["America/New_York"]


def test_downloading_again_keeps_each_time_of_days_uid_so_calendars_update(built):
    first = read(built.get("/routine/reminders.ics", SET_TIMES))
    changed = {**SET_TIMES, "days": ["MO", "WE"], "tz": "Asia/Tokyo", "times": "15:00 10:30 9:00"}
    second = read(built.get("/routine/reminders.ics", changed))
    uids = {f"{event.start:%H%M}": event["UID"] for event in first.events}
    again = {f"{event.start:%H%M}": event["UID"] for event in second.events}
    assert again["1030"] == uids["1030"] and again["1500"] == uids["1500"]
    assert len(set(again.values())) == 3
    token = visitor_routine(built).token
    assert all(token not in uid for uid in again.values())


def test_each_routine_has_its_own_uids(built):
    mine = read(built.get("/routine/reminders.ics", SET_TIMES))
    ready = Routine.objects.ready_made().first()
    theirs = read(Client().get(f"/r/{ready.token}/reminders.ics", SET_TIMES))
    assert {e["UID"] for e in mine.events}.isdisjoint(e["UID"] for e in theirs.events)


def test_anyone_with_a_share_link_gets_its_calendar_file_linking_to_its_player(built):
    routine = visitor_routine(built)
    stranger = Client()
    assertContains(stranger.get(f"/r/{routine.token}/"), f'href="/r/{routine.token}/remind/"')
    assertContains(
        stranger.get(f"/r/{routine.token}/remind/"), f'action="/r/{routine.token}/reminders.ics"'
    )
    calendar = read(stranger.get(f"/r/{routine.token}/reminders.ics", SET_TIMES))
    assert {event["URL"] for event in calendar.events} == {
        f"http://testserver/r/{routine.token}/follow/"
    }
    own = read(built.get("/routine/reminders.ics", SET_TIMES))
    assert [e["UID"] for e in own.events] == [e["UID"] for e in calendar.events]


def test_without_a_script_the_zone_defaults_to_london(built):
    query = {key: value for key, value in SET_TIMES.items() if key != "tz"}
    calendar = read(built.get("/routine/reminders.ics", query))
    assert {event["DTSTART"].params["TZID"] for event in calendar.events} == {"Europe/London"}


def test_the_builder_offers_reminders_on_working_days_by_default(built):
    assertContains(built.get("/routine/"), 'href="/routine/remind/"')
    response = built.get("/routine/remind/")
    html = response.content.decode()
    assertContains(response, 'action="/routine/reminders.ics"')
    assertContains(response, 'method="get"')
    for day in WEEKDAYS:
        assert re.search(rf'<input[^>]*value="{day}"[^>]*checked', html), day
    for day in ("SA", "SU"):
        assert not re.search(rf'<input[^>]*value="{day}"[^>]*checked', html), day
    assertContains(response, '<input type="hidden" name="tz" value="Europe/London"')
    assertContains(response, "only while an Upright tab is open")
    assertContains(response, 'href="/routine/">Back to your routine')


def test_an_empty_builder_offers_no_reminders(client):
    assert "/routine/remind/" not in client.get("/routine/").content.decode()
    assertContains(client.get("/routine/remind/"), "You have no routine yet", status_code=404)


def test_an_emptied_routine_has_nothing_to_remind_of(built):
    built.post("/routine/clear/")
    response = built.get("/routine/remind/")
    assertContains(response, "nothing to remind you of")
    assertNotContains(response, "reminders.ics")


def test_the_file_is_a_read_and_refuses_other_methods(built):
    assert built.post("/routine/reminders.ics", SET_TIMES).status_code == 405
    assert built.head("/routine/reminders.ics", SET_TIMES).status_code == 200


def test_a_longer_routine_costs_no_more_queries(built, django_assert_max_num_queries):
    routine = visitor_routine(built)
    stranger = Client()
    with django_assert_max_num_queries(3):
        read(stranger.get(f"/r/{routine.token}/reminders.ics", SET_TIMES))
    for slug in ("doorway-pec-stretch", "wall-chest-stretch", "thread-the-needle"):
        add(built, slug)
    with django_assert_max_num_queries(3):
        read(stranger.get(f"/r/{routine.token}/reminders.ics", SET_TIMES))
    with django_assert_max_num_queries(5):
        read(built.get("/routine/reminders.ics", SET_TIMES))
    # The builder with the form's errors, drawn first in this process: its ready-made list is
    # read along with the content version it is kept under (once drawn, neither is read).
    with django_assert_max_num_queries(9):
        built.get("/routine/reminders.ics", {**SET_TIMES, "days": []})
    with django_assert_max_num_queries(7):
        built.get("/routine/reminders.ics", {**SET_TIMES, "days": []})


def test_a_visitors_own_answers_are_never_kept_for_the_next(client):
    add(client, "chin-tuck")
    refused = client.get("/routine/reminders.ics", {"schedule": "times", "times": "25:00"})
    assert refused.status_code == 400
    assertContains(refused, 'value="25:00"', status_code=400)
    # The next visitor (and this one, next time) gets the form as it starts.
    stranger = Client()
    add(stranger, "chin-tuck")
    fresh = stranger.get("/routine/remind/")
    assertNotContains(fresh, "25:00")
    assertContains(fresh, 'value="10:30, 15:00"')
