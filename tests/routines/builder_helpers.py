"""What the builder tests share: a visitor with a routine, and ways to read it back."""

from django.test import Client

from tests.factories import visitor_routine, visitor_steps

HTMX = {"HX-Request": "true"}
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]
# A valid reminder schedule, as the builder's form sends it.
SET_TIMES = {"schedule": "times", "times": "10:30, 15:00", "days": WEEKDAYS, "tz": "Europe/London"}


def add(client: Client, slug: str, **headers):
    return client.post("/routine/add/", {"stretch": slug, "next": "/stretches/"}, headers=headers)


def my_steps(client: Client) -> list[tuple[str, int | None, int | None, str]]:
    """The visitor's routine as (slug, hold, reps, sides), read from the builder page."""
    routine = visitor_routine(client)
    if routine is None:
        return []
    return [
        (step.stretch.slug, step.hold_seconds, step.repetitions, step.sides)
        for step in routine.steps.select_related("stretch")
    ]


def step_ids(client: Client) -> list[int]:
    return [step.pk for step in visitor_steps(client)]
