// Figure 4: the goals overview with the large set's 200 goals and 200,000 check-ins, no
// CPU throttling. From the click on the Sections nav's "Goals" link (on the Standards
// screen) until the overview is in the document — the Goals h1, every person's section and
// the key-figures section (the last) — and a frame has been drawn after it. Also reported:
// "settled", the last change to the document within a second of the click (the page
// refreshes its summaries for today after its first render).
//
// Cold: a new browser on the large profile with none of the app's code, the Goals link
// clicked the moment the first screen's h1 appears, before any idle-time work (summaries)
// has run; timed from that click.
import { BASE, LARGE, largeProfile, launchDataOnly, launchProfile, runAlone, RUNS, saveResult, stats, quietMoment } from "./lib.mjs";

/** Runs in the page before its scripts: clicks Goals at the first h1, times the overview. */
function clickGoalsAtFirstScreen() {
  let clicked;
  new MutationObserver(() => {
    const h1 = document.querySelector("main h1");
    if (clicked === undefined) {
      const link = document.querySelector('nav[aria-label="Sections"] a[href="#/goals"]');
      if (!h1 || !link) return;
      clicked = performance.now();
      link.click();
    } else if (h1?.textContent.trim() === "Goals" && document.getElementById("key-figures-heading") && !window.__goalsCold) {
      const dom = performance.now() - clicked;
      window.__goalsCold = { dom };
      requestAnimationFrame(() => setTimeout(() => {
        window.__goalsCold.frame = performance.now() - clicked;
        console.debug("vertskap-bench:goals");
      }));
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

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
  const cold = [];
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    const fresh = await launchDataOnly(await largeProfile());
    try {
      await fresh.context.addInitScript(clickGoalsAtFirstScreen);
      const page = fresh.context.pages()[0] ?? (await fresh.context.newPage());
      const shown = page.waitForEvent("console", { predicate: (m) => m.text() === "vertskap-bench:goals", timeout: 120_000 });
      await page.goto(`${BASE}#/standards`, { waitUntil: "commit" });
      await shown;
      cold.push((await page.evaluate(() => window.__goalsCold)).frame);
    } finally {
      await fresh.close();
    }
  }
  const result = {
    what: `goals overview with ${LARGE.goals} goals and ${LARGE.check_ins} check-ins: click on the Goals link → overview in the document and a frame drawn, no CPU throttling`,
    people_sections: people,
    rendered_ms: stats(rendered, 1),
    cold_rendered_ms: stats(cold, 1),
    settled_ms: stats(settled, 1),
  };
  saveResult("goals_overview", result);
  return result;
}

await runAlone(import.meta, measure);
