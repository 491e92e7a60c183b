"""On the wire: ETags and 304s, caching headers, methods, unknown addresses, rate limits."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from stretches.models import Stretch
from tests.api.conftest import API

pytestmark = pytest.mark.django_db

LIST = f"{API}/stretches?area=neck"


def test_an_answer_carries_a_strong_etag_and_public_caching(client):
    response = client.get(LIST)
    assert response.status_code == 200
    assert response["ETag"].startswith('"') and response["ETag"].endswith('"')
    assert response["Cache-Control"] == "public, max-age=300, s-maxage=300"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Accept-Encoding" in response["Vary"]


def test_sending_the_etag_back_gets_a_304_with_no_body(client):
    etag = client.get(LIST)["ETag"]
    response = client.get(LIST, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    # A tag a cache weakened still matches (If-None-Match compares weakly).
    assert client.get(LIST, headers={"If-None-Match": f"W/{etag}"}).status_code == 304
    assert client.get(LIST, headers={"If-None-Match": '"stale"'}).status_code == 200


def test_the_compressed_answer_is_the_same_json_under_its_own_strong_etag(client):
    import gzip

    plain = client.get(LIST)
    packed = client.get(LIST, headers={"Accept-Encoding": "gzip"})
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    assert packed["ETag"] != plain["ETag"] and not packed["ETag"].startswith("W/")
    again = client.get(LIST, headers={"Accept-Encoding": "gzip", "If-None-Match": packed["ETag"]})
    assert again.status_code == 304


def test_an_editors_change_shows_at_once_under_a_new_etag(
    client, django_capture_on_commit_callbacks
):
    before = client.get(f"{API}/stretches/chin-tuck")
    stretch = Stretch.objects.get(slug="chin-tuck")
    stretch.name = "Chin tuck, renamed"
    with django_capture_on_commit_callbacks(execute=True):
        stretch.save()
    after = client.get(f"{API}/stretches/chin-tuck", headers={"If-None-Match": before["ETag"]})
    assert after.status_code == 200
    assert after.json()["name"] == "Chin tuck, renamed"
    assert after["ETag"] != before["ETag"]


def test_a_stored_answer_is_served_without_a_query(client):
    client.get(f"{API}/causes/upper-crossed-syndrome")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{API}/causes/upper-crossed-syndrome")
    assert response.status_code == 200
    assert len(queries) == 0


def test_answers_are_the_same_whatever_language_a_client_asks_for(client):
    english = client.get(LIST)
    spanish = client.get(LIST, headers={"Accept-Language": "es"})
    assert spanish["ETag"] == english["ETag"]
    assert "/es/" not in spanish.content.decode()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
@pytest.mark.parametrize("path", ["/stretches", "/stretches/chin-tuck", "/openapi.json", "/docs"])
def test_only_get_and_head_are_answered_and_other_methods_get_a_json_405(client, method, path):
    response = getattr(client, method)(f"{API}{path}")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response.json()["message"] == "This API only reads: use GET."


@pytest.mark.parametrize(
    "path", ["/", "/stretches", "/stretches/chin-tuck", "/openapi.json", "/docs"]
)
def test_head_answers_with_the_headers_of_get_and_no_body(client, path):
    full = client.get(f"{API}{path}")
    head = client.head(f"{API}{path}")
    assert head.status_code == 200 and head.content == b""
    assert head["Content-Type"] == full["Content-Type"]
    assert head["Content-Length"] == str(len(full.content))
    if "ETag" in full:
        assert head["ETag"] == full["ETag"]
        again = client.head(f"{API}{path}", headers={"If-None-Match": full["ETag"]})
        assert again.status_code == 304


def test_a_stored_answer_names_the_scheme_it_was_asked_with(client):
    assert client.get(f"{API}/").json()["docs"].startswith("http://testserver/")
    assert client.get(f"{API}/", secure=True).json()["docs"].startswith("https://testserver/")


@pytest.mark.parametrize("path", ["/nothing-here", "/stretches/", "/stretches/chin-tuck/steps"])
def test_an_unknown_address_gets_a_json_404(client, path):
    response = client.get(f"{API}{path}")
    assert response.status_code == 404
    assert "/api/v1/docs" in response.json()["message"]


def test_answers_to_build_are_rate_limited_per_address_with_a_json_429(
    client, one_rate_window, settings
):
    settings.RATELIMIT_API = "5/m"
    assert client.get(LIST).status_code == 200
    for page in ("neck", "chest", "shoulder", "back"):
        assert client.get(f"{API}/stretches", {"q": page}).status_code == 200
    refused = client.get(f"{API}/stretches", {"q": "chin"})
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert refused.json() == {
        "status": 429,
        "message": "Too many requests from this address: wait a minute.",
        "fields": {},
    }
    assert client.get(f"{API}/openapi.json").status_code == 429
    # An answer already stored costs less to send than to count: it is still served.
    assert client.get(LIST).status_code == 200
    other = Client(REMOTE_ADDR="203.0.113.9")
    assert other.get(f"{API}/stretches", {"q": "chin"}).status_code == 200
