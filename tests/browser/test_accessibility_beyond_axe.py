"""What axe cannot see, measured in the browser: reflow, target size, motion, headings, live
regions and error messages, and the keyboard journeys."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.checks import held_clock, tab_and_press

pytestmark = [pytest.mark.browser, pytest.mark.a11y]


def test_reduced_motion_stops_animation(page: Page, site: str):
    page.goto(f"{site}/stretches/")
    indicator = page.locator("#filter-indicator")
    duration = "getComputedStyle(document.querySelector('#filter-indicator')).transitionDuration"
    assert page.evaluate(duration) == "0.2s"
    page.emulate_media(reduced_motion="reduce")
    page.reload()
    expect(indicator).to_be_attached()
    assert float(page.evaluate(duration).rstrip("s")) <= 0.00001


def test_the_timer_is_a_timer_and_phases_reach_a_polite_live_region(visitor: Page, site: str):
    held_clock(visitor)
    visitor.goto(f"{site}/routine/follow/?step=1")
    timer = visitor.get_by_role("timer")
    announcer = visitor.locator("[aria-live=polite][data-announce]")
    expect(visitor.locator("[data-player]")).to_have_attribute("data-state", "ready")
    visitor.get_by_role("button", name="Start timer").click()
    expect(timer).to_have_text("10")
    visitor.clock.run_for(500)
    expect(announcer).to_have_text("Get ready: Chin tuck")
    visitor.clock.run_for(10_000)
    expect(announcer).to_have_text("Hold for 5 seconds.")
    # The countdown itself is not a live region: it would speak every second.
    assert timer.get_attribute("aria-live") in (None, "off")


def test_form_errors_are_announced_and_linked_to_their_fields(visitor: Page, site: str):
    visitor.goto(f"{site}/routine/")
    visitor.get_by_text("Change the dose").first.click()
    hold = visitor.get_by_label("Hold (seconds)").first
    hold.fill("99")
    hold.press("Enter")
    messages = visitor.locator("#messages[role=status]")
    expect(messages).to_contain_text("was not changed")
    hold = visitor.get_by_label("Hold (seconds)").first
    expect(hold).to_have_attribute("aria-invalid", "true")
    described = hold.get_attribute("aria-describedby").split()
    error = visitor.locator(f"#{described[-1]}")
    expect(error).to_contain_text("between 5 and 10")
    expect(hold).to_be_focused()

    visitor.goto(f"{site}/stretches/?area=nowhere")
    area = visitor.get_by_label("Body area")
    expect(area).to_have_attribute("aria-invalid", "true")
    expect(visitor.locator(f"#{area.get_attribute('aria-describedby')}")).to_contain_text(
        "Select a valid choice"
    )


def test_the_skip_link_is_first_and_moves_focus_to_the_content(page: Page, site: str):
    page.goto(f"{site}/stretches/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_keyboard_journey_from_library_to_a_paused_routine(page: Page, site: str):
    page.clock.install()
    page.goto(f"{site}/stretches/")
    tab_and_press(page, "Filter by area, muscle")
    tab_and_press(page, "Any position", "ArrowDown")  # the position select: Sitting
    expect(page).to_have_url(re.compile("position=sitting"))
    tab_and_press(page, "Chin tuck")
    expect(page.get_by_role("heading", level=1)).to_have_text("Chin tuck")
    tab_and_press(page, "Add to routine")
    expect(page.locator(":focus")).to_contain_text("Added. See your routine (1)")
    page.goto(f"{site}/stretches/cat-cow/")
    tab_and_press(page, "Add to routine")
    expect(page.locator(":focus")).to_contain_text("Added. See your routine (2)")
    page.keyboard.press("Enter")  # the focused "See your routine" link
    expect(page).to_have_url(re.compile("/routine/$"))
    tab_and_press(page, "Down: move Chin tuck later")
    expect(page.locator(".routine-step-name")).to_have_text(["Cat-cow", "Chin tuck"])
    expect(page.locator(":focus")).to_have_text("Up: move Chin tuck earlier")
    tab_and_press(page, "Follow this routine")
    expect(page.get_by_role("heading", level=1)).to_have_text("Before you start")
    tab_and_press(page, "I have read this: start")
    expect(page.get_by_role("heading", level=1)).to_have_text("Cat-cow")
    tab_and_press(page, "Start timer")
    expect(page.locator(":focus")).to_have_text("Pause")
    page.keyboard.press("Space")
    expect(page.locator("[data-player]")).to_have_attribute("data-state", "paused")
    page.keyboard.press("Space")  # the focused Resume button
    expect(page.locator("[data-player]")).to_have_attribute("data-state", "running")
    tab_and_press(page, "Next stretch")
    expect(page.get_by_role("heading", level=1)).to_have_text("Chin tuck")
