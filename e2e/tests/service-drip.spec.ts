// The service drip: a week with ratings, a complaint and a visit gives the next week's
// meeting page those figures; the standard and story chosen there show in counter mode;
// a praise becomes a story only once the colleague agreed; bingo squares ticked at the
// counter make a bingo on a full row.
import { expect, test, type Page } from "@playwright/test";
import { VertskapApp } from "../support/app";
import { chooseImport, dataOf, downloadFrom } from "../support/files";
import { readPrinted } from "../support/pdf";

const WEDNESDAY_WEEK_9 = new Date("2026-02-25T10:00:00");
const MONDAY_WEEK_10 = new Date("2026-03-02T09:00:00");
const GREET = "Greet every guest within ten seconds";

async function rate(page: Page, answer: string) {
  await page.getByRole("group", { name: "How was your visit today?" }).getByRole("button", { name: answer, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you!" })).toBeVisible();
  await page.clock.runFor(2_100);
  await expect(page.getByRole("group", { name: "How was your visit today?" })).toBeVisible();
}

async function addPerson(app: VertskapApp, name: string) {
  await app.open("#/people/new");
  await app.page.getByRole("textbox", { name: "Name" }).fill(name);
  await app.page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText(name);
}

test("a week with ratings, a complaint and a visit gives the next meeting those figures, and its standard of the week shows at the counter and prints on one page", async ({ page }) => {
  await page.clock.install({ time: WEDNESDAY_WEEK_9 });
  const app = new VertskapApp(page);
  await app.startFromKit();

  // Week 9: two guests rate, one complains, and a test call is scored.
  await app.open("#/counter/rating");
  await rate(page, "Very good");
  await rate(page, "Good");
  await app.open("#/counter/complaint");
  await page.getByRole("textbox", { name: "What the customer said" }).fill("Waited twenty minutes for the bill.");
  await page.getByRole("button", { name: "Log the complaint" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The complaint is logged." })).toBeVisible();
  await app.open("#/visits/checklists/new");
  await page.getByRole("textbox", { name: "Checklist name" }).fill("Phone test call");
  await page.getByRole("button", { name: "Start with your own questions" }).click();
  await page.getByRole("textbox", { name: "What is checked (1)" }).fill("Answered by the third ring");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: "Start a visit – Phone test call" }).click();
  await page.getByRole("group", { name: "Answered by the third ring", exact: true }).getByRole("button", { name: "Yes", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.getByRole("button", { name: "Mark the visit finished" }).click();
  await expect(page.getByText(/^Finished on /)).toBeVisible();

  // Monday of week 10: the meeting looks back at week 9.
  await page.clock.setSystemTime(MONDAY_WEEK_10);
  await app.open("#/goals");
  await page.getByRole("link", { name: "Weekly service meeting" }).click();
  await expect(app.heading()).toHaveText("Weekly service meeting Week 10, 2026");
  const glance = page.getByRole("region", { name: "Last week at a glance (Week 9, 2026)" });
  await expect(glance.getByRole("row", { name: /^Customers' ratings/ })).toContainText("Too few answers to say (2 answers)");
  await expect(glance.getByRole("row", { name: /^Complaints/ })).toContainText("New: 1, closed: 0");
  await expect(glance.getByRole("row", { name: /^Visits/ })).toContainText("Phone test call: 100%");
  await expect(glance.getByRole("row", { name: /^Knowledge check/ })).toContainText("None");

  // The standard of the week and a note from the team, saved and there after a reload.
  await page.getByRole("combobox", { name: "The standard the team keeps in mind this week" }).selectOption({ label: GREET });
  const wentWell = page.getByRole("textbox", { name: "A customer meeting that went well: what happened, and why did it go well?" });
  await wentWell.fill("The tour group: Ali had the coffee ready before they sat down.");
  await page.getByRole("button", { name: "Save the meeting" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The meeting is saved." })).toBeVisible();
  await app.reload();
  await expect(wentWell).toHaveValue("The tour group: Ali had the coffee ready before they sat down.");
  await expect(page.getByRole("combobox", { name: "The standard the team keeps in mind this week" })).toHaveValue(/.+/);

  // One A4 page, with the figures, the standard and the note on it.
  const fitted = () => page.locator("[data-fitted]").getAttribute("data-fitted");
  await expect.poll(fitted).not.toBeNull();
  await page.emulateMedia({ media: "print" });
  const printed = readPrinted(await page.pdf({ preferCSSPageSize: true }));
  await page.emulateMedia({ media: "screen" });
  expect(printed.pages).toHaveLength(1);
  expect(printed.pages[0].widthMm).toBeCloseTo(210, 0);
  for (const text of ["Week 10, 2026", "Phone test call: 100%", GREET, "The tour group"]) {
    expect(printed.text.replace(/\s+/g, " ")).toContain(text);
  }
  expect(printed.text).not.toContain("Save the meeting");
  // Long notes under every prompt still make one page: the sheet shrinks to fit.
  const long = "Ali noticed the family waiting by the door and walked over before they asked. ".repeat(8);
  const before = await fitted();
  for (const prompt of [
    "A customer meeting that went badly: what happened, and why?",
    "How did a colleague handle a tricky situation?",
    "What other ways could the same situation have been handled?",
  ]) {
    await page.getByRole("textbox", { name: prompt }).fill(`${long}End of the notes.`);
  }
  await expect.poll(fitted).not.toBe(before);
  await expect(page.getByRole("status").filter({ hasText: "do not fit" })).toBeHidden();
  await page.emulateMedia({ media: "print" });
  const crowded = readPrinted(await page.pdf({ preferCSSPageSize: true }));
  await page.emulateMedia({ media: "screen" });
  expect(crowded.pages).toHaveLength(1);
  expect(crowded.text.replace(/\s+/g, " ")).toContain("End of the notes.");
  await app.reload();

  // At the counter, all week.
  await app.open("#/counter");
  const thisWeek = page.getByRole("region", { name: "This week" });
  await expect(thisWeek).toContainText("Standard of the week");
  await expect(thisWeek.getByText(GREET)).toBeVisible();
  await thisWeek.getByText(GREET).click();
  await expect(thisWeek.getByText("Say hello, even while you are serving someone else")).toBeVisible();
  await page.clock.setSystemTime(new Date("2026-03-08T20:00:00"));
  await app.reload();
  await expect(thisWeek).toContainText(GREET);
  await page.clock.setSystemTime(new Date("2026-03-09T08:00:00"));
  await app.reload();
  await expect(page.getByRole("heading", { name: "What do we say when…" })).toBeVisible();
  await expect(thisWeek).toBeHidden();

  // Key figures on a phone: the tables scroll in their own frames, the page does not.
  await app.open("#/key-figures");
  await expect(page.getByRole("region", { name: "Customers" })).toContainText("Complaints logged");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1024, height: 768 });

  // A week with nothing recorded says so, with no zeros pretending to be results.
  await app.open("#/meeting/2026-02-23");
  await expect(page.getByRole("region", { name: "Last week at a glance (Week 8, 2026)" })).toContainText(
    "Nothing was recorded that week",
  );
  await expect(page.getByRole("region", { name: "Past meetings" })).toContainText("Week 10, 2026");
});

test("a praise becomes a service story once the colleague agreed, the week's story shows in counter mode, and a backup brings both to a fresh tablet", async ({ page, browser }) => {
  await page.clock.install({ time: MONDAY_WEEK_10 });
  const app = new VertskapApp(page);
  await app.startFromKit();
  await addPerson(app, "Nora");
  await app.open("#/praise");
  await page.getByRole("combobox", { name: "To", exact: true }).selectOption({ label: "Nora" });
  await page.getByRole("textbox", { name: "What did they do?" }).fill("Drove the forgotten glove to the guest's hotel after her shift.");
  await page.getByRole("button", { name: "Give praise" }).click();
  await expect(page.getByRole("list").filter({ hasText: "forgotten glove" })).toBeVisible();

  await page.getByRole("link", { name: /^Make the praise of .* a service story$/ }).click();
  await expect(app.heading()).toHaveText("New service story");
  await expect(page.getByRole("textbox", { name: "What happened" })).toHaveValue(/forgotten glove/);
  await page.getByRole("textbox", { name: "Title" }).fill("The glove");
  await page.getByRole("combobox", { name: "The value it shows" }).selectOption({ label: "Ownership" });
  // Nora is named: not saved until she has been asked.
  await page.getByRole("button", { name: "Save the story" }).click();
  await expect(page.getByText("Ask the person the story names whether that is all right")).toBeVisible();
  await page.getByRole("checkbox", { name: "Nora agreed to be named in this story" }).check();
  await page.getByRole("button", { name: "Save the story" }).click();
  await expect(app.heading()).toHaveText("Service stories");
  const ownership = page.getByRole("region", { name: "Ownership" });
  await expect(ownership).toContainText("The glove");
  await expect(ownership).toContainText("About Nora");
  await app.open("#/praise");
  await expect(page.getByText("Already a service story")).toBeVisible();
  // On a phone the table of praise per month scrolls in its frame; the page does not.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1024, height: 768 });

  await app.open("#/meeting");
  await page.getByRole("combobox", { name: "The story told this week" }).selectOption({ label: "The glove" });
  await page.getByRole("button", { name: "Save the meeting" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The meeting is saved." })).toBeVisible();
  await app.open("#/counter");
  const thisWeek = page.getByRole("region", { name: "This week" });
  await expect(thisWeek).toContainText("Story of the week");
  const told = thisWeek.getByText("forgotten glove");
  await expect(told).toBeHidden();
  await thisWeek.getByText("The glove", { exact: true }).click();
  await expect(told).toBeVisible();

  // A full backup carries the story and the meeting; a fresh tablet shows both.
  await app.open("#/settings");
  const backup = await downloadFrom(page, "Download a full backup");
  const fresh = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const other = await fresh.newPage();
  await other.clock.install({ time: MONDAY_WEEK_10 });
  const tablet = new VertskapApp(other);
  await tablet.open("#/settings");
  await chooseImport(other, { name: backup.name, mimeType: "application/json", buffer: Buffer.from(backup.text) });
  await other.getByRole("button", { name: "Import", exact: true }).click();
  await expect(other.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();
  await tablet.open("#/counter");
  await expect(other.getByRole("region", { name: "This week" })).toContainText("The glove");
  await tablet.open("#/stories");
  await expect(other.getByRole("region", { name: "Ownership" })).toContainText("About Nora");
  await tablet.open("#/settings");
  const again = await downloadFrom(other, "Download a full backup");
  expect(dataOf(again.text)).toEqual(dataOf(backup.text));
  await fresh.close();
});

test("a bingo card drawn from the standards: three squares in a row are not yet a bingo, the fourth is, and the ticks stay after a reload", async ({ page }) => {
  await page.clock.install({ time: MONDAY_WEEK_10 });
  const app = new VertskapApp(page);
  await app.startFromKit();
  await addPerson(app, "Nora");
  await app.open("#/goals");
  await page.getByRole("link", { name: "Service bingo" }).click();
  await expect(app.heading()).toHaveText("Service bingo");
  await expect(page.getByText("No bingo card for this week yet.")).toBeVisible();
  await page.getByRole("button", { name: "Draw squares from the standards" }).click();
  const first = page.getByRole("textbox", { name: "Square 1", exact: true });
  await expect(first).not.toHaveValue("");
  // A square left empty is refused at its place.
  await first.fill("");
  await page.getByRole("button", { name: "Save the card" }).click();
  await expect(page.getByText("Write what to do in this square.")).toBeVisible();
  await expect(first).toBeFocused();
  await first.fill("Offer an umbrella when it rains");
  await page.getByRole("button", { name: "Save the card" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The card is saved." })).toBeVisible();

  await app.open("#/counter");
  await page.getByRole("link", { name: "Service bingo" }).click();
  await expect(app.heading()).toHaveText("Service bingo");
  const squares = page.getByRole("group", { name: "Service bingo" }).getByRole("button");
  await expect(squares).toHaveCount(16);
  await page.getByRole("combobox", { name: "Who did it? (optional)" }).selectOption({ label: "Nora" });
  const celebration = page.getByText("Bingo! A full line.");
  for (const i of [0, 1, 2]) {
    await squares.nth(i).click();
    await expect(squares.nth(i)).toHaveAttribute("aria-pressed", "true");
  }
  await expect(squares.nth(0)).toContainText("Offer an umbrella when it rains");
  await expect(celebration).toBeHidden();
  // A tick taken back, and ticked again.
  await squares.nth(1).click();
  await expect(squares.nth(1)).toHaveAttribute("aria-pressed", "false");
  await squares.nth(1).click();
  await expect(squares.nth(1)).toHaveAttribute("aria-pressed", "true");
  await expect(celebration).toBeHidden();
  await squares.nth(3).click();
  await expect(celebration).toBeVisible();

  await app.reload();
  for (const i of [0, 1, 2, 3]) await expect(squares.nth(i)).toHaveAttribute("aria-pressed", "true");
  await expect(squares.nth(4)).toHaveAttribute("aria-pressed", "false");
  await app.open("#/bingo");
  await expect(page.getByText("One bingo")).toBeVisible();
  await expect(page.getByRole("cell", { name: /Offer an umbrella when it rains\s*Ticked by Nora/ })).toBeVisible();
});

test("a week's meeting held on two tablets is a conflict on import that shows each side's standard of the week, for the person to choose", async ({ page, browser }) => {
  await page.clock.install({ time: MONDAY_WEEK_10 });
  const app = new VertskapApp(page);
  await app.startFromKit();
  await app.open("#/meeting");
  await page.getByRole("combobox", { name: "The standard the team keeps in mind this week" }).selectOption({ label: GREET });
  await page.getByRole("button", { name: "Save the meeting" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The meeting is saved." })).toBeVisible();
  await app.open("#/settings");
  const backup = await downloadFrom(page, "Download a full backup");

  // The other counter held the same week's meeting on its own, later that morning.
  const fresh = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  const other = await fresh.newPage();
  await other.clock.install({ time: new Date("2026-03-02T11:00:00") });
  const tablet = new VertskapApp(other);
  await tablet.startFromKit();
  await tablet.open("#/meeting");
  await other.getByRole("combobox", { name: "The standard the team keeps in mind this week" }).selectOption({ label: "Ask before you recommend" });
  await other.getByRole("button", { name: "Save the meeting" }).click();
  await expect(other.getByRole("status").filter({ hasText: "The meeting is saved." })).toBeVisible();

  await tablet.open("#/settings");
  await chooseImport(other, { name: backup.name, mimeType: "application/json", buffer: Buffer.from(backup.text) });
  const conflict = other.getByRole("group", { name: "Weekly service meeting · Week 10, 2026" });
  await expect(conflict).toContainText(GREET);
  await expect(conflict).toContainText("Ask before you recommend");
  await expect(conflict.getByRole("radio", { name: "Keep this tablet's" })).toBeChecked();
  await other.getByRole("button", { name: "Import", exact: true }).click();
  await expect(other.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();
  await tablet.open("#/meeting");
  await expect(other.getByRole("combobox", { name: "The standard the team keeps in mind this week" })).toHaveValue(/.+/);
  await expect(other.getByRole("main")).toContainText("Ask before you recommend");
  await fresh.close();
});
