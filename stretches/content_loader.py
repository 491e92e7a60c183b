"""
Load the stretch library from the TOML files in stretches/content/.

Loading creates what is missing, matched by slug, and never touches a row that already exists:
once a stretch is in the database, Django admin owns it, so an editor's change survives every
later load. Each row is validated with full_clean(), so a mistake in the files fails loudly.
"""

import tomllib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from django.db import models

from .models import BodyArea, Muscle, Stretch, StretchSource, StretchStep

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


def create_missing(model: type[models.Model], rows: list[dict], counts: Counter) -> dict:
    """Create rows whose slug is new; return every row by slug, old and new."""
    existing = model.objects.in_bulk([row["slug"] for row in rows], field_name="slug")
    for row in rows:
        if row["slug"] in existing:
            counts[f"{model._meta.verbose_name_plural} kept"] += 1
            continue
        obj = model(**row)
        obj.full_clean()
        obj.save()
        existing[row["slug"]] = obj
        counts[f"{model._meta.verbose_name_plural} created"] += 1
    return existing


def save_sources(model: type[models.Model], owner: dict, sources: list[dict]) -> None:
    links = [
        model(**owner, title=s["title"], url=s["url"], position=i) for i, s in enumerate(sources)
    ]
    for link in links:
        link.full_clean(exclude=list(owner))
    model.objects.bulk_create(links)


def load_stretches(directory: Path = CONTENT_DIR) -> Counter:
    counts: Counter = Counter()
    areas = create_missing(
        BodyArea,
        [{**row, "position": i} for i, row in enumerate(read_tables(directory, "area"))],
        counts,
    )
    muscles = create_missing(Muscle, read_tables(directory, "muscle"), counts)

    rows = read_tables(directory, "stretch")
    existing = set(
        Stretch.objects.filter(slug__in=[row["slug"] for row in rows]).values_list(
            "slug", flat=True
        )
    )
    for row in rows:
        if row["slug"] in existing:
            counts["stretches kept"] += 1
            continue
        row = dict(row)
        area_slugs, muscle_slugs = row.pop("areas"), row.pop("muscles")
        steps, sources = row.pop("steps"), row.pop("sources")
        for field in ("tips", "mistakes", "cautions"):
            row[field] = lines(row.get(field, []))
        stretch = Stretch(**row)
        stretch.full_clean()
        if len(steps) < 3:
            raise ValueError(f"{stretch.slug}: a stretch needs at least three steps")
        stretch.save()
        stretch.areas.set([areas[slug] for slug in area_slugs])
        stretch.muscles.set([muscles[slug] for slug in muscle_slugs])
        StretchStep.objects.bulk_create(
            StretchStep(stretch=stretch, position=i, text=text) for i, text in enumerate(steps, 1)
        )
        save_sources(StretchSource, {"stretch": stretch}, sources)
        existing.add(stretch.slug)
        counts["stretches created"] += 1
    return counts
