"""The figures as they ship (stretches/content/figures.toml), read without Django, so the
engine's tests run on the engine alone."""

import tomllib
from pathlib import Path

FIGURES = Path(__file__).resolve().parents[2] / "stretches" / "content" / "figures.toml"


def load_figures() -> dict[str, dict]:
    with FIGURES.open("rb") as file:
        return tomllib.load(file)
