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
// Cold: a new browser on a new profile each run, nothing of the app's code in it (no
// compiled wasm, HTTP cache, service worker or caches); for the data sets, a copy of a
// profile holding the data (IndexedDB) with the code taken out. Offline-warm: the same load
// again in that browser with the network off, served by the active service worker.
import { BASE, distSizes, largeProfile, launchDataOnly, resetLog, runAlone, RUNS, saveResult, served, smallProfile, stats, waitForOfflineReady, quietMoment } from "./lib.mjs";

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

async function offlineWarm(context, page, cdp) {
  await waitForOfflineReady(page);
  await context.setOffline(true);
  const warm = await measureLoad(page, cdp);
  await context.setOffline(false);
  return warm;
}

/** One cold start on a fresh browser (a profile with `from`'s data and none of the app's
 *  code), then the same load again offline, served by the service worker. */
async function coldThenWarm(from, onCold) {
  const { context, close } = await launchDataOnly(from);
  try {
    await context.addInitScript(watch);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const cold = await measureLoad(page, cdp);
    if (onCold) await onCold(page, cold);
    return { cold, warm: await offlineWarm(context, page, cdp) };
  } finally {
    await close();
  }
}

export async function measure() {
  const runs = { empty: { cold: [], warm: [] }, small: { cold: [], warm: [] }, large: { cold: [], warm: [] } };
  let firstVisitBytes;
  const add = (set, { cold, warm }) => {
    runs[set].cold.push(cold);
    runs[set].warm.push(warm);
  };

  // Every cold run is a new browser on a new profile: a true first visit for the empty
  // set, and for the others the data kept but no code (compiled wasm, caches, worker).
  const small = await smallProfile();
  const large = await largeProfile();
  for (let i = 0; i < RUNS; i++) {
    add("empty", await coldThenWarm(null, async (page, cold) => {
      // Everything the first visit fetches, the service worker's precache included.
      await waitForOfflineReady(page);
      await quietMoment(page);
      cold.total_sent = served.reduce((n, r) => n + r.sent, 0);
      cold.total_raw = served.reduce((n, r) => n + r.raw, 0);
      const files = {};
      for (const r of served) files[r.path] = (files[r.path] ?? 0) + r.sent;
      firstVisitBytes = { by_file: files, by_interactive: { gzip: cold.sent, raw: cold.raw }, with_precache: { gzip: cold.total_sent, raw: cold.total_raw, files: served.length } };
    }));
    add("small", await coldThenWarm(small));
    // A large load takes 10–15 s at 4×: three runs.
    if (i < 3) add("large", await coldThenWarm(large));
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
