"""Focus mode on a phone: once the timer starts, the session has the screen."""

import re

import pytest
from playwright.sync_api import Page, expect

from figures import mirror_label
from stretches.models import Stretch
from tests.browser.checks import held_clock
from tests.browser.conftest import add_to_routine

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def inside_the_first_screen(page: Page, locator) -> None:
    box = locator.bounding_box()
    assert box, f"{locator} is not shown"
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (locator, box)
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (locator, box)


def test_starting_the_timer_gives_the_session_the_whole_phone_screen(page: Page, site: str):
    tilt = Stretch.objects.get(slug="neck-side-tilt")
    page.set_viewport_size(PHONE)
    add_to_routine(page, site, "neck-side-tilt", "chin-tuck")
    held_clock(page)
    page.goto(f"{site}/routine/follow/?step=1")
    bar = page.locator("[data-focus-bar]")
    expect(page.locator(".site-header")).to_be_visible()
    expect(bar).to_be_hidden()

    page.get_by_role("button", name="Start timer").click()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Main")).to_be_hidden()
    expect(page.locator("aside.notice")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(bar).to_be_visible()
    expect(bar).to_contain_text("Not medical advice: read the disclaimer")
    expect(bar.get_by_role("link", name="read the disclaimer")).to_have_attribute(
        "href", "/disclaimer/"
    )
    expect(bar.get_by_role("link", name=re.compile("^Exit"))).to_have_attribute("href", "/routine/")
    pause = page.get_by_role("button", name="Pause")
    expect(pause).to_be_focused()

    page.clock.run_for(10_500)  # past getting ready: the first hold
    phase, cue = page.locator("[data-phase]"), page.locator("[data-cue]")
    expect(phase).to_have_text("Hold: right side")
    expect(cue).to_have_text(tilt.side_label)
    timer = page.get_by_role("timer", name="Hold: right side")
    for part in (page.locator("[data-figure] svg"), timer, pause, cue):
        inside_the_first_screen(page, part)
    expect(page.locator("[data-instructions] li").first).to_have_text(tilt.steps.first().text)

    # The live region names the phase once; the seconds are not read out.
    announce = page.locator("[data-announce]")
    expect(announce).to_contain_text(tilt.side_label)
    page.clock.run_for(2_000)
    expect(announce).to_contain_text(tilt.side_label)
    assert not re.search(r"^\d+$", announce.inner_text())

    # The other side, in the same words mirrored.
    for _ in range(60):
        if phase.text_content() == "Hold: left side":
            break
        page.clock.run_for(1_000)
    expect(cue).to_have_text(mirror_label(tilt.side_label))


def test_exit_leaves_a_shared_routine_for_its_page(page: Page, site: str):
    page.set_viewport_size(PHONE)
    add_to_routine(page, site, "chin-tuck")
    page.goto(f"{site}/routine/")
    shared = page.get_by_role("link", name="Share").get_attribute("href")
    page.goto(f"{site}{shared}follow/?step=1")
    page.get_by_role("button", name="Start timer").click()
    page.get_by_role("link", name=re.compile("^Exit")).click()
    expect(page).to_have_url(f"{site}{shared}")
