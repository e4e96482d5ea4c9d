// Starts the WebAssembly app from an external module, so the Content-Security-Policy in
// index.html can forbid inline script. Trunk writes the hashed file names into
// <meta name="vertskap-js"> and <meta name="vertskap-wasm"> (pattern_script in Trunk.toml);
// they are relative to the page, so dist/ works under any path.
const asset = (name) => {
  const meta = document.querySelector(`meta[name="${name}"]`);
  if (!meta) throw new Error(`vertskap: missing <meta name="${name}">`);
  return new URL(meta.content, document.baseURI).href;
};

// The app names files of the build it wants kept for offline use (the starter kit in the
// language shown); the service worker caches them, once it is active.
addEventListener("vertskap:keep", (event) => {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.ready.then((registration) =>
    registration.active?.postMessage({ type: "vertskap:keep", files: event.detail }),
  );
});

// The words of the language the app will speak, fetched while the wasm downloads (the
// app takes them from here, src/ui/language.rs). The choice is the app's own: the language
// chosen in Settings, else the browser's first that the app speaks, else English
// (src/domain/locale.rs); a wrong guess only costs the app a fetch of its own.
const SPOKEN = { nb: "nb", nn: "nb", no: "nb", sv: "sv", en: "en" };
const chosenLanguage = () => {
  try {
    return JSON.parse(localStorage.getItem("vertskap.preferences"))?.language ?? null;
  } catch {
    return null;
  }
};
const wordsTag =
  chosenLanguage() ??
  [...(navigator.languages ?? []), navigator.language ?? ""].map((t) => SPOKEN[t.split(/[-_]/)[0].toLowerCase()]).find(Boolean) ??
  "en";
window.vertskapWords = {
  tag: wordsTag,
  // Afresh: the name is fixed, and the HTTP cache may hold an earlier build's words.
  text: fetch(`i18n/${wordsTag}.txt`, { cache: "no-cache" }).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`)))),
};
// Not every start uses it (a tab that changed language meanwhile): no unhandled rejection.
window.vertskapWords.text.catch(() => {});

let wasm;
try {
  const { default: init } = await import(asset("vertskap-js"));
  wasm = await init({ module_or_path: asset("vertskap-wasm") });
} catch (error) {
  // The loading sign becomes a sentence saying so, instead of moving forever.
  document.getElementById("boot")?.setAttribute("data-failed", "");
  document.getElementById("boot")?.removeAttribute("aria-busy");
  throw error;
}

// Same event trunk's own loader fires; tests wait for it.
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));

// Offline after the first visit, and updates only when the person says so: see pwa/sw.js.
// The page learns of a waiting build here and tells the app with "vertskap:update-ready"
// (and data-update-ready on <html>, for an app that mounts later); the app answers with
// "vertskap:update-accepted" when the person taps the banner.
async function watchForUpdates() {
  if (!("serviceWorker" in navigator)) return;
  const registration = await navigator.serviceWorker.register("./sw.js");
  let accepted = false;
  let reloading = false;
  // The first worker claims the page that installed it: that change of controller is
  // no update, and must neither reload nor offer one.
  let controlled = navigator.serviceWorker.controller !== null;
  const offer = () => {
    document.documentElement.dataset.updateReady = "";
    dispatchEvent(new CustomEvent("vertskap:update-ready"));
  };
  // A worker that finishes installing while a page is controlled is a new build; with no
  // controller it is the first install, which needs no reload and no banner.
  const follow = (worker) =>
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed" && navigator.serviceWorker.controller) offer();
    });
  if (registration.waiting && navigator.serviceWorker.controller) offer();
  follow(registration.installing);
  registration.addEventListener("updatefound", () => follow(registration.installing));

  addEventListener("vertskap:update-accepted", () => {
    accepted = true;
    if (registration.waiting) registration.waiting.postMessage({ type: "vertskap:activate" });
    else location.reload(); // another tab already let the new build take over
  });
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!controlled) {
      controlled = true;
    } else if (accepted && !reloading) {
      // Once, after the new worker took control, and only on an accepted update.
      reloading = true;
      location.reload();
    } else if (!accepted) {
      offer(); // another tab took the update: this page still runs the older build
    }
  });

  // A tablet may keep the app open for days: look for a new build now and then.
  const check = () => registration.update().catch(() => {});
  setInterval(check, 60 * 60 * 1000);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") check();
  });
}
watchForUpdates().catch((error) => console.warn("vertskap: no offline support:", error));
