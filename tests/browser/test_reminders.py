"""Stretch-break reminders in the browser, on a fake clock: a notification at the chosen time
while an Upright page is open, the next one after it, and a plain message when the browser
cannot or may not show them."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.checks import SMALL_TARGETS, axe_violations, controlled, eventually
from tests.browser.conftest import add_to_routine

pytestmark = pytest.mark.browser

LONDON = ZoneInfo("Europe/London")
MONDAY_MORNING = datetime.datetime(2026, 12, 7, 10, 20, tzinfo=LONDON)

# The browser's own ways of notifying, still called, with each notification kept for the test:
# through the service worker's registration (the only way some browsers allow) or directly.
RECORD_NOTIFICATIONS = """
(() => {
  window.shown = [];
  if (!("Notification" in window)) return;
  const Real = window.Notification;
  window.Notification = class extends Real {
    constructor(title, options) {
      super(title, options);
      window.shown.push({ title, body: options && options.body, by: "page" });
      window.lastShown = this;
    }
  };
  if (!("ServiceWorkerRegistration" in window)) return;
  const show = ServiceWorkerRegistration.prototype.showNotification;
  ServiceWorkerRegistration.prototype.showNotification = function (title, options) {
    window.shown.push({ title, url: options.data.url, by: "service worker" });
    return show.call(this, title, options);
  };
})();
"""
# As Chrome on Android: a page may not make a notification itself ("Illegal constructor").
REFUSE_NOTIFICATIONS = """
(() => {
  window.shown = [];
  const Real = window.Notification;
  window.Notification = class extends Real {
    constructor(title) {
      window.shown.push({ title, by: "refused" });
      throw new TypeError("Illegal constructor");
    }
  };
})();
"""
NO_NOTIFICATIONS = "delete window.Notification;"


def reminders_page(
    browser: Browser, site: str, *, permissions: list[str], script: str, workers: str = "block"
) -> Page:
    context = browser.new_context(
        permissions=permissions, timezone_id="Europe/London", service_workers=workers
    )
    context.add_init_script(script)
    page = context.new_page()
    page.clock.install(time=MONDAY_MORNING)
    add_to_routine(page, site, "chin-tuck")
    page.goto(f"{site}/routine/")
    page.get_by_role("link", name="Remind me").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Stretch-break reminders")
    return page


def shown(page: Page) -> list[dict]:
    return page.evaluate("window.shown")


def notified(page: Page, count: int) -> None:
    """Wait until the page has tried to show `count` notifications."""
    eventually(page, "(count) => window.shown.length === count", count)


def turn_on(page: Page, times: str) -> None:
    page.get_by_label("Times of day").fill(times)
    page.get_by_role("button", name="Also remind me in this browser").click()


def test_a_reminder_arrives_through_the_service_worker_and_opens_the_player(browser, site):
    page = reminders_page(
        browser, site, permissions=["notifications"], script=RECORD_NOTIFICATIONS, workers="allow"
    )
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    # The tab is a client the worker can navigate only once the worker controls it. A page
    # whose load began before the worker was active is not always claimed; its next load is
    # always controlled.
    page.reload()
    controlled(page)
    expect(page.locator("[data-reminder-zone]")).to_have_text("Europe/London")
    turn_on(page, "10:30, 15:00")
    status = page.get_by_role("status").filter(has_text="Reminders are on")
    expect(status).to_contain_text("Monday")
    expect(status).to_contain_text("10:30")
    assert shown(page) == []

    page.clock.fast_forward("11:00")  # 10:31
    notified(page, 1)
    [reminder] = shown(page)
    assert reminder["by"] == "service worker"
    assert reminder["title"] == "Stretch break: My routine"
    assert re.fullmatch(r"/r/[\w-]+/follow/", reminder["url"])

    # Selecting it: the worker brings the open Upright tab to the routine's player.
    [worker] = page.context.service_workers
    worker.evaluate("(url) => openReminder(url).then(() => true)", reminder["url"])
    expect(page).to_have_url(f"{site}{reminder['url']}")


def test_without_a_service_worker_the_page_shows_the_next_one_itself(browser, site):
    page = reminders_page(browser, site, permissions=["notifications"], script=RECORD_NOTIFICATIONS)
    turn_on(page, "10:30, 15:00")
    page.clock.fast_forward("11:00")  # 10:31
    notified(page, 1)

    # Any Upright page keeps the schedule going: the next reminder arrives on another page.
    page.goto(f"{site}/stretches/")
    assert shown(page) == []
    page.clock.fast_forward("04:30:00")  # 15:01
    notified(page, 1)
    assert shown(page)[0] == {
        "title": "Stretch break: My routine",
        "body": "Time to stand up and loosen your neck and shoulders. Select this to start.",
        "by": "page",
    }

    # Selecting the notification opens the routine's player.
    page.evaluate("window.lastShown.dispatchEvent(new Event('click'))")
    expect(page).to_have_url(re.compile(r"/r/[\w-]+/follow/$"))


def test_a_reminder_the_browser_refuses_does_not_stop_the_next(browser, site):
    page = reminders_page(browser, site, permissions=["notifications"], script=REFUSE_NOTIFICATIONS)
    turn_on(page, "10:30, 15:00")
    page.clock.fast_forward("11:00")  # 10:31: refused
    notified(page, 1)
    page.clock.fast_forward("04:30:00")  # 15:01: still tried
    notified(page, 2)


def test_a_renamed_routine_reminds_under_its_new_name(browser, site):
    page = reminders_page(browser, site, permissions=["notifications"], script=RECORD_NOTIFICATIONS)
    turn_on(page, "10:30")
    page.get_by_role("link", name="Back to your routine").click()
    page.get_by_label("Name your routine").fill("Desk <break> $&")
    page.get_by_role("button", name="Rename", exact=True).click()
    expect(page.locator("#routine-heading")).to_have_text("Desk <break> $&")
    expect(page.locator("#routine-heading")).to_have_attribute(
        "data-routine-name", "Desk <break> $&"
    )
    page.clock.fast_forward("11:00")
    notified(page, 1)
    assert shown(page)[0]["title"] == "Stretch break: Desk <break> $&"


def test_stopping_means_no_more_reminders(browser, site):
    page = reminders_page(browser, site, permissions=["notifications"], script=RECORD_NOTIFICATIONS)
    page.get_by_label("Times of day").fill("10:30")
    page.get_by_role("button", name="Also remind me in this browser").click()
    stop = page.get_by_role("button", name="Stop reminders in this browser")
    stop.click()
    expect(page.get_by_role("status").filter(has_text="are off")).to_be_visible()
    expect(stop).to_be_hidden()
    page.clock.fast_forward("11:00")
    page.clock.run_for(1000)
    assert shown(page) == []
    assert page.evaluate("localStorage.getItem('upright.reminders')") is None


def test_when_notifications_are_refused_the_page_says_so(browser, site):
    page = reminders_page(browser, site, permissions=[], script=RECORD_NOTIFICATIONS)
    page.get_by_role("button", name="Also remind me in this browser").click()
    expect(page.get_by_role("status").filter(has_text="Notifications are blocked")).to_be_visible()
    assert page.evaluate("localStorage.getItem('upright.reminders')") is None


def test_a_browser_without_notifications_is_pointed_to_the_calendar_file(browser, site):
    page = reminders_page(browser, site, permissions=[], script=NO_NOTIFICATIONS)
    expect(page.get_by_text("This browser cannot show notifications")).to_be_visible()
    expect(page.get_by_role("button", name="Also remind me in this browser")).to_be_hidden()
    expect(page.get_by_role("button", name="Download the calendar file")).to_be_visible()


def test_the_form_shows_only_the_chosen_kind_of_schedule(browser, site):
    page = reminders_page(browser, site, permissions=[], script=RECORD_NOTIFICATIONS)
    expect(page.get_by_label("Times of day")).to_be_visible()
    expect(page.get_by_label("From")).to_be_hidden()
    page.get_by_label("Every so often").check()
    expect(page.get_by_label("Times of day")).to_be_hidden()
    expect(page.get_by_label("From")).to_be_visible()


@pytest.mark.a11y
def test_the_open_section_and_its_messages_pass_the_accessibility_checks(browser, site):
    page = reminders_page(browser, site, permissions=[], script=RECORD_NOTIFICATIONS)
    page.get_by_label("Every so often").check()
    page.get_by_label("From").fill("15:00")
    page.get_by_label("Until").fill("09:00")
    page.get_by_label("Monday").uncheck()
    page.get_by_role("button", name="Download the calendar file").click()
    expect(page.locator("#messages")).to_contain_text("No calendar file yet")
    until = page.get_by_label("Until")
    expect(until).to_be_focused()
    described = until.get_attribute("aria-describedby")
    expect(page.locator(f"#{described}")).to_contain_text("later than the start time")
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert axe_violations(page, f"reminders ({scheme})") == []
        assert page.evaluate(SMALL_TARGETS) == []
