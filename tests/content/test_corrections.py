"""Corrected content reaches an existing site, but never over an editor's change."""

import datetime
import textwrap

import pytest
from django.utils import timezone

from content.loader import Ledger
from content.models import LoadedContent
from imbalances.content_loader import load_red_flags
from imbalances.models import RedFlag
from stretches.content_loader import load_stretches
from stretches.models import Stretch

pytestmark = pytest.mark.django_db

STRETCH = """
[[stretch]]
slug = "test-correction"
name = "{name}"
summary = "A stretch for this test."
revision = {revision}
areas = ["neck"]
muscles = ["upper-trapezius"]
position = "sitting"
hold_seconds = 20
repetitions = 3
cautions = ["Take care."]
stop_if = "Stop if it hurts."
steps = ["Sit tall.", "Tilt your head.", "Come back."]
sources = [{{ title = "NHS: neck pain", url = "https://www.nhs.uk/conditions/neck-pain/" }}]
reviewed = 2026-12-01
figure = {{}}
is_published = false
"""


def ship(tmp_path, text: str, name: str, filename: str = "shipped.toml"):
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    (folder / filename).write_text(textwrap.dedent(text))
    return folder


def loaded_a_while_ago(key: str) -> None:
    earlier = timezone.now() - datetime.timedelta(days=30)
    LoadedContent.objects.filter(key=key).update(loaded=earlier)


def backdate(model, **lookup) -> None:
    model.objects.filter(**lookup).update(updated=timezone.now() - datetime.timedelta(days=30))


def test_a_newer_revision_corrects_an_item_no_editor_has_touched(tmp_path):
    load_stretches(Ledger(), ship(tmp_path, STRETCH.format(name="Old", revision=1), "v1"))
    loaded_a_while_ago("stretch:test-correction")
    backdate(Stretch, slug="test-correction")
    load_stretches(Ledger(), ship(tmp_path, STRETCH.format(name="New", revision=2), "v2"))
    assert Stretch.objects.get(slug="test-correction").name == "New"
    assert LoadedContent.objects.get(key="stretch:test-correction").revision == 2


def test_an_editors_change_wins_and_the_correction_is_held_for_the_admin(tmp_path):
    load_stretches(Ledger(), ship(tmp_path, STRETCH.format(name="Old", revision=1), "v1"))
    loaded_a_while_ago("stretch:test-correction")
    edited = Stretch.objects.get(slug="test-correction")
    edited.name = "Editor's name"
    edited.save()  # just now, as the admin saves it
    load_stretches(Ledger(), ship(tmp_path, STRETCH.format(name="New", revision=2), "v2"))
    assert Stretch.objects.get(slug="test-correction").name == "Editor's name"
    record = LoadedContent.objects.get(key="stretch:test-correction")
    assert (record.revision, record.held_revision) == (1, 2)


FLAGS = """
revision = {revision}

[[red_flag]]
tier = "{tier}"
title = "Loss of bladder or bowel control"
detail = "Call 999 or go to A&E."
reviewed = 2026-12-01
sources = [{{ title = "NHS: back pain", url = "https://www.nhs.uk/conditions/back-pain/" }}]
"""


def test_a_corrected_red_flag_list_replaces_an_untouched_one(tmp_path):
    RedFlag.objects.all().delete()
    LoadedContent.objects.filter(key__startswith="red flag").delete()
    load_red_flags(
        Ledger(), ship(tmp_path, FLAGS.format(revision=1, tier="urgent"), "v1", "red_flags.toml")
    )
    assert RedFlag.objects.get().tier == "urgent"
    loaded_a_while_ago("red flags:list")
    backdate(RedFlag)
    load_red_flags(
        Ledger(), ship(tmp_path, FLAGS.format(revision=2, tier="emergency"), "v2", "red_flags.toml")
    )
    assert RedFlag.objects.get().tier == "emergency"


def test_a_red_flag_list_an_editor_changed_is_left_as_it_is(tmp_path):
    RedFlag.objects.all().delete()
    LoadedContent.objects.filter(key__startswith="red flag").delete()
    load_red_flags(
        Ledger(), ship(tmp_path, FLAGS.format(revision=1, tier="urgent"), "v1", "red_flags.toml")
    )
    loaded_a_while_ago("red flags:list")
    edited = RedFlag.objects.get()
    edited.detail = "An editor's words."
    edited.save()
    load_red_flags(
        Ledger(), ship(tmp_path, FLAGS.format(revision=2, tier="emergency"), "v2", "red_flags.toml")
    )
    flag = RedFlag.objects.get()
    assert (flag.tier, flag.detail) == ("urgent", "An editor's words.")
    assert LoadedContent.objects.get(key="red flags:list").held_revision == 2
