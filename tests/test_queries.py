"""SQL queries per page stay small and do not grow with the content."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from imbalances.models import Cause
from stretches.models import BodyArea, Muscle, Stretch
from tests.factories import make_cause, make_stretch, visitor_routine, visitor_steps

pytestmark = pytest.mark.django_db

MAX_QUERIES = 8
PAGES = [
    "/",
    "/stretches/",
    "/stretches/?area=neck&difficulty=beginner&q=neck",
    "/stretches/chin-tuck/",
    "/imbalances/",
    "/imbalances/upper-crossed-syndrome/",
    "/when-to-see-a-doctor/",
    "/disclaimer/",
    "/sitemap.xml",
]


def count_queries(client, url: str, **headers) -> int:
    """Queries for the page as it is drawn, not served from the page cache."""
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return len(queries)


def grow_content(total: int) -> None:
    """Grow the library to `total` published stretches, with causes pointing at them."""
    areas = list(BodyArea.objects.all())
    muscles = list(Muscle.objects.all()[:3])
    count = total - Stretch.objects.count()
    made = [make_stretch(areas=areas, muscles=muscles) for _ in range(count)]
    make_cause(stretches=made[:20], kind=Cause.Kind.TRIGGER_POINT)
    Cause.objects.get(slug="upper-crossed-syndrome").corrective_stretches.create(
        stretch=made[-1], position=99, why="Added for a test."
    )


@pytest.mark.slow
def test_queries_per_page_are_few_and_constant_as_the_library_grows(client):
    others = Stretch.objects.exclude(slug="chin-tuck").order_by("pk")
    keep = ["chin-tuck", *others.values_list("slug", flat=True)[:19]]
    Stretch.objects.exclude(slug__in=keep).delete()
    assert Stretch.objects.count() == 20
    small = {url: count_queries(client, url) for url in PAGES}
    small["htmx"] = count_queries(client, "/stretches/?area=neck", HX_Request="true")
    grow_content(500)
    large = {url: count_queries(client, url) for url in PAGES}
    large["htmx"] = count_queries(client, "/stretches/?area=neck", HX_Request="true")
    assert large == small
    assert max(large.values()) <= MAX_QUERIES, large


def routine_pages(client) -> dict[str, int]:
    routine = visitor_routine(client)
    client.post(f"/r/{routine.token}/start/", {"pain": "3"})
    return {
        url: count_queries(client, url)
        for url in (
            "/routine/",
            "/routine/follow/",
            "/routine/follow/?step=2",
            "/routine/follow/?step=done",
            f"/r/{routine.token}/",
            f"/r/{routine.token}/follow/?step=1",
            "/routine/print/",
            "/routine/history/",
        )
    }


def test_routine_pages_stay_within_budget_as_the_routine_grows(client):
    for slug in ("chin-tuck", "upper-trapezius-stretch", "cat-cow"):
        client.post("/routine/add/", {"stretch": slug})
    small = routine_pages(client)
    for _ in range(17):
        client.post("/routine/add/", {"stretch": "scm-stretch"})
    large = routine_pages(client)
    assert large == small
    assert max(large.values()) <= MAX_QUERIES, large


def test_builder_writes_use_a_handful_of_queries(client):
    client.post("/routine/add/", {"stretch": "chin-tuck"})
    client.post("/routine/add/", {"stretch": "cat-cow"})
    first, second = (step.pk for step in visitor_steps(client))
    htmx = {"HX-Request": "true"}
    writes = {
        "add": ("/routine/add/", {"stretch": "scm-stretch"}),
        "move": (f"/routine/steps/{second}/move/", {"direction": "up"}),
        "edit": (f"/routine/steps/{first}/edit/", {"hold_seconds": 8, "repetitions": 6}),
        "rename": ("/routine/rename/", {"name": "Evening"}),
        "remove": (f"/routine/steps/{first}/remove/", {}),
    }
    for name, (url, data) in writes.items():
        with CaptureQueriesContext(connection) as queries:
            response = client.post(url, data, headers=htmx)
        assert response.status_code == 200, name
        # Session, ownership, the locked write, and the refreshed builder fragment; the
        # savepoints are the test's own transaction around each write. (Rate limits, off in
        # tests, add their counter's queries in the database cache.)
        ours = [q["sql"] for q in queries if "SAVEPOINT" not in q["sql"]]
        assert len(ours) <= 12, (name, ours)
