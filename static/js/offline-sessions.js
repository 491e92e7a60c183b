// A session followed offline, kept on this device until it can be sent (static/js/outbox.js).
// Loaded by static/js/offline.js on the safety check and finish pages, and on any page while
// a rating is waiting to be sent.
//
// A session started offline has no run on the server yet: the safety check's form is kept
// here instead of posted (a made-on-device id, the routine's token, when, the pain before),
// and the finish page's rating is queued with it as one message. A session started online and
// finished offline queues its run's number with the rating. Either way the message is sent on
// `online`, on the next page load and on the worker's sync, and the server saves it once.
(() => {
  "use strict";

  const gettext = window.gettext || ((text) => text);
  const outbox = window.UprightOutbox;
  const STARTED_KEY = "upright-offline-start";
  const HALF_DAY = 12 * 60 * 60 * 1000;

  function newId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  function chosenPain(form) {
    const chosen = form.querySelector('input[name="pain"]:checked');
    return chosen ? chosen.value : "";
  }

  function startedOffline() {
    try {
      const saved = JSON.parse(window.localStorage.getItem(STARTED_KEY));
      const fresh = saved && Date.now() - saved.time < HALF_DAY;
      return fresh && saved.path === window.location.pathname ? saved : null;
    } catch {
      return null;
    }
  }

  function rememberStart(saved) {
    try {
      if (saved) window.localStorage.setItem(STARTED_KEY, JSON.stringify(saved));
      else window.localStorage.removeItem(STARTED_KEY);
    } catch {
      // storage refused: the session still runs, unrated
    }
  }

  // The safety check, offline: start on this device and go to the first stretch (kept).
  const startForm = document.querySelector("form[data-start-form]");
  if (startForm) {
    startForm.addEventListener("submit", (event) => {
      if (navigator.onLine || !outbox) return;
      event.preventDefault();
      rememberStart({
        id: newId(),
        path: window.location.pathname,
        token: startForm.dataset.token,
        started: new Date().toISOString(),
        pain_before: chosenPain(startForm),
        time: Date.now(),
      });
      window.location.assign("?step=1");
    });
  }

  // Where the finish page says what became of the rating.
  let status = null;
  function showStatus(form, text, sent) {
    if (!status) {
      status = document.createElement("p");
      status.className = "message sync-status";
      status.tabIndex = -1;
      status.setAttribute("aria-live", "polite");
      form.replaceWith(status);
      status.focus();
    }
    status.replaceChildren(text);
    if (sent && form.dataset.historyUrl) {
      const link = document.createElement("a");
      link.href = form.dataset.historyUrl;
      link.textContent = gettext("See your history");
      status.append(" ", link);
    }
  }

  const finishForm = document.querySelector("form[data-finish-form]");
  const run = new URLSearchParams(window.location.search).get("run");
  const started = startedOffline();
  if (finishForm && finishForm.hidden && (started || run)) {
    // A session this device followed, finished on a page that did not know its run.
    finishForm.hidden = false;
    const none = document.querySelector("[data-no-record]");
    if (none) none.hidden = true;
  }
  const pending = new Map(); // message id -> its finish form, to say "Sent"

  if (finishForm && outbox) {
    finishForm.addEventListener("submit", async (event) => {
      const queued = finishForm.hasAttribute("data-offline");
      if (navigator.onLine && !queued) return; // a plain post, as ever
      event.preventDefault();
      const fields = {
        finished: new Date().toISOString(),
        pain_after: chosenPain(finishForm),
      };
      if (/^[0-9]+$/.test(run || "")) fields.run = run;
      else if (started) Object.assign(fields, { token: started.token, started: started.started, pain_before: started.pain_before });
      else return;
      fields.device_id = started && !fields.run ? started.id : newId();
      const message = { id: fields.device_id, url: finishForm.dataset.syncUrl, fields };
      try {
        await outbox.keep(message);
      } catch {
        showStatus(finishForm, gettext("This device could not keep your rating, so it was not saved."));
        return;
      }
      rememberStart(null);
      flag(true);
      pending.set(message.id, finishForm);
      showStatus(finishForm, gettext("Saved on this device; it will be sent when you are back online."));
      if ("serviceWorker" in navigator) {
        navigator.serviceWorker.ready
          .then((registration) => registration.sync && registration.sync.register(outbox.TAG))
          .catch(() => {}); // no background sync here: `online` and the next page load send it
      }
      if (navigator.onLine) send();
    });
  }

  // Tells static/js/offline.js, on any later page, that a rating still waits to be sent.
  function flag(waiting) {
    try {
      if (waiting) window.localStorage.setItem("upright-outbox", "waiting");
      else window.localStorage.removeItem("upright-outbox");
    } catch {
      // storage refused: the next finish or safety-check page sends what waits
    }
  }

  function report(results) {
    if (!results.some((result) => result.state === "waiting")) {
      outbox.waiting().then((left) => flag(left.length > 0), () => {});
    }
    for (const result of results) {
      const form = pending.get(result.id);
      if (!form || result.state === "waiting") continue;
      pending.delete(result.id);
      if (result.state === "sent") showStatus(form, gettext("Sent."), true);
      else showStatus(form, result.error || gettext("Your rating could not be saved."));
    }
  }

  let sending = null;
  function send() {
    if (!outbox || !navigator.onLine) return;
    sending =
      sending ||
      outbox
        .sendAll()
        .then(report)
        .catch(() => {}) // storage refused: nothing was kept to send
        .finally(() => {
          sending = null;
        });
  }

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.addEventListener("message", (event) => {
      if (event.data && event.data.type === "upright-outbox") report(event.data.results);
    });
  }
  window.addEventListener("online", send);
  send();
})();
