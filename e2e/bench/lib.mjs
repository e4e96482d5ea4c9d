// Shared by the benchmarks in this folder: the static server, the browser, the data sets,
// statistics and bench/results.json. Figures are measured here, never asserted in tests.
import { chromium } from "@playwright/test";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, "../..");
/** The build to measure; `BENCH_DIST=/path` measures another (a build with names, to profile). */
export const DIST = process.env.BENCH_DIST ?? resolve(repo, "dist");
export const RESULTS = resolve(repo, "bench/results.json");
/** Generated data sets and the prepared browser profile: not committed (see .gitignore). */
export const WORK = resolve(repo, "bench/.work");
export const PORT = Number(process.env.BENCH_PORT ?? 4180);
export const BASE = `http://127.0.0.1:${PORT}/vertskap/`;
/** Runs per figure; `BENCH_RUNS=1 node bench/x.mjs` while developing. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 5);

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"];

// ---------------------------------------------------------------------------------------
// Server: dist/ under /vertskap/, like e2e/serve.mjs, but gzipping text responses the way a
// real static host does, so "bytes transferred" means bytes on the wire. It counts them.

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm", ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
  ".ico": "image/x-icon", ".woff2": "font/woff2", ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".webmanifest", ".svg", ".txt"]);

let server;
const gzCache = new Map();
/** Every response since the last `resetLog()`: path, raw bytes, bytes sent. */
export const served = [];
export const resetLog = () => void served.splice(0);

export async function startServer() {
  if (server) return;
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/index.html missing: run `make dist` first");
  server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let path = decodeURIComponent(url.pathname);
    if (path === "/" || path === "/vertskap") {
      res.writeHead(302, { Location: "/vertskap/" });
      return res.end();
    }
    if (path === "/__bench/blank") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
      return res.end("<!doctype html><title>bench</title>");
    }
    // Generated data sets, for the benchmarks' own pages (outside the service worker's scope).
    if (path.startsWith("/__bench/") && !path.includes("..") && existsSync(join(WORK, path.slice(9)))) {
      const body = readFileSync(join(WORK, path.slice(9)));
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": body.length, "Cache-Control": "no-store" });
      return res.end(body);
    }
    // The peers (bench/peers, built into bench/.work/peers by peers.mjs), served alike.
    const root = path.startsWith("/vertskap/") ? DIST : path.startsWith("/peers/") ? join(WORK, "peers") : undefined;
    if (!root || path.split("/").includes("..")) {
      res.writeHead(404);
      return res.end();
    }
    let file = join(root, path.slice(root === DIST ? "/vertskap/".length : "/peers/".length));
    if (path.endsWith("/")) file = join(file, "index.html");
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      return res.end();
    }
    const ext = extname(file).toLowerCase();
    const stat = statSync(file);
    // Like a typical static host: validators on everything, and the hashed build files
    // (name-<hash>.ext, up to 16 hex digits) cacheable for a year, so the service worker's precache of them
    // (cache mode "default") is served by the HTTP cache rather than fetched twice.
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers = {
      "Content-Type": TYPES[ext] ?? "application/octet-stream",
      "Cache-Control": /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
      ETag: etag,
      "Last-Modified": new Date(stat.mtimeMs).toUTCString(),
      "X-Content-Type-Options": "nosniff",
    };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers);
      res.end();
      served.push({ path, raw: 0, sent: 0, status: 304 });
      return;
    }
    const raw = readFileSync(file);
    let body = raw;
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      const key = `${file}:${stat.mtimeMs}`;
      if (!gzCache.has(key)) gzCache.set(key, gzipSync(raw, { level: 9 }));
      body = gzCache.get(key);
      headers["Content-Encoding"] = "gzip";
      headers.Vary = "Accept-Encoding";
    }
    headers["Content-Length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
    served.push({ path, raw: raw.length, sent: body.length, status: 200 });
  });
  await new Promise((ok) => server.listen(PORT, "127.0.0.1", ok));
}

export async function stopServer() {
  if (!server) return;
  server.closeAllConnections?.();
  await new Promise((ok) => server.close(ok));
  server = undefined;
}

/** Raw and gzip-9 sizes of every file in dist/ (what a first visit may fetch). */
export function distSizes() {
  return readdirSync(DIST, { recursive: true })
    .map((f) => join(DIST, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => {
      const raw = readFileSync(f);
      return { file: f.slice(DIST.length + 1), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
    });
}

// ---------------------------------------------------------------------------------------
// Browser.

export function launch() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** What a profile keeps of the app's code: compiled wasm and scripts ("Code Cache"), the
 *  HTTP cache, and the service worker with its caches. A cold start has none of it. */
const CODE_DIRS = ["Code Cache", "Cache", "Service Worker", "GPUCache", "DawnGraphiteCache", "DawnWebGPUCache"];

/** A persistent profile (so IndexedDB and the service worker survive), copied from `from`;
 *  with `withoutCode`, the copy keeps none of the app's code (see `launchDataOnly`). */
export async function launchProfile(from, { withoutCode = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "vertskap-bench-"));
  if (from) {
    cpSync(from, dir, { recursive: true });
    if (withoutCode) for (const sub of CODE_DIRS) rmSync(join(dir, "Default", sub), { recursive: true, force: true });
  }
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    viewport: { width: 1024, height: 768 },
  });
  const close = async () => {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { context, dir, close };
}

/** A fresh browser on a copy of `from` without any of the app's code: its data
 *  (IndexedDB, localStorage) only. Each cold run starts like this: in one profile the
 *  compiled wasm is cached across runs, and clearing caches from a page leaves it. */
export const launchDataOnly = (from) => launchProfile(from, { withoutCode: true });

/** Waits until the service worker controls the page (the build is cached for offline). */
export async function waitForOfflineReady(page) {
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  // The words of the language shown are kept on use; the app cannot start offline without them.
  await page.waitForFunction(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith("vertskap-build-"));
    if (name === undefined) return false;
    const cache = await caches.open(name);
    // And the kit of that language, so "everything a first visit fetches" counts it.
    const lang = document.documentElement.lang;
    return (await cache.match(`i18n/${lang}.txt`)) !== undefined && (await cache.match(`kit/starter.${lang}.json`)) !== undefined;
  }, null, { timeout: 60_000 });
}

/** Imports a file through Settings → Import a file, as a person would. Returns ms spent
 *  reading and checking it, and applying it, timed inside the page: from the file input's
 *  `change` event to the Import button, and from the click on it to the success message.
 *  (Timed from outside, "reading" also held Playwright handing the page 46 MB as base64,
 *  some 3 s that a person choosing a file from disk never waits.) */
export async function importThroughUi(page, name, buffer) {
  await page.goto("about:blank");
  await page.goto(`${BASE}#/settings`);
  await page.getByRole("heading", { name: "Import a file" }).waitFor({ timeout: 120_000 });
  await page.evaluate(() => {
    const marks = (window.__import = {});
    const importButton = () => [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Import");
    document.addEventListener("change", () => (marks.picked ??= performance.now()), true);
    document.addEventListener("click", (e) => {
      if (e.target instanceof Element && e.target.closest("button") === importButton()) marks.clicked ??= performance.now();
    }, true);
    new MutationObserver(() => {
      if (marks.picked !== undefined && marks.checked === undefined && importButton()) marks.checked = performance.now();
      if (marks.clicked !== undefined && marks.stored === undefined && document.body.textContent.includes("The file was imported.")) marks.stored = performance.now();
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
    // Usable again: the goal summaries read back after the import (the app marks each
    // read), and a frame drawn with them. The message comes before that.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name !== "vertskap-summaries-read" || marks.clicked === undefined) continue;
        if (entry.startTime > marks.clicked && marks.usable === undefined) {
          requestAnimationFrame(() => setTimeout(() => (marks.usable ??= performance.now())));
        }
      }
    }).observe({ type: "mark" });
  });
  await page.getByLabel("Choose a file to import").setInputFiles({ name, mimeType: "application/json", buffer });
  const button = page.getByRole("button", { name: "Import", exact: true });
  await Promise.race([
    button.waitFor({ timeout: 600_000 }),
    page.getByText("cannot be imported").waitFor({ timeout: 600_000 }).then(async () => {
      throw new Error(`the app refused ${name}: ${await page.getByText("cannot be imported").innerText()}`);
    }),
  ]);
  await button.click();
  await page.getByText("The file was imported.").waitFor({ timeout: 600_000 });
  await page.waitForFunction(() => window.__import.usable !== undefined, null, { timeout: 600_000 });
  const marks = await page.evaluate(() => window.__import);
  for (const mark of ["picked", "checked", "clicked", "stored", "usable"]) {
    if (marks[mark] === undefined) throw new Error(`import of ${name}: no "${mark}" mark (${JSON.stringify(marks)})`);
  }
  return { read: marks.checked - marks.picked, apply: marks.stored - marks.clicked, usable: marks.usable - marks.clicked };
}

// ---------------------------------------------------------------------------------------
// Data sets.

export const LARGE = { standards: 5_000, scripts: 5_000, people: 50, goals: 200, check_ins: 200_000, years: 5 };
const STAMP = "2026-01-01T00:00:00Z";

/** Small: the English starter kit, one business's worth. */
export function smallFile() {
  return readFileSync(resolve(repo, "kit/starter.en.json"));
}

/** Deterministic UUID-shaped ids: one prefix per kind of record. */
const uid = (kind, n) => `${kind}0000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const dayString = (d) => d.toISOString().slice(0, 10);

/** Words the counter-search benchmark types, so its searches find something. */
export const WORDS = ["Hilse", "når", "det", "er", "travelt", "telefonen", "ringer", "klage", "på", "kaffe", "kø", "ved",
  "disken", "reklamation", "välkommen", "gäst", "förlåt", "bord", "bestilling", "velkommen", "tilbake", "sjekk", "ut",
  "rom", "frokost", "buss", "billett", "kart", "tur", "sykkel", "omtankesalg", "bagasje", "regn", "paraply", "barn"];
const pick = (i, n) => Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 13 + ((i * k) % 5)) % WORDS.length]).join(" ");

/** Large: the starter kit plus generated records up to 5,000 standards, 5,000 scripts,
 *  50 people, 200 goals and 200,000 check-ins over the five years up to today, as a backup. */
export function largeBackup() {
  const kit = JSON.parse(smallFile());
  const d = structuredClone(kit.data);
  const areas = d.areas.map((a) => a.id);
  for (let i = d.standards.length; i < LARGE.standards; i++) {
    d.standards.push({
      id: uid("a", i), area_id: areas[i % areas.length], title: `Standard ${i}: ${pick(i, 4)}`, why: pick(i + 5, 20),
      dos: [pick(i + 1, 5), pick(i + 2, 6)], donts: [pick(i + 3, 5)], measured_by: "Mystery guest", tags: [WORDS[i % WORDS.length]],
      value_ids: [], order: i, created: STAMP, updated: STAMP,
    });
  }
  for (let i = d.scripts.length; i < LARGE.scripts; i++) {
    d.scripts.push({
      id: uid("b", i), title: `${pick(i, 4)} ${i}`, situation: pick(i + 3, 9), channel: ["in_person", "phone", "written", "any"][i % 4],
      kind: "ordinary", steps: [{ say: pick(i + 1, 8), do: pick(i + 2, 6), note: "", stage: null }],
      standard_ids: [], value_ids: [], tags: [], practice: false, pinned: i % 500 === 0, created: STAMP, updated: STAMP,
    });
  }
  const today = new Date(`${dayString(new Date())}T00:00:00Z`);
  const first = new Date(today);
  first.setUTCFullYear(first.getUTCFullYear() - LARGE.years);
  const span = Math.round((today - first) / 86_400_000) + 1; // days in the five years, today included
  d.people = Array.from({ length: LARGE.people }, (_, i) => ({
    id: uid("c", i), name: `Person ${String(i + 1).padStart(2, "0")}`, role_id: d.roles[i % d.roles.length].id, active: true,
    started: dayString(first), next_conversation_due: i % 10 === 0 ? dayString(today) : null, created: STAMP, updated: STAMP,
  }));
  const kinds = ["done_per_day", "count", "amount", "score"];
  const periods = ["day", "week", "month", "quarter"];
  const figures = [null, "economic", "customer", "service", "employee"];
  d.goals = Array.from({ length: LARGE.goals }, (_, i) => {
    const kind = kinds[i % 4];
    const period = kind === "done_per_day" ? "week" : periods[(i >> 2) % 4];
    const target = { done_per_day: 3, count: 10, amount: 1000, score: 1 }[kind];
    return {
      id: uid("d", i), title: `Goal ${i + 1}: ${pick(i, 3)}`,
      // 150 goals of three people each, 50 team goals.
      owner: i < 150 ? { person: d.people[i % LARGE.people].id } : "team",
      standard_id: i % 3 === 0 ? d.standards[i].id : null, kind, target, direction: "at_least", period,
      start: dayString(first), end: null, status: "active", key_figure: figures[i % figures.length], created: STAMP, updated: STAMP,
    };
  });
  const per = LARGE.check_ins / LARGE.goals; // 1,000 per goal, on distinct days spread over the five years
  d.check_ins = new Array(LARGE.check_ins);
  let n = 0;
  for (let g = 0; g < LARGE.goals; g++) {
    const goal = d.goals[g];
    for (let k = 0; k < per; k++) {
      const day = new Date(first.getTime() + Math.floor(((k + 1) * span) / per - 1) * 86_400_000);
      const value = { done_per_day: (k % 5 === 0 ? 0 : 1), count: (k * 7 + g) % 6, amount: ((k * 13 + g) % 50000) / 100, score: ((k + g) % 5) - 2 }[goal.kind];
      d.check_ins[n] = { id: uid("e", n), goal_id: goal.id, date: dayString(day), value, note: k % 50 === 0 ? "Busy day" : "", created: STAMP, updated: STAMP };
      n++;
    }
  }
  return { format: "vertskap", version: 1, kind: "backup", exported_at: STAMP, app_version: "bench", data: d };
}

/** The large backup's bytes, generated once per day (its dates end today) into bench/.work. */
export function largeFile() {
  const name = `large-${dayString(new Date())}.json`;
  const path = join(WORK, name);
  if (!existsSync(path)) {
    mkdirSync(WORK, { recursive: true });
    writeFileSync(path, JSON.stringify(largeBackup()));
  }
  return { path, url: `http://127.0.0.1:${PORT}/__bench/${name}`, buffer: readFileSync(path) };
}

/** A browser profile holding the starter kit, imported through the app; prepared again
 *  when dist/ changes. */
export const smallProfile = () => importedProfile("small", "starter.en.json", smallFile);

/** A browser profile holding `file()` (bytes), imported through the app into a fresh
 *  profile named `name`; prepared again when dist/ changes. */
export async function importedProfile(name, fileName, file) {
  const stamp = `${statSync(join(DIST, "index.html")).mtimeMs}:${name}`;
  const dir = join(WORK, `profile-${name}`);
  const stampFile = join(WORK, `profile-${name}.stamp`);
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return dir;
  rmSync(dir, { recursive: true, force: true });
  await startServer();
  const { context, dir: tmp } = await launchProfile();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${BASE}#/standards`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await importThroughUi(page, fileName, file());
  await context.close();
  mkdirSync(WORK, { recursive: true });
  cpSync(tmp, dir, { recursive: true });
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(stampFile, stamp);
  return dir;
}

/** A browser profile holding the large data set, imported once through the app and with
 *  the service worker installed. Reused by every benchmark that needs the large set (each
 *  copies it): imported again only when dist/ or the day changes. */
export async function largeProfile() {
  const { path, buffer } = largeFile();
  const stamp = `${statSync(join(DIST, "index.html")).mtimeMs}:${path}`;
  const dir = join(WORK, "profile-large");
  if (existsSync(join(WORK, "profile-large.stamp")) && readFileSync(join(WORK, "profile-large.stamp"), "utf8") === stamp) return dir;
  rmSync(dir, { recursive: true, force: true });
  await startServer();
  const t0 = Date.now();
  const { context, dir: tmp, close } = await launchProfile();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${BASE}#/standards`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await waitForOfflineReady(page);
  await importThroughUi(page, "large.json", buffer);
  await page.goto(`${BASE}#/goals`);
  await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 120_000 });
  await context.close();
  cpSync(tmp, dir, { recursive: true });
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(join(WORK, "profile-large.stamp"), stamp);
  console.log(`  (prepared a browser profile with the large data set in ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  return dir;
}

// ---------------------------------------------------------------------------------------
// Statistics and results.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const round = (x, digits) => +x.toFixed(digits);
/** Median, min and max of several runs, rounded. */
export const stats = (xs, digits = 0) => ({ median: round(median(xs), digits), min: round(Math.min(...xs), digits), max: round(Math.max(...xs), digits), runs: xs.length });

/** Merges one figure's results into bench/results.json. */
export function saveResult(key, value) {
  mkdirSync(dirname(RESULTS), { recursive: true });
  const all = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, "utf8")) : {};
  all[key] = value;
  writeFileSync(RESULTS, JSON.stringify(all, null, 2) + "\n");
}

/** True when the calling module is the script node was started with. */
export const isMain = (meta) => process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === meta.url;

/** Runs a figure's `measure` as a script of its own, with the server started and stopped. */
export async function runAlone(meta, measure) {
  if (!isMain(meta)) return;
  await startServer();
  try {
    const result = await measure();
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await stopServer();
  }
}

/** Waits until the page has had a quiet moment: no DOM change for 300 ms and an idle
 *  callback, so start-up work (goal progress, precaching) is over before measuring. */
export async function quietMoment(page) {
  await page.evaluate(
    () =>
      new Promise((done) => {
        let timer;
        const quiet = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            observer.disconnect();
            requestIdleCallback(() => done(), { timeout: 5000 });
          }, 300);
        };
        const observer = new MutationObserver(quiet);
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        quiet();
      }),
  );
}
