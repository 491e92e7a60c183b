import gzip
import math
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from figures.bodymap import (
    HALF_WIDTH,
    TriggerPoint,
    area_map,
    muscle_map,
    trigger_point_map,
    trigger_point_maps,
)
from figures.bodymap_geometry import flatten, shape, smooth_path
from figures.bodymap_muscles import MUSCLES
from figures.bodymap_outline import SILHOUETTE
from figures.bodymap_zones import AREAS, ZONES
from figures.errors import FigureError

ROOT = Path(__file__).resolve().parents[2]
MAPS = ROOT / "imbalances" / "content" / "trigger_point_maps.toml"
SVG = "{http://www.w3.org/2000/svg}"


def read(path: str, key: str) -> list[dict]:
    with (ROOT / path).open("rb") as file:
        return tomllib.load(file)[key]


MUSCLE_SLUGS = [row["slug"] for row in read("stretches/content/muscles.toml", "muscle")]
AREA_ROWS = read("stretches/content/body_areas.toml", "area")
TRIGGER_CAUSES = {
    row["slug"]: row
    for row in read("imbalances/content/causes_trigger_points.toml", "cause")
    if row["kind"] == "trigger_point"
}
BOTH = {"front", "back"}
# Where each muscle is seen: trapezius, levator and scalenes show at the edge of the neck from
# both sides.
VIEWS = {
    "upper-trapezius": BOTH,
    "levator-scapulae": BOTH,
    "scalenes": BOTH,
    **dict.fromkeys(
        [
            "sternocleidomastoid",
            "deep-neck-flexors",
            "pectoralis-major",
            "pectoralis-minor",
            "anterior-deltoid",
            "serratus-anterior",
        ],
        {"front"},
    ),
}
AREAS_GIVEN = [(row["slug"], f"/areas/{row['slug']}/", row["name"]) for row in AREA_ROWS]


def all_maps() -> dict[str, str]:
    maps = {f"muscle {slug}": muscle_map([slug], label=slug) for slug in MUSCLE_SLUGS}
    maps |= {f"trigger point {slug}": tp.svg() for slug, tp in trigger_point_maps(MAPS).items()}
    maps["areas"] = area_map(AREAS_GIVEN, label="Where does it hurt?")
    return maps


def classes(element: ET.Element) -> set[str]:
    return set(element.get("class", "").split())


def inside(x: float, y: float, polygon: list[tuple[float, float]]) -> bool:
    crossings = 0
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            crossings += 1
    return crossings % 2 == 1


def distance(x: float, y: float, polygon: list[tuple[float, float]]) -> float:
    """0 inside the polygon, else the distance to its nearest edge."""
    if inside(x, y, polygon):
        return 0.0
    best = math.inf
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        dx, dy = x2 - x1, y2 - y1
        t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy or 1)))
        best = min(best, math.hypot(x - x1 - t * dx, y - y1 - t * dy))
    return best


BODY = flatten(SILHOUETTE)


def test_every_muscle_has_a_region_on_the_views_where_it_is_seen():
    assert set(MUSCLES) == set(MUSCLE_SLUGS)
    for slug in MUSCLE_SLUGS:
        assert set(MUSCLES[slug]) == VIEWS.get(slug, {"back"}), slug


def test_muscle_regions_and_zones_lie_on_the_body():
    shapes = [(slug, r.points) for slug, views in MUSCLES.items() for r in views.values()]
    shapes += [(slug, points) for slug, views in ZONES.items() for points in views.values()]
    for slug, points in shapes:
        for x, y in flatten(points):
            assert distance(abs(x), y, BODY) < 0.6, (slug, x, y)


def test_picked_muscles_get_the_target_class_on_both_sides_and_others_do_not():
    svg = ET.fromstring(muscle_map(["rhomboids", "pectoralis-major"], label="Targets"))
    rhomboids = smooth_path(MUSCLES["rhomboids"]["back"].points)
    pectoralis = smooth_path(MUSCLES["pectoralis-major"]["front"].points)
    targets = [p for p in svg.iter(f"{SVG}path") if "is-target" in classes(p)]
    # Each muscle on the left and the right; the rhomboids lie under the trapezius.
    assert sorted(p.get("d") for p in targets) == sorted([rhomboids, pectoralis] * 2)
    assert all(("is-deep" in classes(p)) == (p.get("d") == rhomboids) for p in targets)
    plain = [p for p in svg.iter(f"{SVG}path") if classes(p) == {"bodymap-muscle"}]
    assert len(plain) > 10
    assert not {p.get("d") for p in plain} & {rhomboids, pectoralis}


def test_deep_muscles_are_drawn_only_when_picked():
    deep = smooth_path(MUSCLES["pectoralis-minor"]["front"].points)
    assert deep not in muscle_map(["pectoralis-major"], label="Chest")
    assert f'class="bodymap-muscle is-target is-deep" d="{deep}"' in muscle_map(
        ["pectoralis-minor"], label="Chest"
    )


@pytest.mark.parametrize(
    "draw",
    [
        lambda: muscle_map(["upper-trapezius", "biceps"], label="x"),
        lambda: trigger_point_map([TriggerPoint("back", 10, 100)], ["kneecap"], label="x"),
        lambda: trigger_point_map([TriggerPoint("side", 10, 100)], ["temple"], label="x"),
        lambda: area_map([("knees", "/knees/", "Knees")], label="x"),
    ],
)
def test_unknown_names_raise_a_clear_error(draw):
    with pytest.raises(FigureError, match="unknown .*(biceps|kneecap|side|knees)"):
        draw()


def test_a_trigger_point_map_needs_a_point_and_a_zone():
    with pytest.raises(FigureError, match="at least one point"):
        trigger_point_map([], ["temple"], label="x")


def test_a_mistake_in_the_trigger_point_file_names_the_table(tmp_path):
    path = tmp_path / "maps.toml"
    path.write_text(
        '[trigger-point-x]\npoints = [{ view = "back", at = [1, 2] }]\n'
        'zones = ["elbow-pit"]\nalt = "x"\n'
    )
    with pytest.raises(FigureError, match=r"\[trigger-point-x\]: unknown referral zone: elbow"):
        trigger_point_maps(path)


def test_every_trigger_point_cause_has_a_map_and_every_map_a_cause():
    assert set(trigger_point_maps(MAPS)) == set(TRIGGER_CAUSES)


@pytest.mark.parametrize("slug", sorted(TRIGGER_CAUSES))
def test_each_trigger_point_map_has_points_on_its_muscle_zones_and_alt_text(slug):
    tp = trigger_point_maps(MAPS)[slug]
    assert tp.points and tp.zones and set(tp.zones) <= set(ZONES)
    assert "right" in tp.alt and len(tp.alt) > 60
    for point in tp.points:
        cause = TRIGGER_CAUSES[slug]
        muscles = cause["tight_muscles"] + cause["weak_muscles"]  # the muscle that holds it
        regions = [MUSCLES[m][point.view].points for m in muscles if point.view in MUSCLES[m]]
        assert min(distance(point.x, point.y, flatten(r)) for r in regions) < 3, point


def test_trigger_point_maps_show_only_the_views_they_use():
    back_only = trigger_point_maps(MAPS)["trigger-point-rhomboids"].svg()
    assert 'class="bodymap is-one-view"' in back_only and "is-front" not in back_only
    both = trigger_point_maps(MAPS)["trigger-point-infraspinatus"].svg()
    assert "is-front" in both and "is-back" in both


def test_referral_zones_are_hatched_and_the_point_is_an_x():
    svg = ET.fromstring(trigger_point_maps(MAPS)["trigger-point-levator-scapulae"].svg())
    by_class = {" ".join(sorted(classes(p))): p for p in svg.iter(f"{SVG}path")}
    assert by_class["bodymap-hatch"].get("d").count("M") > 5
    assert by_class["bodymap-point"].get("d").count("l") == 2


@pytest.mark.parametrize("name", sorted(all_maps()))
def test_each_map_is_small_well_formed_named_and_styled_by_class_only(name):
    markup = all_maps()[name]
    root = ET.fromstring(markup)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") and root.get("focusable") == "false"
    assert root.get("aria-label")
    assert root.get("role") == ("group" if name == "areas" else "img")
    for element in root.iter():
        assert not {"id", "style", "fill", "stroke", "color"} & set(element.attrib), element.tag
        assert element.tag != f"{SVG}text"
    assert len(gzip.compress(markup.encode())) < 3000


def test_labels_are_escaped():
    assert 'aria-label="Neck &amp; &quot;shoulders&quot;"' in muscle_map(
        [], label='Neck & "shoulders"'
    )


def test_area_map_links_each_area_with_its_name():
    svg = ET.fromstring(area_map(AREAS_GIVEN, label="Where does it hurt?"))
    links = list(svg.iter(f"{SVG}a"))
    assert [(a.get("href"), a.get("aria-label")) for a in links] == [
        (href, name) for _, href, name in AREAS_GIVEN
    ]
    assert {slug for slug, _, _ in AREAS_GIVEN} == set(AREAS)
    assert all(list(a.iter(f"{SVG}path")) for a in links)


def test_area_map_targets_are_big_enough_for_a_finger():
    # Shown 300 px wide, every tappable piece spans at least 44 x 44 CSS px.
    width = float(area_map(AREAS_GIVEN, label="x").split('viewBox="')[1].split()[2])
    for slug, views in AREAS.items():
        for parts in views.values():
            for points in parts.get("hit") or parts["shape"]:
                xs, ys = zip(*flatten(points), strict=True)
                size = (max(xs) - min(xs), max(ys) - min(ys))
                assert min(size) * 300 / width >= 44, (slug, size)


def test_shape_strings_and_smooth_paths():
    assert shape("0,0! 10,0 10,10") == [(0.0, 0.0, 1), (10.0, 0.0), (10.0, 10.0)]
    assert smooth_path(shape("0,0! 10,0! 10,10!")) == "M0 0L10 0L10 10Z"
    assert smooth_path(shape("0,0 10,0 10,10")).startswith("M5 5Q0 0 5 0")
    assert max(x for x, _ in BODY) < HALF_WIDTH
