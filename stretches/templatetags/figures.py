"""Figures and body maps in templates. Each drawing is made once and kept in memory: the data
is small, and the same figure appears on many pages (the player shows each of its stretches
twice). A saved stretch's drawing is found by the stretch and when it was saved, so a page
does not serialise its pose data again to look it up; pose data not saved yet (the admin's
preview) is found by its content."""

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


class PoseData:
    """Pose data, named for the drawings' memory by `key`: two copies of the same saved
    stretch name the same drawing without their data being compared."""

    __slots__ = ("data", "key")

    def __init__(self, key, data: dict):
        self.key, self.data = key, data

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other) -> bool:
        return isinstance(other, PoseData) and other.key == self.key


@functools.lru_cache(maxsize=1024)
def drawn(pose: PoseData, *, mirrored: bool, still: bool, thumbnail: bool) -> str:
    figure = parse_figure(pose.data)
    label = mirror_label(figure.alt) if mirrored else figure.alt
    return render_figure(figure, mirrored=mirrored, still=still, thumbnail=thumbnail, label=label)


def figure_svg(pose: PoseData, **options) -> str:
    """The SVG for pose data; empty if there is none (or, never expected since the model
    validates it, data the engine cannot draw)."""
    if not pose.data:
        return ""
    try:
        svg = drawn(pose, **options)
    except Exception:  # one stretch's bad data must never take a page down with it
        figure_log.exception("A stretch's figure could not be drawn")
        return ""
    return mark_safe(svg)  # noqa: S308 - drawn by our engine from numbers and known names


def unsaved_pose(data: dict) -> PoseData:
    return PoseData(json.dumps(data, sort_keys=True), data)


@register.simple_tag
def stretch_figure(stretch, *, mirrored=False, still=False, thumbnail=False) -> str:
    pose = PoseData((stretch.pk, stretch.updated), stretch.figure)
    return figure_svg(pose, mirrored=mirrored, still=still, thumbnail=thumbnail)


@register.simple_tag
def muscle_map(muscles) -> str:
    """Front and back outlines with these muscles (Muscle rows) highlighted."""
    muscles = list(muscles)
    names = get_text_list([m.name for m in muscles], _("and"))
    label = _("Body map, front and back: the %(names)s highlighted, where this stretch works.") % {
        "names": names
    }
    return mark_safe(draw_muscle_map([m.slug for m in muscles], label=label))  # noqa: S308
