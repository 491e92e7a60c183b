"""
Load causes and red flags from the TOML files in imbalances/content/.

Like the stretch loader, it only creates what is missing (causes by slug, red flags by tier and
title), so an editor's change in Django admin is never overwritten.
"""

from collections import Counter
from pathlib import Path

from stretches.content_loader import lines, read_tables, save_sources
from stretches.models import BodyArea, Muscle, Stretch

from .models import Cause, CauseSource, CorrectiveStretch, RedFlag, RedFlagSource

CONTENT_DIR = Path(__file__).resolve().parent / "content"


def by_slug(model, slugs: set[str], what: str) -> dict:
    found = model.objects.in_bulk(slugs, field_name="slug")
    if missing := slugs - found.keys():
        raise ValueError(f"unknown {what}: {', '.join(sorted(missing))}")
    return found


def load_causes(directory: Path = CONTENT_DIR) -> Counter:
    counts: Counter = Counter()
    rows = read_tables(directory, "cause")
    existing = set(
        Cause.objects.filter(slug__in=[row["slug"] for row in rows]).values_list("slug", flat=True)
    )
    new_rows = [row for row in rows if row["slug"] not in existing]
    counts["causes kept"] += len(rows) - len(new_rows)
    muscles = by_slug(
        Muscle,
        {slug for row in new_rows for slug in row["tight_muscles"] + row["weak_muscles"]},
        "muscles",
    )
    areas = by_slug(BodyArea, {slug for row in new_rows for slug in row["areas"]}, "body areas")
    stretches = by_slug(
        Stretch,
        {link["slug"] for row in new_rows for link in row.get("stretches", [])},
        "stretches",
    )
    for row in new_rows:
        row = dict(row)
        tight, weak = row.pop("tight_muscles"), row.pop("weak_muscles")
        area_slugs, links, sources = row.pop("areas"), row.pop("stretches", []), row.pop("sources")
        for field in ("symptoms", "strengthening"):
            row[field] = lines(row.get(field, []))
        cause = Cause(**row)
        cause.full_clean()
        cause.save()
        cause.tight_muscles.set([muscles[slug] for slug in tight])
        cause.weak_muscles.set([muscles[slug] for slug in weak])
        cause.areas.set([areas[slug] for slug in area_slugs])
        CorrectiveStretch.objects.bulk_create(
            CorrectiveStretch(
                cause=cause, stretch=stretches[link["slug"]], position=i, why=link["why"]
            )
            for i, link in enumerate(links, 1)
        )
        save_sources(CauseSource, {"cause": cause}, sources)
        counts["causes created"] += 1
    return counts


def load_red_flags(directory: Path = CONTENT_DIR) -> Counter:
    counts: Counter = Counter()
    existing = set(RedFlag.objects.values_list("tier", "title"))
    for position, row in enumerate(read_tables(directory, "red_flag")):
        if (row["tier"], row["title"]) in existing:
            counts["red flags kept"] += 1
            continue
        flag = RedFlag(
            tier=row["tier"], title=row["title"], detail=row["detail"], position=position
        )
        flag.full_clean()
        flag.save()
        save_sources(RedFlagSource, {"red_flag": flag}, row.get("sources", []))
        counts["red flags created"] += 1
    return counts
