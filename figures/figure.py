"""Figure data: parsing and validating one stretch's entry from figures.toml (or its JSON twin).

Schema (every key but `base`, `alt` and `keyframes` is optional):
    base = "sitting"            # a key of poses.BASES
    view = "front"              # a key of project.VIEWS; yaw / pitch (degrees) override it
    crop = "head"               # "head" (shoulders up), "upper" (hips up) or "full"
    side = "right"              # the first side the steps name: the drawing follows the steps
                                # as written, and mirrored draws the other side
    props = ["chair"]           # keys of props.PROPS
    muscle = "left-neck-side"   # a key of anatomy.REGIONS, or a list of them
    grip = { left_hand = "right_knee" }  # hands reaching a landmark, in this order
    fixed = ["right_hand"]      # hands or feet kept where the start pose put them (replaces
                                # the base's own: hands-and-knees plants both hands)
    ghost = ["head", "neck"]    # parts of the start pose drawn dashed behind the move
    arrows = [{ along = "nose", to = "stretch", offset = 0.04, both = false, shift = [0, -0.05] }]
                                # offset: H units beside the path; shift: moves it on screen
    still = ["stretch"]         # keyframe(s) the reduced-motion still shows
    alt = "Sitting, ..."        # the accessible name
    [[keyframes]]               # the first is the start; the loop returns to it
    name = "stretch"
    hold = 2.0                  # seconds held here, after `move` seconds getting here
    neck = { side_bend = -30 }  # joints: only what differs from the start keyframe
"""

from dataclasses import dataclass, field

from . import anatomy, poses, props, ranges
from .errors import FigureError
from .poses import Joints
from .project import Camera, camera

CROPS = ("head", "upper", "full")
PARTS = ("head", "neck", "torso", "left_arm", "right_arm", "left_leg", "right_leg")
PART_GROUPS = {"arms": ("left_arm", "right_arm"), "legs": ("left_leg", "right_leg")}
KEYFRAME_KEYS = {"name", "hold", "move"}
TOP_KEYS = {"base", "view", "yaw", "pitch", "crop", "side", "props", "muscle", "fixed"}
TOP_KEYS |= {"ghost", "arrows", "arrow", "still", "alt", "keyframes", "grip"}
FIXABLE = ("left_hand", "right_hand", "left_foot", "right_foot")


@dataclass(frozen=True)
class Keyframe:
    name: str
    joints: Joints
    hold: float
    move: float


@dataclass(frozen=True)
class Arrow:
    along: str
    start: str
    to: str
    offset: float = 0.05
    both: bool = False
    shift: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True)
class Figure:
    base: poses.Base
    camera: Camera
    crop: str
    keyframes: tuple[Keyframe, ...]
    alt: str
    side: str | None = None
    props: tuple[str, ...] = ()
    muscles: tuple[str, ...] = ()
    fixed: tuple[str, ...] = ()
    ghost: tuple[str, ...] = ()
    arrows: tuple[Arrow, ...] = ()
    still: tuple[str, ...] = field(default=())
    grip: tuple[tuple[str, str], ...] = ()

    def keyframe(self, name: str) -> Keyframe:
        return next(k for k in self.keyframes if k.name == name)


def _names(data: dict, key: str, known: object, what: str) -> tuple[str, ...]:
    value = data.get(key, [])
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise FigureError(f"{key} must be a name or a list of names")
    for item in items:
        if item not in known:  # type: ignore[operator]
            raise FigureError(f"unknown {what} {item!r}")
    return tuple(items)


def _keyframes(data: dict, base: poses.Base) -> tuple[Keyframe, ...]:
    raw = data.get("keyframes")
    if not isinstance(raw, list) or len(raw) < 2:
        raise FigureError("keyframes must list a start and at least one more pose")
    out: list[Keyframe] = []
    start: Joints = {}
    for i, frame in enumerate(raw):
        if not isinstance(frame, dict) or not isinstance(frame.get("name"), str):
            raise FigureError(f"keyframe {i + 1} needs a name")
        name = frame["name"]
        if any(k.name == name for k in out):
            raise FigureError(f"two keyframes are named {name!r}")
        own = {k: v for k, v in frame.items() if k not in KEYFRAME_KEYS}
        for joint, moves in own.items():
            ranges.check_joint(joint, moves)
        joints = poses.merge(base.joints, start, own)
        try:
            ranges.check_pose(joints)
        except FigureError as error:
            raise FigureError(f"keyframe {name!r}: {error}") from None
        if i == 0:
            start = own
        hold = frame.get("hold", 1.2 if i == 0 else 2.0)
        move = frame.get("move", 1.6)
        for label, value in (("hold", hold), ("move", move)):
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not 0 <= value <= 10
            ):
                raise FigureError(f"keyframe {name!r}: {label} must be 0–10 seconds")
        out.append(Keyframe(name, joints, float(hold), float(move)))
    return tuple(out)


def _arrows(data: dict, frames: tuple[Keyframe, ...], main: str) -> tuple[Arrow, ...]:
    """Arrows run from the start to the main still unless they say otherwise."""
    raw = data.get("arrows", [])
    if "arrow" in data:
        raw = [data["arrow"]]
    names = [k.name for k in frames]
    out = []
    for item in raw:
        spec = {"along": item} if isinstance(item, str) else item
        if not isinstance(spec, dict) or spec.get("along") not in anatomy.LANDMARKS:
            raise FigureError(f"arrow must follow a known landmark, not {spec!r}")
        start, to = spec.get("from", names[0]), spec.get("to", main)
        if start not in names or to not in names:
            raise FigureError(f"arrow from {start!r} to {to!r}: no such keyframe")
        offset, shift = spec.get("offset", 0.05), spec.get("shift", [0, 0])
        if not (isinstance(shift, list) and len(shift) == 2):
            raise FigureError("arrow shift must be [across, down] in H")
        both = bool(spec.get("both", False))
        out.append(Arrow(spec["along"], start, to, float(offset), both, (shift[0], shift[1])))
    return tuple(out)


def parse_figure(data: dict) -> Figure:
    """Validate one figure's data (a TOML table or the same as JSON) into a Figure. Any
    mistake in it, of any kind, is a FigureError saying what is wrong."""
    try:
        return _parse(data)
    except FigureError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError, IndexError) as error:
        raise FigureError(f"a value has the wrong form: {error}") from error


def _parse(data: dict) -> Figure:
    if not isinstance(data, dict):
        raise FigureError("a figure must be a table")
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise FigureError(f"unknown figure field {sorted(unknown)[0]!r}")
    base = poses.base_named(data.get("base", ""))
    cam = camera(data.get("view", "front"), data.get("yaw"), data.get("pitch"))
    crop = data.get("crop", "full")
    if crop not in CROPS:
        raise FigureError(f"unknown crop {crop!r} (known: {', '.join(CROPS)})")
    side = data.get("side")
    if side not in (None, "left", "right"):
        raise FigureError("side must be left or right")
    alt = data.get("alt")
    if not isinstance(alt, str) or not alt.strip():
        raise FigureError("alt must say what the figure shows")
    frames = _keyframes(data, base)
    names = [k.name for k in frames]
    still = _names(data, "still", names, "still keyframe") or (names[1],)
    ghost = _names(data, "ghost", (*PARTS, *PART_GROUPS), "ghost part")
    ghost = tuple(p for g in ghost for p in PART_GROUPS.get(g, (g,)))
    return Figure(
        base=base,
        camera=cam,
        crop=crop,
        keyframes=frames,
        alt=alt.strip(),
        side=side,
        props=_names(data, "props", props.PROPS, "prop"),
        muscles=_names(data, "muscle", anatomy.REGIONS, "muscle region"),
        fixed=_names(data, "fixed", FIXABLE, "fixed hand or foot")
        if "fixed" in data
        else base.planted,
        ghost=ghost,
        arrows=_arrows(data, frames, still[0]),
        still=still,
        grip=_grips(data),
    )


def _grips(data: dict) -> tuple[tuple[str, str], ...]:
    raw = data.get("grip", {})
    if not isinstance(raw, dict):
        raise FigureError('grip must be a table such as { left_hand = "right_knee" }')
    for hand, mark in raw.items():
        if hand not in ("left_hand", "right_hand"):
            raise FigureError(f"grip: {hand!r} is not left_hand or right_hand")
        if mark not in anatomy.LANDMARKS:
            raise FigureError(f"grip: unknown landmark {mark!r} for {hand}")
    return tuple(raw.items())
