"""Normal active range of motion (FIGURES.md), and the check every keyframe passes.

Each movement maps to (most negative, most positive) in the signs of skeleton.py. Values from
the FIGURES.md table take its cautious end; the few movements it does not list (marked
"not in FIGURES.md") use the cautious end of the AAOS norms, and glides and shrugs are in cm.
"""

from .errors import FigureError

SIDED = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle")

RANGES: dict[str, dict[str, tuple[float, float]]] = {
    "neck": {
        "flexion": (-45, 45),
        "side_bend": (-45, 45),
        "rotation": (-60, 60),
        "nod": (-15, 15),  # upper neck only, counted with flexion below
        "glide": (-6, 3),  # cm; a chin tuck is 4-5 cm
    },
    "back": {
        "flexion": (-25, 40),
        "rotation": (-30, 30),
        "side_bend": (-25, 25),  # not in FIGURES.md
    },
    # The trunk tipping at both hips (hip flexion) and turning over them (hip rotation).
    "pelvis": {"lean": (-30, 120), "rotation": (-30, 30)},
    "shoulder_blades": {"lift": (-2, 6), "back": (-5, 5)},  # cm
    "shoulder": {
        "flexion": (-60, 180),
        "abduction": (-30, 180),  # adduction past the side: not in FIGURES.md
        "horizontal_adduction": (-30, 130),  # horizontal abduction: not in FIGURES.md
        "internal_rotation": (-90, 70),
    },
    "elbow": {"flexion": (0, 150)},
    "wrist": {"flexion": (-70, 80)},  # not in FIGURES.md
    "hip": {
        "flexion": (-30, 120),
        "abduction": (-20, 45),  # not in FIGURES.md
        "internal_rotation": (-45, 45),  # not in FIGURES.md
    },
    "knee": {"flexion": (0, 135)},
    "ankle": {"plantar_flexion": (-20, 50)},  # not in FIGURES.md
}
BODY = ("turn", "pitch", "roll", "x", "y", "z")  # placing the whole body: not a joint

# Safety, stricter than anatomy: the neck stretches' cautions keep looking up small.
MAX_NECK_EXTENSION = 20

NEGATIVE = {"flexion": "extension", "lift": "lowering", "back": "forward draw", "nod": "lift"}
NEGATIVE |= {"plantar_flexion": "dorsiflexion", "abduction": "adduction"}
NEGATIVE |= {"horizontal_adduction": "horizontal abduction"}
NEGATIVE |= {"internal_rotation": "external rotation", "lean": "lean back", "glide": "glide back"}
SIGNED = {"side_bend", "rotation"}


def kind(joint: str) -> str:
    side, _, rest = joint.partition("_")
    return rest if side in ("left", "right") and rest in SIDED else joint


def describe(joint: str, movement: str, value: float) -> str:
    words = movement.replace("_", " ")
    if value < 0 and movement in NEGATIVE:
        words = NEGATIVE[movement]
    toward = ""
    if movement in SIGNED:
        toward = " to the left" if value > 0 else " to the right"
    unit = " cm" if movement in ("glide", "lift", "back") and joint != "back" else "°"
    return f"{joint.replace('_', ' ')} {words} {abs(value):g}{unit}{toward}"


def check_joint(joint: str, moves: object) -> None:
    if joint == "body":
        table: dict[str, tuple[float, float]] = dict.fromkeys(BODY, (-360, 360))
    elif kind(joint) in RANGES:
        table = RANGES[kind(joint)]
    else:
        raise FigureError(f"unknown joint {joint!r}")
    if not isinstance(moves, dict):
        raise FigureError(f"{joint} must be a table of movements, such as {{ flexion = 20 }}")
    for movement, value in moves.items():
        if movement not in table:
            known = ", ".join(sorted(table))
            raise FigureError(f"unknown movement {movement!r} for {joint} (known: {known})")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise FigureError(f"{joint} {movement} must be a number of degrees, not {value!r}")
        low, high = table[movement]
        if not low <= value <= high:
            limit = high if value > 0 else -low
            unit = "" if joint == "body" else "°"
            raise FigureError(
                f"{describe(joint, movement, value)} is outside the normal range 0–{limit:g}{unit}"
            )


def check_pose(joints: dict[str, dict[str, float]]) -> None:
    """Check one whole keyframe: every joint alone, then the movements two fields share."""
    for joint, moves in joints.items():
        check_joint(joint, moves)
    neck = joints.get("neck", {})
    bend = neck.get("flexion", 0) + neck.get("nod", 0)
    if not -45 <= bend <= 45:
        raise FigureError(f"neck flexion and nod together, {bend:g}°, are outside 0–45°")
    if bend < -MAX_NECK_EXTENSION:
        raise FigureError(
            f"neck extension {-bend:g}° is more than the {MAX_NECK_EXTENSION}° a figure may show"
            " (the cautions keep looking up small)"
        )
    lean = joints.get("pelvis", {}).get("lean", 0)
    turn = joints.get("pelvis", {}).get("rotation", 0)
    for side, s in (("left", 1), ("right", -1)):
        # Turning the pelvis to the left over still thighs turns the left hip inward and the
        # right hip outward; counted with each hip's own rotation, cautiously, whatever the lean.
        rotation = joints.get(f"{side}_hip", {}).get("internal_rotation", 0) + s * turn
        if not -45 <= rotation <= 45:
            raise FigureError(
                f"{side} hip rotation {abs(rotation):g}° (with the pelvis turn) is outside the"
                " normal range 0–45°"
            )
        hip = joints.get(f"{side}_hip", {}).get("flexion", 0) + lean
        if not -30 <= hip <= 120:
            raise FigureError(
                f"{side} hip flexion {hip:g}° (with the pelvis lean) is outside the normal"
                " range 0–120°"
            )
