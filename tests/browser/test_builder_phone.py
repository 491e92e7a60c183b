"""The builder on a phone: a new name shows at once, and logging in keeps the routine."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from tests.browser.conftest import add_to_routine

pytestmark = pytest.mark.browser


@pytest.fixture
def phone(page: Page) -> Page:
    page.set_viewport_size({"width": 390, "height": 844})
    return page


def test_a_new_name_shows_at_once(phone: Page, site: str):
    add_to_routine(phone, site, "chin-tuck")
    phone.goto(f"{site}/routine/")
    phone.get_by_label("Name your routine").fill("Lunch break")
    phone.get_by_role("button", name="Rename").click()
    expect(phone.locator("#routine-heading")).to_have_text("Lunch break")
    expect(phone.locator("#messages")).to_contain_text("Routine renamed")


def test_logging_into_the_admin_keeps_the_routine(phone: Page, site: str):
    User.objects.create_superuser("editor", password="a-long-editor-password")
    add_to_routine(phone, site, "chin-tuck", "cat-cow")
    phone.goto(f"{site}/admin/login/")
    phone.get_by_label("Username").fill("editor")
    phone.get_by_label("Password").fill("a-long-editor-password")
    phone.get_by_role("button", name="Log in").click()
    expect(phone).to_have_url(f"{site}/admin/")
    phone.goto(f"{site}/routine/")
    expect(phone.locator(".routine-step-name")).to_have_text(["Chin tuck", "Cat-cow"])
