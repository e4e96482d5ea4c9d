import { expect, test } from "@playwright/test";
import { AREAS, VertskapApp } from "../support/app";

test("a standard is edited, moved to another area, and the change survives a reload", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ area: AREAS.expectations, title: "Greet within ten seconds" });

  await app.standardLink("Greet within ten seconds").click();
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(app.heading()).toHaveText("Edit standard");
  await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue("Greet within ten seconds");
  await app.fillStandard({ area: AREAS.reach, title: "Greet within five seconds" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Greet within five seconds");

  await app.reload();
  await expect(app.heading()).toHaveText("Greet within five seconds");
  await expect(page.getByRole("main")).toContainText(AREAS.reach);
  await page.getByRole("link", { name: "Back to standards" }).click();
  expect(await app.titlesIn(AREAS.reach)).toEqual(["Greet within five seconds"]);
  await expect(app.area(AREAS.expectations)).toContainText("0 standards");
});

test("cancelling an edit keeps the standard as it was", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ title: "Smile" });
  await app.standardLink("Smile").click();
  await page.getByRole("link", { name: "Edit" }).click();
  await app.fillStandard({ title: "Frown" });
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(app.heading()).toHaveText("Smile");
});
