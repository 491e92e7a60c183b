"""What axe cannot see, measured in the browser: reflow, target size, motion, headings, live
regions and error messages, and the keyboard journeys."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.checks import held_clock, tab_and_press
from tests.browser.conftest import site_pages

pytestmark = [pytest.mark.browser, pytest.mark.a11y]

SMALL_TARGETS = """() => {
  const small = [];
  const controls = document.querySelectorAll(
    "a[href], button, input:not([type=hidden]), select, textarea, summary");
  for (const control of controls) {
    const box = control.closest("label") || control;
    const rect = box.getBoundingClientRect();
    if (!rect.width || !rect.height || getComputedStyle(control).visibility === "hidden") continue;
    if (rect.width >= 44 && rect.height >= 44) continue;
    // WCAG's inline exception: a link inside a sentence is sized by the text around it.
    const block = control.closest("p, li, td, dd, figcaption");
    if (control.tagName === "A" && block && block.textContent.trim() !== control.textContent.trim()) continue;
    if (control.closest(".visually-hidden, .skip-link")) continue;
    small.push(`${control.tagName.toLowerCase()} "${control.textContent.trim().slice(0, 40)}" ${Math.round(rect.width)}x${Math.round(rect.height)}`);
  }
  return small;
}"""

HEADING_JUMPS = """() => {
  const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map(h => Number(h.tagName[1]));
  const problems = [];
  if (levels.filter(level => level === 1).length !== 1) problems.push(`${levels.filter(l => l === 1).length} h1`);
  levels.forEach((level, i) => { if (i && level > levels[i - 1] + 1) problems.push(`h${levels[i - 1]} then h${level}`); });
  return problems;
}"""


def test_pages_reflow_at_320px_and_at_200_percent_zoom(visitor: Page, site: str):
    pages = site_pages(visitor, site)
    overflowing = []
    # 320 CSS px is a small phone; 640 is a 1280 px window zoomed to 200%.
    for width in (320, 640):
        visitor.set_viewport_size({"width": width, "height": 800})
        for url in pages:
            if url.startswith("/admin/"):
                continue
            visitor.goto(f"{site}{url}")
            scroll = visitor.evaluate("document.documentElement.scrollWidth")
            if scroll > width:
                overflowing.append(f"{url} at {width}px: {scroll}px wide")
    assert not overflowing, "\n".join(overflowing)


def problems_on_every_page(visitor: Page, site: str, script: str) -> list[str]:
    """Run a page script that lists problems on every site page (the admin is Django's)."""
    problems = []
    for url in site_pages(visitor, site):
        if url.startswith("/admin/"):
            continue
        visitor.goto(f"{site}{url}")
        problems += [f"{url}: {problem}" for problem in visitor.evaluate(script)]
    return problems


def test_every_target_is_at_least_44_by_44(visitor: Page, site: str):
    small = problems_on_every_page(visitor, site, SMALL_TARGETS)
    assert not small, "\n".join(small)


def test_headings_are_in_order_with_one_h1(visitor: Page, site: str):
    problems = problems_on_every_page(visitor, site, HEADING_JUMPS)
    assert not problems, "\n".join(problems)


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
