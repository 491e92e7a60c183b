import secrets

import pytest
from django.db import IntegrityError, transaction

from routines.forms import hold_bounds, repetition_bounds
from routines.models import Routine, RoutineStep, secret_hash
from stretches.doses import READY_SECONDS
from stretches.models import Stretch

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


def test_a_session_owns_at_most_one_routine_and_only_its_hash_is_stored():
    secret = secrets.token_urlsafe(32)
    routine = Routine.objects.create(owner_hash=secret_hash(secret))
    assert secret not in {routine.owner_hash, routine.token}
    with pytest.raises(IntegrityError), transaction.atomic():
        Routine.objects.create(owner_hash=secret_hash(secret))
    # Ready-made routines have no owner, and there can be many of them.
    Routine.objects.create(is_ready_made=True)
    Routine.objects.create(is_ready_made=True)


def test_share_links_are_found_by_the_hash_of_their_token():
    routine = Routine.objects.create()
    assert routine.token_hash == secret_hash(routine.token)
    assert Routine.objects.shared_by(routine.token).get() == routine
    assert not Routine.objects.shared_by(routine.token[:-1]).exists()


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
    # The steps start by sitting on the right hand to stretch the right side; so does the figure.
    assert trap.side_list == ["right", "left"]
    assert chin.side_list == [""]
    trap.hold_seconds, trap.repetitions, trap.sides = 15, 2, RoutineStep.Sides.RIGHT
    assert trap.side_list == ["right"]
    assert trap.dose_label == "Hold 15 s, 2 times on the right"
    rest = trap.stretch.rest_seconds
    assert trap.total_seconds == 2 * 15 + rest
    # Following the routine adds time to get ready before each stretch.
    steps = routine.steps.all()
    assert routine.total_seconds == sum(step.total_seconds + READY_SECONDS for step in steps)
