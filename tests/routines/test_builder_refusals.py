"""The builder refuses what it cannot do, says why, and changes nothing."""

import pytest
from django.test import Client
from pytest_django.asserts import assertContains

from routines.models import MAX_STEPS, Routine
from stretches.models import Stretch
from tests.factories import visitor_routine
from tests.routines.builder_helpers import HTMX, add, my_steps, step_ids

pytestmark = pytest.mark.django_db


# Each write as (address, form, status, what the visitor is told); {0}, {1} and {2} stand for
# the routine's first, second and third steps.
REFUSALS = [
    ("/routine/add/", {"stretch": "no-such-stretch"}, 400, "not in the library"),
    ("/routine/add/", {}, 400, "not in the library"),
    ("/routine/steps/{0}/edit/", {"hold_seconds": 11}, 400, "between 5 and 10"),
    ("/routine/steps/{0}/edit/", {"hold_seconds": -3}, 400, "not changed"),
    ("/routine/steps/{0}/edit/", {"repetitions": "ten"}, 400, "Repeat between 1 and 20 times"),
    ("/routine/steps/{1}/edit/", {"repetitions": 99}, 400, "between 1 and 6"),
    ("/routine/steps/{1}/edit/", {"sides": "middle"}, 400, "valid choice"),
    ("/routine/steps/{0}/move/", {"direction": "up"}, 400, "already first"),
    ("/routine/steps/{2}/move/", {"direction": "down"}, 400, "already last"),
    ("/routine/steps/{0}/move/", {"direction": "sideways"}, 400, "up or down"),
    ("/routine/steps/999999/remove/", {}, 404, "no longer in your routine"),
    ("/routine/rename/", {"name": ""}, 400, "Give your routine a name"),
    ("/routine/rename/", {"name": "x" * 81}, 400, "Give your routine a name"),
    ("/routine/load/", {"stretch": ["abc"]}, 400, "not in the library"),
]


@pytest.mark.parametrize("htmx", [False, True])
@pytest.mark.parametrize(("address", "form", "expected_status", "message"), REFUSALS)
def test_bad_input_is_refused_clearly_and_changes_nothing(
    client, address, form, expected_status, message, htmx
):
    for slug in ("chin-tuck", "scm-stretch", "cat-cow"):
        add(client, slug)
    before = my_steps(client)
    ids = step_ids(client)
    if htmx:
        client.defaults["HTTP_HX_REQUEST"] = "true"
    response = client.post(address.format(*ids), form)
    client.defaults.pop("HTTP_HX_REQUEST", None)
    assert response.status_code == expected_status
    assertContains(response, message, status_code=expected_status)
    assert my_steps(client) == before


@pytest.mark.parametrize("url", ["/routine/clear/", "/routine/rename/"])
def test_a_malformed_body_is_refused_before_anything_changes(built, url):
    """Found by the hostile-input test: a multipart body without a boundary."""
    before = my_steps(built)
    response = built.post(url, "name=x", content_type="multipart/form-data")
    assert response.status_code == 400
    assert my_steps(built) == before


def test_a_routine_holds_at_most_thirty_stretches(client):
    for _ in range(MAX_STEPS):
        add(client, "chin-tuck")
    response = add(client, "cat-cow")
    assertContains(response, "at most 30 stretches", status_code=400)
    assert len(my_steps(client)) == MAX_STEPS
    response = client.post(
        "/routine/load/", {"stretch": [Stretch.objects.first().pk], "mode": "append"}
    )
    assert response.status_code == 400
    assert len(my_steps(client)) == MAX_STEPS


def test_nobody_else_can_change_a_routine_by_any_endpoint(built):
    owner_steps = my_steps(built)
    first, second, _ = step_ids(built)
    routine = visitor_routine(built)
    stranger = Client()
    add(stranger, "cat-cow")
    attempts = [
        (f"/routine/steps/{first}/remove/", {}),
        (f"/routine/steps/{first}/move/", {"direction": "down"}),
        (f"/routine/steps/{second}/move/", {"direction": "up"}),
        (f"/routine/steps/{first}/edit/", {"hold_seconds": 6}),
    ]
    for url, data in attempts:
        for headers in ({}, HTMX):
            response = stranger.post(url, data, headers=headers)
            # Another visitor's step is simply not one of theirs: nothing to say it exists.
            assertContains(response, "no longer in your routine", status_code=404)
    # The endpoints without ids only ever touch the stranger's own routine.
    stranger.post("/routine/rename/", {"name": "Mine"})
    stranger.post("/routine/clear/")
    stranger.post(f"/r/{routine.token}/copy/", {"mode": "replace"})
    assert my_steps(built) == owner_steps
    assert Routine.objects.get(pk=routine.pk).name == "My routine"
