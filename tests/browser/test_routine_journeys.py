import re

import pytest
from playwright.sync_api import Page, expect

from routines.models import Routine
from tests.browser.checks import held_clock, tab_and_press
from tests.browser.conftest import add_to_routine

pytestmark = pytest.mark.browser


def pick_pain(page: Page, value: int) -> None:
    page.locator(".pain-option").filter(has_text=re.compile(rf"^{value}$")).click()


def test_where_it_hurts_to_a_timed_routine_then_history(page: Page, site: str):
    """Pick an area, follow its suggested routine to the end, rate pain, see it in history."""
    held_clock(page)
    page.goto(f"{site}/")
    page.get_by_role("link", name=re.compile(r"Start “\s*Desk break\s*”")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Before you start")
    pick_pain(page, 5)
    page.get_by_role("button", name="I have read this: start").click()

    player = page.locator("[data-player]")
    countdown = page.locator("[data-countdown]")
    expect(player).to_have_attribute("data-state", "ready")  # its script has started
    page.get_by_role("button", name="Start timer").click()
    expect(page.get_by_role("timer")).to_be_visible()
    expect(countdown).to_have_text("10")
    page.clock.run_for(1000)
    expect(countdown).to_have_text("9")  # the timer visibly counts down

    # Skip ahead to the first stretch done on each side: holds alternate sides, starting with
    # the one its steps start with (the right ear toward the right shoulder).
    page.get_by_role("button", name="Next stretch").click()
    page.get_by_role("button", name="Next stretch").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Neck side tilt")
    expect(page).to_have_url(re.compile(r"step=3"))
    sides = []
    for _ in range(60):
        page.clock.run_for(1000)
        phase, side = (
            player.get_attribute("data-current-phase"),
            player.get_attribute("data-current-side"),
        )
        if phase == "hold" and (not sides or sides[-1] != side):
            sides.append(side)
        if len(sides) == 4:
            break
    assert sides == ["right", "left", "right", "left"]

    # Pause holds the clock still; resume carries on from the same second.
    page.get_by_role("button", name="Pause").click()
    expect(player).to_have_attribute("data-state", "paused")
    frozen = countdown.inner_text()
    page.clock.run_for(5000)
    expect(countdown).to_have_text(frozen)
    page.get_by_role("button", name="Resume").click()
    expect(player).to_have_attribute("data-state", "running")

    # Run the rest of the session; the player moves to the finish page by itself.
    for _ in range(40):
        if "step=done" in page.url:
            break
        page.clock.run_for(30_000)
    # Two stretches were skipped on the way: the page says what was done, not "Well done".
    steps = Routine.objects.get(slug="desk-break").steps.count()
    expect(page.get_by_role("heading", level=1)).to_have_text("End of the routine")
    expect(page.locator("main")).to_contain_text(f"You did {steps - 2} of {steps} stretches.")
    pick_pain(page, 2)
    page.get_by_role("button", name="Save to my history").click()
    expect(page).to_have_url(re.compile(r"/routine/history/$"))
    row = page.get_by_role("row").filter(has_text="Desk break")
    expect(row).to_contain_text("5")
    expect(row).to_contain_text("2")
    expect(page.get_by_role("img", name="Pain before and after each routine")).to_be_visible()


def test_build_a_routine_with_the_keyboard_alone(page: Page, site: str):
    page.goto(f"{site}/stretches/?q=chin")
    tab_and_press(page, "Add to routine: Chin tuck")
    expect(page.locator(":focus")).to_have_text("Added. See your routine (1)")
    expect(page.locator("#messages")).to_contain_text("Chin tuck added to your routine.")

    page.goto(f"{site}/stretches/?q=cat")
    tab_and_press(page, "Add to routine: Cat-cow")
    expect(page.locator(":focus")).to_have_text("Added. See your routine (2)")
    page.keyboard.press("Enter")  # follow the focused link to the builder
    expect(page).to_have_url(re.compile(r"/routine/$"))

    steps = page.locator(".routine-step-name")
    expect(steps).to_have_text(["Chin tuck", "Cat-cow"])
    tab_and_press(page, "Down: move Chin tuck later")
    expect(steps).to_have_text(["Cat-cow", "Chin tuck"])
    # Chin tuck is now last, so focus moves to its other move button rather than being lost.
    expect(page.locator(":focus")).to_have_text("Up: move Chin tuck earlier")
    expect(page.locator("#messages")).to_contain_text("Chin tuck moved down, now number 2 of 2.")

    # The dose form opens in place, focus in its first field.
    tab_and_press(page, "Change the dose for Chin tuck")
    expect(page.get_by_label("Hold (seconds)")).to_be_focused()
    page.keyboard.press("Control+A")  # the field shows the dose in force: replace it
    page.keyboard.type("8")
    page.keyboard.press("Enter")
    expect(page.locator(".routine-step").nth(1)).to_contain_text("Hold 8 s, 10 times")

    tab_and_press(page, "Remove Cat-cow")
    expect(steps).to_have_text(["Chin tuck"])
    expect(page.locator(":focus")).to_have_id("routine-heading")


def test_follow_a_routine_with_javascript_off(browser, site: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    add_to_routine(page, site, "chin-tuck", "cat-cow")
    page.goto(f"{site}/routine/")
    page.get_by_role("link", name="Follow this routine").click()
    pick_pain(page, 4)
    page.get_by_role("button", name="I have read this: start").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Chin tuck")
    expect(page.get_by_role("timer")).to_be_hidden()  # no timer without JavaScript
    page.get_by_role("link", name="Next stretch").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Cat-cow")
    page.get_by_role("link", name="Finish").click()
    pick_pain(page, 1)
    page.get_by_role("button", name="Save to my history").click()
    expect(page.get_by_role("row").filter(has_text="My routine")).to_contain_text("4")
    context.close()


def test_focus_stays_where_the_keyboard_left_it_on_a_busy_device(page: Page, site: str):
    """A swap places focus at once: a timer that runs late on a busy phone must not pull focus
    back to the moved stretch after the visitor has gone on, so Enter then acts where they are."""
    page.add_init_script(  # every short page timer runs 1.5 s late
        "const later = window.setTimeout;"
        "window.setTimeout = (fn, ms, ...args) => later(fn, ms < 100 ? 1500 : ms, ...args);"
    )
    add_to_routine(page, site, "chin-tuck", "cat-cow")
    page.goto(f"{site}/routine/")
    tab_and_press(page, "Down: move Chin tuck later")
    expect(page.locator(":focus")).to_have_text("Up: move Chin tuck earlier")
    tab_and_press(page, "Change the dose for Chin tuck")
    expect(page.get_by_label("Hold (seconds)")).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type("8")
    page.wait_for_timeout(1600)  # long enough for any late timer to have run
    expect(page.get_by_label("Hold (seconds)")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".routine-step").nth(1)).to_contain_text("Hold 8 s, 10 times")
    expect(page.locator(".routine-step-name")).to_have_text(["Cat-cow", "Chin tuck"])
