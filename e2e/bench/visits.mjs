// Figure 6: the visits page with 500 finished visits of a 60-item checklist (six areas of
// ten items), no CPU throttling. From the click on the Sections nav's "Visits" link (on
// the Standards screen) until the page's "Areas over time" table, chart lines included,
// is in the document and a frame has been drawn after it. Everything the page works out
// (every visit's score, each area's line) is inside that time.
import { BASE, importedProfile, launchProfile, quietMoment, runAlone, RUNS, saveResult, stats } from "./lib.mjs";

export const VISITS = { visits: 500, items: 60, areas: 6 };
const STAMP = "2026-01-01T00:00:00Z";
const uid = (kind, n) => `${kind}0000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
/** The built-in areas every tablet has (src/domain/area.rs). */
const area = (n) => `6b1e0c6a-2f0d-4c1e-9a01-00000000000${n + 1}`;

/** A backup with one checklist and 500 finished visits of it, a week apart. */
export function visitsBackup() {
  const per = VISITS.items / VISITS.areas;
  const sections = Array.from({ length: VISITS.areas }, (_, s) => ({
    area_id: area(s),
    title: `Area ${s + 1}`,
    items: Array.from({ length: per }, (_, i) => ({
      id: uid("f", s * per + i),
      text: `Item ${s * per + i + 1}: what the visitor looks for`,
      answer: i % 3 === 0 ? "scale" : "yes_no",
      weight: (i % 3) + 1,
      ...(i === 0 ? { critical: true } : {}),
    })),
  }));
  const checklist = { id: uid("a", 1), title: "Monthly walk", channel: "in_person", pass_mark: 80, sections, created: STAMP, updated: STAMP };
  const first = Date.UTC(2017, 0, 2);
  const visits = Array.from({ length: VISITS.visits }, (_, v) => ({
    id: uid("b", v),
    checklist_id: checklist.id,
    title: checklist.title,
    channel: "in_person",
    pass_mark: 80,
    date: new Date(first + v * 7 * 86_400_000).toISOString().slice(0, 10),
    kind: ["self_audit", "mystery_shopper", "other_business"][v % 3],
    sections: sections.map((s, si) => ({
      area_id: s.area_id,
      title: s.title,
      items: s.items.map((item, i) => {
        const k = (v * 31 + si * 7 + i * 13) % 10;
        const answer = k === 0 ? "not_applicable" : item.answer === "scale" ? { scale: 1 + (k % 4) } : k < 7 ? "yes" : "no";
        return { item, answer, ...(k === 9 ? { note: "Busy at the till" } : {}) };
      }),
    })),
    finished: STAMP,
    created: STAMP,
    updated: STAMP,
  }));
  return { format: "vertskap", version: 1, kind: "backup", exported_at: STAMP, app_version: "bench", data: { areas: [], standards: [], scripts: [], values: [], roles: [], rules: [], checklists: [checklist], visits } };
}

/** A browser profile holding the visits, imported through the app. */
const visitsProfile = () => importedProfile("visits", "visits.json", () => Buffer.from(JSON.stringify(visitsBackup())));

export async function measure() {
  const { context, close } = await launchProfile(await visitsProfile());
  const rendered = [];
  let lines = 0;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (let run = 0; run < RUNS; run++) {
      await page.goto("about:blank");
      await page.goto(`${BASE}#/standards`);
      await page.getByRole("heading", { name: "Host standards", level: 1 }).waitFor({ timeout: 120_000 });
      await quietMoment(page);
      const t = await page.evaluate(() => new Promise((ok) => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          const table = document.querySelector("table.area-trend");
          if (!table || table.querySelectorAll("polyline.spark-own").length === 0) return;
          observer.disconnect();
          const lines = table.querySelectorAll("tbody tr").length;
          requestAnimationFrame(() => setTimeout(() => ok({ frame: performance.now() - t0, lines })));
        });
        observer.observe(document.getElementById("main"), { childList: true, subtree: true });
        document.querySelector('nav[aria-label="Sections"] a[href="#/visits"]').click();
        setTimeout(() => ok({}), 5000);
      }));
      if (t.frame === undefined) throw new Error("the visits page did not draw its area table within 5 s");
      rendered.push(t.frame);
      lines = t.lines;
    }
  } finally {
    await close();
  }
  const result = {
    what: `visits page with ${VISITS.visits} finished visits of ${VISITS.items} items: click on the Visits link → the area table with its chart lines in the document and a frame drawn, no CPU throttling`,
    area_lines: lines,
    rendered_ms: stats(rendered, 1),
  };
  saveResult("visits", result);
  return result;
}

await runAlone(import.meta, measure);
