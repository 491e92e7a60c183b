"""The "Remind me" section keeps up with the routine: the builder's htmx answers carry the
routine's new name and length to it, or take it away with the last stretch; and the calendar
file says how long the routine is in words that suit each number."""

import re

import pytest
from django.utils import translation
from pytest_django.asserts import assertContains, assertNotContains

from routines.reminder_calendar import RoutineSummary, describe
from routines.reminder_forms import DEFAULT_ZONE, MAX_PER_DAY, MAX_TIMES
from stretches.doses import duration_label, session_seconds
from tests.factories import visitor_steps
from tests.routines.builder_helpers import HTMX, step_ids

pytestmark = pytest.mark.django_db

INTRO = re.compile(r'<p id="reminders-intro" data-routine-name="([^"]*)" data-hx-swap-oob="true">')


def summary(stretches: int, seconds: int) -> RoutineSummary:
    return RoutineSummary(
        key="k", name="Desk", stretches=stretches, seconds=seconds, follow_url="/f/", host="x"
    )


def test_a_rename_by_htmx_gives_the_reminders_the_new_name(built):
    response = built.post("/routine/rename/", {"name": "Desk <break>"}, headers=HTMX)
    assert INTRO.findall(response.content.decode()) == ["Desk &lt;break&gt;"]


def intro_text(html: str) -> str:
    start = html.index('<p id="reminders-intro"')
    return " ".join(html[start : html.index("</p>", start)].split())


def test_removing_a_stretch_by_htmx_gives_the_reminders_the_new_length(built):
    first, *rest = step_ids(built)
    response = built.post(f"/routine/steps/{first}/remove/", headers=HTMX)
    assert INTRO.search(response.content.decode())
    left = session_seconds(list(visitor_steps(built)))
    assert len(rest) == 2 and left > 0
    assert f"follow this routine ({duration_label(left).lower()})" in intro_text(
        response.content.decode()
    )
    assert intro_text(response.content.decode()) == intro_text(
        built.get("/routine/").content.decode()
    ).replace('">', '" data-hx-swap-oob="true">', 1)


def test_removing_the_last_stretch_by_htmx_takes_the_reminders_away(built):
    for pk in step_ids(built):
        response = built.post(f"/routine/steps/{pk}/remove/", headers=HTMX)
    assertContains(response, '<div id="reminders" data-hx-swap-oob="delete"></div>')
    assert not INTRO.search(response.content.decode())


def test_the_full_builder_page_has_one_plain_intro_and_the_forms_limits(built):
    response = built.get("/routine/")
    html = response.content.decode()
    assert html.count('id="reminders-intro"') == 1
    assertNotContains(response, "data-hx-swap-oob")
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
