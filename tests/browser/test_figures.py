"""The figures as a person sees them: a guide's figure moves, reduced motion shows a still,
and the player's figure holds the pose during a hold, mirrored for the second side."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.checks import held_clock
from tests.browser.conftest import add_to_routine

pytestmark = pytest.mark.browser

HEAD_AT = """(seconds) => {
  const svg = document.querySelector(".stretch-figure svg.fig");
  svg.pauseAnimations();
  svg.setCurrentTime(seconds);
  const box = svg.querySelector(".fig-anim .fig-head").getBoundingClientRect();
  return [Math.round(box.x), Math.round(box.y)];
}"""


def test_a_guides_figure_moves_through_the_stretch(page: Page, site: str):
    page.goto(f"{site}/stretches/neck-side-tilt/")
    figure = page.locator(".stretch-figure").first
    expect(figure.locator(".fig-anim")).to_be_visible()
    expect(figure.locator(".fig-still")).to_be_hidden()
    start = page.evaluate(HEAD_AT, 0)
    # A few seconds in, the head has tilted toward the shoulder: it is somewhere else.
    assert page.evaluate(HEAD_AT, 3) != start


def test_reduced_motion_shows_the_still_instead_of_the_loop(page: Page, site: str):
    page.emulate_media(reduced_motion="reduce")
    page.goto(f"{site}/stretches/neck-side-tilt/")
    figure = page.locator(".stretch-figure").first
    expect(figure.locator(".fig-still")).to_be_visible()
    expect(figure.locator(".fig-anim")).to_be_hidden()


def test_the_players_figure_holds_the_pose_and_mirrors_for_the_other_side(page: Page, site: str):
    add_to_routine(page, site, "neck-side-tilt")
    held_clock(page)
    page.goto(f"{site}/routine/follow/?step=1")
    figure = page.locator("[data-figure]")
    name = figure.locator("svg.fig")
    expect(name).to_have_attribute(
        "aria-label",
        "Sitting, right ear lowered toward the right shoulder; the left side of the neck is highlighted.",
    )
    page.get_by_role("button", name="Start timer").click()
    expect(figure).not_to_have_class("player-figure is-holding")  # getting ready: the move loops
    page.clock.run_for(10_500)
    expect(page.locator("[data-phase]")).to_have_text("Hold: right side")
    expect(figure).to_have_class("player-figure is-holding")
    expect(figure.locator(".fig-still")).to_be_visible()
    expect(figure.locator(".fig-anim")).to_be_hidden()
    # Five holds on the right, then the left: the figure is the mirror image.
    for _ in range(40):
        if page.locator("[data-phase]").text_content() == "Hold: left side":
            break
        page.clock.run_for(1_000)
    expect(page.locator("[data-phase]")).to_have_text("Hold: left side")
    expect(name).to_have_attribute(
        "aria-label",
        "Sitting, left ear lowered toward the left shoulder; the right side of the neck is highlighted.",
    )
