"""Sessions followed offline, sent when the device is back online: saved once, whatever happens."""

import time
import uuid
from datetime import timedelta
from types import SimpleNamespace

import django_ratelimit.core
import pytest
from django.test import Client
from django.utils import timezone

from routines.models import Routine, RoutineRun
from routines.services import RoutineError, record_offline_run
from tests.factories import visitor_routine
from tests.routines.builder_helpers import add

pytestmark = pytest.mark.django_db

SYNC = "/routine/runs/sync/"


@pytest.fixture
def routine(built) -> Routine:
    return visitor_routine(built)


def offline_session(routine: Routine, **overrides) -> dict:
    """A session started and finished offline, as static/js/offline.js sends it."""
    finished = timezone.now() - timedelta(minutes=5)
    return {
        "device_id": str(uuid.uuid4()),
        "token": routine.token,
        "started": (finished - timedelta(minutes=8)).isoformat(),
        "finished": finished.isoformat(),
        "pain_before": "6",
        "pain_after": "3",
        **overrides,
    }


def test_a_session_started_and_finished_offline_becomes_one_run_in_history(built, routine):
    session = offline_session(routine)
    response = built.post(SYNC, session)
    assert response.status_code == 201
    run = RoutineRun.objects.get()
    assert (run.routine, run.routine_name, run.pain_before, run.pain_after) == (
        routine,
        routine.name,
        6,
        3,
    )
    assert str(run.device_id) == session["device_id"]
    assert run.started.isoformat() == session["started"]  # when it happened, not when sent
    assert run.finished.isoformat() == session["finished"]
    history = built.get("/routine/history/").content.decode()
    assert history.count(f"<td>{routine.name}</td>") == 1


def test_sending_the_same_session_again_changes_nothing_and_succeeds(built, routine):
    session = offline_session(routine)
    assert built.post(SYNC, session).status_code == 201
    again = built.post(SYNC, {**session, "pain_after": "9"})
    assert again.status_code == 200
    assert again.json() == {"run": RoutineRun.objects.get().pk, "saved": False}
    assert RoutineRun.objects.count() == 1
    assert RoutineRun.objects.get().pain_after == 3


def test_a_run_started_online_and_rated_offline_is_finished_once(built, routine):
    built.post(f"/r/{routine.token}/start/", {"pain": "7"})
    run = RoutineRun.objects.get()
    rating = {
        "device_id": str(uuid.uuid4()),
        "run": str(run.pk),
        "finished": timezone.now().isoformat(),
        "pain_after": "4",
    }
    assert built.post(SYNC, rating).status_code == 201
    assert built.post(SYNC, rating).status_code == 200
    run.refresh_from_db()
    assert (run.pain_before, run.pain_after, str(run.device_id)) == (7, 4, rating["device_id"])
    assert RoutineRun.objects.count() == 1
    # Rated already: a rating sent later with another id does not overwrite it.
    later = {**rating, "device_id": str(uuid.uuid4()), "pain_after": "9"}
    assert built.post(SYNC, later).status_code == 200
    run.refresh_from_db()
    assert run.pain_after == 4


def test_a_run_from_another_device_is_refused(built, routine):
    built.post(f"/r/{routine.token}/start/", {"pain": "7"})
    run = RoutineRun.objects.get()
    stranger = Client()
    response = stranger.post(
        SYNC,
        {"device_id": str(uuid.uuid4()), "run": run.pk, "finished": timezone.now().isoformat()},
    )
    assert response.status_code == 403
    assert response.json()["error"] == (
        "That session was started on another device, so it was not saved."
    )
    run.refresh_from_db()
    assert run.finished is None and run.device_id is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"device_id": ""}, "This session has no id from the device, so it cannot be saved."),
        ({"device_id": "not-a-uuid"}, "This session's id from the device is not valid."),
        ({"pain_after": "11"}, "Pain is a number from 0 (none) to 10 (worst)."),
        ({"pain_before": "-1"}, "Pain is a number from 0 (none) to 10 (worst)."),
        ({"finished": "yesterday"}, "When the session finished is not a time."),
        ({"finished": ""}, "Say when the session finished."),
        ({"token": ""}, "Say which routine this session followed."),
        (
            {"token": "no-such-routine"},
            "That routine is no longer on the site, so this session cannot be saved.",
        ),
        (
            {"finished": (timezone.now() + timedelta(hours=2)).isoformat()},
            "That time is still to come: check the device's clock.",
        ),
        (
            {"started": (timezone.now() - timedelta(days=40)).isoformat()},
            "That session is more than 30 days old.",
        ),
        (
            {"started": (timezone.now() + timedelta(minutes=1)).isoformat()},
            "A session cannot finish before it starts.",
        ),
        ({"run": "abc"}, "No such session."),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(built, routine, change, message):
    response = built.post(SYNC, offline_session(routine, **change))
    assert response.status_code == 400
    assert response.json()["error"] == message
    assert not RoutineRun.objects.exists()


def test_an_unknown_run_is_not_found(built, routine):
    rating = {"device_id": str(uuid.uuid4()), "run": "999999", "finished": timezone.now()}
    response = built.post(SYNC, rating)
    assert response.status_code == 404
    assert response.json()["error"] == "No such session."


def test_another_sites_page_cannot_send_a_session(built, routine):
    # A browser, not the test client: it checks where writes come from.
    built.handler.enforce_csrf_checks = True
    response = built.post(
        SYNC,
        offline_session(routine),
        headers={"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
    )
    assert response.status_code == 403
    assert not RoutineRun.objects.exists()
    same_site = built.post(
        SYNC, offline_session(routine), headers={"Sec-Fetch-Site": "same-origin"}
    )
    assert same_site.status_code == 201


def test_only_a_post_is_accepted(built):
    assert built.get(SYNC).status_code == 405


def test_sends_count_against_the_write_limit(client, routine, monkeypatch, settings):
    now = time.time()
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: now))
    settings.RATELIMIT_ENABLE = True
    add(client, "chin-tuck")
    routine = visitor_routine(client)
    for _ in range(59):
        client.post(SYNC, offline_session(routine))
    assert RoutineRun.objects.count() == 59
    assert client.post(SYNC, offline_session(routine)).status_code == 429
    assert RoutineRun.objects.count() == 59


def test_the_pages_to_keep_are_the_routines_player_and_guides(built, routine):
    response = built.get("/routine/offline-pages/")
    assert response.status_code == 200
    pages = response.json()["pages"]
    assert pages == [
        "/routine/",
        "/routine/follow/",
        "/routine/follow/?step=1",
        "/routine/follow/?step=2",
        "/routine/follow/?step=3",
        "/routine/follow/?step=done",
        "/stretches/chin-tuck/",
        "/stretches/upper-trapezius-stretch/",
        "/stretches/cat-cow/",
    ]
    shared = Client().get(f"/r/{routine.token}/offline-pages/").json()["pages"]
    assert shared[:3] == [
        f"/r/{routine.token}/",
        f"/r/{routine.token}/follow/",
        f"/r/{routine.token}/follow/?step=1",
    ]
    for page in pages + shared:
        assert built.get(page).status_code == 200, page


def test_the_list_changes_when_the_routine_does(built):
    before = built.get("/routine/offline-pages/").json()["version"]
    add(built, "neck-flexion")
    assert built.get("/routine/offline-pages/").json()["version"] != before


def test_no_routine_no_pages(client):
    assert client.get("/routine/offline-pages/").status_code == 404
    assert client.get("/r/not-a-token/offline-pages/").status_code == 404


def test_the_list_costs_the_same_queries_for_a_long_routine(built, django_assert_max_num_queries):
    for slug in ("neck-flexion", "neck-side-tilt", "chin-tuck", "cat-cow"):
        add(built, slug)
    with django_assert_max_num_queries(5):
        built.get("/routine/offline-pages/")


def test_a_session_another_rule_refuses_is_answered_try_again_later_not_an_error(routine):
    """Only a resend of the same session is a success when the database refuses a run; any
    other refusal (here a pain the form would have stopped) is "not saved just now"."""
    session = SimpleNamespace(get=lambda key: "owner", session_key="key")
    finished = timezone.now()
    common = {"run": None, "token": routine, "started": None, "finished": finished}
    with pytest.raises(RoutineError) as refused:
        record_offline_run(session, device_id=uuid.uuid4(), pain_before=11, pain_after=3, **common)
    assert refused.value.status == 503
    assert str(refused.value) == "This session could not be saved just now."
    assert not RoutineRun.objects.exists()
