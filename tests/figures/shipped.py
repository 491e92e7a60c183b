"""The figures as they ship, read the way load_content reads them."""

from content.loader import read_keyed
from stretches.content_loader import CONTENT_DIR, FIGURES


def load_figures() -> dict[str, dict]:
    return read_keyed(CONTENT_DIR / FIGURES)
