"""Body maps for causes: a trigger point's map, and the home page's tappable areas."""

import logging

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from figures.bodymap import area_map as draw_area_map
from figures.bodymap import parse_trigger_point_map

register = template.Library()
map_log = logging.getLogger("upright.figures")


@register.simple_tag
def pain_map(cause) -> str:
    """The trigger point's X and where its pain spreads; empty for any other cause."""
    if not cause.pain_map:
        return ""
    try:
        svg = parse_trigger_point_map(cause.slug, cause.pain_map).svg()
    except Exception:  # the model validates maps, so never expected; never a broken page
        map_log.exception("A trigger point's map could not be drawn")
        return ""
    return mark_safe(svg)  # noqa: S308 - drawn by our engine from numbers and known names


@register.simple_tag
def area_map(areas) -> str:
    """'Where does it hurt?' as a picture: each body area a link to its part of the page."""
    links = [(area.slug, f"#area-{area.slug}", area.question) for area in areas]
    label = _("Where does it hurt? Tap the part of the body that hurts.")
    return mark_safe(draw_area_map(links, label=label))  # noqa: S308
