"""A movement is counted in easy repetitions, never as a hold."""

import pytest
from playwright.sync_api import Page, expect

from stretches.models import Stretch
from tests.browser.checks import held_clock
from tests.browser.conftest import add_to_routine

pytestmark = pytest.mark.browser


def test_a_movement_counts_repetitions_at_an_easy_pace(page: Page, site: str):
    rolls = Stretch.objects.get(slug="shoulder-rolls")
    assert rolls.is_movement
    add_to_routine(page, site, "shoulder-rolls")
    held_clock(page)
    page.goto(f"{site}/routine/follow/?step=1")
    expect(page.locator("[data-dose]")).to_have_text(f"{rolls.repetitions} times, slowly")
    page.get_by_role("button", name="Start timer").click()
    page.clock.run_for(10_500)  # past getting ready
    phase, count = page.locator("[data-phase]"), page.get_by_role("timer")
    expect(phase).to_have_text("Slowly, at an easy pace")
    expect(count).to_have_text(f"1 of {rolls.repetitions}")
    page.clock.run_for(rolls.rep_seconds * 1000)
    expect(count).to_have_text(f"2 of {rolls.repetitions}")
    assert "Hold" not in phase.inner_text()
