import { expect, test, type Page } from "@playwright/test";
import { VertskapApp } from "../support/app";

// A Wednesday: the week of 9–15 March 2026 is ISO week 11.
const TODAY = new Date("2026-03-11T10:00:00");

async function addPerson(page: Page, name: string) {
  await page.goto("./#/people/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New person");
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("combobox", { name: "Role" }).selectOption({ label: "Staff" });
  await page.getByLabel("Started", { exact: true }).fill("2025-05-01");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

async function logCheckIn(page: Page, date: string, value: string, note = "") {
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByRole("spinbutton", { name: "How many" }).fill(value);
  await page.getByRole("textbox", { name: "Note" }).fill(note);
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test("a person gets a goal, logs check-ins on three days, and sees progress and the chart", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("#/goals");
  await expect(page.getByText(/No goals yet/)).toBeVisible();
  await addPerson(page, "Kari");

  await page.getByRole("link", { name: "New goal for Kari" }).click();
  await page.getByRole("textbox", { name: "What is the goal?" }).fill("Care-sales");
  await page.getByRole("combobox", { name: "How it is counted" }).selectOption({ label: "A count, such as sales from care-selling" });
  await page.getByRole("textbox", { name: "Target" }).fill("0");
  await page.getByRole("combobox", { name: "Counted per" }).selectOption({ label: "Week (Monday to Sunday)" });
  await page.getByLabel("Start", { exact: true }).fill("2026-03-01");
  await page.getByLabel("End (optional)").fill("2026-02-01");
  await page.getByRole("button", { name: "Save" }).click();
  // Refused at the field, nothing saved.
  await expect(page.getByRole("textbox", { name: "Target" })).toHaveAccessibleDescription(/more than zero/);
  await expect(page.getByLabel("End (optional)")).toHaveAccessibleDescription(/not be before the start/);
  await page.getByRole("textbox", { name: "Target" }).fill("5");
  await page.getByLabel("End (optional)").fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Care-sales");

  // Back-dated check-ins on two days, and a wrong value refused at the field.
  await logCheckIn(page, "2026-03-09", "2", "Two scarves with the coats");
  await page.getByRole("spinbutton", { name: "How many" }).fill("1.5");
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByRole("spinbutton", { name: "How many" })).toHaveAccessibleDescription("Use a whole number.");
  await logCheckIn(page, "2026-03-10", "1");
  await expect(page.getByRole("status").filter({ hasText: "This week:" })).toHaveText(/This week: 3 of 5 so far, 2 to go by Sunday/);

  // Today's one tap from the overview.
  await app.goToSection("Goals");
  const kari = page.getByRole("region", { name: "Kari" });
  await kari.getByRole("button", { name: "+1 Care-sales" }).click();
  await expect(kari.getByText("This week: 4 of 5 so far, 1 to go by Sunday")).toBeVisible();
  // Wednesday, 4 of 5 after two whole days of seven: ahead of the pace the target asks.
  await expect(kari.getByText("On track", { exact: true })).toBeVisible();

  // The goal's page: progress, the chart and its table, readable without the picture.
  await kari.getByRole("link", { name: "Care-sales" }).click();
  await expect(page.getByRole("img", { name: "“Care-sales” per period" })).toBeVisible();
  const table = page.getByRole("table", { name: "“Care-sales” per period" });
  await expect(table.getByRole("row", { name: /Week 11, 2026/ })).toContainText("4");
  await expect(table.getByRole("row", { name: /Week 11, 2026/ })).toContainText("Still open");
  await expect(table.getByRole("row", { name: /Week 10, 2026/ })).toContainText("Not reached");
  const list = page.getByRole("region", { name: "Check-ins" });
  await expect(list.getByRole("listitem")).toHaveCount(3);
  await expect(list).toContainText("Two scarves with the coats");

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "This week:" })).toHaveText(/This week: 4/);

  // At the counter, mid-shift: one tap, no manager screens in reach.
  await app.enterCounterMode();
  await page.getByRole("link", { name: "Log a goal" }).click();
  const atCounter = page.getByRole("region", { name: "Kari" });
  await atCounter.getByRole("button", { name: "+1 Care-sales" }).click();
  await expect(atCounter.getByText("This week: 5 of 5, reached")).toBeVisible();
  await expect(atCounter.getByRole("link")).toHaveCount(0);
});

test("a host conversation gives each participant a goal, praise and a reflection are kept, and erasing a person leaves nothing", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("#/goals");
  await addPerson(page, "Kari");
  await addPerson(page, "Ola");

  await page.goto("./#/questions");
  await page.getByRole("textbox", { name: "New question" }).fill("Which guest made your week?");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Which guest made your week?" })).toBeVisible();

  await app.goToSection("Goals");
  await page.getByRole("link", { name: "Hold a host conversation" }).click();
  await page.getByRole("checkbox", { name: "Kari" }).check();
  await page.getByRole("checkbox", { name: "Which guest made your week?" }).check();
  await page.getByRole("textbox", { name: "Notes: Which guest made your week?" }).fill("The lost tourist on Monday.");
  await page.getByRole("textbox", { name: "What is the goal?" }).fill("Greet within ten seconds");
  await page.getByRole("combobox", { name: "How it is counted" }).selectOption({ label: "Done or not, each day" });
  await page.getByRole("textbox", { name: "Target" }).fill("1");
  await page.getByRole("button", { name: "Save the conversation" }).click();
  await expect(app.heading()).toHaveText("Goals");
  const kari = page.getByRole("region", { name: "Kari" });
  await kari.getByRole("button", { name: "Done today: Greet within ten seconds" }).click();
  await expect(kari.getByText("Done today ✓")).toBeVisible();

  await page.getByRole("link", { name: "Praise" }).click();
  await page.getByRole("combobox", { name: "To", exact: true }).selectOption({ label: "Kari" });
  await page.getByRole("textbox", { name: "What did they do?" }).fill("Found a room for a family at closing time");
  await page.getByRole("combobox", { name: "From (optional)" }).selectOption({ label: "Ola" });
  await page.getByRole("button", { name: "Give praise" }).click();
  await expect(page.getByRole("region", { name: "Recent praise" })).toContainText("Found a room for a family at closing time");
  await expect(page.getByRole("region", { name: "Recent praise" })).toContainText("To Kari, from Ola");

  await page.goto("./#/people");
  await page.getByRole("link", { name: "Kari" }).click();
  await page.getByRole("link", { name: "Write an end-of-shift reflection" }).click();
  await page.getByRole("textbox", { name: /pleased with/ }).fill("The family with the lost luggage.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Kari");
  await expect(page.getByRole("region", { name: "End-of-shift reflections" })).toContainText("The family with the lost luggage.");
  await expect(page.getByRole("region", { name: "Host conversations" })).toContainText("The lost tourist on Monday.");

  await page.getByRole("button", { name: "Delete Kari and everything about them" }).click();
  const confirm = page.getByRole("alertdialog");
  // One goal, one check-in, one reflection, one praise, one conversation held alone.
  await expect(confirm).toContainText("This deletes Kari and 5 records about them.");
  await confirm.getByRole("button", { name: "Delete for good" }).click();
  await expect(app.heading()).toHaveText("People");
  await expect(page.getByRole("link", { name: "Kari" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("link", { name: "Ola" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("Kari");
  await page.goto("./#/praise");
  await expect(page.getByRole("main")).not.toContainText("Found a room");
  await app.goToSection("Goals");
  await expect(page.getByRole("main")).not.toContainText("Greet within ten seconds");
});
