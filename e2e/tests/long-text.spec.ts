import { expect, test } from "@playwright/test";
import { VertskapApp } from "../support/app";

test("100 KB of text in a field is saved and shown, and the page stays usable", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  const long = "Vertskap er å se gjesten og gjøre litt mer enn forventet. ".repeat(1_800);
  expect(long.length).toBeGreaterThan(100_000);

  await page.getByRole("link", { name: "New standard" }).click();
  await app.fillStandard({ title: "A very thorough standard", why: long });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("A very thorough standard");
  await expect(page.getByRole("main")).toContainText(long.slice(0, 200));

  await app.reload();
  const shown = await page.getByRole("main").innerText();
  expect(shown).toContain(long.trim());

  // Still responsive: searching the long text works as you type.
  await page.getByRole("link", { name: "Back to standards" }).click();
  await expect(page.getByRole("searchbox", { name: "Search" })).toBeInViewport();
  await app.search("forventet");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveText(["A very thorough standard"]);
});

test("a 100 KB title stays inside the page in the list", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  const title = "Lang tittel ".repeat(9_000);
  await page.getByRole("link", { name: "New standard" }).click();
  await app.fillStandard({ title });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("button", { name: "Delete" })).toBeVisible();
  await page.getByRole("link", { name: "Back to standards" }).click();
  const link = page.getByRole("main").getByRole("listitem").getByRole("link");
  const box = await link.boundingBox();
  expect(box && box.height).toBeLessThan(200);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
