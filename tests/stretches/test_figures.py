"""Every stretch shows its move: figures on guides, cards and the admin, kept valid."""

import gzip
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from pytest_django.asserts import assertContains, assertNotContains

from figures import parse_figure
from stretches.models import Stretch
from tests.stretches.test_admin import stretch_form

pytestmark = pytest.mark.django_db

SVG = re.compile(r"<svg\b.*?</svg>", re.S)


def svgs(response) -> list[str]:
    return SVG.findall(response.content.decode())


def test_every_published_stretch_has_a_figure_that_validates():
    stretches = Stretch.objects.published()
    assert stretches.count() >= 26
    for stretch in stretches:
        assert stretch.figure, stretch.slug
        parse_figure(stretch.figure)


@pytest.mark.parametrize("slug", ["neck-side-tilt", "chin-tuck", "cat-cow", "doorway-pec-stretch"])
def test_a_guide_shows_its_figure_with_a_name_that_says_what_it_shows(client, slug):
    stretch = Stretch.objects.get(slug=slug)
    response = client.get(stretch.get_absolute_url())
    figure = next(svg for svg in svgs(response) if 'class="fig' in svg)
    root = ET.fromstring(figure)
    assert root.get("role") == "img"
    assert root.get("aria-label") == stretch.figure["alt"]
    assert len(gzip.compress(figure.encode())) < 3072


def test_a_per_side_guide_shows_the_other_side_mirrored():
    from django.test import Client

    response = Client().get("/stretches/neck-side-tilt/")
    labels = [ET.fromstring(svg).get("aria-label") for svg in svgs(response) if 'class="fig' in svg]
    assert "right ear lowered toward the right shoulder" in labels[0]
    assert "left ear lowered toward the left shoulder" in labels[1]
    assertContains(response, "First, the right side")


def test_a_guide_maps_the_muscles_it_works(client):
    response = client.get("/stretches/upper-trapezius-stretch/")
    body_map = next(svg for svg in svgs(response) if 'class="bodymap' in svg)
    assert "Upper trapezius" in ET.fromstring(body_map).get("aria-label")
    assert "is-target" in body_map


def test_library_cards_carry_a_thumbnail_hidden_from_screen_readers(client):
    response = client.get("/stretches/")
    html = response.content.decode()
    cards = html.count('class="card"')
    assert html.count('<div class="card-figure" aria-hidden="true"><svg') == cards >= 26


def test_guides_offer_no_unchecked_video_search(client):
    for stretch in Stretch.objects.published().filter(video_url=""):
        assertNotContains(client.get(stretch.get_absolute_url()), "youtube.com/results")


def test_the_admin_refuses_a_joint_past_its_normal_range_and_names_it(admin_client):
    stretch = Stretch.objects.get(slug="neck-side-tilt")
    figure = json.loads(json.dumps(stretch.figure))
    figure["keyframes"][1]["neck"] = {"side_bend": -70}
    url = f"/admin/stretches/stretch/{stretch.pk}/change/"
    response = admin_client.post(url, stretch_form(stretch, figure=json.dumps(figure)))
    assertContains(response, "neck side bend 70°")
    stretch.refresh_from_db()
    assert stretch.figure["keyframes"][1]["neck"] != {"side_bend": -70}


def test_the_admin_refuses_an_unknown_joint_and_a_missing_figure(admin_client):
    stretch = Stretch.objects.get(slug="chin-tuck")
    url = f"/admin/stretches/stretch/{stretch.pk}/change/"
    figure = {**stretch.figure, "keyframes": [{"name": "start", "elbowz": {"flexion": 10}}]}
    response = admin_client.post(url, stretch_form(stretch, figure=json.dumps(figure)))
    assertContains(response, "elbowz")
    # A new stretch is not published without one.
    new = stretch_form(stretch, slug="chin-glide-again", name="Chin glide again", figure="{}")
    response = admin_client.post("/admin/stretches/stretch/add/", new)
    assertContains(response, "A published stretch needs a figure.")


def test_the_admin_previews_the_figure_as_drawn(admin_client):
    stretch = Stretch.objects.get(slug="neck-side-tilt")
    response = admin_client.get(f"/admin/stretches/stretch/{stretch.pk}/change/")
    assertContains(response, 'class="upright-figure-preview"')
    assertContains(response, f'aria-label="{stretch.figure["alt"]}"')


def test_the_contact_sheet_draws_every_figure_four_ways(tmp_path):
    output = tmp_path / "sheet" / "index.html"
    call_command("figure_sheet", output=output, stdout=io.StringIO())
    html = output.read_text()
    stretches = Stretch.objects.count()
    assert html.count('class="entry"') >= stretches >= 26
    assert "Figure error" not in html and "No figure yet" not in html
    # Loop, still, mirrored and thumbnail for each, in the light and the dark column.
    assert html.count('class="fig') >= 4 * stretches
    assert (output.parent / "figures.css").exists()
