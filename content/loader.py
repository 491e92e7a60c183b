"""
The shared machinery of the content loaders (each app loads its own TOML files).

Each shipped item is created once and recorded in LoadedContent. After that the database owns
it: a later load never changes it, and never brings it back if an editor renamed or deleted
it. Every row is validated with full_clean(), so a mistake in the files fails loudly.
"""

import tomllib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from django.db import models

from content.models import LoadedContent


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


def read_keyed(path: Path) -> dict[str, dict]:
    """A TOML file of one table per slug (figures, body maps); empty if there is none."""
    if not path.exists():
        return {}
    with path.open("rb") as file:
        return tomllib.load(file)


def fill_once(ledger: Ledger, kind: str, model: type[models.Model], field: str, shipped: dict):
    """Give shipped data (by slug) to the rows whose `field` is still empty: a site whose
    items were loaded before the field existed gets it, once. Data an editor wrote, or
    removed later, is left as it is."""

    def filled_already(row: dict) -> bool:
        return not model.objects.filter(slug=row["slug"], **{field: {}}).exists()

    rows = [{"key": slug, "slug": slug} for slug in shipped]
    for row in ledger.new_rows(kind, rows, filled_already):
        model.objects.filter(slug=row["slug"], **{field: {}}).update(
            **{field: shipped[row["slug"]]}
        )
