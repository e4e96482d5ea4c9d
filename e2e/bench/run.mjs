// `make bench`: every figure in order, in one server, then one summary table with the
// issue's targets beside the figures. Writes bench/results.json (each figure merges its
// part as it finishes, so a figure that fails leaves the others).
//
//   node bench/run.mjs                 all figures, BENCH_RUNS (default 5) runs each
//   node bench/run.mjs search goals    only some (peers, first-visit, import, search, goals, visits, ratings, memory)
import { execSync } from "node:child_process";
import os from "node:os";
import { launch, largeFile, largeProfile, RUNS, saveResult, startServer, stopServer } from "./lib.mjs";
import * as peers from "./peers.mjs";
import * as firstVisit from "./first-visit.mjs";
import * as importing from "./import.mjs";
import * as search from "./counter-search.mjs";
import * as goals from "./goals-overview.mjs";
import * as memory from "./memory.mjs";
import * as visits from "./visits.mjs";
import * as ratings from "./ratings.mjs";

const FIGURES = { peers, "first-visit": firstVisit, import: importing, search, goals, visits, ratings, memory };
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(FIGURES);
const results = {};
const started = Date.now();

await startServer();
try {
  const browser = await launch();
  const chromium = browser.version();
  await browser.close();
  saveResult("machine", {
    cpus: os.cpus().length,
    cpu_model: os.cpus()[0]?.model,
    memory_gb: +(os.totalmem() / 1e9).toFixed(1),
    gpu: "none (--disable-gpu, headless)",
    chromium,
    node: process.version,
    runs: RUNS,
    commit: execSync("git rev-parse --short HEAD").toString().trim(),
    date: new Date().toISOString(),
  });
  largeFile();
  if (chosen.some((c) => !["import", "first-visit", "peers", "visits", "ratings"].includes(c))) await largeProfile();
  for (const name of chosen) {
    const t0 = Date.now();
    console.log(`\n==> ${name}`);
    results[name] = await FIGURES[name].measure();
    console.log(`    done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
} finally {
  await stopServer();
}

// ---------------------------------------------------------------------------------------
// The summary.

const rows = [];
/** `lower`: a figure that should be at most `target`. */
const row = (what, figure, unit, target, digits = 0) => {
  const f = (x) => (typeof x === "number" ? x.toFixed(digits) : x);
  let verdict = "";
  if (target !== undefined) {
    const over = figure.median - target;
    verdict = over <= 0 ? "met" : `missed by ${f(over)} ${unit} (${(figure.median / target).toFixed(1)}×)`;
  }
  rows.push({
    figure: what,
    median: `${f(figure.median)} ${unit}`,
    "min–max": figure.min === undefined ? "" : `${f(figure.min)}–${f(figure.max)}`,
    target: target === undefined ? "" : `≤ ${target} ${unit}`,
    verdict,
  });
};

const kb = (b) => +(b / 1000).toFixed(1);
const pe = results.peers;
if (pe) {
  for (const [name, p] of Object.entries(pe.pages)) {
    const s = p.first_screen_ms;
    row(`first screen, empty, cold, 4×: ${name}`, { median: s.median / 1000, min: s.min / 1000, max: s.max / 1000 }, "s", name === "Vertskap" ? 0.5 : undefined, 2);
  }
  for (const [name, p] of Object.entries(pe.pages)) row(`  bytes fetched (gzip): ${name}`, { median: kb(p.gzip_bytes) }, "KB", name === "Vertskap" ? 350 : undefined, 1);
}
const fv = results["first-visit"];
if (fv) {
  row("first visit, bytes transferred (gzip; page + service-worker precache)", { median: kb(fv.bytes.with_precache.gzip) }, "KB", 350, 1);
  const wasm = Object.entries(fv.bytes.by_file).find(([f]) => f.endsWith(".wasm"));
  row("  of which the wasm (gzip)", { median: kb(wasm[1]) }, "KB", undefined, 1);
  for (const set of ["empty", "small", "large"]) {
    for (const how of ["cold", "offline_warm"]) {
      const s = fv.interactive_ms[set][how];
      const target = how === "cold" ? (set === "empty" ? 0.5 : undefined) : set === "large" ? 0.6 : undefined;
      row(`interactive at 4× throttling, ${set}, ${how.replace("_", "-")}`, { median: s.median / 1000, min: s.min / 1000, max: s.max / 1000 }, "s", target, 2);
    }
  }
}
const im = results.import;
if (im) {
  const s = (x) => ({ median: x.median / 1000, min: x.min / 1000, max: x.max / 1000 });
  row("import large backup in the app: read and check", s(im.read_and_check_ms), "s", undefined, 2);
  row("import large backup in the app: apply, until the message", s(im.apply_in_app_ms), "s", undefined, 2);
  row("import large backup in the app: apply, until usable again", s(im.apply_until_usable_ms), "s", undefined, 2);
  row("plain JS IndexedDB puts, one strict transaction", s(im.plain_js_puts_ms), "s", undefined, 2);
  row(`Dexie ${im.dexie_version} bulkPut, one strict transaction`, s(im.dexie_bulkput_ms), "s", undefined, 2);
  row("import apply / plain JS", { median: im.ratio_app_apply_to_plain }, "×", 1.0, 2);
  row("import (read + apply) / plain JS", { median: im.ratio_app_total_to_plain }, "×", 1.0, 2);
  row("import apply / Dexie", { median: im.ratio_app_apply_to_dexie }, "×", undefined, 2);
}
const se = results.search;
if (se) {
  row("counter search, first keystroke after opening counter mode", se.first_keystroke_ms, "ms", undefined, 1);
  row("counter search per keystroke, p50", { median: se.p50_ms, ...se.p50_per_run_ms }, "ms", undefined, 2);
  row("counter search per keystroke, p95", { median: se.p95_ms, ...se.p95_per_run_ms }, "ms", 8, 2);
}
const go = results.goals;
if (go) {
  row("goals overview, 200,000 check-ins: rendered", go.rendered_ms, "ms", 100, 1);
  row("goals overview: settled", go.settled_ms, "ms", undefined, 1);
  row("goals overview on a cold start, before idle-time summaries: rendered", go.cold_rendered_ms, "ms", 100, 1);
}
const vi = results.visits;
if (vi) row("visits page, 500 visits of 60 items: area table and chart rendered", vi.rendered_ms, "ms", 100, 1);
const ra = results.ratings;
if (ra) row("ratings report, 100,000 taps: every table rendered", ra.rendered_ms, "ms", 200, 1);
const me = results.memory;
if (me) {
  row("memory after start: JS heap used", me.after_start.js_heap_mb, "MB", undefined, 1);
  row("memory after start: wasm memory", me.after_start.wasm_memory_mb, "MB", undefined, 1);
  row("memory after start: JS heap + wasm", me.after_start.sum_mb, "MB", 150, 1);
  row("memory after goals overview: JS heap + wasm", me.after_goals_overview.sum_mb, "MB", 150, 1);
}

const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\nVertskap benchmarks: median of ${RUNS} runs (import, memory and first visit with the large set: ${Math.min(RUNS, 3)}), min–max beside it; ${os.cpus().length} cores, no GPU; ${minutes} min\n`);
console.table(rows);
saveResult("summary", rows);
console.log("written to bench/results.json");
