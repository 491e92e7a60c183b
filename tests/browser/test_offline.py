"""Upright without a connection: a routine opened once can be followed and rated offline."""

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.core.signals import request_started
from playwright.sync_api import Page, expect

from routines.models import RoutineRun
from stretches.models import Stretch
from tests.browser.checks import axe_violations, controlled, eventually
from tests.browser.conftest import add_to_routine

pytestmark = pytest.mark.browser

SHORT = ("chin-tuck", "neck-flexion")


def run_to_the_end(page) -> None:
    """Let the held clock run the session out, a second at a time, to its last page."""
    for _ in range(40):
        page.clock.run_for(1000)
        if "step=done" in page.url:
            break
    expect(page.get_by_role("heading", level=1)).to_have_text("Well done")


class ServerRequests:
    """Counts the requests that reach the live server (it runs in this process)."""

    def __init__(self):
        self.paths: list[str] = []

    def __call__(self, sender, environ, **kwargs):
        self.paths.append(environ["PATH_INFO"])

    def __enter__(self):
        request_started.connect(self, dispatch_uid="offline-requests")
        return self

    def __exit__(self, *exc):
        request_started.disconnect(dispatch_uid="offline-requests")


def kept_whole(page: Page, listed_by: str) -> None:
    """Wait until the device keeps every page the routine needs (as the server lists them)."""
    eventually(
        page,
        """async (list) => {
          const { pages } = await (await fetch(list)).json();
          const kept = await Promise.all(
            [...pages, list].map((url) => caches.match(url, { ignoreVary: true })),
          );
          return kept.every(Boolean);
        }""",
        listed_by,
    )


def clock_held_now(page: Page) -> None:
    """The page's clock, held still at the real time, moved only by `run_for`: the times the
    device records stay those of today, as the server expects."""
    now = datetime.now(UTC)
    page.clock.install(time=now)
    page.clock.pause_at(now + timedelta(seconds=1))


def pick_pain(page: Page, value: int) -> None:
    page.locator(".pain-option").filter(has_text=re.compile(rf"^{value}$")).click()


@pytest.fixture
def short_routine(page: Page, site: str) -> Page:
    """Two stretches of one 5-second hold each, in the visitor's routine, opened online."""
    Stretch.objects.filter(slug__in=SHORT).update(hold_seconds=5, repetitions=1, rest_seconds=0)
    add_to_routine(page, site, *SHORT)
    page.goto(f"{site}/routine/")
    controlled(page)
    page.reload()  # the worker, now in charge, keeps this page and fetches the routine's
    page.goto(f"{site}/routine/follow/")
    kept_whole(page, "/routine/offline-pages/")
    return page


def test_a_routine_opened_once_is_followed_and_rated_offline_and_saved_once(
    short_routine: Page, site: str
):
    page = short_routine
    context = page.context
    before = RoutineRun.objects.count()
    clock_held_now(page)
    with ServerRequests() as reached:
        context.set_offline(True)
        page.reload()
        expect(page.locator("[data-connection]")).to_contain_text("You are offline")
        expect(page.get_by_role("heading", level=1)).to_have_text("Before you start")
        pick_pain(page, 6)
        page.get_by_role("button", name="I have read this: start").click()
        expect(page).to_have_url(f"{site}/routine/follow/?step=1")
        expect(page.locator("[data-player]")).to_have_attribute("data-state", "ready")
        page.get_by_role("button", name="Start timer").click()
        run_to_the_end(page)
        pick_pain(page, 3)
        page.get_by_role("button", name="Save to my history").click()
        status = page.locator(".sync-status")
        expect(status).to_have_text(
            "Saved on this device; it will be sent when you are back online."
        )
        queued = page.evaluate("UprightOutbox.waiting()")
        assert RoutineRun.objects.count() == before
    assert reached.paths == [], "offline, nothing may reach the server"

    context.set_offline(False)
    expect(status).to_contain_text("Sent.")
    runs = RoutineRun.objects.filter(device_id__isnull=False)
    assert [(run.pain_before, run.pain_after) for run in runs] == [(6, 3)]
    assert str(runs[0].device_id) == queued[0]["id"]

    # The reply was lost, say: the device sends the same session again on the next load.
    page.evaluate(
        """(message) => {
          localStorage.setItem("upright-outbox", "waiting");
          return UprightOutbox.keep(message);
        }""",
        queued[0],
    )
    page.goto(f"{site}/routine/history/")
    eventually(
        page,
        "async () => Boolean(window.UprightOutbox) && (await UprightOutbox.waiting()).length === 0"
        " && localStorage.getItem('upright-outbox') === null",
    )
    page.reload()
    assert RoutineRun.objects.count() == before + 1
    rows = page.locator("table.history tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.get_by_role("cell")).to_have_text([re.compile("."), "My routine", "6", "3"])


def test_a_session_started_online_and_finished_offline_is_rated_on_its_run(
    short_routine: Page, site: str
):
    page = short_routine
    clock_held_now(page)
    page.reload()
    pick_pain(page, 5)
    page.get_by_role("button", name="I have read this: start").click()
    expect(page).to_have_url(re.compile(r"\?step=1&run=\d+$"))
    run = RoutineRun.objects.get(pk=re.search(r"run=(\d+)", page.url).group(1))
    page.context.set_offline(True)
    page.get_by_role("button", name="Start timer").click()
    run_to_the_end(page)
    pick_pain(page, 2)
    page.get_by_role("button", name="Save to my history").click()
    status = page.locator(".sync-status")
    expect(status).to_have_text("Saved on this device; it will be sent when you are back online.")
    page.context.set_offline(False)
    expect(status).to_contain_text("Sent.")
    run.refresh_from_db()
    assert (run.pain_before, run.pain_after) == (5, 2)
    assert run.finished is not None and run.device_id is not None
    assert RoutineRun.objects.filter(routine=run.routine).count() == 1


def test_the_offline_line_appears_and_goes(page: Page, site: str):
    page.goto(f"{site}/stretches/")
    controlled(page)
    line = page.locator("[data-connection]")
    expect(line).to_be_empty()
    page.context.set_offline(True)
    expect(line).to_have_text(
        "You are offline. Pages and routines you have opened still work. A pain rating is kept"
        " on this device and sent when you are back online."
    )
    page.context.set_offline(False)
    expect(line).to_be_empty()


def test_a_page_never_opened_shows_the_offline_page_with_what_is_kept(page: Page, site: str):
    page.goto(f"{site}/stretches/chin-tuck/")
    controlled(page)
    page.reload()  # kept by the worker
    page.context.set_offline(True)
    page.goto(f"{site}/stretches/neck-flexion/")
    expect(page.get_by_role("heading", level=1)).to_have_text("You are offline")
    expect(page.get_by_role("link", name="Chin tuck")).to_have_attribute(
        "href", "/stretches/chin-tuck/"
    )
    assert axe_violations(page, "the offline page") == []
    page.get_by_role("link", name="Chin tuck").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Chin tuck")


def test_the_manifest_names_the_app_and_its_icons_answer(page: Page, site: str):
    page.goto(f"{site}/")
    href = page.locator('link[rel="manifest"]').get_attribute("href")
    response = page.request.get(f"{site}{href}")
    assert response.ok
    manifest = json.loads(response.text())
    assert manifest["short_name"] == "Upright"
    assert manifest["display"] == "standalone"
    assert manifest["start_url"] == "/"
    purposes = {(icon["sizes"], icon.get("purpose", "any")) for icon in manifest["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= purposes
    for icon in manifest["icons"]:
        answer = page.request.get(f"{site}{icon['src']}")
        assert answer.ok, icon
        assert answer.headers["content-type"] == icon["type"], icon
