// The promise a backup rests on: whatever was deleted, the app's own backup restores on a
// fresh tablet, and an older file does not bring deleted things back.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { VertskapApp } from "../support/app";
import { chooseImport, dataOf, downloadFrom } from "../support/files";

const kitPath = fileURLToPath(new URL("../../kit/starter.en.json", import.meta.url));
const kit = JSON.parse(readFileSync(kitPath, "utf8"));
const warmth = kit.data.values.find((v: { name: string }) => v.name === "Warmth");
const greet = kit.data.standards.find((s: { title: string }) => s.title === "Greet every guest within ten seconds");

async function deleteLinkedRecords(app: VertskapApp) {
  const page = app.page;
  await app.open("#/values");
  await page.getByRole("main").getByRole("link", { name: "Warmth", exact: true }).click();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleted “Warmth”." })).toBeVisible();
  await app.open("#/standards");
  await app.standardLink("Greet every guest within ten seconds").click();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleted “Greet every guest within ten seconds”." })).toBeVisible();
}

test("after deleting linked records, the backup restores on a fresh tablet and exports back the same", async ({ page, browser }) => {
  expect(warmth && greet, "the kit still has the records this test deletes").toBeTruthy();
  const app = new VertskapApp(page);
  await app.startFromKit();
  await deleteLinkedRecords(app);

  await app.open("#/settings");
  const backup = await downloadFrom(page, "Download a full backup");
  const data = JSON.parse(backup.text).data;
  const links = JSON.stringify([data.standards, data.scripts, data.goals]);
  expect(links).not.toContain(warmth.id);
  expect(links).not.toContain(greet.id);
  expect(data.deletions.map((d: { id: string }) => d.id).sort()).toEqual([warmth.id, greet.id].sort());
  expect(JSON.stringify(data.deletions)).not.toContain("Warmth");

  const fresh = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  const other = await fresh.newPage();
  const tablet = new VertskapApp(other);
  await tablet.open("#/settings");
  await chooseImport(other, { name: backup.name, mimeType: "application/json", buffer: Buffer.from(backup.text) });
  await expect(other.getByRole("alert")).toHaveCount(0);
  await expect(other.getByRole("main")).not.toContainText("left out");
  await expect(other.getByRole("main")).not.toContainText("dropped");
  await other.getByRole("button", { name: "Import", exact: true }).click();
  await expect(other.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();
  await tablet.open("#/standards");
  await expect(tablet.standardLink(kit.data.standards[1].title)).toBeVisible();
  await expect(tablet.standardLink("Greet every guest within ten seconds")).toHaveCount(0);
  await tablet.open("#/settings");
  const again = await downloadFrom(other, "Download a full backup");
  expect(dataOf(again.text)).toEqual(dataOf(backup.text));
  await fresh.close();
});

test("an older file does not bring back what was deleted here, unless asked", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.startFromKit();
  await deleteLinkedRecords(app);

  await app.open("#/settings");
  await chooseImport(page, kitPath);
  await expect(page.getByRole("main")).toContainText("Deleted on this tablet, still in the file (stay deleted): 2");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();
  await app.open("#/standards");
  await expect(app.standardLink("Greet every guest within ten seconds")).toHaveCount(0);
  await app.open("#/values");
  await expect(page.getByRole("main").getByRole("link", { name: "Warmth", exact: true })).toHaveCount(0);

  // Brought back on purpose, they return.
  await app.open("#/settings");
  await chooseImport(page, kitPath);
  await page.getByRole("checkbox", { name: "Bring back what was deleted on this tablet" }).check();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();
  await app.open("#/standards");
  await expect(app.standardLink("Greet every guest within ten seconds")).toBeVisible();
});

test("a file with links to records it does not hold is imported, saying what is dropped", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("#/settings");
  const old = structuredClone(kit);
  old.data.values = old.data.values.filter((v: { id: string }) => v.id !== warmth.id);
  const dangling = old.data.standards.filter((s: { value_ids: string[] }) => s.value_ids.includes(warmth.id)).length
    + old.data.scripts.filter((s: { value_ids: string[] }) => s.value_ids.includes(warmth.id)).length;
  expect(dangling).toBeGreaterThan(1);
  await chooseImport(page, { name: "old.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(old)) });
  await expect(page.getByRole("main")).toContainText(`${dangling} links to records that are not in this file are dropped.`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();
  await app.open("#/standards");
  await expect(app.standardLink("Greet every guest within ten seconds")).toBeVisible();
});
