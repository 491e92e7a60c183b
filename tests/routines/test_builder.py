"""The routine builder: every action as a plain form post and as htmx, and every refusal."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pytest_django.asserts import assertContains, assertNotContains

from routines.models import Routine
from stretches.models import Stretch
from tests.factories import visitor_routine
from tests.routines.builder_helpers import HTMX, add, my_steps, step_ids

pytestmark = pytest.mark.django_db


def test_builder_starts_empty_with_ready_made_routines(client):
    response = client.get("/routine/")
    assertContains(response, "Your routine is empty")
    assertContains(response, "Desk break")


def test_add_as_a_plain_form_redirects_back_with_a_message(client):
    response = add(client, "chin-tuck")
    assert response.status_code == 302
    assert response["Location"] == "/stretches/"
    assertContains(client.get("/stretches/"), "Chin tuck added to your routine.")
    assert my_steps(client) == [("chin-tuck", None, None, "both")]


def test_add_by_htmx_swaps_the_button_and_announces_it(client):
    response = add(client, "chin-tuck", **HTMX)
    assert response.status_code == 200
    assertNotContains(response, "<html")
    assertContains(response, "Added. See your routine (1)")
    assertContains(response, 'hx-swap-oob="innerHTML"')
    assertContains(response, "Chin tuck added to your routine.")


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "home", "J»!å"])
def test_a_write_only_ever_returns_to_a_page_of_this_site(client, target):
    response = client.post("/routine/add/", {"stretch": "chin-tuck", "next": target})
    assert response["Location"] == "/routine/"


def test_remove_full_page_and_htmx(built):
    first, second, third = step_ids(built)
    response = built.post(f"/routine/steps/{first}/remove/")
    assert response.status_code == 302
    assert [s[0] for s in my_steps(built)] == ["upper-trapezius-stretch", "cat-cow"]
    response = built.post(f"/routine/steps/{third}/remove/", headers=HTMX)
    assert response.status_code == 200
    assertContains(response, "Cat-cow removed from your routine.")
    assertContains(response, 'id="routine-heading" tabindex="-1" autofocus')
    assert [s[0] for s in my_steps(built)] == ["upper-trapezius-stretch"]


def test_move_up_and_down_full_page_and_htmx(built):
    first, second, third = step_ids(built)
    built.post(f"/routine/steps/{third}/move/", {"direction": "up"})
    assert [s[0] for s in my_steps(built)] == ["chin-tuck", "cat-cow", "upper-trapezius-stretch"]
    response = built.post(f"/routine/steps/{first}/move/", {"direction": "down"}, headers=HTMX)
    assertContains(response, "Chin tuck moved down, now number 2 of 3.")
    # Focus stays on the button that was pressed.
    assertContains(response, f'id="move-down-{first}" autofocus')
    assert [s[0] for s in my_steps(built)] == ["cat-cow", "chin-tuck", "upper-trapezius-stretch"]


def test_edit_dose_within_bounds_full_page_and_htmx(built):
    chin, trap, _ = step_ids(built)
    response = built.post(f"/routine/steps/{chin}/edit/", {"hold_seconds": 8, "repetitions": 6})
    assert response.status_code == 302
    response = built.post(
        f"/routine/steps/{trap}/edit/",
        {"hold_seconds": 30, "repetitions": 3, "sides": "left"},
        headers=HTMX,
    )
    assertContains(response, "Hold 30 s, 3 times on the left")
    # The guide's own count is kept as "the guide's", so a later change to it reaches here.
    assert my_steps(built)[:2] == [
        ("chin-tuck", 8, 6, "both"),
        ("upper-trapezius-stretch", 30, None, "left"),
    ]


@pytest.mark.parametrize("typed", ["", "0", "-3", "11", "999999999999", "ten", "5.5"])
def test_every_bad_dose_gets_the_same_plain_range_message_and_changes_nothing(built, typed):
    chin = step_ids(built)[0]
    before = my_steps(built)
    response = built.post(
        f"/routine/steps/{chin}/edit/", {"hold_seconds": typed, "repetitions": 10}, headers=HTMX
    )
    assertContains(
        response, "Hold between 5 and 10 seconds: the guide suggests 5.", status_code=400
    )
    assert my_steps(built) == before


def test_rename_and_clear(built):
    built.post("/routine/rename/", {"name": "Lunch break"})
    assertContains(built.get("/routine/"), "Lunch break")
    response = built.post("/routine/clear/", headers=HTMX)
    assertContains(response, "Removed all 3 stretches from your routine.")
    assert my_steps(built) == []


def test_a_visitors_routine_survives_a_new_client_with_the_same_session(built):
    """The routine lives in the database; the session cookie is all the visitor keeps."""
    cookie = built.cookies["sessionid"].value
    fresh = Client()
    fresh.cookies["sessionid"] = cookie
    assert [s[0] for s in my_steps(fresh)] == ["chin-tuck", "upper-trapezius-stretch", "cat-cow"]


def test_logging_into_the_admin_keeps_the_visitors_routine_and_history(built):
    User.objects.create_superuser("editor", password="a-long-editor-password")
    built.post(f"/r/{visitor_routine(built).token}/start/", {"pain": "6"})
    before = built.cookies["sessionid"].value
    login = built.post(
        "/admin/login/?next=/admin/",
        {"username": "editor", "password": "a-long-editor-password"},
    )
    assert login.status_code == 302 and built.cookies["sessionid"].value != before
    assert [s[0] for s in my_steps(built)] == ["chin-tuck", "upper-trapezius-stretch", "cat-cow"]
    assertContains(built.get("/routine/history/"), "6")
    add(built, "scm-stretch")
    assert len(my_steps(built)) == 4


def test_shared_routine_is_read_only_with_copy_follow_and_qr(built):
    routine = visitor_routine(built)
    viewer = Client()
    response = viewer.get(f"/r/{routine.token}/")
    assert response.status_code == 200
    assertContains(response, "Chin tuck")
    assertContains(response, "Copy to my routine")
    assertContains(response, f'href="/r/{routine.token}/follow/"')
    assertContains(response, '<svg role="img"')
    assertNotContains(response, "/routine/steps/")
    assert viewer.get("/r/not-a-real-token/").status_code == 404


def test_copying_into_an_empty_routine_keeps_the_doses(built):
    chin = step_ids(built)[0]
    built.post(f"/routine/steps/{chin}/edit/", {"hold_seconds": 7, "repetitions": 4})
    routine = visitor_routine(built)
    viewer = Client()
    response = viewer.post(f"/r/{routine.token}/copy/", {})
    assert response.status_code == 302
    assert my_steps(viewer) == my_steps(built)
    mine = visitor_routine(viewer)
    assert mine.pk != routine.pk and mine.copied_from_id == routine.pk


def test_copying_into_a_routine_with_stretches_asks_first(built):
    shared = Routine.objects.ready_made().get(slug="desk-break")
    before = my_steps(built)
    response = built.post(f"/r/{shared.token}/copy/", {})
    assertContains(response, "Your routine already has 3 stretches")
    assert my_steps(built) == before
    built.post(f"/r/{shared.token}/copy/", {"mode": "append"})
    assert len(my_steps(built)) == 3 + shared.steps.count()
    built.post(f"/r/{shared.token}/copy/", {"mode": "replace"})
    assert len(my_steps(built)) == shared.steps.count()
    assertContains(built.get("/routine/"), "Desk break")


def test_a_cause_offers_a_quick_routine_near_the_top_and_the_full_list_second(client):
    page = client.get("/imbalances/upper-crossed-syndrome/")
    html = page.content.decode()
    quick, links = page.context["quick"], page.context["links"]
    assert 2 <= len(quick) < len(links)
    assert [link.stretch for link in quick] == [link.stretch for link in links[: len(quick)]]
    assert sum(link.stretch.total_seconds + 10 for link in quick) <= 8 * 60
    assert html.index("Build a quick routine from this") < html.index("What it is")
    assert html.index("What it is") < html.index(f"Build a routine of all {len(links)}")
    ids = [link.stretch.pk for link in quick]
    client.post("/routine/load/", {"stretch": ids, "name": "Quick"})
    assert [slug for slug, *_ in my_steps(client)] == [link.stretch.slug for link in quick]


def test_build_a_routine_from_a_cause_keeps_its_order(client):
    page = client.get("/imbalances/upper-crossed-syndrome/")
    assertContains(page, "Build a routine of all")
    cause = page.context["cause"]
    ids = [link.stretch.pk for link in cause.corrective_stretches.all()]
    response = client.post("/routine/load/", {"stretch": ids, "name": cause.name})
    assert response.status_code == 302
    slugs = [slug for slug, *_ in my_steps(client)]
    assert slugs == [link.stretch.slug for link in cause.corrective_stretches.all()]
    assertContains(client.get("/routine/"), cause.name)


def test_unknown_or_hidden_stretches_cannot_be_loaded(client):
    hidden = Stretch.objects.get(slug="cat-cow")
    hidden.is_published = False
    hidden.save()
    response = client.post("/routine/load/", {"stretch": [hidden.pk]})
    assert response.status_code == 400
    assert my_steps(client) == []


@pytest.mark.parametrize("url", ["/routine/add/", "/routine/clear/", "/routine/rename/"])
def test_writes_need_post(client, url):
    assert client.get(url).status_code == 405


def test_renaming_shows_the_new_name_at_once(built):
    response = built.post("/routine/rename/", {"name": "Lunch break"}, headers=HTMX)
    heading = response.content.decode().split('id="routine-heading"')[1].split("</h2>")[0]
    assert "Lunch break" in heading


def test_an_editors_change_to_a_ready_made_routine_shows_at_once(
    client, django_capture_on_commit_callbacks
):
    assertContains(client.get("/routine/"), "Desk break")
    assertContains(client.get("/"), "Desk break")  # offered on the home page, which is kept
    desk = Routine.objects.get(name="Desk break")
    desk.name = "Desk reset"
    with django_capture_on_commit_callbacks(execute=True):
        desk.save()
    for page in ("/routine/", "/"):
        response = client.get(page)
        assertContains(response, "Desk reset")
        assertNotContains(response, "Desk break")
