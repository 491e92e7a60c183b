import re
import shutil
from urllib.parse import urldefrag, urljoin, urlsplit

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
    add_to_routine(page, site, "chin-tuck", "upper-trapezius-stretch")
    page.goto(f"{site}/routine/follow/")
    page.locator(".pain-option").filter(has_text=re.compile("^6$")).click()
    page.get_by_role("button", name="I have read this: start").click()
    page.goto(page.url.replace("step=1", "step=done"))
    page.locator(".pain-option").filter(has_text=re.compile("^3$")).click()
    page.get_by_role("button", name="Save to my history").click()
    expect(page).to_have_url(re.compile("/routine/history/$"))
    return page


# The Spanish pages are the English templates with other words: the gate checks one page of
# each kind (one guide, one cause, one player step...), so it stays quick.
SPANISH_OF_A_KIND = 1


def page_kind(path: str) -> str:
    """/es/stretches/chin-tuck/ and /es/stretches/cat-cow/ are one kind of page, and so are
    /es/routine/follow/?step=1 and ?step=2 (but not the safety check, without a step)."""
    path, _, query = path.partition("?")
    step = "?step" if "step=" in query else ""
    return re.sub(r"^(/es/(?:stretches|imbalances|r))/[^/]+", r"\1/*", path) + step


def site_pages(page: Page, site: str) -> list[str]:
    """Every internal page reachable from /, plus the pages only a visitor's actions reach,
    and the Spanish pages the language switcher leads to (a few of each kind)."""
    page.goto(f"{site}/routine/")
    share = page.get_by_role("link", name="Share").get_attribute("href")
    start = [
        "/",
        "/routine/",
        "/routine/follow/",
        "/routine/follow/?step=1",
        "/routine/follow/?step=2",
        "/routine/history/",
        "/routine/print/",
        share,
        f"{share}follow/",
        f"{share}print/",
        "/no-such-page/",
        "/admin/login/",
    ]
    seen: list[str] = []
    kinds: dict[str, int] = {}
    queue = list(start)
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        if url.startswith("/es/"):
            if kinds.get(page_kind(url), 0) >= SPANISH_OF_A_KIND:
                continue
            kinds[page_kind(url)] = kinds.get(page_kind(url), 0) + 1
        seen.append(url)
        if url.startswith("/admin/"):
            continue
        page.goto(f"{site}{url}")
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
            target, _ = urldefrag(urljoin(f"{site}{url}", href))
            parts = urlsplit(target)
            if f"{parts.scheme}://{parts.netloc}" != site or parts.path.startswith("/static/"):
                continue
            if parts.path.startswith("/api/") and parts.path != "/api/v1/docs":
                continue  # JSON for programs; its docs page is the one page people read
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if path not in seen and not path.startswith("/admin/"):
                queue.append(path)
    return seen
