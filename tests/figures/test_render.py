import re

from figures import mirror_label, parse_figure, render_figure
from figures.render import Scene
from tests.figures.shipped import load_figures

SIDE_TILT = parse_figure(load_figures()["neck-side-tilt"])


def head_x(markup: str) -> tuple[float, float]:
    width = float(re.search(r'viewBox="0 0 (\d+)', markup).group(1))
    cx = float(re.search(r'<circle class="fig-head" cx="(\d+)"', markup).group(1))
    return cx, width


def test_mirroring_flips_the_drawing_left_to_right():
    cx, width = head_x(render_figure(SIDE_TILT, still=True, label="x"))
    mx, mwidth = head_x(render_figure(SIDE_TILT, still=True, mirrored=True, label="x"))
    assert width == mwidth
    assert abs(mx - (width - cx)) <= 1
    assert cx < width / 2 < mx  # right ear down: the head drops to the viewer's left


def test_mirrored_scene_negates_screen_x():
    plain, flipped = Scene(SIDE_TILT, False), Scene(SIDE_TILT, True)
    pose = plain.solve(SIDE_TILT.keyframes[1].joints)
    (x, y), (mx, my) = plain.point(pose, "nose"), flipped.point(pose, "nose")
    assert mx == -x and my == y


def test_mirror_label_swaps_sides():
    text = "Right ear toward the right shoulder; the left side of the neck. Leftover words stay."
    assert mirror_label(text) == (
        "Left ear toward the left shoulder; the right side of the neck. Leftover words stay."
    )


def test_label_is_escaped_and_carried():
    markup = render_figure(SIDE_TILT, label='Sitting "tall" & relaxed')
    assert 'aria-label="Sitting &quot;tall&quot; &amp; relaxed"' in markup


def test_two_phase_figures_have_a_still_of_each_phase():
    cat_cow = parse_figure(load_figures()["cat-cow"])
    assert cat_cow.still == ("cat", "cow")
    still = render_figure(cat_cow, still=True, label="x")
    assert 'class="fig-ghost"' in still  # cow drawn light behind cat
    tilts = render_figure(parse_figure(load_figures()["neck-tilts"]), still=True, label="x")
    assert tilts.count("<svg") == 5  # four small copies, each clipped by its own viewport


def test_small_moves_get_a_ghost_and_an_arrow_of_useful_length():
    tuck = parse_figure(load_figures()["chin-tuck"])
    markup = render_figure(tuck, label="x")
    assert 'class="fig-ghost-line"' in markup and 'class="fig-arrow"' in markup
    m = re.search(r'class="fig-arrow" d="M(-?\d+) (-?\d+)Q-?\d+ -?\d+ (-?\d+) (-?\d+)"', markup)
    x0, y0, x1, y1 = map(int, m.groups())
    assert abs(x1 - x0) + abs(y1 - y0) > 15  # of a 160-unit picture
