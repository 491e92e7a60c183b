"""One solved pose, seen by one camera, as flat shapes sorted far to near.

Shapes keep a stable key and point count from pose to pose, so render.py can animate them.
Widths are fractions of H (FIGURES.md: thigh 0.08, shank 0.06, upper arm 0.05, forearm 0.045).
"""

import math
from dataclasses import dataclass

from . import anatomy, props
from .anatomy import landmark
from .project import Camera
from .skeleton import HEAD_R, Solved
from .vec import Vec, apply, dot

Pt = tuple[float, float]
HALO = 0.012

# Torso cross-sections from hip to shoulder: (bone, centre offset, half width, half depth).
LEVELS = (
    ("pelvis", (0.0, -0.02, 0.0), 0.085, 0.065),
    ("waist", (0.0, -0.01, 0.04), 0.075, 0.055),
    ("chest", (0.0, -0.01, 0.05), 0.095, 0.07),
    ("chest", (0.0, 0.06, 0.03), 0.115, 0.058),
    ("chest", (0.0, 0.08, 0.01), 0.05, 0.04),
)
LIMBS = (
    ("arm", (("shoulder", "elbow"), ("elbow", "hand", "fingers")), (0.05, 0.042)),
    ("leg", (("hip", "knee"), ("knee", "ankle", "toe")), (0.075, 0.058)),
)


@dataclass
class Shape:
    key: str
    kind: str  # "line" (open path), "blob" (smooth closed), "poly" (closed), "circle"
    cls: str
    pts: list[Pt]
    depth: float
    width: float = 0.0
    radius: float = 0.0
    part: str = ""


def torso_outline(solved: Solved, cam: Camera) -> tuple[list[Pt], float]:
    right, up, _ = cam.axes
    centres, axes = [], []
    for bone, offset, hw, hd in LEVELS:
        b = solved.bones[bone]
        centres.append(cam.project(b.at(offset)))
        axes.append((apply(b.frame, (hw, 0.0, 0.0)), apply(b.frame, (0.0, 0.0, hd))))
    left_side, right_side = [], []
    for i, (cx, cy, _) in enumerate(centres):
        a, b = centres[max(i - 1, 0)], centres[min(i + 1, len(centres) - 1)]
        tx, ty = b[0] - a[0], b[1] - a[1]
        length = math.hypot(tx, ty) or 1.0
        nx, ny = -ty / length, tx / length
        extent = 0.0
        for axis in axes[i]:
            sx, sy = dot(axis, right), -dot(axis, up)
            extent += (sx * nx + sy * ny) ** 2
        e = math.sqrt(extent)
        left_side.append((cx + nx * e, cy + ny * e))
        right_side.append((cx - nx * e, cy - ny * e))
    depth = sum(c[2] for c in centres) / len(centres)
    return left_side + right_side[::-1], depth


def body(
    solved: Solved, cam: Camera, ghost: bool = False, only: tuple[str, ...] = ()
) -> list[Shape]:
    def flat(p: Vec) -> tuple[float, float, float]:
        return cam.project(p)

    def want(part: str) -> bool:
        return not only or part in only

    cls = "fig-ghost" if ghost else "fig-body"
    out: list[Shape] = []
    if want("torso"):
        pts, depth = torso_outline(solved, cam)
        out.append(
            Shape(
                "torso",
                "blob",
                "fig-ghost-line" if ghost else "fig-torso",
                pts,
                depth,
                part="torso",
            )
        )
    if want("neck"):
        ends = [flat(landmark(solved, n)) for n in ("neck_base", "pivot")]
        out.append(
            Shape("neck", "line", cls, [e[:2] for e in ends], _depth(ends), 0.05, part="neck")
        )
    for side in ("left", "right"):
        for limb, segments, widths in LIMBS:
            if not want(f"{side}_{limb}"):
                continue
            for n, (names, width) in enumerate(zip(segments, widths, strict=True)):
                ends = [flat(landmark(solved, f"{side}_{name}")) for name in names]
                key = f"{side}_{limb}{n}"
                out.append(
                    Shape(
                        key,
                        "line",
                        cls,
                        [e[:2] for e in ends],
                        _depth(ends),
                        width,
                        part=f"{side}_{limb}",
                    )
                )
    if want("head"):
        out.extend(head(solved, cam, cls, ghost))
    return out


def head(solved: Solved, cam: Camera, cls: str, ghost: bool) -> list[Shape]:
    frame = solved.bones["head"].frame
    centre = cam.project(landmark(solved, "head"))
    nose = [
        cam.project(solved.point("head", (0.0, -HEAD_R * 0.15, HEAD_R * k))) for k in (0.7, 1.0)
    ]
    depth = centre[2] + 0.01  # a shade nearer than the neck it sits on
    key = "ghost-" if ghost else ""
    # The nose after the head and without a halo: only the part breaking the outline shows.
    out = [
        Shape(
            key + "head",
            "circle",
            "fig-ghost-line" if ghost else "fig-head",
            [centre[:2]],
            depth,
            radius=HEAD_R,
            part="head",
        ),
    ]
    if not ghost:
        out.append(
            Shape("nose", "line", "fig-nose", [n[:2] for n in nose], depth, 0.03, part="head")
        )
    if ghost:
        return out
    facing = dot(apply(frame, (0.0, 0.0, 1.0)), cam.axes[2])
    for s in (1.0, -1.0):
        eye = cam.project(solved.point("head", (s * HEAD_R * 0.36, HEAD_R * 0.12, HEAD_R * 0.93)))
        r = HEAD_R * 0.1 * min(1.0, max(0.0, (facing - 0.3) * 3))
        out.append(
            Shape(f"eye{s:+.0f}", "circle", "fig-eye", [eye[:2]], depth, radius=r, part="head")
        )
    return out


def muscles(solved: Solved, cam: Camera, names: tuple[str, ...]) -> list[Shape]:
    out = []
    head = cam.project(landmark(solved, "head"))[2] + 0.01
    for name in names:
        marks = anatomy.REGIONS[name]
        pts = [cam.project(landmark(solved, p)) for p in marks]
        # Drawn over the parts it lies on (a little nearer than its own mean depth), but under
        # the head unless it lies mostly on the skull: a neck band over the face reads as a sash.
        depth = _depth(pts) + 0.03
        if sum(anatomy.LANDMARKS[m][0] == "head" for m in marks) * 2 <= len(marks):
            depth = min(depth, head - 0.001)
        out.append(Shape(f"m-{name}", "blob", "fig-muscle", [p[:2] for p in pts], depth))
    return out


def scenery(solved: Solved, cam: Camera, names: tuple[str, ...]) -> list[Shape]:
    out = []
    right = cam.axes[0]
    for name in names:
        if name == "floor":  # a line across the picture, whichever way the camera turns
            ends = [cam.project((k * right[0], 0.0, k * right[2]))[:2] for k in (-1.5, 1.5)]
            out.append(Shape("p-floor", "line", "fig-prop", ends, -9.0, 0.012))
        for i, (cls, pts, closed) in enumerate(props.PROPS[name]()):
            flat = [cam.project(p)[:2] for p in pts]
            out.append(Shape(f"p-{name}{i}", "poly" if closed else "line", cls, flat, -9.0, 0.012))
        if name == "towel":
            ends = [landmark(solved, f"{s}_fingers") for s in ("left", "right")]
            out.append(_strap("towel", ends, cam))
        if name == "band":
            for s in ("left", "right"):
                ends = [landmark(solved, f"{s}_fingers"), props.BAND_ANCHOR]
                out.append(_strap(f"band-{s}", ends, cam))
    return out


def _strap(key: str, ends: list[Vec], cam: Camera) -> Shape:
    flat = [cam.project(p) for p in ends]
    return Shape(key, "line", "fig-strap", [p[:2] for p in flat], _depth(flat) + 0.05, 0.014)


def _depth(points: list[tuple[float, float, float]]) -> float:
    return sum(p[2] for p in points) / len(points)
