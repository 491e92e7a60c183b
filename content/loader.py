"""
The shared machinery of the content loaders (each app loads its own TOML files).

Each shipped item is created once and recorded in LoadedContent. After that the database owns
it: a later load never changes it, and never brings it back if an editor renamed or deleted
it. Every row is validated with full_clean(), so a mistake in the files fails loudly.
"""

import datetime
import tomllib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from django.db import models
from django.utils import timezone

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


def save_row(instance: models.Model, row: dict, *, line_fields: Iterable[str] = ()) -> None:
    """Write a shipped row's fields onto `instance`, lists joined a line an item, then
    validate and save it (its links are the caller's)."""
    for field in line_fields:
        row[field] = lines(row.get(field, []))
    for field, value in row.items():
        setattr(instance, field, value)
    instance.full_clean()
    instance.save()


def by_slug(model: type[models.Model], slugs: Iterable[str], what: str) -> dict:
    slugs = set(slugs)
    found = model.objects.in_bulk(slugs, field_name="slug")
    if missing := slugs - found.keys():
        raise ValueError(f"unknown {what}: {', '.join(sorted(missing))}")
    return found


class Ledger:
    """Which shipped items were loaded before, and at which revision; see LoadedContent."""

    def __init__(self):
        self.records = {record.key: record for record in LoadedContent.objects.all()}
        self.counts: Counter = Counter()
        self.recorded_now: set[str] = set()

    @staticmethod
    def key(kind: str, row: dict) -> str:
        return f"{kind}:{row['key'] if 'key' in row else row['slug']}"

    def new_rows(self, kind: str, rows: list[dict], exists) -> list[dict]:
        """Rows never loaded before. Rows already in the database are recorded, not created."""
        fresh = []
        for row in rows:
            key = self.key(kind, row)
            if key in self.records:
                self.counts[f"{kind} kept"] += 1
                continue
            self.record(key, row.get("revision", 1))
            if exists(row):
                self.counts[f"{kind} kept"] += 1
            else:
                self.counts[f"{kind} created"] += 1
                fresh.append(row)
        return fresh

    def correct(self, kind: str, rows: list[dict], find, apply) -> None:
        """Bring items up to a newer shipped revision (a corrected text, say) with
        `apply(row, item)`, but only items no editor has changed since they were loaded: an
        editor's change always wins. A held correction is noted for the admin to list."""
        for row in rows:
            key, revision = self.key(kind, row), row.get("revision", 1)
            record = self.records.get(key)
            if record is None or key in self.recorded_now:
                continue  # just created by this load
            if record.revision >= revision or (item := find(row)) is None:
                continue
            if item.updated > record.loaded + FRESH:
                LoadedContent.objects.filter(pk=record.pk).update(held_revision=revision)
                self.counts[f"{kind} kept"] -= 1
                self.counts[f"{kind} correction held (edited)"] += 1
            else:
                apply(row, item)
                self.counts[f"{kind} kept"] -= 1  # counted as kept by new_rows
                LoadedContent.objects.filter(pk=record.pk).update(
                    revision=revision, held_revision=None, loaded=timezone.now()
                )
                self.counts[f"{kind} corrected"] += 1

    def record(self, key: str, revision: int = 1) -> None:
        self.records[key] = LoadedContent.objects.create(key=key, revision=revision)
        self.recorded_now.add(key)


# An item saved within this long of its loading was saved by the loader, not by an editor.
FRESH = datetime.timedelta(seconds=60)


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
