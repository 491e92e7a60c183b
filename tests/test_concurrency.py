"""Many visitors writing at once, on the real database (SQLite in WAL mode, or PostgreSQL)."""

import threading

import pytest
from django.db import connection
from django.test import Client

from routines.models import MAX_STEPS, RoutineStep
from tests.factories import visitor_routine, visitor_steps

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

VISITORS = 8
ADDS_EACH = 12
TABS = 4  # one visitor adding from several tabs at once
SLUGS = ["chin-tuck", "cat-cow", "scm-stretch", "neck-rotation"]


def run_in_threads(work, count: int) -> list[BaseException]:
    errors: list[BaseException] = []
    barrier = threading.Barrier(count)

    def runner(index: int) -> None:
        try:
            barrier.wait()
            work(index)
        except BaseException as error:  # noqa: BLE001 - reported to the test below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=runner, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def test_many_visitors_building_at_once_lose_no_step():
    clients = [Client(REMOTE_ADDR=f"10.0.0.{i + 1}") for i in range(VISITORS)]
    statuses: list[int] = []

    def build(index: int) -> None:
        for n in range(ADDS_EACH):
            response = clients[index].post("/routine/add/", {"stretch": SLUGS[n % len(SLUGS)]})
            statuses.append(response.status_code)

    errors = run_in_threads(build, VISITORS)
    assert errors == [], errors
    assert statuses == [302] * VISITORS * ADDS_EACH
    for client in clients:
        steps = visitor_steps(client)
        assert len(steps) == ADDS_EACH
        assert sorted(step.position for step in steps) == list(range(1, ADDS_EACH + 1))


def test_one_visitor_in_several_tabs_gets_one_routine_and_every_step():
    first = Client()
    first.get("/")  # the session exists before the tabs open
    first.post("/routine/add/", {"stretch": "chin-tuck"})
    cookie = first.cookies["sessionid"].value
    tabs = []
    for _ in range(TABS):
        tab = Client()
        tab.cookies["sessionid"] = cookie
        tabs.append(tab)

    def add(index: int) -> None:
        for _ in range(6):
            response = tabs[index].post("/routine/add/", {"stretch": "cat-cow"})
            assert response.status_code == 302

    errors = run_in_threads(add, TABS)
    assert errors == [], errors
    steps = visitor_steps(first)
    assert len(steps) == 1 + TABS * 6
    assert len({step.position for step in steps}) == len(steps)


def test_racing_past_the_limit_never_exceeds_thirty_steps():
    owner = Client()
    for _ in range(MAX_STEPS - 2):
        owner.post("/routine/add/", {"stretch": "chin-tuck"})
    cookie = owner.cookies["sessionid"].value
    tabs = [Client() for _ in range(6)]
    for tab in tabs:
        tab.cookies["sessionid"] = cookie
    statuses: list[int] = []

    def add(index: int) -> None:
        statuses.append(tabs[index].post("/routine/add/", {"stretch": "cat-cow"}).status_code)

    assert run_in_threads(add, len(tabs)) == []
    assert sorted(statuses) == [302, 302, 400, 400, 400, 400]
    routine = visitor_routine(owner)
    assert RoutineStep.objects.filter(routine=routine).count() == MAX_STEPS
