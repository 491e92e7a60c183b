"""The schema.org data search engines read: a HowTo on every stretch guide, a MedicalWebPage
on every cause and on the red flags, the WebSite on home; each matching the page it is on."""

import re

import pytest

from content.sources import is_primary
from imbalances.models import Cause, RedFlag
from seo.structured_data import iso_duration
from stretches.doses import READY_SECONDS
from stretches.models import Stretch
from tests.seo.head import read_head

pytestmark = pytest.mark.django_db

DURATION = re.compile(r"^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$")


def seconds_of(duration: str) -> int:
    match = DURATION.match(duration)
    assert match and duration != "PT", duration
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def primary_sources(item) -> list[dict]:
    return [
        {"@type": "CreativeWork", "name": s.title, "url": s.url}
        for s in item.sources.all()
        if is_primary(s.url)
    ]


def test_durations_read_as_iso_8601():
    assert iso_duration(0) == "PT0S"
    assert iso_duration(45) == "PT45S"
    assert iso_duration(150) == "PT2M30S"
    assert iso_duration(3600 + 120) == "PT1H2M"


def test_every_stretch_guide_describes_itself_as_a_how_to(client):
    stretches = Stretch.objects.published().prefetch_related("steps")
    assert stretches.count() > 20
    for stretch in stretches:
        response = client.get(stretch.get_absolute_url())
        head = read_head(response.text)
        how_to = head.of_type("HowTo")
        assert how_to["@context"] == "https://schema.org"
        assert how_to["name"] == stretch.name
        assert how_to["description"] == stretch.summary
        assert how_to["url"] == f"http://testserver{stretch.get_absolute_url()}"
        assert how_to["url"] == head.canonical[0]
        assert how_to["inLanguage"] == "en-GB"
        steps = list(stretch.steps.all())
        assert [s["text"] for s in how_to["step"]] == [s.text for s in steps], stretch.slug
        assert [s["position"] for s in how_to["step"]] == list(range(1, len(steps) + 1))
        assert {s["@type"] for s in how_to["step"]} == {"HowToStep"}
        # As long as following it in the player takes: getting ready, holds and rests.
        assert seconds_of(how_to["totalTime"]) == stretch.total_seconds + READY_SECONDS
        assert how_to["image"] == head.one("og:image")
        if stretch.equipment == Stretch.Equipment.NONE:
            assert "tool" not in how_to, stretch.slug
        else:
            tool = [{"@type": "HowToTool", "name": stretch.get_equipment_display()}]
            assert how_to["tool"] == tool


def test_a_stretch_with_equipment_names_it_as_a_tool(client):
    stretch = Stretch.objects.published().exclude(equipment=Stretch.Equipment.NONE).first()
    how_to = read_head(client.get(stretch.get_absolute_url()).text).of_type("HowTo")
    assert how_to["tool"][0]["name"] == stretch.get_equipment_display()


def test_every_cause_is_a_reviewed_medical_web_page_about_its_condition(client):
    causes = Cause.objects.published().prefetch_related("sources", "tight_muscles")
    assert causes.count() > 20
    for cause in causes:
        head = read_head(client.get(cause.get_absolute_url()).text)
        page = head.of_type("MedicalWebPage")
        assert page["name"] == cause.name
        assert page["description"] == cause.summary
        assert page["url"] == head.canonical[0] == head.one("og:url")
        assert page["lastReviewed"] == cause.reviewed.isoformat()
        assert page["reviewedBy"] == {"@type": "Organization", "name": cause.reviewed_by}
        assert page["inLanguage"] == "en-GB"
        assert page["citation"] == primary_sources(cause), cause.slug
        assert page["citation"], f"{cause.slug} cites no primary source"
        about = page["about"]
        assert about["@type"] == "MedicalCondition"
        assert about["name"] == cause.name
        symptoms = [s["name"] for s in about.get("signOrSymptom", [])]
        assert symptoms == cause.symptom_list
        anatomy = {m["name"] for m in about.get("associatedAnatomy", [])}
        assert {m.name for m in cause.tight_muscles.all()} <= anatomy


def test_the_red_flags_page_is_a_medical_web_page_citing_every_signs_sources(client):
    flags = list(RedFlag.objects.published().prefetch_related("sources"))
    head = read_head(client.get("/when-to-see-a-doctor/").text)
    page = head.of_type("MedicalWebPage")
    assert page["name"] == "When to see a doctor"
    assert page["url"] == "http://testserver/when-to-see-a-doctor/" == head.canonical[0]
    oldest = min(flags, key=lambda flag: (flag.reviewed, flag.review_due))
    assert page["lastReviewed"] == oldest.reviewed.isoformat()
    assert page["reviewedBy"]["name"] == oldest.reviewed_by
    cited = {c["url"] for c in page["citation"]}
    expected = {s.url for flag in flags for s in flag.sources.all() if is_primary(s.url)}
    assert cited == expected and cited
    assert len(page["citation"]) == len(cited)  # each source once


def test_home_describes_the_site_and_its_search(client):
    site = read_head(client.get("/").text).of_type("WebSite")
    assert site["name"] == "Upright"
    assert site["url"] == "http://testserver/"
    target = site["potentialAction"]["target"]["urlTemplate"]
    assert target == "http://testserver/stretches/?q={words}"
    assert client.get(target.replace("{words}", "neck")).status_code == 200


def test_pages_in_spanish_name_their_languages(client):
    site = read_head(client.get("/es/").text).of_type("WebSite")
    assert site["inLanguage"] == "es"
    assert site["url"] == "http://testserver/es/"
    # The guides' own words are in English on every page, for now.
    how_to = read_head(client.get("/es/stretches/chin-tuck/").text).of_type("HowTo")
    assert how_to["inLanguage"] == "en"
    assert how_to["url"] == "http://testserver/es/stretches/chin-tuck/"


HOSTILE = '</script><script>alert("x")</script><!-- & <b>bold</b>'


def test_editor_text_cannot_close_the_data_block(client):
    stretch = Stretch.objects.get(slug="chin-tuck")
    stretch.steps.create(position=99, text=HOSTILE)
    stretch.name = "Chin tuck </script> & co"
    stretch.save()
    html = client.get("/stretches/chin-tuck/").text
    head = read_head(html)
    how_to = head.of_type("HowTo")
    assert how_to["step"][-1]["text"] == HOSTILE
    assert how_to["name"] == "Chin tuck </script> & co"
    block = html[html.index('<script type="application/ld+json">') :]
    block = block[: block.index("</script>")]
    assert "<" not in block.removeprefix('<script type="application/ld+json">')
    assert "\\u003C/script\\u003E" in block and "\\u0026" in block
    assert '<script>alert("x")' not in html
