"""What the API says: only published content, pages that add up, the library's filters, and
each item as the site shows it."""

from urllib.parse import urlsplit

import pytest

from imbalances.models import Cause, CorrectiveStretch, RedFlag
from stretches.models import Stretch
from tests.api.conftest import API

pytestmark = pytest.mark.django_db


def slugs(body: dict) -> list[str]:
    return [item["slug"] for item in body["items"]]


def every_page(client, url: str) -> list[dict]:
    pages = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
        body = response.json()
        pages.append(body)
        url = body["next"]
    return pages


def test_unpublished_stretches_appear_nowhere(client):
    Stretch.objects.filter(slug="chin-tuck").update(is_published=False)
    listed = [slug for page in every_page(client, f"{API}/stretches") for slug in slugs(page)]
    assert "chin-tuck" not in listed
    assert len(listed) == Stretch.objects.published().count()
    assert client.get(f"{API}/stretches/chin-tuck").status_code == 404
    cause = Cause.objects.get(slug="forward-head-posture")
    assert CorrectiveStretch.objects.filter(cause=cause, stretch__slug="chin-tuck").exists()
    correctives = client.get(f"{API}/causes/{cause.slug}").json()["correctives"]
    assert "chin-tuck" not in [link["stretch"]["slug"] for link in correctives]
    assert [link["order"] for link in correctives] == list(range(1, len(correctives) + 1))


def test_unpublished_causes_and_red_flags_appear_nowhere(client):
    Cause.objects.filter(slug="wry-neck").update(is_published=False)
    flag = RedFlag.objects.filter(tier="emergency").first()
    RedFlag.objects.filter(pk=flag.pk).update(is_published=False)
    listed = [slug for page in every_page(client, f"{API}/causes") for slug in slugs(page)]
    assert "wry-neck" not in listed
    assert len(listed) == Cause.objects.published().count()
    assert client.get(f"{API}/causes/wry-neck").status_code == 404
    tiers = client.get(f"{API}/red-flags").json()["tiers"]
    titles = [f["title"] for tier in tiers for f in tier["flags"]]
    assert flag.title not in titles
    assert len(titles) == RedFlag.objects.published().count()


def test_pages_hold_every_stretch_once_with_links_either_side(client):
    pages = every_page(client, f"{API}/stretches")
    first, last = pages[0], pages[-1]
    assert first["pages"] == len(pages) >= 2
    assert first["previous"] is None and last["next"] is None
    assert urlsplit(last["previous"]).query == "page=1" if len(pages) == 2 else True
    listed = [slug for page in pages for slug in slugs(page)]
    assert len(listed) == len(set(listed)) == first["count"] == Stretch.objects.published().count()
    assert all(len(page["items"]) == page["per_page"] for page in pages[:-1])


def test_page_links_keep_the_filters(client):
    body = client.get(f"{API}/causes", {"page": 1}).json()
    assert body["next"] == "http://testserver/api/v1/causes?page=2"
    filtered = client.get(f"{API}/stretches", {"position": "sitting"}).json()
    assert "position=sitting" in filtered["next"]


@pytest.mark.parametrize("page", ["0", "-1", "first", "1.5", ""])
def test_a_page_that_is_not_a_positive_number_is_a_400(client, page):
    response = client.get(f"{API}/stretches", {"page": page})
    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["page"]


@pytest.mark.parametrize("page", ["9", "99999999999999999999999"])
def test_a_page_past_the_end_is_a_404_that_names_the_last(client, page):
    response = client.get(f"{API}/causes", {"page": page})
    assert response.status_code == 404
    assert response.json()["message"] == f"There is no page {page}: the last is page 2."


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"area": "neck"}, lambda s: s.in_area("neck")),
        ({"muscle": "upper-trapezius"}, lambda s: s.targeting("upper-trapezius")),
        ({"position": "lying"}, lambda s: s.filter(position="lying")),
        ({"equipment": "doorway"}, lambda s: s.filter(equipment="doorway")),
        ({"difficulty": "intermediate"}, lambda s: s.filter(difficulty="intermediate")),
        ({"q": "pecs"}, lambda s: s.search("pecs")),
        (
            {"area": "shoulders-chest", "position": "standing", "q": "chest"},
            lambda s: s.in_area("shoulders-chest").filter(position="standing").search("chest"),
        ),
    ],
)
def test_filters_find_what_the_library_finds(client, params, expected):
    found = [
        s
        for page in every_page(client, f"{API}/stretches?{urlencode(params)}")
        for s in slugs(page)
    ]
    assert found, params
    assert found == list(expected(Stretch.objects.published()).values_list("slug", flat=True))
    library = client.get("/stretches/", params).content.decode()
    assert all(f"/stretches/{slug}/" in library for slug in found)


def urlencode(params: dict) -> str:
    from urllib.parse import urlencode as encode

    return encode(params)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"area": "elbow"}, "area"),
        ({"muscle": "biceps"}, "muscle"),
        ({"position": "upside-down"}, "position"),
        ({"difficulty": "expert"}, "difficulty"),
        ({"q": "x" * 101}, "q"),
    ],
)
def test_a_filter_the_library_would_refuse_is_a_400_naming_it(client, params, field):
    response = client.get(f"{API}/stretches", params)
    assert response.status_code == 400
    assert list(response.json()["fields"]) == [field]


def test_a_position_no_stretch_uses_is_an_empty_list_not_an_error(client):
    Stretch.objects.filter(position="floor").update(position="sitting")
    body = client.get(f"{API}/stretches", {"position": "floor"}).json()
    assert body["count"] == 0 and body["items"] == []


def test_a_stretch_says_what_its_guide_says(client):
    stretch = Stretch.objects.get(slug="upper-trapezius-stretch")
    body = client.get(f"{API}/stretches/{stretch.slug}").json()
    assert body["steps"] == list(stretch.steps.values_list("text", flat=True))
    assert body["cautions"] == stretch.caution_list
    assert body["figure"] == stretch.figure
    assert body["dose"]["hold_seconds"] == stretch.hold_seconds
    assert body["dose"]["per_side"] == stretch.per_side
    assert body["dose"]["label"] == stretch.dose_label
    assert body["review"]["reviewed"] == stretch.reviewed.isoformat()
    assert all(source["url"].startswith("https://") for source in body["sources"])
    assert body["html_url"] == f"http://testserver/stretches/{stretch.slug}/"
    assert client.get(urlsplit(body["html_url"]).path).status_code == 200
    assert client.get(body["api_url"]).json() == body


def test_a_cause_lists_its_muscles_correctives_and_trigger_point(client):
    cause = Cause.objects.get(slug="upper-crossed-syndrome")
    body = client.get(f"{API}/causes/{cause.slug}").json()
    assert body["kind"] == "imbalance" and body["trigger_point"] is None
    assert [m["slug"] for m in body["tight_muscles"]] == list(
        cause.tight_muscles.values_list("slug", flat=True)
    )
    links = cause.corrective_stretches.order_by("position", "pk")
    assert [(c["stretch"]["slug"], c["why"]) for c in body["correctives"]] == [
        (link.stretch.slug, link.why) for link in links
    ]
    point = Cause.objects.filter(kind=Cause.Kind.TRIGGER_POINT).first()
    body = client.get(f"{API}/causes/{point.slug}").json()
    assert body["trigger_point"] == {
        "site": point.trigger_site,
        "referral": point.referral,
        "map": point.pain_map,
    }


def test_red_flags_come_by_tier_most_urgent_first_with_the_advice(client):
    tiers = client.get(f"{API}/red-flags").json()["tiers"]
    assert [t["tier"] for t in tiers] == ["emergency", "urgent", "soon", "stop"]
    assert tiers[0]["advice"] == "Call 999 or go to A&E now"
    assert tiers[0]["html_url"] == "http://testserver/when-to-see-a-doctor/#tier-emergency"
    assert all(tier["flags"] for tier in tiers)


def test_muscles_and_areas_link_to_their_stretches(client):
    areas = client.get(f"{API}/areas").json()
    assert [a["slug"] for a in areas["items"]][0] == "neck"
    neck = areas["items"][0]
    assert neck["html_url"] == "http://testserver/stretches/?area=neck"
    assert client.get(neck["api_url"]).json()["count"] == Stretch.objects.in_area("neck").count()
    muscles = client.get(f"{API}/muscles").json()
    assert muscles["count"] == len(muscles["items"]) >= 10
