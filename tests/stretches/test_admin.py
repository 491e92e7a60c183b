import pytest
from pytest_django.asserts import assertContains

from stretches.models import Stretch

pytestmark = pytest.mark.django_db

ADMIN_PAGES = [
    "/admin/",
    "/admin/stretches/stretch/",
    "/admin/stretches/stretch/?q=neck&position__exact=sitting",
    "/admin/stretches/stretch/add/",
    "/admin/stretches/muscle/",
    "/admin/stretches/bodyarea/",
    "/admin/imbalances/cause/",
    "/admin/imbalances/cause/?kind__exact=trigger_point",
    "/admin/imbalances/cause/add/",
    "/admin/imbalances/redflag/",
]


@pytest.mark.parametrize("url", ADMIN_PAGES)
def test_admin_pages_load_for_a_superuser(admin_client, url):
    response = admin_client.get(url)
    assert response.status_code == 200
    assertContains(response, "Upright is information, not medical advice")


def test_change_forms_load_with_inlines_and_view_on_site(admin_client):
    from imbalances.models import Cause

    stretch = Stretch.objects.get(slug="chin-tuck")
    response = admin_client.get(f"/admin/stretches/stretch/{stretch.pk}/change/")
    assertContains(response, "steps-TOTAL_FORMS")
    assertContains(response, "View on site")
    cause = Cause.objects.get(slug="upper-crossed-syndrome")
    response = admin_client.get(f"/admin/imbalances/cause/{cause.pk}/change/")
    assertContains(response, "corrective_stretches-TOTAL_FORMS")


def stretch_form(stretch: Stretch, **changes) -> dict:
    data = {
        "name_en_gb": stretch.name,
        "slug": stretch.slug,
        "summary_en_gb": stretch.summary,
        "is_published": "on",
        "areas": [area.pk for area in stretch.areas.all()],
        "muscles": [muscle.pk for muscle in stretch.muscles.all()],
        "position": stretch.position,
        "equipment": stretch.equipment,
        "difficulty": stretch.difficulty,
        "kind": stretch.kind,
        "rep_seconds": stretch.rep_seconds or "",
        "hold_seconds": stretch.hold_seconds,
        "repetitions": stretch.repetitions,
        "rest_seconds": stretch.rest_seconds,
        "cautions_en_gb": stretch.cautions,
        "stop_if_en_gb": stretch.stop_if,
        "tips_en_gb": stretch.tips,
        "mistakes_en_gb": stretch.mistakes,
        "video_url": "",
        "video_start": 0,
        "reviewed": stretch.reviewed.isoformat(),
        "reviewed_by": stretch.reviewed_by,
        "review_due": stretch.review_due.isoformat(),
        "steps-TOTAL_FORMS": 0,
        "steps-INITIAL_FORMS": 0,
    }
    # The admin sends every saved source back as an inline form.
    sources = list(stretch.sources.all())
    data |= {"sources-TOTAL_FORMS": len(sources), "sources-INITIAL_FORMS": len(sources)}
    for i, source in enumerate(sources):
        data |= {
            f"sources-{i}-id": source.pk,
            f"sources-{i}-stretch": stretch.pk,
            f"sources-{i}-position": source.position,
            f"sources-{i}-title": source.title,
            f"sources-{i}-url": source.url,
        }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("video_url", "message"),
    [
        ("https://evil.example/clip", "Videos can only come from"),
        ("http://www.youtube.com/watch?v=abc", "Video links must start with https://"),
    ],
)
def test_admin_rejects_a_video_from_outside_the_allowlist(admin_client, video_url, message):
    stretch = Stretch.objects.get(slug="chin-tuck")
    url = f"/admin/stretches/stretch/{stretch.pk}/change/"
    response = admin_client.post(url, stretch_form(stretch, video_url=video_url))
    assert response.status_code == 200
    assertContains(response, message)
    stretch.refresh_from_db()
    assert stretch.video_url == ""


def test_admin_accepts_an_allowed_video_and_rejects_an_unsafe_hold(admin_client):
    stretch = Stretch.objects.get(slug="chin-tuck")
    url = f"/admin/stretches/stretch/{stretch.pk}/change/"
    response = admin_client.post(url, stretch_form(stretch, hold_seconds=300))
    assertContains(response, "Hold time must be between 5 and 120 seconds.")
    response = admin_client.post(
        url, stretch_form(stretch, video_url="https://youtu.be/abc123", video_start=7)
    )
    assert response.status_code == 302
    stretch.refresh_from_db()
    assert stretch.video_embed_url == "https://www.youtube-nocookie.com/embed/abc123?start=7&rel=0"


def test_hide_action_unpublishes_and_the_page_disappears(admin_client, client):
    stretch = Stretch.objects.get(slug="cat-cow")
    response = admin_client.post(
        "/admin/stretches/stretch/",
        {"action": "hide", "_selected_action": [stretch.pk]},
        follow=True,
    )
    assertContains(response, "Hid 1 item.")
    assert client.get("/stretches/cat-cow/").status_code == 404


def test_admin_requires_login(client):
    response = client.get("/admin/stretches/stretch/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
