"""The skeleton: proportions, joints and forward kinematics.

Frame convention, used everywhere in this package: x points to the figure's LEFT, y UP, z
FORWARD (the way the figure faces), in units of standing height H (H = 1). Every signed
movement is positive toward +x / +y / +z in the joint's own frame: side bend and rotation
are positive to the figure's left, flexion is positive forward (neck and back bend forward,
shoulder and hip swing forward, elbow and knee fold). Extension is negative flexion.

Lengths and landmark heights are Drillis and Contini as tabled by Winter (FIGURES.md).
"""

from dataclasses import dataclass, field

from .vec import IDENTITY, Mat, Vec, add, apply, chain, rot

CM = 1 / 170  # one centimetre as a fraction of a 170 cm figure, for glides and shrugs

UPPER_ARM, FOREARM, HAND = 0.186, 0.146, 0.108
THIGH, SHANK, FOOT, ANKLE = 0.245, 0.246, 0.152, 0.039
HIP_HEIGHT, SHOULDER_HEIGHT = 0.530, 0.818
SHOULDER_HALF, HIP_HALF = 0.259 / 2 - 0.02, 0.055  # joint centres sit inside the breadths
HEAD_R = 0.06  # top of head 1.000, chin 0.870: a 0.13 H head
# Spine from the hip line to C7, sitting near the back: lumbar, lower and upper thorax.
SPINE_BACK = -0.03
SPINE = (0.08, 0.10, 0.10)
SIDES = ("left", "right")


@dataclass
class Bone:
    origin: Vec
    frame: Mat

    def at(self, offset: Vec) -> Vec:
        return add(self.origin, apply(self.frame, offset))


@dataclass
class Solved:
    bones: dict[str, Bone] = field(default_factory=dict)

    def point(self, bone: str, offset: Vec = (0.0, 0.0, 0.0)) -> Vec:
        return self.bones[bone].at(offset)


def axial(a: dict[str, float], share: float = 1.0) -> Mat:
    """Neck or back: rotate, then bend sideways and forward in the turned frame."""
    return chain(
        rot("y", share * a.get("rotation", 0.0)),
        rot("x", share * a.get("flexion", 0.0)),
        rot("z", -share * a.get("side_bend", 0.0)),
    )


def arm_frame(side: str, a: dict[str, float]) -> Mat:
    s = 1.0 if side == "left" else -1.0
    return chain(
        rot("y", -s * a.get("horizontal_adduction", 0.0)),
        rot("x", -a.get("flexion", 0.0)),
        rot("z", s * a.get("abduction", 0.0)),
        rot("y", -s * a.get("internal_rotation", 0.0)),
    )


def hip_frame(side: str, a: dict[str, float]) -> Mat:
    s = 1.0 if side == "left" else -1.0
    return chain(
        rot("x", -a.get("flexion", 0.0)),
        rot("z", s * a.get("abduction", 0.0)),
        rot("y", -s * a.get("internal_rotation", 0.0)),
    )


def solve(joints: dict[str, dict[str, float]]) -> Solved:
    """Forward kinematics in the body frame: the mid-hip point at the origin, upright."""
    j = {k: dict(v) for k, v in joints.items()}
    get = j.get
    out = Solved()
    body = IDENTITY
    # The pelvis tips forward at both hips (lean), then may turn about its own long axis.
    hips = get("pelvis", {})
    pelvis = chain(body, rot("x", hips.get("lean", 0.0)), rot("y", hips.get("rotation", 0.0)))
    out.bones["pelvis"] = Bone((0.0, 0.0, 0.0), pelvis)
    back = get("back", {})
    lumbar_top = out.point("pelvis", (0.0, 0.02 + SPINE[0], SPINE_BACK))
    waist = chain(pelvis, axial(back, 0.5))
    out.bones["waist"] = Bone(lumbar_top, waist)
    chest = chain(waist, axial(back, 0.5))
    out.bones["chest"] = Bone(out.point("waist", (0.0, SPINE[1], 0.0)), chest)
    neck_base = out.point("chest", (0.0, SPINE[2], 0.0))
    blades = get("shoulder_blades", {})
    lift, retract = blades.get("lift", 0.0) * CM, blades.get("back", 0.0) * CM
    for side in SIDES:
        s = 1.0 if side == "left" else -1.0
        # Drawing the blades back also draws them toward the spine.
        joint = out.point(
            "chest", (s * (SHOULDER_HALF - 0.3 * retract), 0.088 + lift, 0.03 - retract)
        )
        out.bones[f"{side}_girdle"] = Bone(joint, chest)
        upper = chain(chest, arm_frame(side, get(f"{side}_shoulder", {})))
        out.bones[f"{side}_upper_arm"] = Bone(joint, upper)
        elbow = out.point(f"{side}_upper_arm", (0.0, -UPPER_ARM, 0.0))
        fore = chain(upper, rot("x", -get(f"{side}_elbow", {}).get("flexion", 0.0)))
        out.bones[f"{side}_forearm"] = Bone(elbow, fore)
        hand = chain(fore, rot("x", -get(f"{side}_wrist", {}).get("flexion", 0.0)))
        out.bones[f"{side}_hand"] = Bone(out.point(f"{side}_forearm", (0.0, -FOREARM, 0.0)), hand)
        thigh = chain(body, hip_frame(side, get(f"{side}_hip", {})))
        out.bones[f"{side}_thigh"] = Bone((s * HIP_HALF, 0.0, 0.0), thigh)
        knee = out.point(f"{side}_thigh", (0.0, -THIGH, 0.0))
        shank = chain(thigh, rot("x", get(f"{side}_knee", {}).get("flexion", 0.0)))
        out.bones[f"{side}_shank"] = Bone(knee, shank)
        foot = chain(shank, rot("x", get(f"{side}_ankle", {}).get("plantar_flexion", 0.0)))
        out.bones[f"{side}_foot"] = Bone(out.point(f"{side}_shank", (0.0, -SHANK, 0.0)), foot)
    neck_a = get("neck", {})
    neck = chain(chest, axial(neck_a))
    out.bones["neck"] = Bone(neck_base, neck)
    glide = apply(chest, (0.0, 0.0, neck_a.get("glide", 0.0) * CM))
    pivot = add(out.point("neck", (0.0, 0.055, 0.02)), glide)
    head = chain(neck, rot("x", neck_a.get("nod", 0.0)))
    out.bones["head"] = Bone(add(pivot, apply(head, (0.0, 0.05, 0.012))), head)
    return out
