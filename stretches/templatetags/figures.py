"""Figures and body maps in templates. Each drawing is made once per distinct pose data and
kept in memory: the data is small, and the same figure appears on many pages."""

import functools
import json
import logging

from django import template
from django.utils.safestring import mark_safe
from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from figures import mirror_label, parse_figure, render_figure
from figures.bodymap import muscle_map as draw_muscle_map

register = template.Library()
figure_log = logging.getLogger("upright.figures")


@functools.lru_cache(maxsize=1024)
def drawn(data: str, *, mirrored: bool, still: bool, thumbnail: bool) -> str:
    figure = parse_figure(json.loads(data))
    label = mirror_label(figure.alt) if mirrored else figure.alt
    return render_figure(figure, mirrored=mirrored, still=still, thumbnail=thumbnail, label=label)


def figure_svg(figure_data: dict, **options) -> str:
    """The SVG for a stretch's pose data; empty if it has none (or, never expected since the
    model validates it, data the engine cannot draw)."""
    if not figure_data:
        return ""
    try:
        svg = drawn(json.dumps(figure_data, sort_keys=True), **options)
    except Exception:  # one stretch's bad data must never take a page down with it
        figure_log.exception("A stretch's figure could not be drawn")
        return ""
    return mark_safe(svg)  # noqa: S308 - drawn by our engine from numbers and known names


@register.simple_tag
def stretch_figure(stretch, *, mirrored=False, still=False, thumbnail=False) -> str:
    return figure_svg(stretch.figure, mirrored=mirrored, still=still, thumbnail=thumbnail)


@register.simple_tag
def muscle_map(muscles) -> str:
    """Front and back outlines with these muscles (Muscle rows) highlighted."""
    muscles = list(muscles)
    names = get_text_list([m.name for m in muscles], _("and"))
    label = _("Body map, front and back: the %(names)s highlighted, where this stretch works.") % {
        "names": names
    }
    return mark_safe(draw_muscle_map([m.slug for m in muscles], label=label))  # noqa: S308
