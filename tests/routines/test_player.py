"""Following a routine without JavaScript: safety check, one page per stretch, pain, history."""

import json
import re

import pytest
from django.test import Client
from pytest_django.asserts import assertContains, assertNotContains

from figures import mirror_label
from routines.models import Routine, RoutineRun, RoutineStep
from routines.player import timeline
from stretches.models import Stretch
from tests.factories import visitor_routine

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk_break() -> Routine:
    return Routine.objects.ready_made().get(slug="desk-break")


def start(client: Client, routine: Routine, pain="4") -> RoutineRun:
    response = client.post(f"/r/{routine.token}/start/", {"pain": pain})
    assert response.status_code == 302
    run_id = int(re.search(r"run=(\d+)", response["Location"]).group(1))
    return RoutineRun.objects.get(pk=run_id)


def test_following_starts_with_a_safety_check(client, desk_break):
    response = client.get(f"/r/{desk_break.token}/follow/")
    assertContains(response, "Before you start")
    assertContains(response, "Stop if it hurts")
    assertContains(response, 'href="/when-to-see-a-doctor/"')
    assertContains(response, "How bad is your pain right now?")
    assertContains(response, f'action="/r/{desk_break.token}/start/"')


def test_starting_records_pain_before_and_opens_the_first_stretch(client, desk_break):
    response = client.post(f"/r/{desk_break.token}/start/", {"pain": "6"})
    run = RoutineRun.objects.latest("started")
    assert response["Location"] == f"/r/{desk_break.token}/follow/?step=1&run={run.pk}"
    assert (run.pain_before, run.routine_name, run.finished) == (6, "Desk break", None)


def test_pain_is_optional_but_must_be_0_to_10(client, desk_break):
    assert start(client, desk_break, pain="").pain_before is None
    before = RoutineRun.objects.count()
    for bad in ("11", "-1", "x", "4.5"):
        response = client.post(f"/r/{desk_break.token}/start/", {"pain": bad}, follow=True)
        assertContains(response, "Pain is a number from 0 (none) to 10 (worst).")
    assert RoutineRun.objects.count() == before


def test_each_stretch_is_a_plain_page_with_previous_and_next(client, desk_break):
    run = start(client, desk_break)
    steps = list(desk_break.steps.all())
    base = f"/r/{desk_break.token}/follow/"
    for number, step in enumerate(steps, 1):
        response = client.get(base, {"step": number, "run": run.pk})
        assert response.status_code == 200
        assertContains(response, f"Stretch <span data-number>{number}</span> of {len(steps)}")
        assertContains(response, step.stretch.name)
        assertContains(response, step.stretch.stop_if)
        for instruction in step.stretch.steps.all():
            assertContains(response, instruction.text)
        if number > 1:
            assertContains(response, f'href="{base}?step={number - 1}&amp;run={run.pk}"')
        following = "done" if number == len(steps) else number + 1
        assertContains(response, f'href="{base}?step={following}&amp;run={run.pk}"')


def test_the_player_script_gets_the_whole_session_as_json(client, desk_break):
    response = client.get(f"/r/{desk_break.token}/follow/", {"step": 1})
    timeline = json.loads(
        re.search(
            r'id="routine-timeline" type="application/json">(.*?)</script>',
            response.content.decode(),
            re.S,
        ).group(1)
    )
    steps = list(desk_break.steps.all())
    assert [item["name"] for item in timeline] == [step.stretch.name for step in steps]
    per_side = next(item for item in timeline if len(item["sides"]) == 2)
    # Both sides, starting with the side the steps (and so the figure) start with.
    assert sorted(per_side["sides"]) == ["left", "right"]
    assert per_side["sides"][0] == per_side["figure_side"]
    assert all(item["hold"] >= 5 and item["instructions"] for item in timeline)
    assertContains(response, 'src="/static/js/player.')


SIDE = re.compile(r"\b(left|right)\b(?! angle)", re.I)  # "a right angle" names no side
# Steps that say "one arm" and never name a side; and one that first names the side you lie
# on, the opposite of the side stretched. Listed, so a change to their steps is noticed.
NO_SIDE_NAMED = {"wall-chest-stretch", "cross-body-shoulder-stretch"}
LIES_ON_THE_OTHER_SIDE = {"open-book-rotation"}


def per_side_stretches() -> list[Stretch]:
    stretches = list(Stretch.objects.filter(per_side=True, is_published=True))
    assert len(stretches) >= 10
    return stretches


def test_each_per_side_stretch_names_its_first_side_as_its_steps_do():
    for stretch in per_side_stretches():
        label = SIDE.search(stretch.side_label)
        assert label, f"{stretch.slug}: side_label names no side"
        word = label.group(1).lower()
        assert word == stretch.first_side, stretch.slug
        texts = [step.text for step in stretch.steps.all()]
        named = next((SIDE.findall(text) for text in texts if SIDE.search(text)), [])
        if stretch.slug in NO_SIDE_NAMED:
            assert not named, f"{stretch.slug} names a side now: drop it from NO_SIDE_NAMED"
            continue
        expected = mirror_label(word) if stretch.slug in LIES_ON_THE_OTHER_SIDE else word
        assert expected in [w.lower() for w in named], stretch.slug


def test_the_timeline_names_both_sides_as_mirror_images():
    steps = [RoutineStep(stretch=stretch) for stretch in per_side_stretches()]
    for stretch, item in zip(per_side_stretches(), timeline(steps), strict=True):
        first, other = item["sides"]
        assert item["side_labels"][first] == stretch.side_label
        assert item["side_labels"][other] == mirror_label(stretch.side_label)
        assert SIDE.search(item["side_labels"][other]).group(1).lower() == other
        assert item["cue"] in item["instructions"]
    one_side = RoutineStep(stretch=Stretch.objects.get(slug="chin-tuck"))
    assert timeline([one_side])[0]["side_labels"] == {}


@pytest.mark.parametrize("step", ["0", "99", "abc", "-1", "1.5"])
def test_a_step_outside_the_routine_is_404_with_a_way_back(client, desk_break, step):
    response = client.get(f"/r/{desk_break.token}/follow/", {"step": step})
    assert response.status_code == 404
    assertContains(response, "That stretch is not in this routine", status_code=404)


def test_finishing_saves_pain_after_and_shows_it_in_history(client, desk_break):
    run = start(client, desk_break, pain="6")
    done = client.get(f"/r/{desk_break.token}/follow/", {"step": "done", "run": run.pk})
    assertContains(done, "How is your pain now?")
    assertContains(done, "you rated your pain 6 out of 10")
    response = client.post(f"/routine/runs/{run.pk}/finish/", {"pain": "3"})
    assert response["Location"] == "/routine/history/"
    run.refresh_from_db()
    assert run.pain_after == 3 and run.finished is not None
    history = client.get("/routine/history/")
    assertContains(history, "Well done. Your session is saved")
    assertContains(history, "Desk break")
    assertContains(history, '<polyline class="chart-before"')
    assertContains(history, "<td>6</td>")
    assertContains(history, "<td>3</td>")


def test_the_finish_page_says_well_done_only_when_every_stretch_was_done(client, desk_break):
    run, count = start(client, desk_break), desk_break.steps.count()
    assert count >= 2

    def finish_page(**done):
        return client.get(f"/r/{desk_break.token}/follow/", {"step": "done", "run": run.pk, **done})

    for done in ({}, {"done": count}, {"done": "abc"}, {"done": count + 1}, {"done": "9" * 5000}):
        assertContains(finish_page(**done), "<h1>Well done</h1>")  # unknown: no JS to count
    partial = finish_page(done=1)
    assertNotContains(partial, "Well done")
    assertContains(partial, f"You did 1 of {count} stretches.")
    assertContains(partial, 'name="complete" value="0"')
    skipped = finish_page(done=0)
    assertNotContains(skipped, "Well done")
    assertContains(
        skipped,
        "You skipped every stretch this time. That is fine: try again when you are ready.",
    )
    saved = client.post(f"/routine/runs/{run.pk}/finish/", {"pain": "3", "complete": "0"})
    assertNotContains(client.get(saved["Location"]), "Well done")


def test_another_device_cannot_finish_or_see_a_run(client, desk_break):
    run = start(client, desk_break)
    other = Client()
    response = other.post(f"/routine/runs/{run.pk}/finish/", {"pain": "0"})
    assert response.status_code == 403
    run.refresh_from_db()
    assert run.finished is None
    assertNotContains(other.get("/routine/history/"), "Desk break")
    assert other.post("/routine/runs/999999/finish/", {"pain": "1"}).status_code == 404


def test_a_bad_pain_rating_is_refused_and_saves_nothing(client, desk_break):
    run = start(client, desk_break)
    response = client.post(f"/routine/runs/{run.pk}/finish/", {"pain": "12"})
    assertContains(response, "Pain is a number", status_code=400)
    run.refresh_from_db()
    assert run.finished is None


def test_following_an_empty_routine_explains_what_to_do(client):
    response = client.get("/routine/follow/")
    assertContains(response, "There is nothing to follow yet")
    assertContains(response, 'href="/routine/"')


def test_own_routine_is_followed_at_its_own_address(client):
    client.post("/routine/add/", {"stretch": "chin-tuck"})
    routine = visitor_routine(client)
    response = client.post(f"/r/{routine.token}/start/", {})
    assert response["Location"].startswith("/routine/follow/?step=1&run=")
    assertContains(client.get(response["Location"]), "Chin tuck")


def test_history_starts_empty(client):
    assertContains(client.get("/routine/history/"), "No routines yet")


def test_printable_handout_has_steps_stop_cues_qr_and_disclaimer(client, desk_break):
    response = client.get(f"/r/{desk_break.token}/print/")
    assert response.status_code == 200
    for step in desk_break.steps.all():
        assertContains(response, step.stretch.stop_if)
        assertContains(response, step.stretch.steps.first().text)
    assertContains(response, '<svg role="img"')
    assertContains(response, f"http://testserver/r/{desk_break.token}/")
    assertContains(response, "Not medical advice.")
    assert client.get("/routine/print/").status_code == 404


def test_no_template_syntax_leaks_into_a_player_page(client, desk_break):
    for step in ("", "1", "2", "done"):
        html = client.get(f"/r/{desk_break.token}/follow/", {"step": step} if step else {})
        assert "{#" not in html.content.decode() and "{%" not in html.content.decode()
