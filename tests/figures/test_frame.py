"""The frame convention (x = the figure's left, y = up, z = forward), one joint at a time."""

import pytest

from figures.anatomy import landmark
from figures.poses import BASES, solve_pose
from figures.project import camera
from figures.skeleton import CM, solve


def moved(name: str, joints: dict) -> tuple[float, float, float]:
    """How far a landmark moves when the joints move, from bare standing (no solver)."""
    before, after = landmark(solve({}), name), landmark(solve(joints), name)
    return tuple(b - a for a, b in zip(before, after, strict=True))


def test_neck_flexion_brings_the_nose_forward_and_down():
    dx, dy, dz = moved("nose", {"neck": {"flexion": 30}})
    assert dz > 0.01 and dy < -0.01 and abs(dx) < 1e-9


def test_neck_side_bend_positive_goes_to_the_left():
    dx, _, _ = moved("head_top", {"neck": {"side_bend": 30}})
    assert dx > 0.02
    assert moved("head_top", {"neck": {"side_bend": -30}})[0] < -0.02


def test_neck_rotation_positive_turns_the_nose_to_the_left():
    dx, _, dz = moved("nose", {"neck": {"rotation": 40}})
    assert dx > 0.02 and dz < 0


def test_neck_glide_back_moves_the_head_straight_back():
    dx, dy, dz = moved("head", {"neck": {"glide": -4}})
    assert dz == pytest.approx(-4 * CM) and abs(dy) < 1e-9 and abs(dx) < 1e-9


def test_back_flexion_and_rotation():
    assert moved("sternum", {"back": {"flexion": 30}})[2] > 0.02
    assert moved("left_shoulder", {"back": {"rotation": 20}})[2] < -0.01
    assert moved("right_shoulder", {"back": {"rotation": 20}})[2] > 0.01
    assert moved("neck_base", {"back": {"side_bend": 20}})[0] > 0.02


def test_pelvis_lean_tips_the_trunk_forward_but_not_the_legs():
    assert moved("sternum", {"pelvis": {"lean": 30}})[2] > 0.05
    assert moved("left_ankle", {"pelvis": {"lean": 30}}) == pytest.approx((0, 0, 0))


@pytest.mark.parametrize("side, sign", [("left", 1), ("right", -1)])
def test_shoulder_movements(side, sign):
    hand = f"{side}_hand"
    assert moved(hand, {f"{side}_shoulder": {"flexion": 90}})[2] > 0.25
    assert moved(hand, {f"{side}_shoulder": {"flexion": -40}})[2] < -0.1
    assert sign * moved(hand, {f"{side}_shoulder": {"abduction": 90}})[0] > 0.25
    across = {"flexion": 90, "horizontal_adduction": 40}
    assert sign * (moved(hand, {f"{side}_shoulder": across})[0]) < -0.1
    bent = {f"{side}_elbow": {"flexion": 90}}
    inward = moved(hand, bent | {f"{side}_shoulder": {"internal_rotation": 45}})
    assert sign * (inward[0] - moved(hand, bent)[0]) < -0.05


@pytest.mark.parametrize("side", ["left", "right"])
def test_elbow_hip_knee_and_ankle(side):
    assert moved(f"{side}_hand", {f"{side}_elbow": {"flexion": 90}})[2] > 0.1
    assert moved(f"{side}_knee", {f"{side}_hip": {"flexion": 60}})[2] > 0.15
    assert moved(f"{side}_ankle", {f"{side}_knee": {"flexion": 60}})[2] < -0.15
    assert moved(f"{side}_toe", {f"{side}_ankle": {"plantar_flexion": 30}})[1] < -0.02


def test_shoulder_blades_lift_and_draw_back():
    assert moved("left_acromion", {"shoulder_blades": {"lift": 3}})[1] == pytest.approx(3 * CM)
    assert moved("right_acromion", {"shoulder_blades": {"back": 3}})[2] < 0


def test_views_put_the_figure_the_right_way_round():
    left, forward, up = (0.1, 0.5, 0.0), (0.0, 0.5, 0.1), (0.0, 0.6, 0.0)
    origin = (0.0, 0.5, 0.0)

    def screen(view, p, **kw):
        return camera(view, **kw).project(p)

    assert screen("front", left)[0] > 0  # facing us, the figure's left is on our right
    assert screen("back", left)[0] < 0
    assert screen("side", forward)[0] > 0  # seen from its right: faces the reader's right
    assert screen("left", forward)[0] < 0
    assert screen("front", forward)[2] > screen("front", origin)[2]  # nearer to us
    assert screen("front", up)[1] < screen("front", origin)[1]  # SVG y runs down
    # Looking down from above, what is nearer the camera sits lower in the picture.
    assert screen("front", forward, pitch=30)[1] > screen("front", origin, pitch=30)[1]


def test_each_joint_reads_in_the_views_that_show_it():
    base = BASES["sitting"]
    still, bent = (
        solve_pose(base, base.joints),
        solve_pose(base, base.joints | {"neck": {"side_bend": -30}}),
    )
    front = camera("front")
    assert (
        front.project(landmark(bent, "head_top"))[0] < front.project(landmark(still, "head_top"))[0]
    )
    nod = solve_pose(base, base.joints | {"neck": {"flexion": 30}})
    side = camera("side")
    assert side.project(landmark(nod, "nose"))[0] > side.project(landmark(still, "nose"))[0]


def test_solver_keeps_the_seat_and_the_floor():
    sitting = solve_pose(BASES["sitting"], BASES["sitting"].joints)
    assert landmark(sitting, "left_toe")[1] == pytest.approx(0.009, abs=0.02)
    assert landmark(sitting, "left_hip")[1] == pytest.approx(0.285)
    kneel = BASES["hands-and-knees"]
    pose = solve_pose(kneel, kneel.joints)
    assert abs(landmark(pose, "left_knee")[1] - 0.045) < 1e-6
    assert 0.0 < landmark(pose, "left_hand")[1] < 0.05  # wrists just above the mat


def test_pelvis_rotation_turns_the_trunk_to_the_left_over_still_legs():
    assert moved("left_shoulder", {"pelvis": {"rotation": 20}})[2] < -0.01
    assert moved("right_shoulder", {"pelvis": {"rotation": 20}})[2] > 0.01
    assert moved("left_knee", {"pelvis": {"rotation": 20}}) == pytest.approx((0, 0, 0))
