"""
Plane geometry for the body maps: smooth outlines from a few control points, and hatching.

Map units: 500 = standing height H, y runs down from the top of the head, x runs out from the
midline (positive = toward the side being drawn). Numbers are written with at most one decimal
so a map stays small.
"""

import math
from collections.abc import Sequence

# A control point; a third item (any value) marks a sharp corner instead of a smooth bend.
Point = tuple[float, float] | tuple[float, float, int]
Polygon = list[tuple[float, float]]


def shape(text: str) -> list[Point]:
    """Control points written "x,y x,y! ...": a "!" marks a sharp corner."""
    points: list[Point] = []
    for token in text.split():
        x, y = token.rstrip("!").split(",")
        points.append((float(x), float(y), 1) if token.endswith("!") else (float(x), float(y)))
    return points


def num(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def pair(x: float, y: float) -> str:
    return f"{num(x)} {num(y)}"


def _mid(a: Point, b: Point) -> tuple[float, float]:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def smooth_path(points: Sequence[Point]) -> str:
    """
    A closed path that bends smoothly through the midpoints of the control polygon.

    Smooth control points become quadratic curves (their midpoints are on the curve), corner
    points are visited exactly, so one list of points says both shape and character.
    """
    n = len(points)
    if n < 3:
        raise ValueError("a shape needs at least three points")
    corner = next((i for i, p in enumerate(points) if len(p) > 2), None)
    if corner is None:
        parts = [f"M{pair(*_mid(points[-1], points[0]))}"]
        for i, p in enumerate(points):
            parts.append(f"Q{pair(p[0], p[1])} {pair(*_mid(p, points[(i + 1) % n]))}")
        return "".join(parts) + "Z"
    order = list(points[corner:]) + list(points[:corner])
    parts = [f"M{pair(order[0][0], order[0][1])}"]
    for i in range(1, n):
        p, prev, nxt = order[i], order[i - 1], order[(i + 1) % n]
        if len(p) > 2:
            if len(prev) > 2:  # a smooth point before it already ended its curve here
                parts.append(f"L{pair(p[0], p[1])}")
            continue
        end = nxt[:2] if len(nxt) > 2 else _mid(p, nxt)
        parts.append(f"Q{pair(p[0], p[1])} {pair(*end)}")
    return "".join(parts) + "Z"


def flatten(points: Sequence[Point], steps: int = 4) -> Polygon:
    """The polygon that smooth_path() draws, with each curve cut into a few straight pieces."""
    n = len(points)
    out: Polygon = []
    for i, p in enumerate(points):
        if len(p) > 2:
            out.append((p[0], p[1]))
            continue
        prev, nxt = points[i - 1], points[(i + 1) % n]
        a = prev[:2] if len(prev) > 2 else _mid(prev, p)
        b = nxt[:2] if len(nxt) > 2 else _mid(p, nxt)
        for k in range(steps):
            t = k / steps
            out.append(
                (
                    (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * p[0] + t * t * b[0],
                    (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * p[1] + t * t * b[1],
                )
            )
    return out


def mirror(points: Sequence[Point]) -> list[Point]:
    return [(-p[0], *p[1:]) for p in points]  # type: ignore[misc]


def bounds(polygon: Polygon) -> tuple[float, float, float, float]:
    xs = [x for x, _ in polygon]
    ys = [y for _, y in polygon]
    return min(xs), min(ys), max(xs), max(ys)


def _crossings(polygon: Polygon, c: float, cos: float, sin: float) -> list[float]:
    """Where the line u = c (u, v = the plane turned by the hatch angle) crosses the polygon."""
    found = []
    turned = [(x * cos + y * sin, -x * sin + y * cos) for x, y in polygon]
    for (u1, v1), (u2, v2) in zip(turned, turned[1:] + turned[:1], strict=True):
        if (u1 <= c < u2) or (u2 <= c < u1):
            found.append(v1 + (c - u1) * (v2 - v1) / (u2 - u1))
    return sorted(found)


def hatch(polygons: Sequence[Polygon], spacing: float = 3.5, angle: float = 45) -> str:
    """
    Parallel strokes filling the union of the polygons, as one path.

    SVG hatching normally needs a <pattern> referenced by id, and these maps carry no ids (many
    share a page), so the strokes are cut to the shapes here.
    """
    rad = math.radians(angle)
    cos, sin = math.cos(rad), math.sin(rad)
    us = [x * cos + y * sin for poly in polygons for x, y in poly]
    if not us:
        return ""
    parts = []
    c = math.floor(min(us) / spacing) * spacing + spacing / 2
    while c < max(us):
        spans: list[tuple[float, float]] = []
        for poly in polygons:
            hits = _crossings(poly, c, cos, sin)
            spans.extend(zip(hits[::2], hits[1::2], strict=False))
        for v1, v2 in _union(spans):
            if v2 - v1 > 0.8:
                parts.append(
                    f"M{pair(c * cos - v1 * sin, c * sin + v1 * cos)}"
                    f"L{pair(c * cos - v2 * sin, c * sin + v2 * cos)}"
                )
        c += spacing
    return "".join(parts)


def _union(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for v1, v2 in sorted(spans):
        if merged and v1 <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], v2))
        else:
            merged.append((v1, v2))
    return merged
