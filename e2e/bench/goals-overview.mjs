// Figure 4: the goals overview with the large set's 200 goals and 200,000 check-ins, no
// CPU throttling. From the click on the Sections nav's "Goals" link (on the Standards
// screen) until the overview is in the document — the Goals h1, every person's section and
// the key-figures section (the last) — and a frame has been drawn after it. Also reported:
// "settled", the last change to the document within a second of the click (the page
// refreshes its summaries for today after its first render).
import { BASE, LARGE, largeProfile, launchProfile, runAlone, RUNS, saveResult, stats, quietMoment } from "./lib.mjs";

export async function measure() {
  const { context, close } = await launchProfile(await largeProfile());
  const rendered = [], settled = [];
  let people = 0;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (let run = 0; run < RUNS; run++) {
      await page.goto("about:blank");
      await page.goto(`${BASE}#/standards`);
      await page.getByRole("heading", { name: "Host standards", level: 1 }).waitFor({ timeout: 120_000 });
      await quietMoment(page);
      const t = await page.evaluate(() => new Promise((ok) => {
        let rendered, last = 0;
        const t0 = performance.now();
        new MutationObserver(() => {
          last = performance.now() - t0;
          if (rendered !== undefined) return;
          const h1 = document.querySelector("main h1");
          if (h1?.textContent.trim() === "Goals" && document.getElementById("key-figures-heading")) {
            const now = performance.now() - t0;
            requestAnimationFrame(() => setTimeout(() => (rendered = { dom: now, frame: performance.now() - t0, people: document.querySelectorAll("section.person-goals").length })));
          }
        }).observe(document.getElementById("main"), { childList: true, subtree: true, characterData: true });
        document.querySelector('nav[aria-label="Sections"] a[href="#/goals"]').click();
        setTimeout(() => ok({ ...rendered, settled: last }), 1000);
      }));
      if (t.frame === undefined) throw new Error("the goals overview did not render within a second");
      rendered.push(t.frame);
      settled.push(t.settled);
      people = t.people;
    }
  } finally {
    await close();
  }
  const result = {
    what: `goals overview with ${LARGE.goals} goals and ${LARGE.check_ins} check-ins: click on the Goals link → overview in the document and a frame drawn, no CPU throttling`,
    people_sections: people,
    rendered_ms: stats(rendered, 1),
    settled_ms: stats(settled, 1),
  };
  saveResult("goals_overview", result);
  return result;
}

await runAlone(import.meta, measure);
