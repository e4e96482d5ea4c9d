import { expect, test } from "@playwright/test";
import { VertskapApp } from "../support/app";

function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test("scripts print as clean cards: a whole set on A4, one card per A5 page", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  for (const title of ["Greeting", "Phone", "Goodbye"]) {
    await app.createScript({ title, steps: [{ say: `${title}: what to say` }, { do: "what to do" }] });
  }
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation")).toBeHidden();
  await expect(page.getByRole("button", { name: "Edit" })).toBeHidden();
  // Paper gets the script alone, from a copy laid out for the page (hidden from screen
  // readers, which read the page itself).
  await expect(page.getByText("Goodbye: what to say").filter({ visible: true })).toHaveCount(1);
  await page.emulateMedia({ media: null }); // back to normal: page.pdf() prints with print CSS

  await app.open("#/scripts/print");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Goodbye", "Greeting", "Phone"]);
  const a4 = await page.pdf({ preferCSSPageSize: true });
  expect(pageCount(a4)).toBe(1);
  await page.getByLabel("Paper size").selectOption("A5");
  expect(pageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(3);
});
