"""A Spanish-speaking visitor: the switcher, a stretch added, and the timer talking Spanish."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.checks import held_clock

pytestmark = pytest.mark.browser


def test_the_switcher_keeps_the_visitor_on_the_same_page(page: Page, site: str):
    page.goto(f"{site}/stretches/chin-tuck/")
    switch = page.get_by_role("navigation", name="Language").get_by_role("link", name="Español")
    box = switch.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44, box
    switch.click()
    expect(page).to_have_url(f"{site}/es/stretches/chin-tuck/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", level=1)).to_have_attribute("lang", "en")
    expect(page.get_by_role("navigation", name="Principal")).to_contain_text("Estiramientos")
    expect(page.get_by_role("complementary", name="Idioma del contenido")).to_contain_text(
        "está en inglés por ahora"
    )
    page.get_by_role("navigation", name="Idioma").get_by_role("link", name="English").click()
    expect(page).to_have_url(f"{site}/stretches/chin-tuck/")
    expect(page.locator("html")).to_have_attribute("lang", "en-GB")


def test_a_routine_is_built_and_followed_in_spanish(page: Page, site: str):
    page.goto(f"{site}/es/stretches/chin-tuck/")
    page.get_by_role("button", name=re.compile("^Añadir a la rutina")).click()
    expect(page.locator("#messages")).to_contain_text("«Chin tuck» se ha añadido a su rutina.")
    held_clock(page)
    page.goto(f"{site}/es/routine/follow/?step=1")
    expect(page.locator("[data-phase]")).to_have_text(
        "Lea los pasos y después ponga en marcha el temporizador."
    )
    page.get_by_role("button", name="Iniciar temporizador").click()
    expect(page.locator("[data-phase]")).to_have_text("Prepárese")
    expect(page.locator("[data-time-left]")).to_contain_text("minuto")
    pause = page.get_by_role("button", name="Pausa")
    expect(pause).to_be_focused()
    page.clock.run_for(10_500)  # past getting ready: the first hold
    expect(page.locator("[data-phase]")).to_have_text("Mantenga")
    expect(page.locator("[data-rep]")).to_have_text("Repetición 1 de 10")
    pause.click()
    expect(page.get_by_role("button", name="Reanudar")).to_be_visible()
