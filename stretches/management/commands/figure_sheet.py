from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from content.loader import read_keyed
from figures.sheet import Entry, write_sheet
from stretches.content_loader import CONTENT_DIR, FIGURES
from stretches.models import Stretch


def entries() -> list[Entry]:
    """Every stretch as the site has it (an editor's figure included), then the shipped
    figures of cards not written yet."""
    stretches = Stretch.objects.prefetch_related("steps").order_by("name")
    out = [
        Entry(s.slug, s.name, tuple(step.text for step in s.steps.all()), s.figure or None)
        for s in stretches
    ]
    known = {entry.slug for entry in out}
    for slug, figure in read_keyed(CONTENT_DIR / FIGURES).items():
        if slug not in known:
            out.append(Entry(slug, slug.replace("-", " ").capitalize(), (), figure))
    return out


class Command(BaseCommand):
    help = (
        "Write a standalone HTML contact sheet of every stretch figure (loop, still, mirrored, "
        "thumbnail) beside its steps, light and dark, for looking at them in a browser."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", type=Path, default=Path("figure-sheet/index.html"))

    def handle(self, *args: object, output: Path, **options: object) -> None:
        css = Path(settings.BASE_DIR) / "static" / "css" / "figures.css"
        write_sheet(output, css, entries())
        self.stdout.write(f"Wrote {output}")
