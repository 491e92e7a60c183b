"""Upright's stretch figures: a posed 3D skeleton, drawn as a small class-styled SVG.

Pure Python (no Django): parse_figure validates one stretch's data, render_figure draws it,
mirror_label names the mirrored side. The frame convention is documented in skeleton.py.
"""

from .compose import render_figure
from .content import load_figures
from .errors import FigureError
from .figure import Figure, parse_figure
from .labels import mirror_label

__all__ = ["Figure", "FigureError", "load_figures", "mirror_label", "parse_figure", "render_figure"]
