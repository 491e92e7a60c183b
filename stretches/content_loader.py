"""
Load the stretch library and ready-made routines from the TOML files in stretches/content/.

Each shipped item is created once and recorded in LoadedContent. After that the database owns
it: a later load never changes it, and never brings it back if an editor renamed or deleted
it. Every row is validated with full_clean(), so a mistake in the files fails loudly.
"""

import tomllib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from django.db import models

from stretches.models import (
    BodyArea,
    LoadedContent,
    Muscle,
    Routine,
    RoutineStep,
    Stretch,
    StretchSource,
    StretchStep,
)

CONTENT_DIR = Path(__file__).resolve().parent / "content"


def read_tables(directory: Path, key: str) -> list[dict]:
    """Every [[key]] table from the directory's *.toml files, in file-name order."""
    tables = []
    for path in sorted(directory.glob("*.toml")):
        with path.open("rb") as file:
            tables.extend(tomllib.load(file).get(key, []))
    return tables


def lines(items: Iterable[str]) -> str:
    return "\n".join(items)


def by_slug(model: type[models.Model], slugs: Iterable[str], what: str) -> dict:
    slugs = set(slugs)
    found = model.objects.in_bulk(slugs, field_name="slug")
    if missing := slugs - found.keys():
        raise ValueError(f"unknown {what}: {', '.join(sorted(missing))}")
    return found


class Ledger:
    """Which shipped items were loaded before; see LoadedContent."""

    def __init__(self):
        self.seen = set(LoadedContent.objects.values_list("key", flat=True))
        self.counts: Counter = Counter()

    def new_rows(self, kind: str, rows: list[dict], exists) -> list[dict]:
        """Rows never loaded before. Rows already in the database are recorded, not created."""
        fresh = []
        for row in rows:
            key = f"{kind}:{row['key'] if 'key' in row else row['slug']}"
            if key in self.seen:
                self.counts[f"{kind} kept"] += 1
            elif exists(row):
                self.record(key)
                self.counts[f"{kind} kept"] += 1
            else:
                self.record(key)
                self.counts[f"{kind} created"] += 1
                fresh.append(row)
        return fresh

    def record(self, key: str) -> None:
        LoadedContent.objects.create(key=key)
        self.seen.add(key)


def slug_exists(model: type[models.Model]):
    return lambda row: model.objects.filter(slug=row["slug"]).exists()


def create_validated(model: type[models.Model], **fields) -> models.Model:
    obj = model(**fields)
    obj.full_clean()
    obj.save()
    return obj


def save_sources(model: type[models.Model], owner: dict, sources: list[dict]) -> None:
    for position, source in enumerate(sources):
        link = model(**owner, title=source["title"], url=source["url"], position=position)
        link.full_clean(exclude=list(owner))
        link.save()


def load_stretches(ledger: Ledger, directory: Path = CONTENT_DIR) -> None:
    areas = read_tables(directory, "area")
    for position, row in enumerate(areas):
        row["position"] = position
    for row in ledger.new_rows("body area", areas, slug_exists(BodyArea)):
        create_validated(BodyArea, **row)
    muscles = read_tables(directory, "muscle")
    for row in ledger.new_rows("muscle", muscles, slug_exists(Muscle)):
        create_validated(Muscle, **row)

    rows = ledger.new_rows("stretch", read_tables(directory, "stretch"), slug_exists(Stretch))
    area_by_slug = by_slug(BodyArea, {s for row in rows for s in row["areas"]}, "body areas")
    muscle_by_slug = by_slug(Muscle, {s for row in rows for s in row["muscles"]}, "muscles")
    for row in rows:
        row = dict(row)
        area_slugs, muscle_slugs = row.pop("areas"), row.pop("muscles")
        steps, sources = row.pop("steps"), row.pop("sources")
        if len(steps) < 3:
            raise ValueError(f"{row['slug']}: a stretch needs at least three steps")
        for field in ("tips", "mistakes", "cautions"):
            row[field] = lines(row.get(field, []))
        stretch = create_validated(Stretch, **row)
        stretch.areas.set([area_by_slug[slug] for slug in area_slugs])
        stretch.muscles.set([muscle_by_slug[slug] for slug in muscle_slugs])
        for position, text in enumerate(steps, 1):
            step = StretchStep(stretch=stretch, position=position, text=text)
            step.full_clean(exclude=["stretch"])
            step.save()
        save_sources(StretchSource, {"stretch": stretch}, sources)


def load_routines(ledger: Ledger, directory: Path = CONTENT_DIR) -> None:
    rows = ledger.new_rows("routine", read_tables(directory, "routine"), slug_exists(Routine))
    stretches = by_slug(
        Stretch, {step["stretch"] for row in rows for step in row["steps"]}, "stretches"
    )
    for row in rows:
        routine = create_validated(
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
        BodyArea.objects.filter(slug__in=row.get("areas", []), suggested_routine=None).update(
            suggested_routine=routine
        )
