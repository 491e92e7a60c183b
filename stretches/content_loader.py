"""
Load the stretch library (body areas, muscles, stretches and their figures) from the TOML files
in stretches/content/.

Each item is created once (see content.loader) and is the editors' to change from then on.
"""

from pathlib import Path

from content import loader
from content.loader import Ledger
from stretches.models import BodyArea, Muscle, Stretch, StretchSource, StretchStep

CONTENT_DIR = Path(__file__).resolve().parent / "content"
FIGURES = "figures.toml"  # one table per stretch slug: the figure engine's pose data


def load_stretches(ledger: Ledger, directory: Path = CONTENT_DIR) -> None:
    areas = loader.read_tables(directory, "area")
    for position, row in enumerate(areas):
        row["position"] = position
    for row in ledger.new_rows("body area", areas, loader.slug_exists(BodyArea)):
        loader.create_validated(BodyArea, **row)
    muscles = loader.read_tables(directory, "muscle")
    for row in ledger.new_rows("muscle", muscles, loader.slug_exists(Muscle)):
        loader.create_validated(Muscle, **row)

    shipped = loader.read_tables(directory, "stretch")
    figures = loader.read_keyed(directory / FIGURES)
    for row in ledger.new_rows("stretch", shipped, loader.slug_exists(Stretch)):
        save_stretch(row, Stretch(figure=figures.get(row["slug"], {})))
    ledger.correct(
        "stretch",
        shipped,
        lambda row: Stretch.objects.filter(slug=row["slug"]).first(),
        save_stretch,
    )


def save_stretch(row: dict, stretch: Stretch) -> None:
    """Write a shipped stretch onto `stretch` (new, or one being corrected), steps and all."""
    row = dict(row)
    row.pop("revision", None)
    areas = loader.by_slug(BodyArea, row.pop("areas"), "body areas")
    muscles = loader.by_slug(Muscle, row.pop("muscles"), "muscles")
    steps, sources = row.pop("steps"), row.pop("sources")
    if len(steps) < 3:
        raise ValueError(f"{row['slug']}: a stretch needs at least three steps")
    row["is_strengthening"] = row.pop("strengthening", False)
    loader.save_row(stretch, row, line_fields=("tips", "mistakes", "cautions"))
    stretch.areas.set(areas.values())
    stretch.muscles.set(muscles.values())
    stretch.steps.all().delete()
    for position, text in enumerate(steps, 1):
        step = StretchStep(stretch=stretch, position=position, text=text)
        step.full_clean(exclude=["stretch"])
        step.save()
    stretch.sources.all().delete()
    loader.save_sources(StretchSource, {"stretch": stretch}, sources)
