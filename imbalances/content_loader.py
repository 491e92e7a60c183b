"""
Load causes and red flags from the TOML files in imbalances/content/.

Like the stretch loader, each shipped item is created once (see LoadedContent) and is the
editors' to change from then on.
"""

from pathlib import Path

from content import loader
from content.loader import Ledger
from imbalances.models import Cause, CauseSource, CorrectiveStretch, RedFlag, RedFlagSource
from stretches.models import BodyArea, Muscle, Stretch

CONTENT_DIR = Path(__file__).resolve().parent / "content"
PAIN_MAPS = "trigger_point_maps.toml"  # one table per trigger-point cause slug


def load_causes(ledger: Ledger, directory: Path = CONTENT_DIR) -> None:
    rows = ledger.new_rows(
        "cause", loader.read_tables(directory, "cause"), loader.slug_exists(Cause)
    )
    muscles = loader.by_slug(
        Muscle, {s for row in rows for s in row["tight_muscles"] + row["weak_muscles"]}, "muscles"
    )
    areas = loader.by_slug(BodyArea, {s for row in rows for s in row["areas"]}, "body areas")
    maps = loader.read_keyed(directory / PAIN_MAPS)
    stretches = loader.by_slug(
        Stretch, {link["slug"] for row in rows for link in row.get("stretches", [])}, "stretches"
    )
    for row in rows:
        row = dict(row)
        tight, weak = row.pop("tight_muscles"), row.pop("weak_muscles")
        area_slugs, links, sources = row.pop("areas"), row.pop("stretches", []), row.pop("sources")
        for field in ("symptoms", "strengthening"):
            row[field] = loader.lines(row.get(field, []))
        row["pain_map"] = maps.get(row["slug"], {})
        cause = loader.create_validated(Cause, **row)
        cause.tight_muscles.set([muscles[slug] for slug in tight])
        cause.weak_muscles.set([muscles[slug] for slug in weak])
        cause.areas.set([areas[slug] for slug in area_slugs])
        for position, link in enumerate(links, 1):
            corrective = CorrectiveStretch(
                cause=cause, stretch=stretches[link["slug"]], position=position, why=link["why"]
            )
            corrective.full_clean(exclude=["cause"])
            corrective.save()
        loader.save_sources(CauseSource, {"cause": cause}, sources)


def load_pain_maps_for_existing(ledger: Ledger, directory: Path = CONTENT_DIR) -> None:
    """Body maps for trigger points loaded before there were maps (content.loader.fill_once)."""
    loader.fill_once(
        ledger, "pain map", Cause, "pain_map", loader.read_keyed(directory / PAIN_MAPS)
    )


def load_red_flags(ledger: Ledger, directory: Path = CONTENT_DIR) -> None:
    rows = loader.read_tables(directory, "red_flag")
    for position, row in enumerate(rows):
        row["key"], row["position"] = f"{row['tier']}:{row['title']}", position

    def exists(row: dict) -> bool:
        return RedFlag.objects.filter(tier=row["tier"], title=row["title"]).exists()

    for row in ledger.new_rows("red flag", rows, exists):
        flag = loader.create_validated(
            RedFlag,
            tier=row["tier"],
            title=row["title"],
            detail=row["detail"],
            position=row["position"],
        )
        loader.save_sources(RedFlagSource, {"red_flag": flag}, row.get("sources", []))
