"""
A routine's reminders as an iCalendar file: one weekly repeating event per time of day, each
with an alert at its start, for any calendar app to import. Plain data in, bytes out.

Each event's UID is made from the routine and the time of day alone, so importing the file
again (with other days, a new zone, a longer routine) updates those events instead of adding
copies.
"""

import datetime
import hashlib
import math
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from icalendar import Alarm, Calendar, Event, vRecur

PRODID = "-//Upright//Stretch break reminders//EN"
# Calendar apps convert with their own zone data; the file's VTIMEZONE covers the years a
# reminder is likely to be kept for, and stays a few kilobytes.
ZONE_YEARS = 10
ICAL_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]  # datetime.weekday() order


@dataclass(frozen=True)
class Schedule:
    times: list[datetime.time]
    days: list[str]  # RRULE BYDAY names: "MO", "TU", …
    zone: str


@dataclass(frozen=True)
class RoutineSummary:
    key: str  # stable and secret-free: the hash of the routine's share token
    name: str
    stretches: int
    seconds: int
    follow_url: str
    host: str


def first_day(today: datetime.date, days: list[str]) -> datetime.date:
    """The first chosen day on or after today: the repeats start there, so the first event
    is one the rule itself would give (RFC 5545 counts a DTSTART off the rule as extra)."""
    return next(
        today + datetime.timedelta(days=ahead)
        for ahead in range(7)
        if ICAL_WEEKDAYS[(today.weekday() + ahead) % 7] in days
    )


def reminder_minutes(seconds: int) -> int:
    """The event's length: the routine's, in whole minutes, never less than one."""
    return max(1, math.ceil(seconds / 60))


def calendar_uid(routine: RoutineSummary, suffix: str = "") -> str:
    digest = hashlib.sha256(f"reminders:{routine.key}".encode()).hexdigest()[:24]
    return f"stretch-break-{digest}{suffix}@{routine.host}"


def event_uid(routine: RoutineSummary, time: datetime.time) -> str:
    return calendar_uid(routine, f"-{time:%H%M}")


def describe(routine: RoutineSummary) -> str:
    minutes = reminder_minutes(routine.seconds)
    # Each number has its own plural form; the sentence joining them is translated whole.
    stretches = ngettext("%(count)s stretch", "%(count)s stretches", routine.stretches) % {
        "count": routine.stretches
    }
    duration = ngettext("about %(minutes)s minute", "about %(minutes)s minutes", minutes) % {
        "minutes": minutes
    }
    # Translators: e.g. "3 stretches, about 2 minutes."
    length = _("%(stretches)s, %(duration)s.") % {"stretches": stretches, "duration": duration}
    return " ".join(
        [
            _("Time to stand up, loosen your neck and shoulders, and follow the routine."),
            length,
            _("Go gently and stop if anything hurts more."),
            _("Follow it here: %(url)s") % {"url": routine.follow_url},
        ]
    )


def build_calendar(routine: RoutineSummary, schedule: Schedule, *, now: datetime.datetime) -> bytes:
    zone = ZoneInfo(schedule.zone)
    start_day = first_day(now.astimezone(zone).date(), schedule.days)
    summary = _("Stretch break: %(name)s") % {"name": routine.name}
    description = describe(routine)
    calendar = Calendar.new(
        prodid=PRODID,
        name=summary,
        uid=calendar_uid(routine),
        url=routine.follow_url,
    )
    days = [day for day in ICAL_WEEKDAYS if day in schedule.days]
    for time in schedule.times:
        event = Event.new(
            uid=event_uid(routine, time),
            stamp=now.astimezone(datetime.UTC),
            start=datetime.datetime.combine(start_day, time, tzinfo=zone),
            summary=summary,
            description=description,
            url=routine.follow_url,
        )
        event.duration = datetime.timedelta(minutes=reminder_minutes(routine.seconds))
        event.add("rrule", vRecur(freq="WEEKLY", byday=days))
        event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: it leaves the time free
        event.add_component(Alarm.new_display(description=summary, trigger=datetime.timedelta(0)))
        calendar.add_component(event)
    calendar.add_missing_timezones(
        first_date=start_day - datetime.timedelta(days=1),
        last_date=start_day.replace(year=start_day.year + ZONE_YEARS, day=1),
    )
    return calendar.to_ical()
