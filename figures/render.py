"""A Figure as one SVG: the animated loop and the reduced-motion still, switched by CSS."""

import math
from itertools import pairwise

from . import draw
from .anatomy import LANDMARKS, landmark
from .draw import Shape
from .figure import Arrow, Figure, Keyframe
from .poses import Joints, solve_pose
from .skeleton import Solved

EASE_IN, EASE_OUT, FLAT = "0.42 0 1 1", "0 0 0.58 1", "0 0 1 1"
MIN_ARROW, HEAD = 0.07, 0.032  # arrow length floor and arrowhead size, in H
CROP_POINTS = {
    "head": ("head_top", "nose", "chin", "occiput", "left_ear", "right_ear", "neck_base")
    + ("left_acromion", "right_acromion", "sternum", "upper_back"),
    "upper": tuple(
        n for n in LANDMARKS if not any(k in n for k in ("knee", "ankle", "toe", "heel", "shin"))
    ),
    "full": tuple(LANDMARKS),
}


def blend(a: Joints, b: Joints, t: float) -> Joints:
    out: Joints = {}
    for joint in set(a) | set(b):
        ma, mb = a.get(joint, {}), b.get(joint, {})
        out[joint] = {
            m: ma.get(m, 0.0) + (mb.get(m, 0.0) - ma.get(m, 0.0)) * t for m in set(ma) | set(mb)
        }
    return out


class Scene:
    """Solved poses for one figure, and the flat shapes of any of them."""

    def __init__(self, fig: Figure, mirrored: bool) -> None:
        self.fig, self.flip = fig, -1.0 if mirrored else 1.0
        start = solve_pose(fig.base, fig.keyframes[0].joints)
        self.planted = {name: start.bones[name] for name in fig.fixed}

    def solve(self, joints: Joints) -> Solved:
        return solve_pose(self.fig.base, joints, self.planted, self.fig.grip)

    def flat(self, shapes: list[Shape]) -> list[Shape]:
        for s in shapes:
            s.pts = [(self.flip * x, y) for x, y in s.pts]
        return shapes

    def shapes(self, solved: Solved, extras: bool = True) -> list[Shape]:
        fig, cam = self.fig, self.fig.camera
        parts = draw.body(solved, cam) + draw.muscles(solved, cam, fig.muscles)
        parts = [p for p in parts if extras or p.cls != "fig-eye"]
        return self.flat(draw.scenery(solved, cam, fig.props)) + self.flat(parts)

    def point(self, solved: Solved, name: str) -> tuple[float, float]:
        x, y, _ = self.fig.camera.project(landmark(solved, name))
        return self.flip * x, y

    def stops(self) -> tuple[list[float], list[str], list[Joints]]:
        frames = self.fig.keyframes
        times, splines, poses = [0.0, frames[0].hold], [FLAT], [frames[0].joints] * 2
        t = frames[0].hold
        for prev, k in pairwise((*frames, frames[0])):
            last = k is frames[0]
            times += [t + k.move / 2, t + k.move]
            poses += [blend(prev.joints, k.joints, 0.5), k.joints]
            splines += [EASE_IN, EASE_OUT]
            t += k.move
            if not last and k.hold:
                t += k.hold
                times.append(t)
                poses.append(k.joints)
                splines.append(FLAT)
        return times, splines, poses

    def arrow(self, start: Keyframe, end: Keyframe, a: Arrow) -> list[Shape]:
        along, offset, both = a.along, a.offset, a.both
        pts = [
            self.point(self.solve(blend(start.joints, end.joints, t / 4)), along) for t in range(5)
        ]
        (x0, y0), (x4, y4) = pts[0], pts[4]
        cx, cy = self.point(self.solve(end.joints), "chest_front")
        dx, dy = x4 - x0, y4 - y0
        length = math.hypot(dx, dy)
        ux, uy = (dx / length, dy / length) if length > 1e-6 else (0.0, -1.0)
        nx, ny = -uy, ux
        mx, my = pts[2]
        if (mx - cx) * nx + (my - cy) * ny < 0:
            nx, ny = -nx, -ny
        if offset < 0:
            nx, ny, offset = -nx, -ny, -offset
        if length < MIN_ARROW:
            mx, my = (x0 + x4) / 2, (y0 + y4) / 2
            half = MIN_ARROW / 2
            p0, p1 = (mx - ux * half, my - uy * half), (mx + ux * half, my + uy * half)
            ctrl = ((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2)
        else:
            p0, p1 = (x0, y0), (x4, y4)
            ctrl = (2 * mx - (x0 + x4) / 2, 2 * my - (y0 + y4) / 2)
        sx, sy = self.flip * a.shift[0], a.shift[1]
        p0, ctrl, p1 = ((x + nx * offset + sx, y + ny * offset + sy) for x, y in (p0, ctrl, p1))
        out = [Shape("arrow", "curve", "fig-arrow", [p0, ctrl, p1], 9.0, 0.012)]
        out.append(arrowhead(ctrl, p1))
        if both:
            out.append(arrowhead(ctrl, p0))
        return out


def arrowhead(frm: tuple[float, float], tip: tuple[float, float]) -> Shape:
    dx, dy = tip[0] - frm[0], tip[1] - frm[1]
    n = math.hypot(dx, dy) or 1.0
    ux, uy = dx / n, dy / n
    bx, by = tip[0] - ux * HEAD * 0.3, tip[1] - uy * HEAD * 0.3
    pts = [(bx + ux * HEAD, by + uy * HEAD), (bx - uy * HEAD * 0.6, by + ux * HEAD * 0.6)]
    pts.append((bx + uy * HEAD * 0.6, by - ux * HEAD * 0.6))
    return Shape("arrowhead", "poly", "fig-arrowhead", pts, 9.0)
