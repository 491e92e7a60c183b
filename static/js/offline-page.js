// The offline page (templates/offline.html): links to the pages this device has kept, by
// their own titles, read from the service worker's caches.
(() => {
  "use strict";

  // The offline page: what this device has kept, by the pages' own titles.
  const kept = document.querySelector("[data-kept]");
  if (kept && "caches" in window) {
    (async () => {
      const links = [];
      const seen = new Set([kept.dataset.offlinePage]);
      for (const name of await caches.keys()) {
        if (!name.startsWith("upright-pages")) continue;
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const url = new URL(request.url);
          // One entry a page: a player's stretches are reached from its first page.
          if (url.search || seen.has(url.pathname)) continue;
          seen.add(url.pathname);
          const response = await cache.match(request);
          if (!(response.headers.get("Content-Type") || "").startsWith("text/html")) continue;
          const html = await response.text();
          const title = new DOMParser().parseFromString(html, "text/html").title;
          links.push({ href: url.pathname, title: title.replace(/ · Upright$/, "") });
        }
      }
      if (!links.length) return;
      const list = kept.querySelector("[data-kept-list]");
      list.replaceChildren(
        ...links.map(({ href, title }) => {
          const item = document.createElement("li");
          const link = document.createElement("a");
          link.href = href;
          link.textContent = title || href;
          item.append(link);
          return item;
        }),
      );
      kept.hidden = false;
      const none = document.querySelector("[data-kept-none]");
      if (none) none.hidden = true;
    })().catch(() => {});
  }
})();
