"""Upright's stretch figures: a posed 3D skeleton, drawn as a small class-styled SVG.

Pure Python (no Django): parse_figure validates one stretch's data, render_figure draws it,
mirror_label names the mirrored side. The frame convention is documented in skeleton.py.
"""

from .compose import render_figure
from .errors import FigureError
from .figure import Figure, parse_figure
from .labels import mirror_label


def check_drawable(data: dict) -> None:
    """Raise FigureError unless the data parses and draws (a value can parse but not draw)."""
    figure = parse_figure(data)
    try:
        render_figure(figure, label=figure.alt)
    except (TypeError, ValueError, KeyError, AttributeError, IndexError) as error:
        raise FigureError(f"this pose cannot be drawn: {error}") from error


__all__ = [
    "Figure",
    "check_drawable",
    "FigureError",
    "mirror_label",
    "parse_figure",
    "render_figure",
]
