// Benchmark: importing a large backup through the app (Settings → import), beside plain
// JavaScript IndexedDB puts of the same records in one transaction, in the same browser.
// Prints a table and merges its figures into ../bench/results.json.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const PORT = 4175;
const BASE = `http://127.0.0.1:${PORT}/vertskap/`;
const STANDARDS = 5_000;
const SCRIPTS = 5_000;
const RUNS = 3;

const server = spawn("node", [resolve(here, "../serve.mjs"), resolve(here, "../../dist"), String(PORT), "/vertskap/"], { stdio: "ignore" });
process.on("exit", () => server.kill());
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(BASE)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 100));
}

function backup() {
  const now = new Date().toISOString();
  const area = "6b1e0c6a-2f0d-4c1e-9a01-000000000001";
  const standards = Array.from({ length: STANDARDS }, (_, i) => ({
    id: crypto.randomUUID(), area_id: area, title: `Standard ${i}: hilse på gjesten`, why: "Gjesten skal føle seg sett. ".repeat(4),
    dos: ["Se opp", "Smil"], donts: ["Ignorere"], measured_by: "Hemmelig kunde", tags: ["velkomst"], value_ids: [], order: i, created: now, updated: now,
  }));
  const scripts = Array.from({ length: SCRIPTS }, (_, i) => ({
    id: crypto.randomUUID(), title: `Manus ${i}`, situation: "Kø ved disken", channel: "in_person", kind: "ordinary",
    steps: [{ say: "Hei! Jeg kommer straks.", do: "Se opp og smil", note: "", stage: null }], standard_ids: [], value_ids: [],
    tags: [], practice: false, pinned: false, created: now, updated: now,
  }));
  return { format: "vertskap", version: 1, kind: "backup", exported_at: now, app_version: "bench", data: { standards, scripts } };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ median_ms: Math.round(median(xs)), min_ms: Math.round(Math.min(...xs)), max_ms: Math.round(Math.max(...xs)) });

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
});
const file = backup();
const text = JSON.stringify(file);
const read = [], apply = [], plain = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${BASE}#/settings`);
    await page.getByRole("heading", { name: "Import a file" }).waitFor();

    let t0 = Date.now();
    await page.getByLabel("Choose a file to import").setInputFiles({ name: "big.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await page.getByRole("button", { name: "Import", exact: true }).waitFor();
    read.push(Date.now() - t0);

    t0 = Date.now();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByText("The file was imported.").waitFor({ timeout: 600_000 });
    apply.push(Date.now() - t0);

    // The same records, put by plain JavaScript into a database of their own, in one
    // strict transaction: the floor the browser sets.
    plain.push(await page.evaluate(async (data) => {
      const db = await new Promise((ok, fail) => {
        const req = indexedDB.open("plain-js-floor", 1);
        req.onupgradeneeded = () => {
          req.result.createObjectStore("standards", { keyPath: "id" });
          req.result.createObjectStore("scripts", { keyPath: "id" });
        };
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const t = performance.now();
      const tx = db.transaction(["standards", "scripts"], "readwrite", { durability: "strict" });
      for (const s of data.standards) tx.objectStore("standards").put(s);
      for (const s of data.scripts) tx.objectStore("scripts").put(s);
      await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))));
      db.close();
      return performance.now() - t;
    }, file.data));
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

const result = {
  what: `import of a backup with ${STANDARDS} standards and ${SCRIPTS} scripts (${(text.length / 1e6).toFixed(1)} MB)`,
  read_and_check: stats(read),
  apply_in_app: stats(apply),
  plain_js_puts: stats(plain),
  ratio_apply_to_plain_js: +(median(apply) / median(plain)).toFixed(2),
  runs: RUNS,
};
console.log(`\n${result.what}\n`);
console.table({ "read and check": result.read_and_check, "apply (app)": result.apply_in_app, "plain JS puts": result.plain_js_puts });
console.log(`apply / plain JS = ${result.ratio_apply_to_plain_js}`);
const out = resolve(here, "../../bench/results.json");
mkdirSync(dirname(out), { recursive: true });
const all = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : {};
writeFileSync(out, JSON.stringify({ ...all, import: result }, null, 2) + "\n");
