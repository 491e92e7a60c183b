"""Each endpoint answers in a few SQL queries, the same number with 5 stretches or 50."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stretches.models import Stretch
from tests.api.conftest import API
from tests.test_queries import MAX_QUERIES, grow_content

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/",
    "/stretches",
    "/stretches?area=neck&muscle=deep-neck-flexors&position=sitting&equipment=none"
    "&difficulty=beginner&q=chin",
    "/stretches/chin-tuck",
    "/causes",
    "/causes/upper-crossed-syndrome",
    "/muscles",
    "/areas",
    "/red-flags",
    "/openapi.json",
    "/docs",
]


def cold_queries(client) -> dict[str, int]:
    """Queries per endpoint when the answer is not stored yet, the costly case."""
    counts = {}
    for endpoint in ENDPOINTS:
        caches["pages"].clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"{API}{endpoint}")
        assert response.status_code == 200, endpoint
        if "items" in (body := response.json() if endpoint != "/docs" else {}):
            assert body["items"], f"{endpoint} found nothing, so it prefetched nothing"
        counts[endpoint] = len(queries)
    return counts


def test_each_endpoint_needs_few_queries_and_no_more_as_the_library_grows(client):
    keep = ["chin-tuck", *Stretch.objects.exclude(slug="chin-tuck").values_list("slug", flat=True)]
    Stretch.objects.exclude(slug__in=keep[:5]).delete()
    assert Stretch.objects.count() == 5
    small = cold_queries(client)
    grow_content(50)
    assert Stretch.objects.published().count() == 50
    large = cold_queries(client)
    assert large == small
    assert max(large.values()) <= MAX_QUERIES, large
