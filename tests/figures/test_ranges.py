import pytest

from figures import FigureError, parse_figure


def figure(**stretch) -> dict:
    return {
        "base": "sitting",
        "alt": "Sitting.",
        "keyframes": [{"name": "start"}, {"name": "stretch", **stretch}],
    }


def test_a_pose_inside_the_ranges_parses():
    assert parse_figure(figure(neck={"side_bend": -30})).keyframes[1].joints["neck"]


def test_side_bend_past_the_range_names_joint_and_movement():
    with pytest.raises(
        FigureError, match="neck side bend 60° to the left is outside the normal range 0–45°"
    ):
        parse_figure(figure(neck={"side_bend": 60}))


def test_extension_reads_as_extension():
    with pytest.raises(
        FigureError, match="left shoulder extension 70° is outside the normal range 0–60°"
    ):
        parse_figure(figure(left_shoulder={"flexion": -70}))


def test_neck_extension_stays_small_even_inside_anatomy():
    with pytest.raises(FigureError, match="neck extension 30°"):
        parse_figure(figure(neck={"flexion": -30}))


def test_hip_flexion_counts_the_pelvis_lean():
    with pytest.raises(FigureError, match="left hip flexion 130°"):
        parse_figure(figure(pelvis={"lean": 40}))  # sitting already flexes the hips 90°


@pytest.mark.parametrize(
    "data, message",
    [
        (figure(ear={"flexion": 5}), "unknown joint 'ear'"),
        (figure(neck={"twist": 5}), "unknown movement 'twist' for neck"),
        (figure(neck={"flexion": "a lot"}), "must be a number"),
        (figure() | {"base": "hanging"}, "unknown base pose 'hanging'"),
        (figure() | {"view": "top"}, "unknown view 'top'"),
        (figure() | {"props": ["trampoline"]}, "unknown prop 'trampoline'"),
        (figure() | {"muscle": "left-ear"}, "unknown muscle region 'left-ear'"),
        (figure() | {"crop": "toes"}, "unknown crop 'toes'"),
        (figure() | {"alt": ""}, "alt"),
        (figure() | {"keyframes": [{"name": "start"}]}, "keyframes"),
        (figure() | {"arrow": "elbowpit"}, "arrow"),
        (figure() | {"grip": {"left_foot": "head"}}, "grip"),
        (figure() | {"colour": "red"}, "unknown figure field 'colour'"),
    ],
)
def test_bad_data_is_refused_with_a_reason(data, message):
    with pytest.raises(FigureError, match=message):
        parse_figure(data)


def test_pelvis_turn_counts_with_the_hip_rotation():
    assert parse_figure(figure(pelvis={"rotation": 30}))
    with pytest.raises(FigureError, match="left hip rotation 50°"):
        parse_figure(figure(pelvis={"rotation": 30}, left_hip={"internal_rotation": 20}))
