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
RED_FLAGS = "red_flags.toml"


def load_causes(ledger: Ledger, directory: Path = CONTENT_DIR) -> None:
    shipped = loader.read_tables(directory, "cause")
    maps = loader.read_keyed(directory / PAIN_MAPS)
    for row in ledger.new_rows("cause", shipped, loader.slug_exists(Cause)):
        save_cause(row, Cause(pain_map=maps.get(row["slug"], {})))
    ledger.correct(
        "cause", shipped, lambda row: Cause.objects.filter(slug=row["slug"]).first(), save_cause
    )


def save_cause(row: dict, cause: Cause) -> None:
    """Write a shipped cause onto `cause` (new, or one being corrected), links and all."""
    row = dict(row)
    row.pop("revision", None)
    tight = loader.by_slug(Muscle, row.pop("tight_muscles"), "muscles")
    weak = loader.by_slug(Muscle, row.pop("weak_muscles"), "muscles")
    areas = loader.by_slug(BodyArea, row.pop("areas"), "body areas")
    links, sources = row.pop("stretches", []), row.pop("sources")
    stretches = loader.by_slug(Stretch, [link["slug"] for link in links], "stretches")
    loader.save_row(cause, row, line_fields=("symptoms", "strengthening"))
    cause.tight_muscles.set(tight.values())
    cause.weak_muscles.set(weak.values())
    cause.areas.set(areas.values())
    cause.corrective_stretches.all().delete()
    for position, link in enumerate(links, 1):
        corrective = CorrectiveStretch(
            cause=cause, stretch=stretches[link["slug"]], position=position, why=link["why"]
        )
        corrective.full_clean(exclude=["cause"])
        corrective.save()
    cause.sources.all().delete()
    loader.save_sources(CauseSource, {"cause": cause}, sources)


def load_red_flags(ledger: Ledger, directory: Path = CONTENT_DIR) -> None:
    """The red flags ship as one list, in the order of the page, with one `revision` at the
    top of red_flags.toml: a correction (a flag moved to another tier, say) replaces the whole
    list, unless an editor has changed any flag since it was loaded."""
    rows = loader.read_tables(directory, "red_flag")
    shipped = {
        "key": "list",
        "revision": loader.read_keyed(directory / RED_FLAGS).get("revision", 1),
    }
    if ledger.new_rows("red flags", [shipped], lambda row: RedFlag.objects.exists()):
        save_red_flags(rows)

    def latest_edit(row: dict):
        return RedFlag.objects.order_by("-updated").first()

    ledger.correct("red flags", [shipped], latest_edit, lambda row, item: save_red_flags(rows))


def save_red_flags(rows: list[dict]) -> None:
    RedFlag.objects.all().delete()
    for position, row in enumerate(rows):
        row = dict(row)
        sources = row.pop("sources", [])
        flag = loader.create_validated(RedFlag, position=position, **row)
        loader.save_sources(RedFlagSource, {"red_flag": flag}, sources)
