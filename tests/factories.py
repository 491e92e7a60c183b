"""Small builders for test data, with overridable defaults."""

import datetime
import itertools

from imbalances.models import Cause, CorrectiveStretch
from stretches.models import BodyArea, Muscle, Stretch, StretchStep

_numbers = itertools.count(1)


def make_stretch(*, areas=(), muscles=(), steps=3, **overrides) -> Stretch:
    number = next(_numbers)
    fields = {
        "slug": f"test-stretch-{number}",
        "name": f"Test stretch {number}",
        "summary": "A gentle stretch used in tests.",
        "position": Stretch.Position.SITTING,
        "equipment": Stretch.Equipment.NONE,
        "difficulty": Stretch.Difficulty.BEGINNER,
        "hold_seconds": 20,
        "repetitions": 3,
        "rest_seconds": 10,
        "cautions": "Skip it after a recent injury.",
        "stop_if": "Stop if it hurts.",
        "reviewed": datetime.date(2026, 11, 1),
        **overrides,
    }
    stretch = Stretch.objects.create(**fields)
    stretch.areas.set(areas or BodyArea.objects.filter(slug="neck"))
    stretch.muscles.set(muscles or Muscle.objects.filter(slug="upper-trapezius"))
    StretchStep.objects.bulk_create(
        StretchStep(stretch=stretch, position=i, text=f"Step {i}.") for i in range(1, steps + 1)
    )
    return stretch


def make_cause(*, stretches=(), **overrides) -> Cause:
    number = next(_numbers)
    fields = {
        "slug": f"test-cause-{number}",
        "name": f"Test cause {number}",
        "kind": Cause.Kind.POSTURE,
        "summary": "A cause used in tests.",
        "explanation": "First paragraph.\n\nSecond paragraph.",
        "see_a_professional": "If it lasts more than two weeks.",
        "reviewed": datetime.date(2026, 11, 1),
        **overrides,
    }
    cause = Cause.objects.create(**fields)
    cause.areas.set(BodyArea.objects.filter(slug="neck"))
    CorrectiveStretch.objects.bulk_create(
        CorrectiveStretch(cause=cause, stretch=stretch, position=i, why=f"Because {i}.")
        for i, stretch in enumerate(stretches, 1)
    )
    return cause


def visitor_routine(client):
    """The routine a test client's visitor owns, found as the app finds it: by session key."""
    from routines.ownership import owned_routine

    return owned_routine(client.session)


def visitor_steps(client) -> list:
    routine = visitor_routine(client)
    return list(routine.steps.select_related("stretch")) if routine else []
