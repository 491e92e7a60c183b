"""Named landmarks on the solved skeleton, and the muscle regions drawn between them.

A landmark is a point fixed to one bone (offset in that bone's frame), so a region spanning two
bones stretches when they move apart: that is how the accent visibly lengthens.
"""

from .skeleton import FOREARM, HEAD_R, SHANK, THIGH, UPPER_ARM, Solved
from .vec import Vec

R = HEAD_R
BASE_LANDMARKS: dict[str, tuple[str, Vec]] = {
    "head": ("head", (0.0, 0.0, 0.0)),
    "head_top": ("head", (0.0, R, 0.0)),
    "nose": ("head", (0.0, -0.01, R * 1.25)),
    "chin": ("head", (0.0, -R * 0.9, R * 0.55)),
    "forehead": ("head", (0.0, R * 0.45, R * 0.9)),
    "occiput": ("head", (0.0, -R * 0.2, -R * 0.98)),
    "skull_low": ("head", (0.0, -R * 0.9, -R * 0.45)),
    "pivot": ("neck", (0.0, 0.055, 0.02)),
    "neck_base": ("neck", (0.0, 0.0, 0.0)),
    "neck_back": ("neck", (0.0, 0.035, -0.03)),
    "throat": ("neck", (0.0, 0.03, 0.045)),
    "sternum": ("chest", (0.0, 0.065, 0.11)),
    "chest_front": ("chest", (0.0, 0.02, 0.13)),
    "upper_back": ("chest", (0.0, 0.07, -0.03)),
    "mid_back": ("chest", (0.0, -0.02, -0.04)),
    "low_back": ("waist", (0.0, 0.0, -0.04)),
    "upper_back_in": ("chest", (0.0, 0.07, 0.0)),
    "mid_back_in": ("chest", (0.0, -0.02, -0.005)),
    "low_back_in": ("waist", (0.0, 0.0, -0.01)),
    "hips": ("pelvis", (0.0, 0.0, 0.0)),
}


def sided() -> dict[str, tuple[str, Vec]]:
    out: dict[str, tuple[str, Vec]] = {}
    for side in ("left", "right"):
        s = 1.0 if side == "left" else -1.0
        out |= {
            f"{side}_ear": ("head", (s * R * 0.95, -0.01, -0.005)),
            f"{side}_mastoid": ("head", (s * R * 0.7, -R * 0.6, -R * 0.35)),
            f"{side}_skull_back": ("head", (s * R * 0.5, -R * 0.5, -R * 0.7)),
            f"{side}_neck": ("neck", (s * 0.03, 0.015, 0.0)),
            f"{side}_acromion": (f"{side}_girdle", (s * -0.01, 0.02, -0.005)),
            f"{side}_trap": (f"{side}_girdle", (s * -0.06, 0.02, -0.03)),
            f"{side}_collarbone": ("chest", (s * 0.035, 0.082, 0.1)),
            f"{side}_chest": ("chest", (s * 0.06, 0.0, 0.12)),
            f"{side}_blade_top": (f"{side}_girdle", (s * -0.05, 0.0, -0.06)),
            f"{side}_blade_low": (f"{side}_girdle", (s * -0.065, -0.11, -0.05)),
            f"{side}_ribs": ("waist", (s * 0.09, 0.02, 0.0)),
            f"{side}_shoulder": (f"{side}_upper_arm", (0.0, 0.0, 0.0)),
            f"{side}_shoulder_front": (f"{side}_upper_arm", (0.0, -0.04, 0.035)),
            f"{side}_shoulder_back": (f"{side}_upper_arm", (0.0, -0.04, -0.035)),
            f"{side}_arm_mid": (f"{side}_upper_arm", (0.0, -UPPER_ARM * 0.5, 0.0)),
            f"{side}_elbow": (f"{side}_forearm", (0.0, 0.0, 0.0)),
            f"{side}_hand": (f"{side}_hand", (0.0, 0.0, 0.0)),
            f"{side}_fingers": (f"{side}_hand", (0.0, -0.07, 0.0)),
            f"{side}_wrist_mid": (f"{side}_forearm", (0.0, -FOREARM * 0.5, 0.0)),
            f"{side}_hip": (f"{side}_thigh", (0.0, 0.0, 0.0)),
            f"{side}_knee": (f"{side}_shank", (0.0, 0.0, 0.0)),
            f"{side}_thigh_mid": (f"{side}_thigh", (0.0, -THIGH * 0.5, 0.0)),
            f"{side}_ankle": (f"{side}_foot", (0.0, 0.0, 0.0)),
            f"{side}_toe": (f"{side}_foot", (0.0, -0.03, 0.12)),
            f"{side}_heel": (f"{side}_foot", (0.0, -0.03, -0.035)),
            f"{side}_shin_mid": (f"{side}_shank", (0.0, -SHANK * 0.5, 0.0)),
        }
    return out


LANDMARKS = BASE_LANDMARKS | sided()


def landmark(solved: Solved, name: str) -> Vec:
    bone, offset = LANDMARKS[name]
    return solved.point(bone, offset)


# Muscle regions: polygons of landmarks. Names are the data's `muscle` values; "left-" and
# "right-" regions swap when a figure is mirrored simply because the drawing is flipped.
def _pair(name: str, points: list[str]) -> dict[str, list[str]]:
    def put(side: str) -> list[str]:
        return [p.replace("S_", f"{side}_").replace("O_", f"{other(side)}_") for p in points]

    return {f"left-{name}": put("left"), f"right-{name}": put("right")}


def other(side: str) -> str:
    return "right" if side == "left" else "left"


REGIONS: dict[str, list[str]] = {
    **_pair("neck-side", ["S_ear", "S_acromion", "S_trap", "S_mastoid"]),
    **_pair("neck-front", ["S_mastoid", "S_ear", "S_collarbone", "sternum"]),
    **_pair("neck-back", ["S_skull_back", "S_mastoid", "S_blade_top", "upper_back"]),
    **_pair("chest", ["sternum", "S_shoulder_front", "S_arm_mid", "S_chest"]),
    **_pair("shoulder-back", ["S_blade_top", "S_shoulder_back", "S_arm_mid", "S_blade_low"]),
    **_pair("side", ["S_blade_low", "S_arm_mid", "S_ribs"]),
    **_pair("shoulder-top", ["S_skull_back", "S_mastoid", "S_acromion", "S_trap"]),
    "neck-back": ["left_skull_back", "right_skull_back", "upper_back"],
    "skull-base": ["left_skull_back", "occiput", "right_skull_back", "skull_low", "neck_back"],
    "chest": ["left_shoulder_front", "left_chest", "right_chest", "right_shoulder_front"],
    "between-blades": ["left_blade_top", "left_blade_low", "right_blade_low", "right_blade_top"],
    "upper-back": ["upper_back", "left_blade_top", "mid_back", "right_blade_top"],
    # Along the spine, with some depth so it shows as a band from the side too.
    "back": ["upper_back", "mid_back", "low_back", "low_back_in", "mid_back_in", "upper_back_in"],
    "shoulder-tops": ["left_trap", "left_acromion", "right_acromion", "right_trap", "upper_back"],
}
