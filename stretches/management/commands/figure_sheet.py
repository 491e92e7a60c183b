from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from stretches.figures.sheet import write_sheet


class Command(BaseCommand):
    help = "Write a standalone HTML contact sheet of every stretch figure, light and dark."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", type=Path, default=Path("/tmp/sheet/index.html"))

    def handle(self, *args: object, output: Path, **options: object) -> None:
        css = Path(settings.BASE_DIR) / "static" / "css" / "figures.css"
        write_sheet(output, css)
        self.stdout.write(f"Wrote {output}")
