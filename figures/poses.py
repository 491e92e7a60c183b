"""Base poses and the small solver that keeps a posed body on its chair or floor.

A keyframe is a base pose's joint angles with the figure's overrides merged over them. Solving
it runs forward kinematics (skeleton.solve), tips the body so its anchor segment keeps its
line (feet flat, thighs on the seat, shins on the mat), places the anchor in the room, and
bends planted limbs (hands on the floor or a door frame) back to where they started.
"""

import math
from dataclasses import dataclass, field

from . import skeleton as sk
from .anatomy import landmark
from .errors import FigureError
from .vec import Mat, Vec, add, apply, chain, cross, dot, norm, rot, scale, sub, unit

Joints = dict[str, dict[str, float]]


@dataclass(frozen=True)
class Base:
    joints: Joints
    anchor: str  # bone whose line the solver keeps
    line: Vec  # that bone's direction (body frame, before the body turn)
    at: Vec  # where that bone's origin sits in the room
    planted: tuple[str, ...] = field(default=())


def both(joint: str, moves: dict[str, float]) -> Joints:
    return {f"{side}_{joint}": dict(moves) for side in sk.SIDES}


SIT = both("hip", {"flexion": 90}) | both("knee", {"flexion": 90})
KNEEL = both("knee", {"flexion": 90}) | both("ankle", {"plantar_flexion": 50})
SHIN_LINE = unit((0.0, 0.2, -1.0))  # shins on the mat, insteps a little raised
LYING_KNEES = both("hip", {"flexion": 50}) | both("knee", {"flexion": 100})

BASES: dict[str, Base] = {
    "standing": Base({}, "left_foot", (0.0, 0.0, 1.0), (sk.HIP_HALF, sk.ANKLE, 0.0)),
    "sitting": Base(SIT, "left_thigh", (0.0, 0.0, 1.0), (sk.HIP_HALF, 0.285, 0.0)),
    "kneeling": Base(KNEEL, "left_shank", SHIN_LINE, (sk.HIP_HALF, 0.045, 0.0)),
    "hands-and-knees": Base(
        KNEEL
        | {"pelvis": {"lean": 66}}
        | both("shoulder", {"flexion": 66})
        | both("wrist", {"flexion": -70}),
        "left_shank",
        SHIN_LINE,
        (sk.HIP_HALF, 0.045, 0.0),
        ("left_hand", "right_hand"),
    ),
    "lying-on-back": Base(
        LYING_KNEES | {"body": {"pitch": -90}}, "pelvis", (0.0, 1.0, 0.0), (0.0, 0.1, 0.0)
    ),
    "lying-face-down": Base({"body": {"pitch": 90}}, "pelvis", (0.0, 1.0, 0.0), (0.0, 0.1, 0.0)),
    "lying-on-side": Base(
        # On the left side along the mat, head toward -z like lying on the back, facing +x.
        LYING_KNEES | {"body": {"roll": 90, "turn": 90}} | both("shoulder", {"flexion": 90}),
        "pelvis",
        (0.0, 1.0, 0.0),
        (0.0, 0.17, 0.0),
    ),
}
LIMBS = {"hand": ("upper_arm", "forearm", "hand"), "foot": ("thigh", "shank", "foot")}


def merge(*layers: Joints) -> Joints:
    out: Joints = {}
    for layer in layers:
        for joint, moves in layer.items():
            out[joint] = out.get(joint, {}) | dict(moves)
    return out


def turn_between(a: Vec, b: Vec) -> Mat:
    """The smallest rotation taking direction a onto direction b (Rodrigues)."""
    a, b = unit(a), unit(b)
    axis, c = cross(a, b), dot(a, b)
    s = norm(axis)
    if s < 1e-9:
        return sk.IDENTITY if c > 0 else rot("x", 180)
    k = scale(axis, 1 / s)
    kx = ((0.0, -k[2], k[1]), (k[2], 0.0, -k[0]), (-k[1], k[0], 0.0))
    kk = chain(kx, kx)
    return tuple(
        tuple((i == j) + s * kx[i][j] + (1 - c) * kk[i][j] for j in range(3)) for i in range(3)
    )  # type: ignore[return-value]


def move_all(solved: sk.Solved, turn: Mat, shift: Vec) -> None:
    for bone in solved.bones.values():
        bone.origin = add(apply(turn, bone.origin), shift)
        bone.frame = chain(turn, bone.frame)


def reach(solved: sk.Solved, side: str, limb: str, target: Vec, end: sk.Bone) -> None:
    """Two-bone reach: bend the elbow or knee, in its current plane, so the limb ends at target."""
    first, second, tip = (f"{side}_{name}" for name in LIMBS[limb])
    l1, l2 = (sk.UPPER_ARM, sk.FOREARM) if limb == "hand" else (sk.THIGH, sk.SHANK)
    root = solved.bones[first].origin
    mid = solved.bones[second].origin
    to = sub(target, root)
    d = min(max(norm(to), abs(l1 - l2) + 1e-6), l1 + l2 - 1e-6)
    u = unit(to)
    pole = sub(sub(mid, root), scale(u, dot(sub(mid, root), u)))
    w = unit(pole) if norm(pole) > 1e-6 else unit(cross(u, (1.0, 0.0, 0.0)))
    cos_a = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)
    a = math.acos(max(-1.0, min(1.0, cos_a)))
    new_mid = add(root, add(scale(u, l1 * math.cos(a)), scale(w, l1 * math.sin(a))))
    for name, start, stop in ((first, root, new_mid), (second, new_mid, add(root, scale(u, d)))):
        bone = solved.bones[name]
        old = apply(bone.frame, (0.0, -1.0, 0.0))
        bone.frame = chain(turn_between(old, sub(stop, start)), bone.frame)
        bone.origin = start
    solved.bones[tip] = sk.Bone(add(root, scale(u, d)), end.frame)


def solve_pose(
    base: Base,
    joints: Joints,
    planted: dict[str, sk.Bone] | None = None,
    grips: tuple[tuple[str, str], ...] = (),
) -> sk.Solved:
    solved = sk.solve(joints)
    bone = solved.bones[base.anchor]
    local = (0.0, -1.0, 0.0) if base.anchor.endswith(("thigh", "shank")) else (0.0, 0.0, 1.0)
    if base.anchor == "pelvis":
        local = (0.0, 1.0, 0.0)
    have = apply(bone.frame, local)
    tip = math.degrees(math.atan2(base.line[1], base.line[2]) - math.atan2(have[1], have[2]))
    move_all(solved, rot("x", -tip), (0.0, 0.0, 0.0))
    b = joints.get("body", {})
    turn = chain(
        rot("y", b.get("turn", 0)), rot("z", -b.get("roll", 0)), rot("x", b.get("pitch", 0))
    )
    move_all(solved, turn, (0.0, 0.0, 0.0))
    at = add(base.at, (b.get("x", 0.0), b.get("y", 0.0), b.get("z", 0.0)))
    move_all(solved, sk.IDENTITY, sub(at, solved.bones[base.anchor].origin))
    for name, end in (planted or {}).items():
        side, _, limb = name.partition("_")
        reach(solved, side, limb, end.origin, end)
    for hand, mark in grips:  # in order, so a hand may take hold of one already placed
        side = hand.partition("_")[0]
        reach(solved, side, "hand", landmark(solved, mark), solved.bones[hand])
    return solved


def base_named(name: str) -> Base:
    if name not in BASES:
        raise FigureError(f"unknown base pose {name!r} (known: {', '.join(BASES)})")
    return BASES[name]
