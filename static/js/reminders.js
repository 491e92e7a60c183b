// Stretch-break reminders in this browser, on every Upright page: while any Upright tab is
// open, the next reminder a visitor asked for waits on a timer. The schedule (minutes after
// midnight, and days) is kept in localStorage by reminder-form.js.
(() => {
  // Words in the page's language, from Django's JavaScript catalogue (loaded first by
  // base.html); without it, the English originals.
  const gettext = window.gettext || ((text) => text);
  const interpolate =
    window.interpolate ||
    ((text, values) => text.replace(/%\((\w+)\)s/g, (match, key) => String(values[key])));
  const KEY = "upright.reminders";
  const DAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]; // Date.getDay() order
  const LATE_MS = 15 * 60 * 1000; // held up longer by a sleeping computer: that break has passed
  let timer = null;

  function stored() {
    try {
      const plan = JSON.parse(localStorage.getItem(KEY));
      return plan && Array.isArray(plan.times) && Array.isArray(plan.days) ? plan : null;
    } catch {
      return null;
    }
  }

  // The first reminder after `now`, on a chosen day, in the browser's own time zone.
  function next(plan, now) {
    for (let ahead = 0; ahead < 8; ahead += 1) {
      const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead);
      if (!plan.days.includes(DAYS[day.getDay()])) continue;
      for (const minutes of plan.times) {
        const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minutes);
        if (at > now) return at;
      }
    }
    return null;
  }

  // Through the service worker when there is one: some browsers (Chrome on Android) refuse
  // `new Notification()` outright and show notifications only this way. Its
  // `notificationclick` handler (sw.js) opens the player at `data.url`.
  async function remind(plan, at) {
    const title = interpolate(gettext("Stretch break: %(name)s"), { name: plan.name }, true);
    const options = {
      body: gettext("Time to stand up and loosen your neck and shoulders. Select this to start."),
      tag: `upright-reminder-${at.getTime()}`, // one notification however many tabs are open
      data: { url: plan.url },
    };
    const registration =
      "serviceWorker" in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
    if (registration && registration.active) {
      await registration.showNotification(title, options);
      return;
    }
    const shown = new Notification(title, options);
    shown.addEventListener("click", () => {
      window.focus();
      shown.close();
      window.location.assign(plan.url);
    });
  }

  function schedule() {
    clearTimeout(timer);
    const plan = stored();
    const allowed = "Notification" in window && Notification.permission === "granted";
    const at = plan && allowed ? next(plan, new Date()) : null;
    if (at === null) return null;
    timer = setTimeout(async () => {
      // However this one goes (a browser may refuse it), the next is still set.
      try {
        // Read afresh: the routine may have been renamed since this was set.
        if (Date.now() - at.getTime() < LATE_MS) await remind(stored() || plan, at);
      } catch (error) {
        console.error("Upright could not show a stretch-break reminder", error);
      } finally {
        schedule();
      }
    }, at - Date.now());
    return at;
  }

  // Reminders already on for a routine take its new name with them: any page that names the
  // routine (the builder's heading, the reminders page) says its name and its player's address,
  // and the builder says them again after each change.
  function keepNameCurrent() {
    const plan = stored();
    if (!plan) return;
    for (const element of document.querySelectorAll("[data-routine-name][data-follow-url]")) {
      const { routineName, followUrl } = element.dataset;
      if (followUrl === plan.url && routineName !== plan.name) {
        localStorage.setItem(KEY, JSON.stringify({ ...plan, name: routineName }));
      }
    }
  }

  window.uprightReminders = { KEY, DAYS, stored, next, schedule };
  window.addEventListener("storage", (event) => event.key === KEY && schedule());
  document.addEventListener("htmx:afterSettle", keepNameCurrent);
  keepNameCurrent();
  schedule();
})();
