// Figure 1: a first visit. Bytes on the wire (gzip, as the bench's server sends them) and
// the time until the app is interactive, with the page's CPU throttled 4× through the
// Chrome DevTools Protocol.
//
// "Interactive" here: from navigation start (performance.timeOrigin) until the first
// screen's <h1> is in the document AND a click on the "Scripts" link of the Sections
// navigation, made the moment that <h1> appears, has been handled: the Scripts screen's
// <h1> is in the document and a frame has been drawn after it. An init script does the
// watching and the click inside the page, so no polling from the test adds to the time.
//
// Cold: nothing of the app cached (new browser context for the empty set; for the data
// sets, the same profile with its service worker unregistered, its caches and the HTTP
// cache emptied, IndexedDB kept). Offline-warm: the same load again with the network off, served by
// the active service worker.
import { BASE, distSizes, importThroughUi, largeProfile, launch, launchProfile, resetLog, runAlone, RUNS, saveResult, served, smallFile, stats, waitForOfflineReady, quietMoment } from "./lib.mjs";

const THROTTLE = 4;

/** Runs in the page before any of its scripts. */
function watch() {
  const marks = (window.__bench = {});
  let clicked = false;
  const done = () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        marks.interactive = performance.now();
        console.debug("vertskap-bench:interactive");
      }),
    );
  new MutationObserver(() => {
    const h1 = document.querySelector("main h1, h1");
    if (!h1 || !h1.textContent.trim()) return;
    if (!clicked) {
      const link = document.querySelector('nav[aria-label="Sections"] a[href="#/scripts"]');
      if (!link) return;
      clicked = true;
      marks.h1 = performance.now();
      marks.firstHeading = h1.textContent.trim();
      link.click();
    } else if (marks.clicked === undefined && h1.textContent.trim() === "Scripts") {
      marks.clicked = performance.now();
      done();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** A full load of the Standards screen (never a same-document hash change). */
async function measureLoad(page, cdp) {
  if (page.url() !== "about:blank") await page.goto("about:blank");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  resetLog();
  // Told by a console message, not watched with waitForFunction: that would have Playwright
  // parse and run its injected script in the page while the load is being timed (at 4×
  // throttling, some 100 ms of parsing that no visitor's browser does).
  const interactive = page.waitForEvent("console", { predicate: (m) => m.text() === "vertskap-bench:interactive", timeout: 120_000 });
  await page.goto(`${BASE}#/standards`, { waitUntil: "commit" });
  await interactive;
  const marks = await page.evaluate(() => window.__bench);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  if (marks.firstHeading !== "Host standards") throw new Error(`first screen was "${marks.firstHeading}"`);
  return { h1: marks.h1, interactive: marks.interactive, sent: served.reduce((n, r) => n + r.sent, 0), raw: served.reduce((n, r) => n + r.raw, 0), files: served.length };
}

/** Forgets the app's code but keeps its data: no service worker, no caches. */
async function forgetCode(page, cdp) {
  // A page of the same origin outside the app (a 404 of the bench's server): no boot.js
  // there to register the worker again.
  await page.goto(BASE.replace("/vertskap/", "/__bench/blank"));
  await page.evaluate(async () => {
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    for (const k of await caches.keys()) await caches.delete(k);
  });
  await cdp.send("Network.clearBrowserCache");
  await page.goto("about:blank");
}

async function offlineWarm(context, page, cdp) {
  await waitForOfflineReady(page);
  await context.setOffline(true);
  const warm = await measureLoad(page, cdp);
  await context.setOffline(false);
  return warm;
}

export async function measure() {
  const runs = { empty: { cold: [], warm: [] }, small: { cold: [], warm: [] }, large: { cold: [], warm: [] } };
  let firstVisitBytes;

  // Empty: a new context each run is a first visit.
  const browser = await launch();
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      await context.addInitScript(watch);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const cold = await measureLoad(page, cdp);
      // Everything the first visit fetches, the service worker's precache included.
      await waitForOfflineReady(page);
      await quietMoment(page);
      cold.total_sent = served.reduce((n, r) => n + r.sent, 0);
      cold.total_raw = served.reduce((n, r) => n + r.raw, 0);
      const files = {};
      for (const r of served) files[r.path] = (files[r.path] ?? 0) + r.sent;
      firstVisitBytes = { by_file: files, by_interactive_incl_precache_so_far: { gzip: cold.sent, raw: cold.raw }, with_precache: { gzip: cold.total_sent, raw: cold.total_raw, files: served.length } };
      runs.empty.cold.push(cold);
      runs.empty.warm.push(await offlineWarm(context, page, cdp));

      // Small: the starter kit, imported through the app, in a context of its own.
      const small = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      const sp = await small.newPage();
      await sp.goto(`${BASE}#/standards`);
      await importThroughUi(sp, "starter.en.json", smallFile());
      await small.addInitScript(watch);
      const scdp = await small.newCDPSession(sp);
      await forgetCode(sp, scdp);
      runs.small.cold.push(await measureLoad(sp, scdp));
      runs.small.warm.push(await offlineWarm(small, sp, scdp));
      await small.close();
      await context.close();
    }
  } finally {
    await browser.close();
  }

  // Large: a copy of the prepared profile (imported once through the app).
  const profile = await largeProfile();
  const { context, close } = await launchProfile(profile);
  try {
    await context.addInitScript(watch);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    for (let i = 0; i < Math.min(RUNS, 3); i++) { // a large load takes 10–15 s at 4×: three runs
      await forgetCode(page, cdp);
      runs.large.cold.push(await measureLoad(page, cdp));
      runs.large.warm.push(await offlineWarm(context, page, cdp));
    }
  } finally {
    await close();
  }

  const sizes = distSizes();
  const result = {
    what: `first visit at ${THROTTLE}× CPU throttling; interactive = navigation start → first screen's h1 in the document and a click on the Sections nav's Scripts link handled (Scripts h1 shown, next frame drawn)`,
    bytes: {
      ...firstVisitBytes,
      dist_total: { gzip: sizes.reduce((n, f) => n + f.gzip, 0), raw: sizes.reduce((n, f) => n + f.raw, 0) },
      largest_files: sizes.sort((a, b) => b.gzip - a.gzip).slice(0, 4),
    },
    interactive_ms: {},
    h1_ms: {},
  };
  for (const [set, { cold, warm }] of Object.entries(runs)) {
    result.interactive_ms[set] = { cold: stats(cold.map((r) => r.interactive)), offline_warm: stats(warm.map((r) => r.interactive)) };
    result.h1_ms[set] = { cold: stats(cold.map((r) => r.h1)), offline_warm: stats(warm.map((r) => r.h1)) };
  }
  saveResult("first_visit", result);
  return result;
}

await runAlone(import.meta, measure);
