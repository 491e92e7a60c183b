import pytest
from pytest_django.asserts import assertContains, assertNotContains

from stretches.models import Stretch
from tests.factories import make_stretch

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def result_names(response) -> list[str]:
    return [stretch.name for stretch in response.context["page"].object_list]


def test_library_lists_published_stretches_as_a_full_page(client):
    hidden = make_stretch(name="Hidden stretch", is_published=False)
    response = client.get("/stretches/")
    assert response.status_code == 200
    assertContains(response, "<html")
    assertContains(response, "Chin tuck")
    assertNotContains(response, hidden.name)
    assert response.context["page"].paginator.count == Stretch.objects.published().count()


def test_htmx_request_renders_only_the_results(client):
    response = client.get("/stretches/?area=neck", headers=HTMX)
    assert response.status_code == 200
    assertNotContains(response, "<html")
    assertNotContains(response, 'class="filters"')
    assertContains(response, "Chin tuck")
    assertNotContains(response, "Doorway chest stretch")
    # The count reaches the live region outside the swapped block.
    assertContains(response, 'id="result-status" data-hx-swap-oob="innerHTML"')
    assert response["Vary"].count("HX-Request") == 1


def test_history_restore_gets_the_full_page(client):
    response = client.get(
        "/stretches/?area=neck", headers={**HTMX, "HX-History-Restore-Request": "true"}
    )
    assertContains(response, "<html")


@pytest.mark.parametrize(
    ("query", "included", "excluded"),
    [
        ("area=shoulders-chest", "doorway-pec-stretch", "chin-tuck"),
        ("muscle=levator-scapulae", "levator-scapulae-stretch", "cat-cow"),
        ("position=floor", "cat-cow", "chin-tuck"),
        ("equipment=doorway", "doorway-pec-stretch", "wall-chest-stretch"),
        ("difficulty=intermediate", "thread-the-needle", "chin-tuck"),
        ("q=chin", "chin-tuck", "cat-cow"),
        ("q=PEC+doorway", "doorway-pec-stretch", "chin-tuck"),
        ("area=neck&position=sitting&difficulty=beginner", "chin-tuck", "cat-cow"),
    ],
)
def test_each_filter_narrows_the_library(client, query, included, excluded):
    for headers in ({}, HTMX):
        response = client.get(f"/stretches/?{query}", headers=headers)
        assert response.status_code == 200
        slugs = {stretch.slug for stretch in response.context["page"].object_list}
        assert included in slugs
        assert excluded not in slugs


def test_filters_stay_selected_in_the_form(client):
    response = client.get("/stretches/?area=neck&q=tilt")
    assertContains(response, '<option value="neck" selected>', html=False)
    assertContains(response, 'value="tilt"')


def test_no_match_says_so_and_offers_a_way_back(client):
    response = client.get("/stretches/?q=xylophone")
    assertContains(response, "No stretch matches “xylophone”")
    assertContains(response, "0 stretches found")
    assertContains(response, 'href="/"')
    response = client.get("/stretches/?position=floor&difficulty=beginner&equipment=doorway")
    assertContains(response, "No stretch matches those filters")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("neck pain", "neck-side-tilt"),  # filler words are ignored
        ("sore shoulders", "cross-body-shoulder-stretch"),  # plurals
        ("pecs", "doorway-pec-stretch"),  # everyday names
        ("headache", "suboccipital-stretch"),
        ("levator trapezius", "upper-trapezius-stretch"),  # any word may match
        ("rhomboids lower", "scapular-squeeze"),  # across muscles of one stretch
    ],
)
def test_search_understands_everyday_words(client, query, expected):
    response = client.get("/stretches/", {"q": query})
    assert expected in {s.slug for s in response.context["page"].object_list}


def test_search_ranks_name_matches_first(client):
    response = client.get("/stretches/", {"q": "chin tuck"})
    assert response.context["page"].object_list[0].slug == "chin-tuck"


def test_a_misspelt_search_suggests_the_library_word(client):
    response = client.get("/stretches/", {"q": "trapezuis"})
    assertContains(response, "Did you mean")
    assertContains(response, "trapezius</a>")


@pytest.mark.parametrize(
    "query",
    [
        "area=nowhere",
        "muscle=%00",
        "position=upside-down",
        "difficulty=" + "x" * 5000,
        "q=" + "a" * 101,
        "page=-1&area=neck&difficulty=impossible",
    ],
)
def test_nonsense_filters_get_a_clear_400_not_a_crash(client, query):
    response = client.get(f"/stretches/?{query}")
    assert response.status_code == 400
    assertContains(response, "Some filters were not understood", status_code=400)
    assertContains(response, 'class="errorlist"', status_code=400)


def test_understood_filters_still_apply_beside_a_bad_one(client):
    response = client.get("/stretches/?area=shoulders-chest&difficulty=impossible")
    assert response.status_code == 400
    slugs = {stretch.slug for stretch in response.context["page"].object_list}
    assert "doorway-pec-stretch" in slugs and "chin-tuck" not in slugs


def test_pages_beyond_the_end_show_the_last_page(client):
    response = client.get("/stretches/?page=999")
    assert response.status_code == 200
    assert response.context["page"].number == response.context["page"].paginator.num_pages


def test_stretch_guide_shows_safety_before_the_steps(client):
    response = client.get("/stretches/chin-tuck/")
    assert response.status_code == 200
    html = response.content.decode()
    stretch = Stretch.objects.get(slug="chin-tuck")
    assert html.index("Before you start") < html.index("How to do it")
    for step in stretch.steps.all():
        assert step.text in html
    assert stretch.stop_if in html
    assertContains(response, stretch.caution_list[0])


def test_a_guide_without_a_checked_video_sends_nobody_to_an_unchecked_search(client):
    response = client.get("/stretches/chin-tuck/")
    assertNotContains(response, "youtube.com/results")
    assertNotContains(response, "See it done")


def test_a_guide_with_a_clinic_video_links_to_it(client):
    stretch = Stretch.objects.get(slug="cross-body-shoulder-stretch")
    response = client.get(stretch.get_absolute_url())
    assertContains(response, f'href="{stretch.video_url}"')
    assertNotContains(response, "<iframe")


def test_an_embeddable_video_loads_only_when_asked(client):
    stretch = make_stretch(video_url="https://www.youtube.com/watch?v=abc123", video_start=12)
    page = client.get(stretch.get_absolute_url())
    assertNotContains(page, "<iframe")
    assertContains(page, f'hx-get="/stretches/{stretch.slug}/video/"')
    fragment = client.get(f"/stretches/{stretch.slug}/video/", headers=HTMX)
    assertContains(
        fragment, 'src="https://www.youtube-nocookie.com/embed/abc123?start=12&amp;rel=0"'
    )
    assertNotContains(fragment, "<html")


def test_video_fragment_is_404_without_an_embeddable_video(client):
    assert client.get("/stretches/chin-tuck/video/").status_code == 404


def test_unknown_and_unpublished_stretches_are_404(client):
    hidden = make_stretch(is_published=False)
    assert client.get("/stretches/no-such-stretch/").status_code == 404
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_editor_text_is_escaped(client):
    stretch = make_stretch(
        name="<script>alert(1)</script>", stop_if='Stop if "<img src=x onerror=alert(1)>"'
    )
    response = client.get(stretch.get_absolute_url())
    assertNotContains(response, "<script>alert(1)</script>")
    assertNotContains(response, "<img src=x")
    assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_library_pages_only_answer_reads(client, method):
    assert getattr(client, method)("/stretches/").status_code == 405
    assert getattr(client, method)("/stretches/chin-tuck/").status_code == 405
