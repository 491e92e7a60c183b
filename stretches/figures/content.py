"""Reading figures.toml: one table per stretch slug, each in the schema of figure.py."""

import tomllib
from pathlib import Path

FIGURES_TOML = Path(__file__).resolve().parent.parent / "content" / "figures.toml"


def load_figures(path: Path = FIGURES_TOML) -> dict[str, dict]:
    """Raw figure data by slug (not yet parsed, so an editor's JSON can take the same road)."""
    with path.open("rb") as f:
        return tomllib.load(f)
