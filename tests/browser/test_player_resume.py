"""Coming back to a session, starting part-way, and an ending that tells the truth."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.checks import held_clock
from tests.browser.conftest import add_to_routine

pytestmark = pytest.mark.browser


def start_session(page: Page, site: str) -> str:
    """Three stretches, started from the safety check: the first stretch's address."""
    add_to_routine(page, site, "chin-tuck", "neck-side-tilt", "neck-flexion")
    page.goto(f"{site}/routine/follow/")
    page.get_by_role("button", name="I have read this: start").click()
    expect(page).to_have_url(re.compile(r"\?step=1&run=\d+$"))
    return page.url


def test_leaving_part_way_offers_to_continue_from_that_stretch(page: Page, site: str):
    first = start_session(page, site)
    run = re.search(r"run=(\d+)", first).group(1)
    page.goto(f"{site}/routine/follow/")
    continue_link = page.get_by_role("link", name=re.compile("^Continue from stretch"))
    expect(continue_link).to_be_hidden()  # nothing started yet: nothing to continue

    page.goto(first)
    page.get_by_role("button", name="Start timer").click()
    page.get_by_role("button", name="Next stretch").click()
    page.get_by_role("button", name="Next stretch").click()
    expect(page.locator("[data-number]")).to_have_text("3")
    page.goto(f"{site}/routine/follow/")
    expect(continue_link).to_have_text("Continue from stretch 3")
    expect(continue_link).to_have_attribute("href", f"?step=3&run={run}")
    continue_link.click()
    expect(page).to_have_url(f"{site}/routine/follow/?step=3&run={run}")
    expect(page.locator("[data-name]")).to_have_text("Chin to chest stretch")

    # Half a day later the offer has gone: that session is over.
    page.evaluate(
        """() => {
          const saved = JSON.parse(localStorage.getItem("upright-session"));
          saved.time -= 12 * 60 * 60 * 1000 + 1000;
          localStorage.setItem("upright-session", JSON.stringify(saved));
        }"""
    )
    page.goto(f"{site}/routine/follow/")
    expect(page.get_by_role("heading", name="Before you start")).to_be_visible()
    expect(continue_link).to_be_hidden()


def test_starting_part_way_gets_ready_with_nothing_to_rest_from(page: Page, site: str):
    first = start_session(page, site)
    held_clock(page)
    page.goto(first.replace("step=1", "step=2"))
    page.get_by_role("button", name="Start timer").click()
    expect(page.locator("[data-phase]")).to_have_text("Get ready")
    expect(page.locator("[data-name]")).to_have_text("Neck side tilt")
    page.clock.run_for(10_500)
    expect(page.locator("[data-phase]")).to_have_text("Hold: right side")


def test_skipping_every_stretch_is_not_called_well_done(page: Page, site: str):
    first = start_session(page, site)
    page.goto(first)
    page.get_by_role("button", name="Start timer").click()
    for _ in range(3):
        page.get_by_role("button", name="Next stretch").click()
    expect(page).to_have_url(re.compile(r"\?step=done&run=\d+&done=0$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("End of the routine")
    expect(page.locator(".lead")).to_have_text(
        "You skipped every stretch this time. That is fine: try again when you are ready."
    )
    page.goto(f"{site}/routine/follow/")
    expect(page.get_by_role("link", name=re.compile("^Continue from"))).to_be_hidden()


def test_a_stretch_held_counts_and_the_rest_are_named(page: Page, site: str):
    first = start_session(page, site)
    held_clock(page)
    page.goto(first)
    page.get_by_role("button", name="Start timer").click()
    page.clock.run_for(10_500 + 3_000)  # ready, then more than half of chin tuck's 5 s hold
    expect(page.locator("[data-phase]")).to_have_text("Hold")
    page.get_by_role("button", name="Next stretch").click()
    page.get_by_role("button", name="Next stretch").click()
    page.get_by_role("button", name="Next stretch").click()
    expect(page).to_have_url(re.compile(r"&done=1$"))
    expect(page.locator(".lead")).to_have_text(re.compile("^You did 1 of 3 stretches."))
