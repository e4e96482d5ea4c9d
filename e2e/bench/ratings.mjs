// Figure 7: the ratings report with 100,000 taps over two years, no CPU throttling. From
// the click on the Goals page's "Customers' ratings" link until every table of the report
// is in the document and a frame has been drawn after it. Reading the taps from storage
// and adding them up are inside that time.
import { BASE, importedProfile, launchProfile, quietMoment, runAlone, RUNS, saveResult, stats } from "./lib.mjs";

export const RATINGS = { taps: 100_000, days: 730 };
const uid = (n) => `c0000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const ANSWERS = ["very_bad", "bad", "good", "very_good"];
const REASONS = ["Waiting", "Friendliness", "The product", "Cleanliness"];

/** A backup holding nothing but the taps, spread over opening hours (9–18) for two years. */
export function ratingsBackup() {
  const first = Date.UTC(2025, 0, 6, 8, 0, 0);
  const ratings = Array.from({ length: RATINGS.taps }, (_, n) => {
    const day = n % RATINGS.days;
    const minute = (n * 37) % 540;
    const at = new Date(first + day * 86_400_000 + minute * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const answer = ANSWERS[(n * 7 + day) % 10 < 2 ? (n % 2) : 2 + (n % 2)];
    return { id: uid(n), at, offset_minutes: 60, rating: answer, ...(answer === "bad" && n % 3 === 0 ? { reason: REASONS[n % 4] } : {}) };
  });
  return { format: "vertskap", version: 1, kind: "backup", exported_at: "2027-01-06T00:00:00Z", app_version: "bench", data: { areas: [], standards: [], scripts: [], values: [], roles: [], rules: [], ratings } };
}

const ratingsProfile = () => importedProfile("ratings", "ratings.json", () => Buffer.from(JSON.stringify(ratingsBackup())));

export async function measure() {
  const { context, close } = await launchProfile(await ratingsProfile());
  const rendered = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (let run = 0; run < RUNS; run++) {
      await page.goto("about:blank");
      await page.goto(`${BASE}#/goals`);
      await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 120_000 });
      await quietMoment(page);
      const t = await page.evaluate(() => new Promise((ok) => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.getElementById("ratings-reasons") || !document.querySelector(".heat-map tbody tr")) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => ok({ frame: performance.now() - t0 })));
        });
        observer.observe(document.getElementById("main"), { childList: true, subtree: true });
        document.querySelector('a[href="#/ratings"]').click();
        setTimeout(() => ok({}), 20_000);
      }));
      if (t.frame === undefined) throw new Error("the ratings report did not show within 20 s");
      rendered.push(t.frame);
    }
  } finally {
    await close();
  }
  const result = {
    what: `ratings report with ${RATINGS.taps} taps over ${RATINGS.days} days: click on the ratings link → every table in the document and a frame drawn, no CPU throttling`,
    rendered_ms: stats(rendered, 1),
  };
  saveResult("ratings", result);
  return result;
}

await runAlone(import.meta, measure);
