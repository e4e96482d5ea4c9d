import { expect, test } from "@playwright/test";
import { VertskapApp } from "../support/app";
import { chooseImport, dataOf, downloadFrom } from "../support/files";

test("a backup from one tablet restores on a fresh one, and exports back the same", async ({ page, browser }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ title: "Hilse på alle", why: "Alle skal føle seg sett 👋", tags: "velkomst" });
  await app.createScript({ title: "Telefonen", channel: "Phone", steps: [{ say: "Kafé Lia, Kari her." }] });
  // A person with a goal and a check-in: check-ins live only in storage, never all in
  // memory, so the backup must read them from there.
  await app.open("#/people/new");
  await page.getByRole("textbox", { name: "Name" }).fill("Kari");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("link", { name: "New goal for Kari" }).click();
  await page.getByRole("textbox", { name: "What is the goal?" }).fill("Care-sales");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("textbox", { name: "Note" }).fill("Scarf with the coat");
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await app.open("#/settings");
  const first = await downloadFrom(page, "Download a full backup");
  expect(JSON.parse(first.text).data.check_ins).toHaveLength(1);
  expect(first.name).toMatch(/^vertskap-backup-\d{4}-\d{2}-\d{2}\.json$/);

  const fresh = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  const other = await fresh.newPage();
  const tablet = new VertskapApp(other);
  await tablet.open("#/settings");
  await chooseImport(other, { name: first.name, mimeType: "application/json", buffer: Buffer.from(first.text) });
  await expect(other.getByRole("main")).toContainText(/A backup made on \d{1,2} [A-Z][a-z]{2} \d{4}/);
  await expect(other.getByRole("main")).toContainText("Changed on both sides: 0");
  await other.getByRole("button", { name: "Import", exact: true }).click();
  await expect(other.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();

  await tablet.open("#/standards");
  await expect(tablet.standardLink("Hilse på alle")).toBeVisible();
  await tablet.open("#/goals");
  await expect(other.getByRole("region", { name: "Kari" })).toContainText("Today: 1 of 1, reached");
  await tablet.open("#/settings");
  const second = await downloadFrom(other, "Download a full backup");
  expect(dataOf(second.text)).toEqual(dataOf(first.text));
  await fresh.close();
});

test("bad files are refused with what is wrong and where, and nothing changes", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ title: "Still here" });
  await app.open("#/settings");
  const { fixture } = await import("../support/files");

  await chooseImport(page, fixture("bad/wrong-type.json"));
  await expect(page.getByRole("alert")).toHaveText(
    "This file cannot be imported, and nothing was changed. standards[1].title: expected text, found a number",
  );
  await chooseImport(page, fixture("bad/future-version.json"));
  await expect(page.getByRole("alert")).toContainText("made by a newer Vertskap (format 2) — update the app first");
  await chooseImport(page, fixture("bad/binary.png"));
  await expect(page.getByRole("alert")).toContainText("This is not a text file");
  await chooseImport(page, fixture("bad/truncated.json"));
  await expect(page.getByRole("alert")).toContainText("stops in the middle");

  await app.open("#/standards");
  await expect(page.getByRole("main").getByRole("listitem").getByRole("link")).toHaveText(["Still here"]);
});

test("replace everything keeps a backup of what was there, to download", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ title: "Mine before the replace" });
  await app.open("#/settings");
  const { fixture } = await import("../support/files");
  await chooseImport(page, fixture("good-backup.json"));
  await page.getByRole("radio", { name: "Replace everything on this tablet with the file" }).check();
  await expect(page.getByRole("main")).toContainText("A backup of what is here now is kept first");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();

  const kept = await downloadFrom(page, "Download the backup made before the replace of");
  expect(kept.text).toContain("Mine before the replace");
  await app.open("#/standards");
  await expect(app.standardLink("Husk navnet til stamgjestene")).toBeVisible();
  await expect(app.standardLink("Mine before the replace")).toHaveCount(0);
});

test("what a newer app wrote in a backup is kept, said so in the preview, and goes out again", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("#/settings");
  const { fixture } = await import("../support/files");
  const { readFileSync } = await import("node:fs");
  const newer = JSON.parse(readFileSync(fixture("good-backup.json"), "utf8"));
  newer.data.sync_log = [{ id: "v1", device: "Tablet 2", pushed: 85 }];
  await chooseImport(page, { name: "newer.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(newer)) });
  await expect(page.getByRole("main")).toContainText(
    "This file also holds “sync_log”, which this version of Vertskap cannot show. They are kept and go out again in backups.",
  );
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();
  await page.reload();
  const backup = await downloadFrom(page, "Download a full backup");
  expect(JSON.parse(backup.text).data.sync_log).toEqual(newer.data.sync_log);
});

test("a person changed on this tablet and in the file is shown side by side, and the person chooses", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("#/settings");
  const { fixture } = await import("../support/files");
  const { readFileSync } = await import("node:fs");
  const base = JSON.parse(readFileSync(fixture("good-backup.json"), "utf8"));
  const kari = {
    id: "0d6c2a4e-1b1f-4c3e-9a77-5a1b2c3d4e5f", name: "Kari", role_id: base.data.roles[0].id, active: true,
    started: "2025-05-01", next_conversation_due: null, created: "2026-11-24T09:00:00Z", updated: "2026-11-24T09:00:00Z",
  };
  base.data.people = [kari];
  await chooseImport(page, { name: "first.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(base)) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();

  // Changed here…
  await page.goto(`./#/people/${kari.id}/edit`);
  await page.getByRole("textbox", { name: "Name" }).fill("Kari Nordmann");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Kari Nordmann");
  // …and on the other tablet, since both last matched.
  const other = structuredClone(base);
  other.data.people[0] = { ...kari, name: "Kari N.", updated: "2026-11-25T09:00:00Z" };
  await app.open("#/settings");
  await chooseImport(page, { name: "second.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(other)) });
  await expect(page.getByRole("main")).toContainText("Changed on both sides: 1");
  const conflict = page.getByRole("group", { name: "Kari Nordmann" });
  await expect(conflict).toContainText("Kari N.");
  await expect(conflict.getByRole("radio", { name: "Keep this tablet's" })).toBeChecked();
  await conflict.getByRole("radio", { name: "Take the file's" }).check();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();
  await page.goto(`./#/people/${kari.id}`);
  await expect(app.heading()).toHaveText("Kari N.");
});
