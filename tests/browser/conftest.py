import re
import shutil

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Drive Debian's chromium: test tools cannot download a browser of their own here."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Debian's chromium is needed for browser tests: apt-get install chromium")
    return {**browser_type_launch_args, "executable_path": executable, "args": CHROMIUM_FLAGS}


class AppServesStatic:
    """Hand /static/ to the app, so WhiteNoise serves the collected, fingerprinted files.

    Django's live server would otherwise answer /static/ itself from the finders, which know
    nothing of the hashed names that production pages link to.
    """

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        return self.application(environ, start_response)


@pytest.fixture(scope="session")
def live_server(collected_static):
    server = LiveServer("localhost", start=False)
    server.thread.static_handler = AppServesStatic
    server.start()
    yield server
    server.stop()


@pytest.fixture
def site(live_server):
    """The live server's address."""
    return live_server.url


@pytest.fixture(autouse=True)
def _no_slow_defaults(page):
    page.set_default_timeout(10_000)
    page.set_default_navigation_timeout(15_000)
    expect.set_options(timeout=10_000)  # a loaded machine may take a while to swap


def add_to_routine(page: Page, site: str, *slugs: str) -> None:
    """Add stretches from their pages, as a visitor clicking "Add to routine" does."""
    for slug in slugs:
        page.goto(f"{site}/stretches/{slug}/")
        page.get_by_role("button", name=re.compile("^Add to routine")).click()
        expect(page.locator("#messages")).to_contain_text("added to your routine")


@pytest.fixture
def visitor(page: Page, site: str) -> Page:
    """A browser whose visitor has a routine of two stretches and one finished session."""
    return become_a_returning_visitor(page, site)


def become_a_returning_visitor(page: Page, site: str) -> Page:
    add_to_routine(page, site, "chin-tuck", "upper-trapezius-stretch")
    page.goto(f"{site}/routine/follow/")
    page.locator(".pain-option").filter(has_text=re.compile("^6$")).click()
    page.get_by_role("button", name="I have read this: start").click()
    page.goto(page.url.replace("step=1", "step=done"))
    page.locator(".pain-option").filter(has_text=re.compile("^3$")).click()
    page.get_by_role("button", name="Save to my history").click()
    expect(page).to_have_url(re.compile("/routine/history/$"))
    return page
