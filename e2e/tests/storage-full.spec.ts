import { expect, test } from "@playwright/test";
import { VertskapApp } from "../support/app";

test("when the device is full, saving says so, keeps the form, and earlier data stays", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ title: "Saved before the disk filled up" });

  // From now on every write is refused as browsers do when the quota is used up.
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    IDBObjectStore.prototype.add = full;
    IDBObjectStore.prototype.put = full;
  });
  await page.getByRole("link", { name: "New standard" }).click();
  await app.fillStandard({ title: "Written while full", why: "Every word of this must survive." });
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page.getByRole("alert")).toContainText("out of storage space");
  await expect(app.heading()).toHaveText("New standard");
  await expect(page.getByRole("textbox", { name: "Why it matters" })).toHaveValue("Every word of this must survive.");
  await expect(page.getByRole("button", { name: "Save" })).toBeEnabled();

  await app.open("#/standards");
  await expect(app.standardLink("Saved before the disk filled up")).toBeVisible();
  await expect(app.standardLink("Written while full")).toHaveCount(0);
});
