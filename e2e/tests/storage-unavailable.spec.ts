import { expect, test } from "@playwright/test";

const heading = "Your data cannot be kept in this browser";

test("without IndexedDB the app says data cannot be kept, instead of a blank page", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { get: () => undefined, configurable: true });
  });
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page.getByRole("alert")).toContainText("private");
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(page.getByRole("navigation")).toHaveCount(0);
});

test("when the browser refuses to open the database the app says so", async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
  });
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page.getByRole("alert")).toContainText("the browser refused to open a database");
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
});
