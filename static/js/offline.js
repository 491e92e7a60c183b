// Upright offline, on every page: registers the service worker (static/js/sw.js) and says
// when the device is offline and what still works. The code for a session followed offline
// (static/js/outbox.js, static/js/offline-sessions.js) loads only where it is needed: on the
// safety check and finish pages, and on any page while a rating waits to be sent.
(() => {
  "use strict";

  const gettext = window.gettext || ((text) => text);
  const script = document.querySelector("script[data-service-worker]");
  const region = document.querySelector("[data-connection]");

  if ("serviceWorker" in navigator && script) {
    navigator.serviceWorker.register(script.dataset.serviceWorker, { scope: "/" }).catch(() => {
      // No worker (private mode, a browser setting): the site works online as before.
    });
  }

  // The banner, in a polite live region present from the start. During a session (focus
  // mode) only its first words show (static/css/upright.css).
  function showConnection() {
    if (!region) return;
    if (navigator.onLine) {
      region.replaceChildren();
      return;
    }
    if (region.firstChild) return;
    const banner = document.createElement("p");
    banner.className = "connection-line";
    const first = document.createElement("strong");
    first.textContent = gettext("You are offline.");
    const more = document.createElement("span");
    more.className = "connection-more";
    more.textContent = ` ${gettext("Pages and routines you have opened still work. A pain rating is kept on this device and sent when you are back online.")}`;
    banner.append(first, more);
    region.append(banner);
  }

  // Set by offline-sessions.js while a rating is kept on this device, unsent.
  function waiting() {
    try {
      return window.localStorage.getItem("upright-outbox") === "waiting";
    } catch {
      return false;
    }
  }

  let loaded = false;
  function loadSessions() {
    if (loaded || !script) return;
    loaded = true;
    for (const source of [script.dataset.outbox, script.dataset.sessions]) {
      const element = document.createElement("script");
      element.src = source;
      element.async = false; // in this order
      document.head.append(element);
    }
  }

  if (document.querySelector("[data-start-form], [data-finish-form]") || waiting()) loadSessions();
  window.addEventListener("online", () => {
    showConnection();
    if (waiting()) loadSessions(); // it sends what waits as it starts
  });
  window.addEventListener("offline", showConnection);
  showConnection();
})();
