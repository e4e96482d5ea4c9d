// Accessibility as axe-core sees it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

// Evaluated through the DevTools protocol rather than a <script> tag, so the app's
// Content-Security-Policy stays on while it is checked.
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The serious and critical violations axe finds on the page as it is now. */
export async function seriousViolations(page: Page) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      where: v.nodes.map((n) => n.target.join(" ")).slice(0, 3),
    }));
  });
  return results.filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical");
}
