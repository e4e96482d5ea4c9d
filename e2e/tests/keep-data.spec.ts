import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { AREAS, VertskapApp } from "../support/app";

/** What the browser answers when asked to keep the data. Chromium decides on its own
 *  measure of the site (headless it says no), so each test sets the answer it needs. */
async function browserKeepsData(page: Page, keeps: boolean) {
  await page.addInitScript((keeps) => {
    const storage = navigator.storage;
    storage.persisted = async () => keeps;
    storage.persist = async () => keeps;
  }, keeps);
}

const warning = (page: Page) => page.getByRole("complementary", { name: "Keeping your data" });
const reminder = (page: Page) => page.getByRole("complementary", { name: "Backup reminder" });

test("when the browser will not promise to keep the data, the app says so once and offers a backup", async ({ page }) => {
  await browserKeepsData(page, false);
  const app = new VertskapApp(page);
  await app.open();
  // Nothing to lose yet: nothing to say.
  await expect(warning(page)).toBeHidden();

  await app.createStandard({ area: AREAS.clean, title: "Check the toilets every hour" });
  await expect(warning(page)).toContainText("has not promised to keep");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    warning(page).getByRole("button", { name: "Back up now" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^vertskap-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(backup.data.standards.map((s: { title: string }) => s.title)).toEqual(["Check the toilets every hour"]);
  await expect(warning(page)).toBeHidden();

  // Said once: not again after a reload, nor after more writing.
  await app.reload();
  await app.createStandard({ area: AREAS.clean, title: "Empty the bins before they are full" });
  await expect(warning(page)).toBeHidden();

  await app.goToSection("Settings");
  const storage = page.getByRole("region", { name: "Storage on this device" });
  await expect(storage).toContainText("may delete it without asking");
  await expect(storage).toContainText(/In use: .+ of about .+ this browser allows\./);
  await expect(storage.getByRole("button", { name: "Ask the browser to keep the data" })).toBeVisible();
  await expect(storage).toContainText(/Last backup saved from this device: \d{1,2} [A-Z][a-z]{2} \d{4}\./);
});

test("when the browser keeps the data, Settings says so and there is no warning", async ({ page }) => {
  await browserKeepsData(page, true);
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ area: AREAS.clean, title: "Check the toilets every hour" });
  await app.goToSection("Settings");
  await expect(page.getByRole("region", { name: "Storage on this device" })).toContainText(
    "promised to keep Vertskap's data until you delete it",
  );
  await expect(warning(page)).toBeHidden();
});

test("after 30 days without a backup a calm reminder offers one tap; the interval can change", async ({ page }) => {
  await browserKeepsData(page, true);
  await page.clock.setFixedTime(new Date("2026-03-02T09:00:00Z"));
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ area: AREAS.wow, title: "Remember birthdays of regulars" });
  await expect(reminder(page)).toBeHidden();

  await page.clock.setFixedTime(new Date("2026-03-31T09:00:00Z"));
  await app.reload();
  await expect(reminder(page)).toBeHidden();

  await page.clock.setFixedTime(new Date("2026-04-01T10:00:00Z"));
  await app.reload();
  await expect(reminder(page)).toContainText("No backup has been saved yet, and your first entries are 30 days old.");
  // Counter mode stays free of it: staff there are serving guests.
  await app.enterCounterMode();
  await expect(reminder(page)).toBeHidden();
  await app.open();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    reminder(page).getByRole("button", { name: "Back up now" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("vertskap-backup-2026-04-01.json");
  await expect(reminder(page)).toBeHidden();
  await app.reload();
  await expect(reminder(page)).toBeHidden();

  // A week later, with a change since and a weekly reminder chosen, it comes back.
  await app.goToSection("Settings");
  await page.getByLabel("Remind me to save a backup after").selectOption({ label: "7 days" });
  await page.clock.setFixedTime(new Date("2026-04-02T10:00:00Z"));
  await app.goToSection("Standards");
  await app.createStandard({ area: AREAS.wow, title: "Hand-written thank-you cards" });
  await page.clock.setFixedTime(new Date("2026-04-08T10:00:00Z"));
  // Without a reload: the next thing written brings it, counting what was written since.
  await app.createStandard({ area: AREAS.wow, title: "Name on the cup" });
  await expect(reminder(page)).toContainText("The last backup is 7 days old, and things have changed since.");
  await app.open();
  await expect(reminder(page)).toContainText("The last backup is 7 days old, and things have changed since.");
  await reminder(page).getByRole("button", { name: "Not now" }).click();
  await expect(reminder(page)).toBeHidden();
  await app.reload();
  await expect(reminder(page)).toBeHidden();
});

test.describe("in Oslo, just after midnight", () => {
  test.use({ timezoneId: "Europe/Oslo" });

  test("a backup is dated by the tablet's calendar, in its file name and in Settings", async ({ page }) => {
    // 00:30 on 11 March in Oslo, still 10 March in UTC.
    await page.clock.install({ time: new Date("2026-03-10T23:30:00Z") });
    const app = new VertskapApp(page);
    await app.open();
    await app.createStandard({ area: AREAS.clean, title: "Check the toilets every hour" });
    await app.goToSection("Settings");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download a full backup" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("vertskap-backup-2026-03-11.json");
    await expect(page.getByRole("region", { name: "Storage on this device" })).toContainText(
      "Last backup saved from this device: 11 Mar 2026.",
    );
  });
});
