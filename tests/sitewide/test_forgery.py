"""Writes from another site's page are refused; the site's own pages and tools still work."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pytest_django.asserts import assertContains

from routines.models import RoutineStep

pytestmark = pytest.mark.django_db

SITE = "http://testserver"


def attempt(**headers):
    """A visitor with one stretch in their routine, then a forged request to clear it. (The
    test client skips forgery checks unless asked, as Django's own token check does.)"""
    client = Client(enforce_csrf_checks=True)
    client.post(
        "/routine/add/", {"stretch": "chin-tuck"}, headers={"Sec-Fetch-Site": "same-origin"}
    )
    before = RoutineStep.objects.count()
    response = client.post("/routine/clear/", headers=headers)
    return response, RoutineStep.objects.count() - before


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
        {"Sec-Fetch-Site": "same-site", "Origin": "https://blog.testserver"},
        {"Sec-Fetch-Site": "cross-site", "Origin": "null"},
        # An older browser sends no Fetch metadata, but still says where a POST came from.
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://testserver.evil.example"},
        {"Origin": "https://testserver"},  # the right host over the wrong scheme
    ],
)
def test_a_write_from_another_origin_is_refused_and_changes_nothing(headers):
    response, change = attempt(**headers)
    assertContains(response, "Please try that again", status_code=403)
    assert change == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "same-origin", "Origin": SITE},
        {"Sec-Fetch-Site": "same-origin", "Origin": SITE, "HX-Request": "true"},
        {"Sec-Fetch-Site": "none"},  # typed into the address bar or a bookmark
        {"Origin": SITE},
        {},  # not a browser page at all: nothing to forge with
    ],
)
def test_a_write_from_this_site_goes_ahead(headers):
    response, change = attempt(**headers)
    assert response.status_code in (200, 302)
    assert change == -1


def test_an_origin_the_settings_trust_may_write(settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://www.upright.example"]
    response, change = attempt(
        **{"Sec-Fetch-Site": "cross-site", "Origin": "https://www.upright.example"}
    )
    assert change == -1


def test_reading_a_page_is_never_refused():
    response = Client(enforce_csrf_checks=True).get(
        "/stretches/", headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert response.status_code == 200


def test_the_admin_login_works_from_its_own_page_and_not_from_another_site():
    User.objects.create_superuser("editor", password="a-long-editor-password")
    browser = Client(enforce_csrf_checks=True)
    page = browser.get("/admin/login/")
    token = page.context["csrf_token"]
    credentials = {
        "username": "editor",
        "password": "a-long-editor-password",
        "csrfmiddlewaretoken": str(token),
    }
    forged = browser.post(
        "/admin/login/?next=/admin/", credentials, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert forged.status_code == 403
    own = browser.post(
        "/admin/login/?next=/admin/", credentials, headers={"Sec-Fetch-Site": "same-origin"}
    )
    assert own.status_code == 302 and own["Location"] == "/admin/"
