"""Every figure in figures.toml: parses, renders four ways, and keeps the SVG rules."""

import gzip
import json
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from figures import mirror_label, parse_figure, render_figure
from tests.figures.shipped import load_figures

CONTENT = Path(__file__).resolve().parents[2] / "stretches" / "content"
FIGURES = load_figures()
STRETCHES = [
    s
    for name in ("stretches_neck.toml", "stretches_back.toml")
    for s in tomllib.loads((CONTENT / name).read_text())["stretch"]
]
SVG = "{http://www.w3.org/2000/svg}"
COLOUR_ATTRS = {"fill", "stroke", "color", "stop-color", "style", "id", "class-name"}


def renders(slug: str) -> dict[str, str]:
    fig = parse_figure(FIGURES[slug])
    label = fig.alt
    return {
        "animated": render_figure(fig, label=label),
        "still": render_figure(fig, still=True, label=label),
        "mirrored": render_figure(fig, mirrored=True, label=mirror_label(label)),
        "thumbnail": render_figure(fig, thumbnail=True, label=label),
    }


def test_every_stretch_has_a_figure():
    missing = [s["slug"] for s in STRETCHES if s["slug"] not in FIGURES]
    assert missing == []


@pytest.mark.parametrize("slug", sorted(FIGURES))
def test_figure_renders_valid_small_class_styled_svg(slug):
    for kind, markup in renders(slug).items():
        root = ET.fromstring(markup)
        assert root.tag == f"{SVG}svg"
        assert root.get("role") == "img" and root.get("aria-label", "").strip()
        assert root.get("focusable") == "false" and root.get("viewBox")
        assert "fig" in root.get("class", "").split()
        for el in root.iter():
            assert not COLOUR_ATTRS & set(el.attrib), (kind, el.tag, el.attrib)
            assert el.tag not in (f"{SVG}text", f"{SVG}style", f"{SVG}script", f"{SVG}marker")
        limit = 1500 if kind == "thumbnail" else 3000
        assert len(gzip.compress(markup.encode())) < limit, kind
    animated = renders(slug)["animated"]
    assert 'repeatCount="indefinite"' in animated and 'calcMode="spline"' in animated
    assert 'class="fig-anim"' in animated and 'class="fig-still"' in animated
    assert "<animate" not in renders(slug)["still"]


@pytest.mark.parametrize("slug", sorted(FIGURES))
def test_figure_data_round_trips_as_json(slug):
    data = FIGURES[slug]
    again = json.loads(json.dumps(data))
    assert render_figure(parse_figure(again), label="x") == render_figure(
        parse_figure(data), label="x"
    )


@pytest.mark.parametrize("stretch", STRETCHES, ids=lambda s: s["slug"])
def test_figure_shows_the_side_the_steps_name_first(stretch):
    fig = parse_figure(FIGURES[stretch["slug"]])
    first = re.search(r"\b(left|right)\b", " ".join(stretch["steps"]))
    if stretch["per_side"] and first:
        assert fig.side == first.group(1)
    if not stretch["per_side"]:
        assert fig.side is None


def test_no_figure_bends_the_neck_far_back():
    for slug, data in FIGURES.items():
        for frame in parse_figure(data).keyframes:
            neck = frame.joints.get("neck", {})
            assert neck.get("flexion", 0) + neck.get("nod", 0) >= -20, slug


def test_thread_the_needle_rests_the_shoulder_head_and_threading_arm_on_the_mat():
    from figures.anatomy import landmark
    from figures.render import Scene

    fig = parse_figure(FIGURES["thread-the-needle"])
    pose = Scene(fig, False).solve(fig.keyframe("stretch").joints)
    assert landmark(pose, "right_shoulder")[1] < 0.1
    assert landmark(pose, "head")[1] < 0.1
    for mark in ("right_elbow", "right_hand", "right_fingers"):
        assert 0.0 < landmark(pose, mark)[1] < 0.06, mark
    assert landmark(pose, "right_fingers")[0] > landmark(pose, "left_hand")[0]  # under, across
