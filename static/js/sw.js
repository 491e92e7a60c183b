// Upright's service worker: the site keeps working without a connection.
//
// Served at /sw.js by offline/views.py, which puts `const UPRIGHT = {...}` in front of this
// file: the version (the release and the names of the static files), the offline page in each
// language, the outbox script and the fingerprinted static files to store on install. An
// editor's change does not change the worker: pages are network first, so it needs no new one.
//
// - Fingerprinted static files (/static/name.0123456789ab.css): cache first. A new file has a
//   new name, so a stored copy is never stale.
// - Pages: network first, so a visitor online always gets the current page (an editor's
//   change included); an HTML page that answers 200 is kept, and offered when the network
//   fails. Never a POST, never /admin/ or /api/, never the history of pain ratings, never an
//   answer that followed a redirect (a navigation answered with one is a network error), and
//   never one the server marks `Cache-Control: no-store`: a page showing a one-time message
//   such as "Saved" (offline/views.py), whose copy from before stays.
// - At most PAGES_KEPT pages are kept; the ones stored longest ago go first.
// - A routine's pages: opening a routine or its player keeps every page needed to follow it
//   (the player's pages and each stretch's guide; the figures are inline SVG), listed by the
//   server at .../offline-pages/.
// - Nothing kept for a page: the offline page in the page's language, which lists what is kept.
//
// A new version takes over at once (skipWaiting and clients.claim), so nobody has to be asked
// to reload. A page already open may still load its scripts by their old names, so the static
// files of the version before stay stored until the next version after this one; the pages
// kept are fetched afresh while the new version activates, before anything is deleted.
/* global UPRIGHT, UprightOutbox */
"use strict";

importScripts(UPRIGHT.outbox);

const STATIC_PREFIX = "upright-static-";
const STATIC_CACHE = `${STATIC_PREFIX}${UPRIGHT.static_version}`;
// One cache of pages for every version: a deploy refreshes what it holds instead of
// starting again. (Older versions kept one per version, named "upright-pages-...".)
const PAGES_CACHE = "upright-pages";
const PAGES_KEPT = 200; // a routine of 30 stretches needs 64
const FINGERPRINTED = /^\/static\/.+\.[0-9a-f]{12}\.[a-z0-9]+$/;
// An optional language prefix (/es/), then the place.
const LANGUAGE = "(/[a-z]{2}(?:-[a-z]+)?)?";
const PREFIX = new RegExp(`^${LANGUAGE}/`);
const NEVER = new RegExp(`^${LANGUAGE}/(admin|api)/|^/sw\\.js$`);
const OWN_ROUTINE = new RegExp(`^${LANGUAGE}/routine/(follow/)?$`);
const SHARED_ROUTINE = new RegExp(`^${LANGUAGE}/r/([^/]+)/(follow/)?$`);
const CATALOG = new RegExp(`^${LANGUAGE}/jsi18n/$`);
// The history of pain ratings is the visitor's own: read online only, never kept on the device.
const PRIVATE = new RegExp(`^${LANGUAGE}/routine/history/$`);
const PAGE_LIMIT = 60; // pages fetched ahead for one routine
// Whether this version's install made its static cache: the static files changed name, so the
// kept pages are fetched again when it activates. (Lost if the browser stops the worker in
// between: then the pages keep their copies, whose files stay for one more version.)
let staticFilesRenamed = false;

// Only what is missing: a static file with an unchanged name is copied from the cache of the
// version before, not downloaded again. The offline pages are fetched each time (they are
// small, and a deploy may change their words without changing a file's name).
self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      staticFilesRenamed = !(await caches.has(STATIC_CACHE));
      const cache = await caches.open(STATIC_CACHE);
      const missing = [];
      for (const url of UPRIGHT.precache) {
        if (await cache.match(url)) continue;
        const before = await caches.match(url);
        if (before) await cache.put(url, before);
        else missing.push(url);
      }
      await cache.addAll([...missing, ...Object.values(UPRIGHT.offline)]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys(); // in the order they were made
      const olderStatic = names.filter(
        (name) => name.startsWith(STATIC_PREFIX) && name !== STATIC_CACHE,
      );
      const olderPages = names.filter((name) => name.startsWith(`${PAGES_CACHE}-`));
      await carryPages(olderPages);
      await self.clients.claim();
      // When the static files changed name, each kept page is fetched again so it links the
      // new ones; one that cannot be fetched keeps its copy (and the files before stay).
      if (staticFilesRenamed || olderPages.length) await refresh();
      for (const name of [...olderStatic.slice(0, -1), ...olderPages]) await caches.delete(name);
    })(),
  );
});

// What an older version kept, moved into the one cache of pages.
async function carryPages(names) {
  const pages = await caches.open(PAGES_CACHE);
  for (const name of names) {
    const old = await caches.open(name);
    for (const request of (await old.keys()).slice(-PAGES_KEPT)) {
      const response = await old.match(request);
      if (response && worthKeeping(request, response) && !(await pages.match(request))) {
        await pages.put(request, response);
      }
    }
  }
  await trim(pages);
}

async function refresh() {
  const pages = await caches.open(PAGES_CACHE);
  for (const request of await pages.keys()) {
    let response;
    try {
      response = await fetch(request.url, { credentials: "same-origin" });
    } catch {
      if (!navigator.onLine) return; // offline again: the copies stand
      continue; // this one failed: its copy stands, and the others are still fetched
    }
    if (worthKeeping(request, response)) await pages.put(request, response);
    else if (response.status === 404 || response.status === 410) await pages.delete(request);
  }
}

async function trim(cache) {
  const requests = await cache.keys(); // the oldest first: `put` appends
  for (const request of requests.slice(0, Math.max(0, requests.length - PAGES_KEPT))) {
    await cache.delete(request);
  }
}

function stored(response) {
  return (
    response.status === 200 &&
    response.type === "basic" &&
    !response.redirected &&
    !/no-store/.test(response.headers.get("Cache-Control") || "")
  );
}

function isPage(response) {
  return stored(response) && (response.headers.get("Content-Type") || "").startsWith("text/html");
}

// The scripts' strings (Django's JavaScript catalogue) are kept like a page, so the pages
// kept on this device speak the same language offline.
function worthKeeping(request, response) {
  const place = new URL(request.url).pathname;
  if (PRIVATE.test(place) || Object.values(UPRIGHT.offline).includes(place)) return false;
  if (CATALOG.test(place) || place.endsWith("/offline-pages/")) return stored(response);
  return isPage(response);
}

async function keep(request, response) {
  const cache = await caches.open(PAGES_CACHE);
  await cache.put(request, response);
  await trim(cache);
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(STATIC_CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

// A page kept on this device for this address. The player's pages are also kept without the
// session's run number (the routine's pages fetched ahead), so "?step=2&run=41" offline is
// found as "?step=2".
async function keptPage(request) {
  const options = { ignoreVary: true };
  const exact = await caches.match(request, options);
  if (exact) return exact;
  const url = new URL(request.url);
  const step = url.searchParams.get("step");
  if (step) return caches.match(`${url.pathname}?step=${encodeURIComponent(step)}`, options);
  return undefined;
}

function offlinePage(request) {
  const prefix = PREFIX.exec(new URL(request.url).pathname)?.[1] || "";
  return caches.match(UPRIGHT.offline[prefix] || UPRIGHT.offline[""]);
}

async function networkFirst(event) {
  const { request } = event;
  try {
    const response = await fetch(request);
    if (worthKeeping(request, response)) {
      event.waitUntil(keep(request, response.clone()));
      const place = new URL(request.url).pathname;
      const own = OWN_ROUTINE.exec(place);
      const shared = SHARED_ROUTINE.exec(place);
      if (own) event.waitUntil(keepRoutine(`${own[1] || ""}/routine/offline-pages/`));
      if (shared) event.waitUntil(keepRoutine(`${shared[1] || ""}/r/${shared[2]}/offline-pages/`));
    }
    return response;
  } catch (error) {
    const kept = await keptPage(request);
    if (kept) return kept;
    if (request.mode !== "navigate") throw error;
    return (await offlinePage(request)) || Response.error();
  }
}

// Fetch and keep every page of one routine, unless the list (which carries the routine's and
// the content's versions) is the one kept last time and its pages are all still here.
const keeping = new Map();
function keepRoutine(listUrl) {
  if (!keeping.has(listUrl)) {
    keeping.set(
      listUrl,
      fetchRoutine(listUrl)
        .catch(() => undefined) // offline again, or the routine has gone: try next time
        .finally(() => keeping.delete(listUrl)),
    );
  }
  return keeping.get(listUrl);
}

async function fetchRoutine(listUrl) {
  const cache = await caches.open(PAGES_CACHE);
  const response = await fetch(listUrl, { credentials: "same-origin" });
  if (!response.ok) return;
  const text = await response.clone().text();
  const { pages } = JSON.parse(text);
  const before = await cache.match(listUrl);
  if (before && (await before.text()) === text) {
    const present = await Promise.all(pages.map((page) => cache.match(page, { ignoreVary: true })));
    if (present.every(Boolean)) return;
  }
  for (const page of pages.slice(0, PAGE_LIMIT)) {
    const answer = await fetch(page, { credentials: "same-origin" });
    if (isPage(answer)) await cache.put(page, answer);
  }
  await cache.put(listUrl, response);
  await trim(cache);
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (NEVER.test(url.pathname)) return;
  if (FINGERPRINTED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === "navigate" || CATALOG.test(url.pathname)) {
    event.respondWith(networkFirst(event));
  }
});

// Ratings kept on the device while offline (static/js/outbox.js), sent when the browser says
// the connection is back; the pages are told, so they can say "Sent".
self.addEventListener("sync", (event) => {
  if (event.tag !== UprightOutbox.TAG) return;
  event.waitUntil(
    (async () => {
      const results = await UprightOutbox.sendAll();
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      for (const client of windows) client.postMessage({ type: "upright-outbox", results });
      // Still waiting: fail, so the browser tries again later.
      if (results.some((result) => result.state === "waiting")) throw new Error("not sent yet");
    })(),
  );
});

// A stretch-break reminder selected (static/js/reminders.js): the routine's player, in the
// Upright tab already on it, or else in another open Upright tab, or else in a new one.
async function openReminder(address) {
  const url = new URL(address, self.location.origin);
  if (url.origin !== self.location.origin) return null;
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const tab = windows.find((client) => client.url === url.href) || windows[0];
  if (!tab) return self.clients.openWindow(url.href);
  await tab.focus().catch(() => {}); // allowed only in answer to the visitor's click
  if (tab.url === url.href) return tab;
  return (await tab.navigate(url.href).catch(() => null)) || self.clients.openWindow(url.href);
}

self.addEventListener("notificationclick", (event) => {
  const address = event.notification.data && event.notification.data.url;
  if (!address) return;
  event.notification.close();
  event.waitUntil(openReminder(address));
});
