"""SQL queries per page stay small and do not grow with the content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from imbalances.models import Cause
from stretches.models import BodyArea, Muscle
from tests.factories import make_cause, make_stretch

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
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return len(queries)


def grow_content(stretches: int) -> None:
    areas = list(BodyArea.objects.all())
    muscles = list(Muscle.objects.all()[:3])
    made = [make_stretch(areas=areas, muscles=muscles) for _ in range(stretches)]
    make_cause(stretches=made[:20], kind=Cause.Kind.TRIGGER_POINT)
    Cause.objects.get(slug="upper-crossed-syndrome").corrective_stretches.create(
        stretch=made[-1], position=99, why="Added for a test."
    )


def test_queries_per_page_are_few_and_constant_as_the_library_grows(client):
    small = {url: count_queries(client, url) for url in PAGES}
    small["htmx"] = count_queries(client, "/stretches/?area=neck", HX_Request="true")
    grow_content(200)
    large = {url: count_queries(client, url) for url in PAGES}
    large["htmx"] = count_queries(client, "/stretches/?area=neck", HX_Request="true")
    assert large == small
    assert max(large.values()) <= MAX_QUERIES, large
