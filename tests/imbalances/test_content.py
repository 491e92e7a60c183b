from io import StringIO

import pytest
from django.core.management import call_command

from content.loader import read_tables
from content.models import LoadedContent
from imbalances.models import Cause, CorrectiveStretch, RedFlag
from routines.models import Routine
from stretches.content_loader import CONTENT_DIR
from stretches.models import BodyArea, Stretch

pytestmark = pytest.mark.django_db

FOUNDING_ARTICLE_STRETCHES = [
    "neck-tilts",
    "arm-behind-back-shoulder-stretch",
    "interlocked-hands-upper-back-stretch",
    "standing-knee-hold-trapezius-stretch",
]
REQUIRED_CAUSES = [
    "upper-crossed-syndrome",
    "forward-head-posture",
    "rounded-shoulders",
    "desk-work",
    "phone-cradling",
    "muscle-strain",
    "wry-neck",
    "stress-and-tension",
    "cervical-spondylosis",
    "disc-problems-pinched-nerves",
    "whiplash-and-trauma",
]


def load() -> str:
    out = StringIO()
    call_command("load_content", stdout=out)
    return out.getvalue()


def test_a_fresh_install_has_the_whole_library():
    shipped = {row["slug"] for row in read_tables(CONTENT_DIR, "stretch")}
    assert len(shipped) >= 26
    assert set(Stretch.objects.values_list("slug", flat=True)) >= shipped
    assert set(FOUNDING_ARTICLE_STRETCHES) <= shipped


def test_every_stretch_is_complete_and_safe():
    for stretch in Stretch.objects.prefetch_related("steps", "sources", "muscles", "areas"):
        assert stretch.steps.count() >= 3, stretch
        assert stretch.caution_list, stretch
        assert "stop" in stretch.stop_if.lower(), stretch
        assert stretch.mistake_list, stretch
        assert stretch.sources.exists(), stretch
        assert stretch.muscles.exists() and stretch.areas.exists(), stretch
        assert stretch.reviewed is not None


def test_causes_cover_the_brief_with_ordered_corrective_stretches():
    slugs = set(Cause.objects.values_list("slug", flat=True))
    assert set(REQUIRED_CAUSES) <= slugs
    assert Cause.objects.filter(kind=Cause.Kind.TRIGGER_POINT).count() >= 8
    ucs = Cause.objects.get(slug="upper-crossed-syndrome")
    links = list(ucs.corrective_stretches.all())
    assert [link.position for link in links] == list(range(1, len(links) + 1))
    assert links[0].stretch.slug == "doorway-pec-stretch"
    assert all(link.why for link in links)
    for cause in Cause.objects.filter(kind=Cause.Kind.TRIGGER_POINT):
        assert cause.trigger_site and cause.referral, cause


def test_red_flags_fill_the_three_tiers_and_the_stop_cues():
    tiers = set(RedFlag.objects.values_list("tier", flat=True))
    assert tiers == {"emergency", "urgent", "soon", "stop"}


def test_loading_again_changes_nothing():
    before = (Stretch.objects.count(), Cause.objects.count(), CorrectiveStretch.objects.count())
    output = load()
    shipped = len(read_tables(CONTENT_DIR, "stretch"))
    assert f"{shipped} stretch kept" in output and "created" not in output
    after = (Stretch.objects.count(), Cause.objects.count(), CorrectiveStretch.objects.count())
    assert after == before


def test_loading_again_never_overwrites_an_editors_change():
    stretch = Stretch.objects.get(slug="chin-tuck")
    stretch.name = "Chin glide"
    stretch.hold_seconds = 8
    stretch.save()
    stretch.steps.first().delete()
    cause = Cause.objects.get(slug="desk-work")
    cause.is_published = False
    cause.save()

    load()

    stretch.refresh_from_db()
    assert (stretch.name, stretch.hold_seconds) == ("Chin glide", 8)
    assert (
        stretch.steps.count()
        == len(
            next(row for row in read_tables(CONTENT_DIR, "stretch") if row["slug"] == "chin-tuck")[
                "steps"
            ]
        )
        - 1
    )
    assert not Cause.objects.get(slug="desk-work").is_published


def test_items_an_editor_deleted_or_renamed_do_not_come_back():
    Stretch.objects.filter(slug="cat-cow").delete()
    Cause.objects.filter(slug="wry-neck").update(slug="acute-wry-neck")
    flag = RedFlag.objects.get(tier="stop", title__icontains="dizz")
    flag.title = "Dizzy or faint"
    flag.save()

    assert "created" not in load()

    assert not Stretch.objects.filter(slug="cat-cow").exists()
    assert not Cause.objects.filter(slug="wry-neck").exists()
    assert RedFlag.objects.filter(tier="stop", title__icontains="dizz").count() == 1


def test_forgetting_a_load_record_restores_that_item():
    Stretch.objects.filter(slug="cat-cow").delete()
    LoadedContent.objects.filter(key="stretch:cat-cow").delete()
    assert "1 stretch created" in load()
    assert Stretch.objects.get(slug="cat-cow").steps.count() >= 3


def test_ready_made_routines_are_loaded_and_suggested_for_areas():
    routines = Routine.objects.ready_made()
    assert routines.count() >= 3
    assert all(routine.steps.count() >= 3 for routine in routines)
    assert not BodyArea.objects.filter(suggestion=None).exists()
