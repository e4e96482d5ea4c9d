// Printed matter fit to hang up: the values poster fills one sheet (A4, or A3 scaled up),
// a script card fills one A5 page, a single script one A4 page, and paper carries the
// content only. Checked on the PDF Chromium makes, rendered to images (support/pdf.ts).
import { expect, test, type Page } from "@playwright/test";
import { VertskapApp } from "../support/app";
import { readPrinted } from "../support/pdf";
import { putStoredScripts, storedScripts } from "../support/stored";

const print = async (page: Page) => readPrinted(await page.pdf({ preferCSSPageSize: true }));

/** The app marks its print sheets each time it has fitted them to their paper. */
const fitted = (page: Page) => page.locator("[data-fitted]").getAttribute("data-fitted");

/** Chooses a paper size and waits until the sheets are fitted to it. */
async function choosePaper(page: Page, size: string) {
  const before = await fitted(page);
  await page.getByLabel("Paper size").selectOption(size);
  await expect.poll(() => fitted(page)).not.toBe(before);
}

test("the values poster fills one sheet on A4 and A3, and says what is missing from it", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.startFromKit();
  await app.open("#/values/poster");
  await expect(page.getByText("The poster is missing: business name, vision, slogan.")).toBeVisible();
  await expect.poll(() => fitted(page)).not.toBeNull();

  const a4 = await print(page);
  expect(a4.pages).toHaveLength(1);
  expect(a4.pages[0].widthMm).toBeCloseTo(210, -1);
  expect(a4.pages[0].inkedHeight, "the content fills the sheet").toBeGreaterThan(0.7);
  expect(a4.text).toContain("Warmth");
  expect(a4.text).not.toContain("The poster is missing");

  await choosePaper(page, "a3");
  const a3 = await print(page);
  expect(a3.pages).toHaveLength(1);
  expect(a3.pages[0].widthMm).toBeCloseTo(297, -1);
  expect(a3.pages[0].inkedHeight).toBeGreaterThan(0.7);

  await page.getByRole("link", { name: "Edit vision and promises" }).click();
  await page.getByRole("textbox", { name: "Business name" }).fill("Café Lia");
  await page.getByRole("textbox", { name: "Vision" }).fill("Everyone who comes in leaves a little happier than they came.");
  await page.getByRole("textbox", { name: "Slogan" }).fill("Welcome in, as you are");
  await page.getByRole("button", { name: "Save" }).click();
  // Stored before the page is opened afresh.
  await expect(app.heading()).toHaveText("Values");
  await app.open("#/values/poster");
  await expect(page.getByText("The poster is missing")).toHaveCount(0);
  await expect.poll(() => fitted(page)).not.toBeNull();
  const filled = await print(page);
  expect(filled.pages).toHaveLength(1);
  expect(filled.pages[0].inkedHeight).toBeGreaterThan(0.7);
  for (const text of ["CAFÉ LIA", "Welcome in, as you are", "leaves a little happier"]) expect(filled.text).toContain(text);
});

test("script cards print one to an A5 page, and a single script on one A4 page without its chips", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.startFromKit();
  await app.open("#/scripts/print");
  await choosePaper(page, "a5");
  const cards = await print(page);
  expect(cards.pages, "eight scripts in the kit, a page each").toHaveLength(8);
  for (const card of cards.pages) {
    expect(card.widthMm).toBeCloseTo(148, -1);
    expect(card.inkedHeight).toBeGreaterThan(0.3);
  }
  // The longest script, the complaint's nine steps, is whole on its page.
  expect(cards.text).toContain("We have changed the routine");

  await app.open("#/scripts");
  await page.getByRole("main").getByRole("link", { name: "When a guest complains" }).click();
  await expect(page.getByText("Pinned", { exact: true })).toBeVisible();
  await expect.poll(() => fitted(page)).not.toBeNull();
  const one = await print(page);
  expect(one.pages).toHaveLength(1);
  expect(one.pages[0].widthMm).toBeCloseTo(210, -1);
  expect(one.pages[0].inkedHeight).toBeGreaterThan(0.7);
  expect(one.text).toContain("Tell me what happened.");
  expect(one.text).toContain("We have changed the routine");
  for (const chip of ["Pinned", "Practice case", "Tags", "Edit", "Delete"]) expect(one.text).not.toContain(chip);
});

test("a script too long for one page even in small type is said to be cut off, not printed short in silence", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.createScript({ title: "Seed", steps: [{ say: "x" }] });
  const [seed] = await storedScripts(page);
  const steps = Array.from({ length: 120 }, (_, i) => ({ say: `Step ${i + 1}: what to say here, in a full sentence or two.`, do: "", note: "", stage: null }));
  await putStoredScripts(page, [{ ...seed, title: "A very long script", steps }]);
  await app.open("#/scripts/print");
  await choosePaper(page, "a5");
  await expect(page.getByRole("status").filter({ hasText: "does not fit" })).toHaveText(/One sheet does not fit on its page even in small type/);
  await choosePaper(page, "a4");
  await expect(page.getByText("does not fit")).toHaveCount(0);
});
