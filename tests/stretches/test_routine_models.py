import pytest
from django.db import IntegrityError, transaction

from stretches.models import Routine, RoutineStep, Stretch
from stretches.models.routines import (
    READY_SECONDS,
    hold_bounds,
    new_secret,
    repetition_bounds,
    secret_hash,
)

pytestmark = pytest.mark.django_db


def make_routine(*slugs: str, **fields) -> Routine:
    routine = Routine.objects.create(**fields)
    for position, slug in enumerate(slugs, 1):
        RoutineStep.objects.create(
            routine=routine, stretch=Stretch.objects.get(slug=slug), position=position
        )
    return routine


def test_share_tokens_are_unguessable_and_url_safe():
    tokens = {Routine.objects.create().token for _ in range(50)}
    assert len(tokens) == 50
    for token in tokens:
        assert len(token) >= 22  # 16 random bytes, base64: at least 128 bits
        assert set(token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def test_only_the_secret_holder_owns_a_routine():
    secret = new_secret()
    routine = Routine.objects.create(owner_hash=secret_hash(secret))
    assert routine.is_owned_by(secret)
    assert not routine.is_owned_by(new_secret())
    assert not routine.is_owned_by("")
    assert not routine.is_owned_by(None)
    # Nobody owns a ready-made routine, not even with an empty secret.
    assert not Routine.objects.create(is_ready_made=True).is_owned_by("")


def test_the_owner_secret_is_not_stored():
    secret = new_secret()
    routine = Routine.objects.create(owner_hash=secret_hash(secret))
    assert secret not in {routine.owner_hash, routine.token}


@pytest.mark.parametrize(
    ("field", "value"),
    [("hold_seconds", 4), ("hold_seconds", 121), ("repetitions", 0), ("repetitions", 21)],
)
def test_database_keeps_step_doses_within_safe_limits(field, value):
    routine = make_routine()
    with pytest.raises(IntegrityError), transaction.atomic():
        RoutineStep.objects.create(
            routine=routine, stretch=Stretch.objects.first(), position=1, **{field: value}
        )


def test_bounds_follow_the_stretch_guide():
    chin_tuck = Stretch.objects.get(slug="chin-tuck")  # 5 s x 10
    assert hold_bounds(chin_tuck) == (5, 10)
    assert repetition_bounds(chin_tuck) == (1, 20)
    scm = Stretch.objects.get(slug="scm-stretch")  # 30 s x 3
    assert hold_bounds(scm) == (5, 60)
    assert repetition_bounds(scm) == (1, 6)


def test_step_dose_uses_overrides_and_sides():
    routine = make_routine("upper-trapezius-stretch", "chin-tuck")
    trap, chin = routine.steps.all()
    assert trap.side_list == ["left", "right"]
    assert chin.side_list == [""]
    trap.hold_seconds, trap.repetitions, trap.sides = 15, 2, RoutineStep.Sides.RIGHT
    assert trap.side_list == ["right"]
    assert trap.dose_label == "Hold 15 s, 2 times on the right"
    rest = trap.stretch.rest_seconds
    assert trap.total_seconds == 2 * 15 + rest
    # Following the routine adds time to get ready before each stretch.
    steps = routine.steps.all()
    assert routine.total_seconds == sum(step.total_seconds + READY_SECONDS for step in steps)
