"""Body maps on cause pages and the home page: a trigger point's X and spread, tappable areas."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError
from pytest_django.asserts import assertContains

from imbalances.models import Cause
from stretches.models import BodyArea

pytestmark = pytest.mark.django_db

SVG_NS = "{http://www.w3.org/2000/svg}"


def body_map(response) -> ET.Element:
    svg = re.search(r'<svg\b[^>]*class="bodymap.*?</svg>', response.content.decode(), re.S)
    return ET.fromstring(svg.group(0))


def test_every_trigger_point_page_maps_its_point_and_where_the_pain_spreads(client):
    trigger_points = Cause.objects.published().filter(kind=Cause.Kind.TRIGGER_POINT)
    assert trigger_points.count() == 10
    for cause in trigger_points:
        response = client.get(cause.get_absolute_url())
        svg = body_map(response)
        assert svg.get("aria-label") == cause.pain_map["alt"]
        classes = [element.get("class", "") for element in svg.iter()]
        assert any("bodymap-point" in c for c in classes), cause.slug
        assert any("bodymap-zone" in c for c in classes), cause.slug
        assertContains(response, "The X marks the trigger point")


def test_a_trigger_point_cannot_be_saved_without_a_valid_map():
    cause = Cause.objects.get(slug="trigger-point-upper-trapezius")
    cause.pain_map = {}
    with pytest.raises(ValidationError, match="needs its body map"):
        cause.full_clean()
    cause.pain_map = {"points": [{"view": "back", "at": [40, 84]}], "zones": ["elbow"], "alt": "x"}
    with pytest.raises(ValidationError, match="unknown referral zone: elbow"):
        cause.full_clean()


def test_the_home_map_areas_are_links_to_the_list_entries_for_the_same_areas(client):
    response = client.get("/")
    html = response.content.decode()
    links = body_map(response).iter(f"{SVG_NS}a")
    targets = {link.get("href"): link.get("aria-label") for link in links}
    areas = BodyArea.objects.all()
    assert len(targets) == areas.count() == 4
    for area in areas:
        assert targets[f"#area-{area.slug}"] == area.question
        # The anchor is the heading of that area's card in the list, which stays.
        assert f'<h3 id="area-{area.slug}" class="question">{area.question}</h3>' in html
