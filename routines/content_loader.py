"""
Load the ready-made routines from routines/content/routines.toml. Like the library, each is
created once (see content.loader) and is the editors' to change from then on.
"""

from pathlib import Path

from content import loader
from content.loader import Ledger
from routines.models import Routine, RoutineStep, Suggestion
from stretches.models import BodyArea, Stretch

CONTENT_DIR = Path(__file__).resolve().parent / "content"


def load_routines(ledger: Ledger, directory: Path = CONTENT_DIR) -> None:
    rows = ledger.new_rows(
        "routine", loader.read_tables(directory, "routine"), loader.slug_exists(Routine)
    )
    stretches = loader.by_slug(
        Stretch, {step["stretch"] for row in rows for step in row["steps"]}, "stretches"
    )
    for row in rows:
        routine = loader.create_validated(
            Routine, slug=row["slug"], name=row["name"], summary=row["summary"], is_ready_made=True
        )
        for position, spec in enumerate(row["steps"], 1):
            step = RoutineStep(
                routine=routine,
                stretch=stretches[spec["stretch"]],
                position=position,
                hold_seconds=spec.get("hold"),
                repetitions=spec.get("reps"),
            )
            step.full_clean(exclude=["routine"])
            step.save()
        # Offer it to people who hurt in these areas, unless an editor chose another routine.
        for area in BodyArea.objects.filter(slug__in=row.get("areas", []), suggestion=None):
            Suggestion.objects.create(area=area, routine=routine)
