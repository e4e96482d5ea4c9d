// Vertskap's service worker: keeps one release build in one cache, so that after a single
// visit the app starts and works with no network at all.
//
// This file is a template. After each build, pwa/precache.mjs writes dist/sw.js as
//   const BUILD = "<hash of every file in the build>";
//   const FILES = ["index.html", "vertskap-<hash>.wasm", ...];   (precached)
//   const ON_USE = ["kit/starter.nb.json", "icons/icon-512.png", ...];   (cached on use)
// followed by this text. A new build therefore means a byte-different sw.js, which is how
// the browser notices an update.
//
// Updates follow the safe flow (shared/reliability.md): a new worker installs its build
// into a cache of its own and then waits. It takes over only when the page sends
// "vertskap:activate", which the page does only after the person accepted the update.
// Pages of the old build keep their files until then, because the old cache is deleted
// only when the new worker activates.

/* global BUILD, FILES, ON_USE */
const CACHE_PREFIX = "vertskap-build-";
const CACHE = CACHE_PREFIX + BUILD;
const ON_USE_URLS = new Set(ON_USE.map((file) => new URL(file, self.registration.scope).href));

// Trunk names the wasm, JS and CSS after a hash of their content: a copy in the HTTP
// cache is the right one, so the first visit does not download them twice. Files with
// fixed names (index.html, the manifest, icons) are fetched afresh, so the cache holds
// exactly this build. Trunk writes the hash without leading zeros, so its length varies.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(wasm|js|css)$/;

// Files kept on use by an earlier build (the words and starter kit of this device's
// language) are kept by the new one too, fetched afresh at install while the network is
// there: a person who accepts an update and then goes offline still has them. The app
// cannot start without words: an earlier build that kept none (builds before words were
// fetched carried them inside) gets every language's.
async function keptOnUse() {
  const kept = new Set();
  let earlier = false;
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
    earlier = true;
    for (const request of await (await caches.open(name)).keys()) {
      const file = request.url.slice(self.registration.scope.length);
      if (ON_USE_URLS.has(request.url) && request.url.startsWith(self.registration.scope)) kept.add(file);
    }
  }
  const words = ON_USE.filter((file) => file.startsWith("i18n/"));
  if (earlier && !words.some((file) => kept.has(file))) words.forEach((file) => kept.add(file));
  // And the words of the browser's language, which a first visit most likely speaks (the
  // page asks for what it really speaks once this worker is active): a device that goes
  // offline right after its first visit still starts. The choice is the app's own
  // (src/domain/locale.rs, js/boot.js).
  const spoken = { nb: "nb", nn: "nb", no: "nb", sv: "sv", en: "en" };
  const tag = [...(self.navigator.languages ?? [])].map((t) => spoken[t.split(/[-_]/)[0].toLowerCase()]).find(Boolean) ?? "en";
  if (words.includes(`i18n/${tag}.txt`)) kept.add(`i18n/${tag}.txt`);
  return [...kept];
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    keptOnUse().then((kept) => {
      const requests = [
        ...FILES.map((file) => new Request(file, { cache: HASHED.test(file) ? "default" : "reload" })),
        // Revalidated, so a copy the page has just fetched costs a 304, not a download.
        ...kept.map((file) => new Request(file, { cache: "no-cache" })),
      ];
      return caches.open(CACHE).then((cache) => cache.addAll(requests));
    }),
  );
});

self.addEventListener("activate", (event) => {
  // Claiming matters on the first install only: the page that installed the worker is
  // then controlled at once, so a build that arrives while it stays open waits for the
  // person instead of slipping in on the next load. (On an update, the pages already
  // belong to this worker once it activates.)
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// A file of this build that is cached only once used: served from the cache when there,
// else fetched and kept, so it also works offline from then on.
async function onUse(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  // Afresh: these files have fixed names, and the HTTP cache may hold an earlier build's.
  const response = await fetch(request.url, { cache: "no-cache" });
  if (response.ok) await cache.put(request.url, response.clone());
  return response;
}

self.addEventListener("message", (event) => {
  if (!event.data) return;
  if (event.data.type === "vertskap:activate") self.skipWaiting();
  // The page asks to keep what this device will want offline (the starter kit in the
  // language it speaks). Files outside ON_USE are precached already or not this build's.
  if (event.data.type === "vertskap:keep" && Array.isArray(event.data.files)) {
    const wanted = event.data.files
      .map((file) => new URL(file, self.registration.scope).href)
      .filter((url) => ON_USE_URLS.has(url));
    event.waitUntil(
      Promise.all(wanted.map((url) => onUse(new Request(url)))).catch((error) =>
        console.warn("vertskap: could not keep files for offline use:", error),
      ),
    );
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  if (!request.url.startsWith(self.registration.scope)) return;
  // Every navigation gets this build's index.html (the app routes with the URL hash),
  // so a page never mixes files of two builds.
  const wanted = request.mode === "navigate" ? "index.html" : request;
  const url = request.url.split(/[?#]/)[0];
  if (ON_USE_URLS.has(url)) {
    event.respondWith(onUse(request));
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(wanted, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request)),
  );
});
