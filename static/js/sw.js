// Upright's service worker: the site keeps working without a connection.
//
// Served at /sw.js by content/offline.py, which puts `const UPRIGHT = {...}` in front of this
// file: the version (the release and the content version), the offline page's address, the
// outbox script and the fingerprinted static files to store on install.
//
// - Fingerprinted static files (/static/name.0123456789ab.css): cache first. A new file has a
//   new name, so a stored copy is never stale.
// - Pages: network first, so a visitor online always gets the current page (an editor's
//   change included); every HTML page that answers 200 is kept, and offered when the network
//   fails. Never a POST, never /admin/ or /api/.
// - A routine's pages: opening a routine or its player keeps every page needed to follow it
//   (the player's pages and each stretch's guide; the figures are inline SVG), listed by the
//   server at .../offline-pages/.
// - Nothing kept for a page: the offline page, which lists what is kept.
//
// Caches carry the version, and a new worker deletes the old ones. A new version (a deploy or
// an editor's change) takes over at once (skipWaiting and clients.claim): pages are network
// first and every static address is fingerprinted, so an open page never mixes old and new
// files, and nobody has to be asked to reload.
/* global UPRIGHT, UprightOutbox */
"use strict";

importScripts(UPRIGHT.outbox);

const STATIC_CACHE = `upright-static-${UPRIGHT.static_version}`;
// A kept page links to the static files of its day: both go together.
const PAGES_CACHE = `upright-pages-${UPRIGHT.version}-${UPRIGHT.static_version}`;
const FINGERPRINTED = /^\/static\/.+\.[0-9a-f]{12}\.[a-z0-9]+$/;
// An optional language prefix (/es/), then the place.
const LANGUAGE = "(/[a-z]{2}(?:-[a-z]+)?)?";
const NEVER = new RegExp(`^${LANGUAGE}/(admin|api)/|^/sw\\.js$`);
const OWN_ROUTINE = new RegExp(`^${LANGUAGE}/routine/(follow/)?$`);
const SHARED_ROUTINE = new RegExp(`^${LANGUAGE}/r/([^/]+)/(follow/)?$`);
const CATALOG = new RegExp(`^${LANGUAGE}/jsi18n/$`);
const PAGE_LIMIT = 60; // pages fetched ahead for one routine

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(STATIC_CACHE);
      await cache.addAll(UPRIGHT.precache);
      const pages = await caches.open(PAGES_CACHE);
      await pages.add(UPRIGHT.offline);
      await self.skipWaiting();
    })(),
  );
});

// The old caches go. The pages an older version kept move into the new cache first (when
// they link to the same static files), so what this device could open offline it still can;
// then each is fetched afresh, so the copies kept become the current ones.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const current = [STATIC_CACHE, PAGES_CACHE];
      const pages = await caches.open(PAGES_CACHE);
      const carried = new Set();
      for (const name of await caches.keys()) {
        if (!name.startsWith("upright-") || current.includes(name)) continue;
        if (name.startsWith("upright-pages-")) {
          const old = await caches.open(name);
          for (const request of await old.keys()) {
            carried.add(request.url);
            if (!name.endsWith(`-${UPRIGHT.static_version}`)) continue;
            if (!(await pages.match(request))) await pages.put(request, await old.match(request));
          }
        }
        await caches.delete(name);
      }
      await self.clients.claim();
      // Not waited for: pages are served while this runs, from the copies until it is done.
      refresh([...carried]);
    })(),
  );
});

async function refresh(urls) {
  const pages = await caches.open(PAGES_CACHE);
  for (const url of urls.slice(0, 2 * PAGE_LIMIT)) {
    if (url.endsWith("/offline-pages/")) {
      await keepRoutine(url);
      continue;
    }
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      if (worthKeeping(new Request(url), response)) await pages.put(url, response);
      else if (response.status === 404 || response.status === 410) await pages.delete(url);
    } catch {
      return; // offline again: the copies stand
    }
  }
}

function isPage(response) {
  return (
    response.status === 200 &&
    response.type === "basic" &&
    (response.headers.get("Content-Type") || "").startsWith("text/html")
  );
}

// The scripts' strings (Django's JavaScript catalogue) are kept like a page, so the pages
// kept on this device speak the same language offline.
function worthKeeping(request, response) {
  if (CATALOG.test(new URL(request.url).pathname)) return response.ok && response.type === "basic";
  return isPage(response);
}

async function keep(request, response) {
  const cache = await caches.open(PAGES_CACHE);
  await cache.put(request, response);
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
    return (await caches.match(UPRIGHT.offline)) || Response.error();
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
      const windows = await self.clients.matchAll({ type: "window" });
      for (const client of windows) client.postMessage({ type: "upright-outbox", results });
      // Still waiting: fail, so the browser tries again later.
      if (results.some((result) => result.state === "waiting")) throw new Error("not sent yet");
    })(),
  );
});
