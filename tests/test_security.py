"""Response headers, cookies, rate limits and logs: what a production deployment relies on."""

import json
import logging
import time
from types import SimpleNamespace

import django_ratelimit.core
import pytest
from django.test import Client
from pytest_django.asserts import assertContains

from routines.models import RoutineStep
from sitewide.logging import AccessFormatter

pytestmark = pytest.mark.django_db


def test_every_page_sends_a_strict_content_security_policy(client):
    csp = client.get("/").headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert "youtube-nocookie.com" in directives["frame-src"]
    assert "unsafe" not in csp


def test_security_headers_over_https(client):
    headers = client.get("/", secure=True).headers
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["Cross-Origin-Resource-Policy"] == "same-origin"
    policy = headers["Permissions-Policy"]
    assert "screen-wake-lock=(self)" in policy
    assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy


def test_the_visitors_cookie_is_http_only_and_same_site(client):
    client.post("/routine/add/", {"stretch": "chin-tuck"})
    morsel = client.cookies["sessionid"]
    assert morsel["samesite"] == "Lax"
    assert morsel["httponly"] is True


def test_public_pages_and_the_builder_set_no_forgery_token_cookie(client):
    for url in ("/", "/stretches/", "/stretches/chin-tuck/", "/routine/"):
        client.get(url)
    client.post("/routine/add/", {"stretch": "chin-tuck"})
    client.get("/routine/")
    assert "csrftoken" not in client.cookies


@pytest.mark.parametrize(
    ("env", "secure"),
    [
        ({"DJANGO_SECURE_SSL_REDIRECT": "1"}, "True"),
        ({"DJANGO_SECURE_SSL_REDIRECT": "0", "DJANGO_BEHIND_PROXY": "1"}, "True"),
        ({"DJANGO_SECURE_SSL_REDIRECT": "0"}, "False"),
    ],
)
def test_cookies_are_marked_secure_exactly_when_https_is_in_force(env, secure):
    from tests.test_deploy import manage

    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; "
        "print(settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE)",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="a-long-random-production-secret-key-0123456789abcdef",
        **env,
    )
    assert result.stdout.split()[-2:] == [secure, secure], result.stderr


def test_plain_http_is_redirected_to_https_except_the_health_check(settings):
    settings.SECURE_SSL_REDIRECT = True
    client = Client()
    response = client.get("/stretches/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/stretches/"
    assert client.get("/healthz").status_code == 200


@pytest.fixture
def one_rate_window(monkeypatch, settings):
    """Hold django-ratelimit's clock still. Its minute windows end at a point that depends on the
    client's key, so without this a slow run could cross into a fresh window and its budget."""
    now = time.time()
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: now))
    settings.RATELIMIT_ENABLE = True  # off for every other test (see conftest.py)


def test_writes_are_rate_limited_per_client_with_a_clear_429(client, one_rate_window):
    # The default budget is 60 writes a minute per address, shared by every routine write.
    for _ in range(30):
        assert client.post("/routine/add/", {"stretch": "chin-tuck"}).status_code == 302
    for _ in range(30):
        client.post("/routine/steps/1/remove/")  # refused (not theirs) but still counted
    before = RoutineStep.objects.count()
    response = client.post("/routine/add/", {"stretch": "cat-cow"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assertContains(response, "Please wait a moment", status_code=429)
    assertContains(response, "Not medical advice.", status_code=429)
    assert RoutineStep.objects.count() == before
    # Someone else, from another address, is not affected.
    other = Client(REMOTE_ADDR="203.0.113.9")
    assert other.post("/routine/add/", {"stretch": "cat-cow"}).status_code == 302


def test_admin_login_is_rate_limited(client, one_rate_window):
    for _ in range(10):
        response = client.post("/admin/login/", {"username": "admin", "password": "guess"})
        assert response.status_code == 200
    response = client.post("/admin/login/", {"username": "admin", "password": "guess"})
    assert response.status_code == 429


def test_guessing_one_account_from_many_addresses_is_limited_too(client, one_rate_window):
    guess = {"username": "editor", "password": "guess"}
    for n in range(10):
        response = client.post("/admin/login/", guess, REMOTE_ADDR=f"198.51.100.{n}")
        assert response.status_code == 200
    assert client.post("/admin/login/", guess, REMOTE_ADDR="198.51.100.99").status_code == 429
    # Another person's account, from another address, is not locked out by it.
    other = {"username": "someone-else", "password": "guess"}
    assert client.post("/admin/login/", other, REMOTE_ADDR="203.0.113.7").status_code == 200


def test_each_request_is_logged_as_one_json_line():
    """gunicorn logs every request once; its line, as our formatter writes it."""
    atoms = {
        "m": "GET", "U": "/stretches/", "q": "area=neck", "s": "200", "B": 6123, "M": 3,
        "h": "203.0.113.9", "{x-request-id}i": "abc123", "{hx-request}i": "true",
    }  # fmt: skip
    record = logging.LogRecord(
        "gunicorn.access", logging.INFO, "", 0, "%(m)s %(U)s %(s)s", (), None
    )
    record.args = atoms  # as gunicorn passes its atoms
    line = json.loads(AccessFormatter().format(record))
    assert line["message"] == "GET /stretches/ 200"
    assert (line["path"], line["query"], line["status"]) == ("/stretches/", "area=neck", "200")
    assert (line["request_id"], line["htmx"], line["duration_ms"]) == ("abc123", "true", 3)
