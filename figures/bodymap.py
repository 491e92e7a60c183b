"""
Body maps: the standing body seen from the front and the back, as inline SVG strings.

- muscle_map(): a stretch's target muscles picked out on both views.
- trigger_point_map(): an X where a trigger point sits and its referral zone hatched.
- area_map(): the home page's "Where does it hurt?", each area a link.

Markup carries classes only (no ids, no inline styles, no colours, no text), so many maps
share a page and static/css/bodymap.css styles them in light and dark. Plain data in, a
string out: no Django here. Shapes live in bodymap_outline, bodymap_muscles and bodymap_zones.
"""

import tomllib
from collections.abc import Iterable, Sequence
from functools import cache
from html import escape
from pathlib import Path
from typing import NamedTuple

from .bodymap_geometry import flatten, hatch, smooth_path
from .bodymap_muscles import MUSCLES
from .bodymap_outline import HAIR, HALF_WIDTH, HEIGHT, LANDMARKS, MIDLINE, SILHOUETTE
from .bodymap_zones import AREAS, ZONES
from .errors import FigureError

VIEWS = ("front", "back")
AREA_MAP_HEIGHT = 172  # the area map stops below the chest: its areas are all above that
AREA_HALF_WIDTH = 77
TOP = 3  # room above the head, so the crown's curve is not cut flat
MARK = 4.5  # half the size of the trigger point's X


class TriggerPoint(NamedTuple):
    view: str
    x: float  # out from the midline toward the body's right side
    y: float  # down from the top of the head


class TriggerPointMap(NamedTuple):
    slug: str
    points: tuple[TriggerPoint, ...]
    zones: tuple[str, ...]
    alt: str

    def svg(self) -> str:
        return trigger_point_map(self.points, self.zones, label=self.alt)


def _path(cls: str, d: str, extra: str = "") -> str:
    return f'<path class="{cls}"{extra} d="{d}"/>'


def _mirror(view: str, *, right: bool) -> str:
    # The drawn side is mirrored onto the image's left: that is the body's right on the front
    # view (we face the person) and the body's left on the back view.
    return ' transform="scale(-1 1)"' if (view == "front") == right else ""


def _side(view: str, muscles: str = "") -> str:
    """One half of the body on a view: skin, hair, landmark lines, then any muscle shapes."""
    parts = [_path("bodymap-skin", smooth_path(SILHOUETTE))]
    parts.append(_path("bodymap-hair", smooth_path(HAIR[view])))
    parts.extend(_path("bodymap-line", d) for d in LANDMARKS[view])
    return "".join(parts) + muscles


def _body(view: str, centre: float, muscles: str = "", overlay: str = "") -> str:
    half = _side(view, muscles)
    return (
        f'<g class="bodymap-view is-{view}" transform="translate({centre:g} 0)">'
        f"<g{_mirror(view, right=True)}>{half}</g><g{_mirror(view, right=False)}>{half}</g>"
        f"{_path('bodymap-line', MIDLINE[view])}{overlay}</g>"
    )


def _svg(width: float, height: float, label: str, body: str, role: str = "img") -> str:
    # A map of one view gets a class, so CSS can draw it at the same scale as a map of two.
    cls = "bodymap is-one-view" if width <= 2 * HALF_WIDTH else "bodymap"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{cls}" viewBox="0 {-TOP} {width:g} '
        f'{height + TOP:g}" role="{role}" aria-label="{escape(label)}" focusable="false">'
        f"{body}</svg>"
    )


def _check(names: Iterable[str], known: Iterable[str], what: str) -> list[str]:
    names = list(names)
    if unknown := sorted(set(names) - set(known)):
        raise FigureError(f"unknown {what}: {', '.join(unknown)}")
    return names


def muscle_map(muscles: Iterable[str], *, label: str) -> str:
    """Front and back views, side by side, with the given muscles picked out on both sides."""
    targets = set(_check(muscles, MUSCLES, "muscle"))
    views = []
    for index, view in enumerate(VIEWS):
        plain, picked = [], []
        for slug, regions in MUSCLES.items():
            region = regions.get(view)
            if region is None or (region.deep and slug not in targets):
                continue  # a deep muscle is drawn only when it is the one picked out
            d = smooth_path(region.points)
            if slug in targets:
                picked.append(_path(f"bodymap-muscle is-target{' is-deep' * region.deep}", d))
            else:
                plain.append(_path("bodymap-muscle", d))
        # Deep targets last, so their dashed outline lies over the surface muscles.
        picked.sort(key=lambda tag: "is-deep" in tag)
        views.append(_body(view, HALF_WIDTH * (2 * index + 1), "".join(plain + picked)))
    return _svg(HALF_WIDTH * 4, HEIGHT, label, "".join(views))


def _x_mark(x: float, y: float) -> str:
    m = MARK
    return f"M{x - m:g} {y - m:g}l{2 * m:g} {2 * m:g}m0 {-2 * m:g}l{-2 * m:g} {2 * m:g}"


def trigger_point_map(points: Sequence[TriggerPoint], zones: Iterable[str], *, label: str) -> str:
    """
    An X at each trigger point and the referral zones shaded and hatched, on the right side
    of the body, on whichever of the front and back views shows them.
    """
    zones = _check(zones, ZONES, "referral zone")
    _check((p.view for p in points), VIEWS, "view")
    if not points or not zones:
        raise FigureError("a trigger point map needs at least one point and one zone")
    shown = [
        v for v in VIEWS if any(p.view == v for p in points) or any(v in ZONES[z] for z in zones)
    ]
    views = []
    for index, view in enumerate(shown):
        shapes = [ZONES[z][view] for z in zones if view in ZONES[z]]
        overlay = "".join(_path("bodymap-zone", smooth_path(s)) for s in shapes)
        if shapes:
            overlay += _path("bodymap-hatch", hatch([flatten(s) for s in shapes]))
        marks = "".join(_x_mark(p.x, p.y) for p in points if p.view == view)
        if marks:
            # A halo in the page colour first, so the X reads on skin and hatching alike.
            overlay += _path("bodymap-point-halo", marks) + _path("bodymap-point", marks)
        overlay = f'<g class="bodymap-referral"{_mirror(view, right=True)}>{overlay}</g>'
        views.append(_body(view, HALF_WIDTH * (2 * index + 1), overlay=overlay))
    return _svg(HALF_WIDTH * 2 * len(shown), HEIGHT, label, "".join(views))


def area_map(areas: Sequence[tuple[str, str, str]], *, label: str) -> str:
    """
    Both views down to the chest, with each (slug, href, accessible name) area a link.

    The root is a named group, not an image: it holds links, and an image's children are
    hidden from assistive technology.
    """
    _check((slug for slug, _, _ in areas), AREAS, "body area")
    centres = {view: AREA_HALF_WIDTH * (2 * i + 1) for i, view in enumerate(VIEWS)}
    body = [_body(view, centre) for view, centre in centres.items()]
    for slug, href, name in areas:
        shapes = []
        for view, parts in AREAS[slug].items():
            move = f' transform="translate({centres[view]:g} 0)"'
            shapes.extend(_path("bodymap-hit", smooth_path(s), move) for s in parts.get("hit", []))
            shapes.extend(_path("bodymap-area", smooth_path(s), move) for s in parts["shape"])
        body.append(
            f'<a class="bodymap-link" href="{escape(href)}" aria-label="{escape(name)}">'
            f"{''.join(shapes)}</a>"
        )
    return _svg(AREA_HALF_WIDTH * 4, AREA_MAP_HEIGHT, label, "".join(body), role="group")


def parse_trigger_point_map(slug: str, table: dict) -> TriggerPointMap:
    """One trigger point's map from its data: `points` ({view, at: [x, y]}), `zones`, `alt`."""
    try:
        points = tuple(TriggerPoint(p["view"], *map(float, p["at"])) for p in table["points"])
        _check((p.view for p in points), VIEWS, "view")
        _check(table["zones"], ZONES, "referral zone")
        if not points or not table["zones"] or not table["alt"].strip():
            raise FigureError("a map needs a point, a zone and an accessible name (alt)")
        return TriggerPointMap(slug, points, tuple(table["zones"]), table["alt"])
    except FigureError:
        raise
    except KeyError as error:
        raise FigureError(f"missing {error}") from error
    except (TypeError, ValueError, AttributeError) as error:
        raise FigureError(f"not a map: {error}") from error


@cache
def trigger_point_maps(path: Path) -> dict[str, TriggerPointMap]:
    """Every map in a TOML file of them (one table per trigger-point cause slug)."""
    with path.open("rb") as file:
        tables = tomllib.load(file)
    maps = {}
    for slug, table in tables.items():
        try:
            maps[slug] = parse_trigger_point_map(slug, table)
        except FigureError as error:
            raise FigureError(f"{path.name} [{slug}]: {error}") from error
    return maps
