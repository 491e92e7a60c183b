"""What a device keeps for offline use and what it does not, as content changes and as new
versions of the site are deployed."""

import pytest
from playwright.sync_api import Page, expect

import offline.views
from stretches.models import Stretch
from tests.browser.checks import controlled, eventually
from tests.browser.test_offline import ServerRequests

pytestmark = pytest.mark.browser

# Asks for the worker's script again and waits until the new worker it brings has taken over.
NEW_WORKER_ACTIVE = """async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  await registration.update();
  const worker = registration.installing || registration.waiting;
  if (!worker) throw new Error("no new worker");
  await new Promise((done) => {
    if (worker.state === "activated") done();
    worker.addEventListener("statechange", () => worker.state === "activated" && done());
  });
}"""


def kept_chin_tuck(page: Page, site: str) -> list[str]:
    """The chin tuck's page, kept by the worker; the names of the caches."""
    page.goto(f"{site}/stretches/chin-tuck/")
    controlled(page)
    page.reload()
    eventually(page, "async () => Boolean(await caches.match('/stretches/chin-tuck/'))")
    return page.evaluate("caches.keys()")


def test_a_returning_visitor_online_sees_an_editors_change(page: Page, site: str):
    page.goto(f"{site}/stretches/chin-tuck/")
    controlled(page)
    page.reload()
    stretch = Stretch.objects.get(slug="chin-tuck")
    stretch.name = "Chin tuck, sitting tall"
    stretch.save()  # moves the content version, as an editor's save does
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Chin tuck, sitting tall")
    # The page kept is the one just fetched, with no new worker to install.
    waiting = page.evaluate(
        """async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          await registration.update();
          return Boolean(registration.installing || registration.waiting);
        }"""
    )
    assert not waiting
    page.context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Chin tuck, sitting tall")


def test_offline_a_spanish_page_never_opened_shows_the_spanish_offline_page(page: Page, site: str):
    page.goto(f"{site}/es/")
    controlled(page)
    page.context.set_offline(True)
    page.goto(f"{site}/es/stretches/neck-flexion/")
    expect(page.get_by_role("heading", level=1)).to_have_text("No tiene conexión")
    expect(page.locator("html")).to_have_attribute("lang", "es")


def test_the_history_of_pain_ratings_is_not_kept_for_offline_use(visitor: Page, site: str):
    page = visitor  # has just seen its history
    controlled(page)
    page.reload()
    expect(page.locator("table.history tbody tr")).to_have_count(1)
    page.goto(f"{site}/routine/")
    eventually(page, "async () => Boolean(await caches.match('/routine/'))")
    assert not page.evaluate("caches.match('/routine/history/').then(Boolean)")
    page.context.set_offline(True)
    page.goto(f"{site}/routine/history/")
    expect(page.get_by_role("heading", level=1)).to_have_text("You are offline")


def test_a_deploy_keeps_what_the_device_kept_and_downloads_no_static_file_again(
    page: Page, site: str, settings
):
    before = kept_chin_tuck(page, site)
    # A new release whose static files kept their names.
    settings.RELEASE = "the-next-release"
    with ServerRequests() as reached:
        page.evaluate(NEW_WORKER_ACTIVE)
    assert not [path for path in reached.paths if path.startswith("/static/")]
    assert page.evaluate("caches.keys()") == before
    page.context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Chin tuck")


def test_a_deploy_that_renames_static_files_fetches_the_kept_pages_again_and_keeps_the_old_files(
    page: Page, site: str, monkeypatch
):
    before = kept_chin_tuck(page, site)
    # A deploy whose static files are not the same: the worker's list of them changes.
    fewer = tuple(name for name in offline.views.PRECACHED_STATIC if name != "js/share.js")
    monkeypatch.setattr(offline.views, "PRECACHED_STATIC", fewer)
    with ServerRequests() as reached:
        page.evaluate(NEW_WORKER_ACTIVE)
    assert "/stretches/chin-tuck/" in reached.paths  # the kept copy fetched afresh
    assert not [path for path in reached.paths if path.startswith("/static/")]
    after = page.evaluate("caches.keys()")
    # The files of the version before stay, for pages still open that load a script late.
    assert set(before) < set(after)
    assert len([name for name in after if name.startswith("upright-static-")]) == 2
    page.context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Chin tuck")
