// Benchmark: time per keystroke in counter mode's search over 5,000 generated scripts,
// in Debian's Chromium against the release build. Prints a table and writes
// ../bench/results.json. Figures are measured here, never asserted in tests.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}/vertskap/`;
const SCRIPTS = 5_000;
const RUNS = 5;
const TYPED = ["bus", "telefon", "klage kaffe", "reklamation", "velkommen"];

const server = spawn("node", [resolve(here, "../serve.mjs"), resolve(here, "../../dist"), String(PORT), "/vertskap/"], {
  stdio: "ignore",
});
process.on("exit", () => server.kill());

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("static server did not start");
}

/** 5,000 scripts with Nordic titles and situations, in the stored (schema 2) shape. */
function seedScripts(count) {
  const words = ["Hilse", "når", "det", "er", "travelt", "telefonen", "ringer", "klage", "på", "kaffe", "kø", "ved",
    "disken", "reklamation", "välkommen", "gäst", "förlåt", "bord", "bestilling", "velkommen", "tilbake", "sjekk", "ut",
    "rom", "frokost", "buss", "billett", "kart", "tur", "sykkel", "omtankesalg", "bagasje", "regn", "paraply", "barn"];
  const pick = (i, n) => Array.from({ length: n }, (_, k) => words[(i * 7 + k * 13 + ((i * k) % 5)) % words.length]).join(" ");
  const now = new Date().toISOString();
  return Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    title: `${pick(i, 4)} ${i}`,
    situation: pick(i + 3, 9),
    channel: ["in_person", "phone", "written", "any"][i % 4],
    kind: "ordinary",
    steps: [{ say: pick(i + 1, 8), do: pick(i + 2, 6), note: "", stage: null }],
    standard_ids: [],
    tags: [],
    practice: false,
    pinned: i % 500 === 0,
    created: now,
    updated: now,
  }));
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

await waitForServer();
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
});
const samples = [];
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  await page.goto(BASE);
  await page.getByRole("navigation", { name: "Sections" }).waitFor();
  await page.evaluate(async (scripts) => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open("vertskap");
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const tx = db.transaction("scripts", "readwrite");
    for (const s of scripts) tx.objectStore("scripts").put(s);
    await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))));
    db.close();
  }, seedScripts(SCRIPTS));
  await page.goto("about:blank");
  await page.goto(`${BASE}#/counter`);
  const search = page.getByRole("searchbox", { name: "Find a script" });
  await search.waitFor();

  for (let run = 0; run < RUNS; run++) {
    for (const word of TYPED) {
      const times = await page.evaluate(async (word) => {
        const input = document.getElementById("counter-search");
        const out = [];
        for (let i = 1; i <= word.length; i++) {
          const t0 = performance.now();
          input.value = word.slice(0, i);
          input.dispatchEvent(new InputEvent("input", { bubbles: true }));
          // Yew renders in a microtask; a macrotask later the DOM is updated. Layout is forced too.
          await new Promise((r) => setTimeout(r, 0));
          void document.body.offsetHeight;
          out.push(performance.now() - t0);
        }
        input.value = "";
        input.dispatchEvent(new InputEvent("input", { bubbles: true }));
        await new Promise((r) => setTimeout(r, 0));
        return out;
      }, word);
      samples.push(...times);
    }
  }
  const shown = await page.getByRole("status").first().innerText();
  const sorted = [...samples].sort((a, b) => a - b);
  const result = {
    what: "counter-mode search, time from input event to DOM updated and laid out",
    scripts: SCRIPTS,
    keystrokes: samples.length,
    p50_ms: +percentile(sorted, 50).toFixed(2),
    p95_ms: +percentile(sorted, 95).toFixed(2),
    min_ms: +sorted[0].toFixed(2),
    max_ms: +sorted[sorted.length - 1].toFixed(2),
    chromium: browser.version(),
    cpu_throttling: "none",
  };
  console.log(`\n${result.what}\n`);
  console.table([{ scripts: SCRIPTS, keystrokes: result.keystrokes, p50_ms: result.p50_ms, p95_ms: result.p95_ms, min_ms: result.min_ms, max_ms: result.max_ms }]);
  if (!shown && sorted.length === 0) throw new Error("nothing measured");
  const out = resolve(here, "../../bench/results.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ counter_search: result }, null, 2) + "\n");
  console.log(`written to bench/results.json`);
} finally {
  await browser.close();
  server.kill();
}
