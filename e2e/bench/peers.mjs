// Figure 0: Vertskap beside its peers, in the same run, measured alike: a plain HTML page,
// the smallest Yew app (bench/peers/minimal-yew, built with this lock file and release
// profile), and an empty TiddlyWiki (npm `tiddlywiki`, TIDDLYWIKI_VERSION from the Makefile).
// Each run is a new browser on a new profile at 4× CPU throttling; "first screen" is
// navigation start → the first heading with text in the document and a frame drawn after
// it. Bytes are everything the page fetched until then and for a quiet moment after
// (Vertskap's service-worker precache included), gzipped as the bench's server sends them.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { BASE, PORT, WORK, quietMoment, repo, resetLog, runAlone, RUNS, saveResult, served, stats, launchDataOnly } from "./lib.mjs";

const THROTTLE = 4;
const PEERS = join(WORK, "peers");
const TIDDLYWIKI_VERSION = process.env.TIDDLYWIKI_VERSION;
const WASM_FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"];

const run = (cmd, args, cwd = repo) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });

/** Builds the peers into bench/.work/peers (again each time: a few seconds once compiled). */
export function build() {
  rmSync(PEERS, { recursive: true, force: true });
  const plain = join(PEERS, "plain");
  mkdirSync(plain, { recursive: true });
  for (const f of readdirSync(join(repo, "bench/peers/plain"))) copyFileSync(join(repo, "bench/peers/plain", f), join(plain, f));

  const yew = join(PEERS, "minimal-yew");
  mkdirSync(yew, { recursive: true });
  run("cargo", ["build", "--locked", "--release", "--target", "wasm32-unknown-unknown", "-p", "minimal-yew"]);
  run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", yew, join(repo, "target/wasm32-unknown-unknown/release/minimal-yew.wasm")]);
  run("wasm-opt", ["-Oz", ...WASM_FEATURES, join(yew, "minimal-yew_bg.wasm"), "-o", join(yew, "minimal-yew_bg.wasm")]);
  for (const f of ["index.html", "boot.js"]) copyFileSync(join(repo, "bench/peers/minimal-yew", f), join(yew, f));

  if (!TIDDLYWIKI_VERSION) throw new Error("TIDDLYWIKI_VERSION is not set: run through `make bench`");
  const tools = join(WORK, "tiddlywiki-" + TIDDLYWIKI_VERSION);
  if (!existsSync(join(tools, "node_modules/tiddlywiki/tiddlywiki.js"))) {
    run("npm", ["install", "--prefix", tools, "--save-exact", "--no-audit", "--no-fund", "--loglevel=error", `tiddlywiki@${TIDDLYWIKI_VERSION}`]);
  }
  const tw = join(PEERS, "tiddlywiki");
  run("node", [join(tools, "node_modules/tiddlywiki/tiddlywiki.js"), join(tools, "node_modules/tiddlywiki/editions/empty"), "--output", tw, "--build", "index"]);
}

/** Runs in the page before its scripts: the first heading with text, then a frame. */
function watchFirstScreen() {
  new MutationObserver((_, observer) => {
    const heading = document.querySelector("h1, h2");
    if (!heading || !heading.textContent.trim()) return;
    observer.disconnect();
    const at = performance.now();
    requestAnimationFrame(() => setTimeout(() => {
      window.__firstScreen = { heading: at, frame: performance.now() };
      console.debug("vertskap-bench:first-screen");
    }));
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

async function firstScreen(url) {
  const { context, close } = await launchDataOnly(null);
  try {
    await context.addInitScript(watchFirstScreen);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
    resetLog();
    const shown = page.waitForEvent("console", { predicate: (m) => m.text() === "vertskap-bench:first-screen", timeout: 120_000 });
    await page.goto(url, { waitUntil: "commit" });
    await shown;
    const marks = await page.evaluate(() => window.__firstScreen);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await quietMoment(page);
    return { ms: marks.frame, gzip: served.reduce((n, r) => n + r.sent, 0) };
  } finally {
    await close();
  }
}

export async function measure() {
  build();
  const origin = `http://127.0.0.1:${PORT}`;
  const pages = {
    "plain HTML": `${origin}/peers/plain/index.html`,
    "minimal Yew app": `${origin}/peers/minimal-yew/index.html`,
    [`TiddlyWiki ${TIDDLYWIKI_VERSION}, empty`]: `${origin}/peers/tiddlywiki/index.html`,
    Vertskap: `${BASE}#/standards`,
  };
  const result = { what: `first screen of an empty app, each run a new browser on a new profile, ${THROTTLE}× CPU throttling: navigation start → first heading in the document and a frame drawn; bytes gzipped, until a quiet moment after it`, pages: {} };
  for (const [name, url] of Object.entries(pages)) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstScreen(url));
    result.pages[name] = { first_screen_ms: stats(runs.map((r) => r.ms)), gzip_bytes: Math.max(...runs.map((r) => r.gzip)) };
  }
  saveResult("peers", result);
  return result;
}

await runAlone(import.meta, measure);
