import { expect, test } from "@playwright/test";
import { VertskapApp } from "../support/app";

test("a deleted standard can be put back with Undo, and stays back after a reload", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ title: "Offer water while they wait", dos: ["Ask first"], tags: "waiting" });

  await app.standardLink("Offer water while they wait").click();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(app.heading()).toHaveText("Host standards");
  await expect(app.standardLink("Offer water while they wait")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Deleted" })).toContainText(
    "Deleted “Offer water while they wait”.",
  );
  await expect(page.getByRole("button", { name: "Undo" })).toBeInViewport();

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(app.standardLink("Offer water while they wait")).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);

  await app.reload();
  await app.standardLink("Offer water while they wait").click();
  await expect(page.getByRole("main")).toContainText("Ask first");
  await expect(page.getByRole("main")).toContainText("waiting");
});

test("a deletion that is not undone lasts", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ title: "Short-lived" });
  await app.standardLink("Short-lived").click();
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
  await app.reload();
  await expect(page.getByText(/No standards yet/)).toBeVisible();
});
