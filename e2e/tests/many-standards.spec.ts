import { expect, test } from "@playwright/test";
import { VertskapApp, AREAS } from "../support/app";
import { chooseImport } from "../support/files";

test("an area with many standards lists the first twenty and shows the rest on request; search reaches all", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("#/settings");
  const at = "2026-01-01T00:00:00Z";
  const area = "6b1e0c6a-2f0d-4c1e-9a01-000000000001";
  const standards = Array.from({ length: 60 }, (_, i) => ({
    id: crypto.randomUUID(), area_id: area, title: `Standard number ${i + 1}`, why: "", dos: [], donts: [],
    measured_by: "", tags: [], value_ids: [], order: i, created: at, updated: at,
  }));
  const file = { format: "vertskap", version: 1, kind: "pack", exported_at: at, app_version: "test", data: { standards } };
  await chooseImport(page, { name: "many.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();

  await app.open("#/standards");
  const group = app.area(AREAS.expectations);
  await expect(group.getByRole("link")).toHaveCount(20);
  await expect(group).toContainText("Showing 20 of 60.");
  await group.getByRole("button", { name: /^Show more\b.*Know the customer's expectations/ }).click();
  await expect(group.getByRole("link")).toHaveCount(60);
  await expect(group.getByRole("link", { name: "Standard number 60", exact: true })).toBeVisible();

  await app.open("#/standards");
  await app.search("number 58");
  await expect(app.standardLink("Standard number 58")).toBeVisible();
});
