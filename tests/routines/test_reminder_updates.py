"""The "Remind me" page keeps up with the routine (its name and length as they are now), and
the calendar file says how long the routine is in words that suit each number."""

import re

import pytest
from django.utils import translation
from pytest_django.asserts import assertContains

from routines.reminder_calendar import RoutineSummary, describe
from routines.reminder_forms import DEFAULT_ZONE, MAX_PER_DAY, MAX_TIMES
from stretches.doses import duration_label, session_seconds
from tests.factories import visitor_steps
from tests.routines.builder_helpers import step_ids

pytestmark = pytest.mark.django_db

INTRO = re.compile(r'<p id="reminders-intro" data-routine-name="([^"]*)" data-hx-swap-oob="true">')


def summary(stretches: int, seconds: int) -> RoutineSummary:
    return RoutineSummary(
        key="k", name="Desk", stretches=stretches, seconds=seconds, follow_url="/f/", host="x"
    )


def test_the_reminders_page_names_the_routine_as_it_is_now_with_its_length(built):
    built.post("/routine/rename/", {"name": "Desk <break>"})
    first, *rest = step_ids(built)
    built.post(f"/routine/steps/{first}/remove/")
    response = built.get("/routine/remind/")
    assertContains(response, 'data-routine-name="Desk &lt;break&gt;"')
    left = session_seconds(list(visitor_steps(built)))
    assertContains(response, f"follow this routine ({duration_label(left).lower()})")


def test_the_reminders_page_tells_its_script_the_forms_limits(built):
    response = built.get("/routine/remind/")
    assertContains(response, f'data-max-times="{MAX_TIMES}" data-max-per-day="{MAX_PER_DAY}"')
    assertContains(response, f"<strong data-reminder-zone>{DEFAULT_ZONE}</strong>")


@pytest.mark.parametrize(
    ("stretches", "seconds", "words"),
    [
        (1, 45, "1 stretch, about 1 minute."),
        (3, 45, "3 stretches, about 1 minute."),
        (1, 150, "1 stretch, about 3 minutes."),
        (4, 400, "4 stretches, about 7 minutes."),
    ],
)
def test_the_calendar_text_gives_each_number_its_own_plural(stretches, seconds, words):
    assert words in describe(summary(stretches, seconds))


def test_the_calendar_text_in_spanish_inflects_each_number():
    with translation.override("es"):
        text = describe(summary(1, 150))
    assert "1 estiramiento" in text and "3 minutos" in text
