"""Orthographic views. Yaw swings the camera round the figure toward its left (+x); pitch
lifts it to look down. Screen x runs to the viewer's right, screen y down (SVG's way)."""

import math
from dataclasses import dataclass

from .errors import FigureError
from .vec import Vec, dot

VIEWS: dict[str, tuple[float, float]] = {
    "front": (0, 0),
    "back": (180, 0),
    "side": (-90, 0),  # from the figure's right: it faces the reader's right
    "right": (-90, 0),
    "left": (90, 0),  # from the figure's left: it faces the reader's left
    "three-quarter": (-35, 10),  # front and a little right, a little from above
    "three-quarter-left": (35, 10),
}


@dataclass(frozen=True)
class Camera:
    yaw: float
    pitch: float

    @property
    def axes(self) -> tuple[Vec, Vec, Vec]:
        y, p = math.radians(self.yaw), math.radians(self.pitch)
        toward = (math.sin(y) * math.cos(p), math.sin(p), math.cos(y) * math.cos(p))
        right = (math.cos(y), 0.0, -math.sin(y))
        up = (
            toward[1] * right[2] - toward[2] * right[1],
            toward[2] * right[0] - toward[0] * right[2],
            toward[0] * right[1] - toward[1] * right[0],
        )
        return right, up, toward

    def project(self, p: Vec) -> tuple[float, float, float]:
        """(screen x, screen y, depth): larger depth is nearer the viewer."""
        right, up, toward = self.axes
        return dot(p, right), -dot(p, up), dot(p, toward)


def camera(view: str, yaw: float | None = None, pitch: float | None = None) -> Camera:
    if view not in VIEWS:
        raise FigureError(f"unknown view {view!r} (known: {', '.join(VIEWS)})")
    y0, p0 = VIEWS[view]
    return Camera(y0 if yaw is None else yaw, p0 if pitch is None else pitch)
