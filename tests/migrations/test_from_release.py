"""
A site on the last released schema migrates to this one with nothing lost: visitors' routines,
their steps and runs, the home page's suggested routines, editors' edits and translations, and
what editors were given in the admin.

The database is taken back to that schema, filled through the models as they were then, and
migrated forward, as `bin/start` does on a deploy.
"""

import datetime
import hashlib

import pytest
from django.conf import settings
from django.contrib.sessions.backends.cached_db import SessionStore
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from pytest_django.asserts import assertContains, assertNotContains

from routines.models import Routine, RoutineRun, Suggestion
from stretches.models import Stretch

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

# The newest migration of each of Upright's apps in the last release (Django's own apps are
# taken as they are now).
RELEASED_APPS = [
    ("content", "0004_translation_choices"),
    ("stretches", "0008_run_started_default"),
    ("imbalances", "0004_source_policy"),
    ("routines", None),  # no such app yet
]


@pytest.fixture
def released():
    """The models of the last release, on an empty database at its schema. Whatever the test
    does, the database ends at the newest schema again, for the tests after it."""
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    try:
        yield migrate(released_targets())
    finally:
        migrate(latest())


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    # The models as they were at those migrations (an app taken back to None has none).
    return executor.loader.project_state([node for node in targets if node[1]]).apps


def latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


def released_targets():
    ours = {app for app, _name in RELEASED_APPS}
    return RELEASED_APPS + [node for node in latest() if node[0] not in ours]


def fill_released_site(apps) -> dict:
    """What a site of the last release holds: its content, and what people did with it."""
    stretch_model = apps.get_model("stretches", "Stretch")
    chin_tuck = stretch_model.objects.create(
        slug="chin-tuck",
        name="Chin tuck, as an editor renamed it",
        summary="Gently draw the chin back.",
        position="sitting",
        hold_seconds=5,
        repetitions=10,
        cautions="Skip it after a recent injury.",
        stop_if="Stop if it hurts.",
        reviewed=datetime.date(2026, 11, 1),
    )
    # A Spanish name an editor stored before any page showed one.
    stretch_type, _ = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="stretches", model="stretch"
    )
    apps.get_model("content", "Translation").objects.create(
        content_type=stretch_type, object_id=chin_tuck.pk, field="name", language="es",
        text="Retracción de mentón",
    )  # fmt: skip
    area = apps.get_model("stretches", "BodyArea").objects.create(
        slug="neck", name="Neck", question="My neck"
    )
    routine_model = apps.get_model("stretches", "Routine")
    ready = routine_model.objects.create(
        token="ready-made-token-0000000000", token_hash="ready", name="Desk break",
        slug="desk-break", is_ready_made=True,
    )  # fmt: skip
    area.suggested_routine = ready
    area.save()
    own = routine_model.objects.create(
        token="a-visitors-own-token-000000", token_hash="own", owner_hash="f" * 64,
        name="Before work", copied_from=ready,
    )  # fmt: skip
    apps.get_model("stretches", "RoutineStep").objects.create(
        routine=own, stretch=chin_tuck, position=1, hold_seconds=8, repetitions=3, sides="left"
    )
    apps.get_model("stretches", "RoutineRun").objects.create(
        routine=own, routine_name="Before work", device_hash="f" * 64, pain_before=6, pain_after=3
    )
    # An editor allowed to look after routines, and what the admin recorded them doing.
    content_type, _ = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="stretches", model="routine"
    )
    permission, _ = apps.get_model("auth", "Permission").objects.get_or_create(
        content_type=content_type, codename="change_routine", name="Can change routine"
    )
    editor = apps.get_model("auth", "User").objects.create(username="editor", is_staff=True)
    editor.user_permissions.add(permission)
    apps.get_model("admin", "LogEntry").objects.create(
        user=editor, content_type=content_type, object_id=str(ready.pk),
        object_repr="Desk break", action_flag=2, change_message="[]",
    )  # fmt: skip
    # A visitor from before the owner's secret had a value of its own: their routine is owned
    # by their session's key, and their session holds nothing else about it.
    session = SessionStore()
    session["seen_disclaimer"] = True
    session.create()
    routine_model.objects.create(
        token="an-older-visitors-token-000", token_hash="older",
        owner_hash=hashlib.sha256(session.session_key.encode()).hexdigest(), name="Old habits",
    )  # fmt: skip
    return {"own": own.token, "ready": ready.token, "older_session": session.session_key}


def test_a_released_site_keeps_every_routine_run_and_editors_grant(released, django_user_model):
    tokens = fill_released_site(released)

    migrate(latest())

    own = Routine.objects.get(token=tokens["own"])
    assert (own.name, own.owner_hash, own.copied_from.token) == (
        "Before work",
        "f" * 64,
        tokens["ready"],
    )
    step = own.steps.get()
    assert (step.stretch.slug, step.hold_seconds, step.repetitions, step.sides) == (
        "chin-tuck",
        8,
        3,
        "left",
    )
    run = RoutineRun.objects.get()
    assert (run.routine, run.pain_before, run.pain_after) == (own, 6, 3)
    assert Suggestion.objects.get(area__slug="neck").routine.token == tokens["ready"]
    chin_tuck = Stretch.objects.get(slug="chin-tuck")
    assert chin_tuck.name_en_gb == "Chin tuck, as an editor renamed it"
    assert chin_tuck.name_es == "Retracción de mentón"
    assert chin_tuck.summary_en_gb == "Gently draw the chin back."
    assert chin_tuck.summary_es is None  # read in English on Spanish pages
    editor = django_user_model.objects.get(username="editor")
    assert editor.has_perm("routines.change_routine")
    assert editor.logentry_set.get().get_edited_object() == Routine.objects.get(slug="desk-break")


def test_a_visitor_whose_routine_was_owned_by_their_session_key_still_has_it(released, client):
    tokens = fill_released_site(released)

    migrate(latest())

    client.cookies[settings.SESSION_COOKIE_NAME] = tokens["older_session"]
    assertContains(client.get("/routine/"), "Old habits")
    assert client.session["seen_disclaimer"] is True
    stranger = Client()
    assertNotContains(stranger.get("/routine/"), "Old habits")


def test_the_move_can_be_undone_without_losing_a_routine(released):
    tokens = fill_released_site(released)
    migrate(latest())
    back = migrate(released_targets())
    routine_model = back.get_model("stretches", "Routine")
    assert routine_model.objects.get(token=tokens["own"]).steps.count() == 1
    area = back.get_model("stretches", "BodyArea").objects.get(slug="neck")
    assert area.suggested_routine.token == tokens["ready"]
    chin_tuck = back.get_model("stretches", "Stretch").objects.get(slug="chin-tuck")
    assert chin_tuck.name == "Chin tuck, as an editor renamed it"
    spanish = back.get_model("content", "Translation").objects.get()
    assert (spanish.object_id, spanish.field, spanish.text) == (
        chin_tuck.pk,
        "name",
        "Retracción de mentón",
    )
