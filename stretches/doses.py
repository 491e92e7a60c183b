"""Doses: the bounds a stretch's dose keeps to, and how long and how it reads."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

HOLD_SECONDS = (5, 120)
REPETITIONS = (1, 20)
REST_SECONDS = (0, 120)
REP_SECONDS = (2, 10)
# Time to read a stretch's steps and get into position before its first hold; between
# stretches it doubles as the rest.
READY_SECONDS = 10


def duration_label(seconds: int) -> str:
    minutes = round(seconds / 60)
    if minutes < 1:
        return _("Under a minute")
    return ngettext("About %(count)d minute", "About %(count)d minutes", minutes) % {
        "count": minutes
    }


def timed_seconds(stretch, reps: int, sides: int, hold: int) -> int:
    """How long a dose takes: holds with rests between them, or a movement's repetitions one
    after another at its pace (resting only between sides)."""
    if stretch.is_movement:
        return sides * reps * (stretch.rep_seconds or 0) + (sides - 1) * stretch.rest_seconds
    sets = reps * sides
    return sets * hold + (sets - 1) * stretch.rest_seconds


def session_seconds(doses) -> int:
    """How long following these in turn takes (stretches, or a routine's steps: anything with
    `total_seconds`), getting ready for each one included."""
    return sum(dose.total_seconds + READY_SECONDS for dose in doses)


def dose_label(stretch, reps: int, hold: int, sides: str) -> str:
    """Reads "Hold 20 s, 3 times each side" for a hold, "8 times, slowly" for a movement.
    `sides` is "each" (both sides), "left", "right" or "" (not done per side)."""
    times = {
        "each": ngettext("%(reps)d time each side", "%(reps)d times each side", reps),
        "left": ngettext("%(reps)d time on the left", "%(reps)d times on the left", reps),
        "right": ngettext("%(reps)d time on the right", "%(reps)d times on the right", reps),
        "": ngettext("%(reps)d time", "%(reps)d times", reps),
    }[sides] % {"reps": reps}
    if stretch.is_movement:
        return _("%(times)s, slowly") % {"times": times}
    return _("Hold %(hold)d s, %(times)s") % {"hold": hold, "times": times}


def text_lines(value: str) -> list[str]:
    """Editors keep short lists (tips, cautions) one item per line."""
    return [line.strip() for line in value.splitlines() if line.strip()]


class Dosed:
    """What a stretch says of its own dose (mixed into the Stretch model)."""

    @property
    def is_movement(self) -> bool:
        return self.kind == "movement"

    @property
    def total_seconds(self) -> int:
        """Roughly how long the stretch takes, holds and rests included."""
        sides = 2 if self.per_side else 1
        return timed_seconds(self, self.repetitions, sides, self.hold_seconds)

    @property
    def dose_label(self) -> str:
        sides = "each" if self.per_side else ""
        return dose_label(self, self.repetitions, self.hold_seconds, sides)

    @property
    def duration_label(self) -> str:
        return duration_label(self.total_seconds)
