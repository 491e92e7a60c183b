import shutil

import pytest
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
def live_server():
    server = LiveServer("localhost", start=False)
    server.thread.static_handler = AppServesStatic
    server.start()
    yield server
    server.stop()


@pytest.fixture
def site(live_server, content):
    """The live server's address, with the shipped content in its database."""
    return live_server.url


@pytest.fixture(autouse=True)
def _no_slow_defaults(page):
    page.set_default_timeout(10_000)
    page.set_default_navigation_timeout(15_000)
