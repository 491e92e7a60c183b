// Sessions finished offline, kept on this device until they can be sent. Shared by the pages
// (static/js/offline.js) and the service worker (static/js/sw.js, through importScripts), so
// both keep the queue in IndexedDB, the one store a worker can reach.
//
// Each message carries an id made on this device; the server keeps that id on the run and
// answers a resend of it with success and no change, so sending twice (a page and the
// worker's sync at the same moment, a reply lost on the way back) never makes a second run.
(() => {
  "use strict";

  const DATABASE = "upright";
  const STORE = "outbox";

  function withStore(mode, work) {
    return new Promise((resolve, reject) => {
      const opening = indexedDB.open(DATABASE, 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore(STORE, { keyPath: "id" });
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => {
        const database = opening.result;
        const transaction = database.transaction(STORE, mode);
        const request = work(transaction.objectStore(STORE));
        transaction.oncomplete = () => {
          database.close();
          resolve(request.result);
        };
        transaction.onerror = () => {
          database.close();
          reject(transaction.error);
        };
      };
    });
  }

  const waiting = () => withStore("readonly", (store) => store.getAll());
  const keep = (message) => withStore("readwrite", (store) => store.put(message));
  const forget = (id) => withStore("readwrite", (store) => store.delete(id));

  // Sends one message: "sent" (or sent before), "refused" (it can never be saved: the reply
  // says why) or "waiting" (no connection, or the server asks us to come back later).
  async function deliver(message) {
    let response;
    try {
      response = await fetch(message.url, {
        method: "POST",
        body: new URLSearchParams(message.fields),
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      });
    } catch {
      return { id: message.id, state: "waiting" };
    }
    if (response.status === 429 || response.status >= 500) return { id: message.id, state: "waiting" };
    await forget(message.id);
    if (response.ok) return { id: message.id, state: "sent" };
    const reply = await response.json().catch(() => ({}));
    return { id: message.id, state: "refused", error: reply.error || "" };
  }

  // Every waiting message, one at a time; resolves with what became of each.
  async function sendAll() {
    const results = [];
    for (const message of await waiting()) results.push(await deliver(message));
    return results;
  }

  self.UprightOutbox = { keep, waiting, sendAll, TAG: "upright-outbox" };
})();
