// Figure 2: importing the large backup through the app (Settings → Import a file), and
// beside it, in the same browser context, the browser's floor: the same records put by
// plain JavaScript IndexedDB in one strict transaction, and by Dexie's bulkPut (one
// transaction, strict durability). Each floor writes to a database of its own with the same
// stores and indexes as the app's (check-ins by [goal_id, date], standards by area, scripts
// by standard). The records are parsed in the page before the floors' clocks start.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { BASE, importThroughUi, LARGE, largeFile, launch, runAlone, RUNS, saveResult, stats } from "./lib.mjs";

const require = createRequire(import.meta.url);
const DEXIE = require.resolve("dexie/dist/dexie.js");
const DEXIE_VERSION = JSON.parse(readFileSync(require.resolve("dexie/package.json"), "utf8")).version;

const SECTIONS = ["areas", "standards", "scripts", "values", "roles", "rules", "questions", "people", "goals", "check_ins"];

export async function measure() {
  const { url, buffer } = largeFile();
  const runs = RUNS > 3 ? 3 : RUNS; // a run imports 46 MB three times over; three runs are plenty
  const read = [], apply = [], usable = [], plain = [], dexie = [];
  const browser = await launch();
  try {
    for (let run = 0; run < runs; run++) {
      // bypassCSP: the app's CSP forbids inline script, and Dexie is added as a script tag.
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${BASE}#/standards`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      const t = await importThroughUi(page, "large.json", buffer);
      read.push(t.read);
      apply.push(t.apply);
      usable.push(t.usable);

      await page.evaluate(async (url) => (window.__benchData = (await (await fetch(url)).json()).data), url);
      plain.push(await page.evaluate(async (sections) => {
        const data = window.__benchData;
        const db = await new Promise((ok, fail) => {
          const req = indexedDB.open("plain-js-floor", 1);
          req.onupgradeneeded = () => {
            const db = req.result;
            for (const s of sections) db.createObjectStore(s, { keyPath: "id" });
            req.transaction.objectStore("standards").createIndex("by_area", "area_id");
            req.transaction.objectStore("scripts").createIndex("by_standard", "standard_ids", { multiEntry: true });
            req.transaction.objectStore("check_ins").createIndex("by_goal_date", ["goal_id", "date"]);
          };
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        const t = performance.now();
        const tx = db.transaction(sections, "readwrite", { durability: "strict" });
        for (const s of sections) {
          const store = tx.objectStore(s);
          for (const record of data[s]) store.put(record);
        }
        await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))));
        const ms = performance.now() - t;
        db.close();
        return ms;
      }, SECTIONS));

      await page.addScriptTag({ path: DEXIE });
      dexie.push(await page.evaluate(async (sections) => {
        const data = window.__benchData;
        const db = new window.Dexie("dexie-floor", { chromeTransactionDurability: "strict" });
        const schema = Object.fromEntries(sections.map((s) => [s, "id"]));
        schema.standards = "id, area_id";
        schema.scripts = "id, *standard_ids";
        schema.check_ins = "id, [goal_id+date]";
        db.version(1).stores(schema);
        await db.open();
        const t = performance.now();
        await db.transaction("rw", sections, async () => {
          for (const s of sections) await db.table(s).bulkPut(data[s]);
        });
        const ms = performance.now() - t;
        db.close();
        return ms;
      }, SECTIONS));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const m = (xs) => stats(xs).median;
  const result = {
    what: `import of the large backup (${LARGE.standards} standards, ${LARGE.scripts} scripts, ${LARGE.people} people, ${LARGE.goals} goals, ${LARGE.check_ins} check-ins; ${(buffer.length / 1e6).toFixed(1)} MB), no CPU throttling`,
    read_and_check_ms: stats(read),
    apply_in_app_ms: stats(apply),
    apply_until_usable_ms: stats(usable),
    app_total_ms: stats(read.map((r, i) => r + usable[i])),
    plain_js_puts_ms: stats(plain),
    dexie_bulkput_ms: stats(dexie),
    dexie_version: DEXIE_VERSION,
    // Apply means until the library is usable again (summaries read), not the message.
    ratio_app_apply_to_plain: +(m(usable) / m(plain)).toFixed(2),
    ratio_app_apply_to_dexie: +(m(usable) / m(dexie)).toFixed(2),
    ratio_app_total_to_plain: +((m(read) + m(usable)) / m(plain)).toFixed(2),
  };
  saveResult("import", result);
  return result;
}

await runAlone(import.meta, measure);
