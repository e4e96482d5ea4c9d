import { expect, test, type Page } from "@playwright/test";
import { VertskapApp } from "../support/app";
import { chooseImport } from "../support/files";

const CHECK_INS = 40_000;

/** A backup with one person, one goal and a long history of check-ins. */
function largeBackup(): Buffer {
  const at = "2026-01-01T00:00:00Z";
  const person = crypto.randomUUID();
  const goal = crypto.randomUUID();
  const role = "6b1e0c6a-2f0d-4c1e-9a02-000000000002";
  const start = Date.UTC(2021, 0, 1);
  const check_ins = Array.from({ length: CHECK_INS }, (_, i) => ({
    id: crypto.randomUUID(),
    goal_id: goal,
    date: new Date(start + Math.floor(i / 20) * 86_400_000).toISOString().slice(0, 10),
    value: 1,
    note: "",
    created: at,
    updated: at,
  }));
  const data = {
    roles: [{ id: role, starter: "staff", name: "", order: 1, created: at, updated: at }],
    people: [{ id: person, name: "Kari", role_id: role, active: true, started: "2020-06-01", next_conversation_due: null, created: at, updated: at }],
    goals: [{
      id: goal, title: "Care-sales", owner: { person }, standard_id: null, kind: "count", target: 5, direction: "at_least",
      period: "week", start: "2021-01-01", end: null, status: "active", key_figure: null, created: at, updated: at,
    }],
    check_ins,
  };
  const file = { format: "vertskap", version: 1, kind: "backup", exported_at: at, app_version: "test", data };
  return Buffer.from(JSON.stringify(file));
}

test("a large backup shows how far reading and importing have come, and cannot be started twice", async ({ page }) => {
  test.setTimeout(120_000);
  const app = new VertskapApp(page);
  await app.open("#/settings");
  const file = largeBackup();
  // Whether another file could be chosen, noted at every change of the page while the
  // reading bar shows: reading may be over before a check from outside could look.
  await watchBars(page);
  await page.getByLabel("Choose a file to import").setInputFiles({ name: "large.json", mimeType: "application/json", buffer: file });
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("main")).toContainText(`New: ${CHECK_INS + 2}`);
  const reading = await seen(page, "Reading the file");
  expect(reading.length, "the reading bar was shown").toBeGreaterThan(0);
  expect(reading, "no second file can be chosen while one is read").not.toContain(true);
  // A second tap on Import does nothing: the button gives way to the bar at once.
  await page.getByRole("button", { name: "Import", exact: true }).dblclick();
  await expect(page.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible({ timeout: 60_000 });
  const importing = await seen(page, "Import progress");
  expect(importing.length, "the import bar was shown").toBeGreaterThan(0);
  expect(importing, "no file can be chosen while one is imported").not.toContain(true);
  await expect(page.getByRole("alert")).toHaveCount(0);

  await app.open("#/goals");
  await expect(page.getByRole("region", { name: "Kari" }).getByRole("link", { name: "Care-sales" })).toBeVisible();

  // And the backup written back holds every check-in, with a bar while it is written.
  await app.open("#/settings");
  await watchBars(page);
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByRole("button", { name: "Download a full backup" }).click(),
  ]);
  const text = await (await import("node:fs/promises")).readFile(await download.path(), "utf8");
  expect(JSON.parse(text).data.check_ins).toHaveLength(CHECK_INS);
  expect((await seen(page, "Writing the backup")).length, "the writing bar was shown").toBeGreaterThan(0);
});

/** Notes, at every change of the page, which progress bars show and whether a file could
 *  be chosen then: the work may be over before a check from outside could look. */
async function watchBars(page: Page) {
  await page.evaluate(() => {
    const seen: Record<string, boolean[]> = ((window as any).__bars = {});
    new MutationObserver(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]');
      for (const bar of document.querySelectorAll("progress[aria-label]")) {
        const label = bar.getAttribute("aria-label")!;
        (seen[label] ??= []).push(input ? !input.disabled : false);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

/** For each moment the bar labelled `label` showed: whether a file could be chosen. */
async function seen(page: Page, label: string): Promise<boolean[]> {
  return page.evaluate((label) => (window as any).__bars[label] ?? [], label);
}

test("while a large file is read, the page still answers a tap", async ({ page }) => {
  test.setTimeout(120_000);
  const app = new VertskapApp(page);
  await app.open("#/settings");
  // Whether the file was still being read when the tap reached the page: the browser
  // hands the tap over only when the page lets it.
  await page.evaluate(() => {
    document.addEventListener("change", (event) => {
      if ((event.target as Element).id === "backup-reminder") {
        (window as any).__tappedWhileReading = document.querySelector('progress[aria-label="Reading the file"]') !== null;
      }
    }, true);
  });
  await page.getByLabel("Choose a file to import").setInputFiles({ name: "large.json", mimeType: "application/json", buffer: largeBackup() });
  await expect(page.getByRole("progressbar", { name: "Reading the file" })).toBeVisible();
  const reminder = page.getByRole("combobox", { name: "Remind me to save a backup after" });
  await reminder.selectOption({ label: "60 days" });
  expect(await page.evaluate(() => (window as any).__tappedWhileReading)).toBe(true);
  // And the app acted on it: the choice is kept, and the reading went on to its end.
  await expect(reminder).toHaveValue("60");
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeVisible({ timeout: 60_000 });
  await app.reload();
  await expect(page.getByRole("combobox", { name: "Remind me to save a backup after" })).toHaveValue("60");
});
