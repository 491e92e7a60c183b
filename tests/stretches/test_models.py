import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from stretches.doses import text_lines
from stretches.models import Stretch
from tests.factories import make_stretch

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("hold_seconds", 4),
        ("hold_seconds", 121),
        ("repetitions", 0),
        ("repetitions", 21),
        ("rest_seconds", 121),
    ],
)
def test_database_rejects_dose_outside_safe_bounds(field, value):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_stretch(**{field: value})


@pytest.mark.parametrize(("hold", "reps"), [(5, 1), (120, 20)])
def test_dose_at_the_bounds_is_accepted(hold, reps):
    stretch = make_stretch(hold_seconds=hold, repetitions=reps)
    assert Stretch.objects.filter(pk=stretch.pk, hold_seconds=hold, repetitions=reps).exists()


def test_full_clean_explains_an_out_of_range_hold():
    stretch = Stretch(hold_seconds=200, repetitions=3)
    with pytest.raises(ValidationError) as error:
        stretch.full_clean()
    assert "Hold time must be between 5 and 120 seconds." in str(error.value)


def test_slugs_are_unique():
    make_stretch(slug="same-slug")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_stretch(slug="same-slug")


def test_published_hides_unpublished_stretches():
    hidden = make_stretch(is_published=False)
    shown = make_stretch()
    published = Stretch.objects.published()
    assert shown in published
    assert hidden not in published


def test_search_matches_name_summary_and_muscle_without_duplicates():
    chin = Stretch.objects.get(slug="chin-tuck")
    assert chin in Stretch.objects.search("chin tuck")
    # "trapezius" matches many muscles of one stretch; each stretch appears once.
    matches = list(Stretch.objects.search("trapezius"))
    assert len(matches) == len(set(matches)) > 1
    assert not Stretch.objects.search("xylophone").exists()


def test_area_and_muscle_filters():
    in_chest = Stretch.objects.in_area("shoulders-chest")
    assert in_chest.filter(slug="doorway-pec-stretch").exists()
    assert not in_chest.filter(slug="chin-tuck").exists()
    assert (
        Stretch.objects.targeting("levator-scapulae")
        .filter(slug="levator-scapulae-stretch")
        .exists()
    )


def test_total_time_counts_both_sides_and_rests():
    stretch = Stretch(hold_seconds=20, repetitions=3, per_side=True, rest_seconds=10)
    # Six holds of 20 s and five rests of 10 s between them.
    assert stretch.total_seconds == 170
    assert stretch.duration_label == "About 3 minutes"
    assert Stretch(hold_seconds=5, repetitions=2, rest_seconds=5).duration_label == (
        "Under a minute"
    )


def test_text_lines_drops_blank_lines_and_whitespace():
    assert text_lines("  first \n\n second\n   \n") == ["first", "second"]
