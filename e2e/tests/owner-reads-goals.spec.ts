// Goals, people and the first day as a new owner reads them: a chart with its numbers, a
// first day without false alarms, notes that stay with the person they are about, values
// asked for as each kind of goal needs them, and amounts written as money.
import { expect, test, type Page } from "@playwright/test";
import { VertskapApp } from "../support/app";

const reminder = (page: Page) => page.getByRole("complementary", { name: "Backup reminder" });

async function addPerson(app: VertskapApp, name: string) {
  const page = app.page;
  await app.open("#/people/new");
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("combobox", { name: "Role" }).selectOption({ label: "Staff" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText(name);
}

async function newGoal(app: VertskapApp, title: string, kind: string, target: string, per = "Week (Monday to Sunday)") {
  const page = app.page;
  await app.open("#/goals/new");
  await page.getByRole("textbox", { name: "What is the goal?" }).fill(title);
  await page.getByRole("combobox", { name: "How it is counted" }).selectOption({ label: kind });
  await page.getByRole("textbox", { name: "Target" }).fill(target);
  await page.getByRole("combobox", { name: "Counted per" }).selectOption({ label: per });
  await page.getByLabel("Start", { exact: true }).fill("2026-03-02");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText(title);
}

test("no reminder on the first day after taking the starter kit; the person's own work counts from when it was done", async ({ page }) => {
  await page.addInitScript(() => {
    navigator.storage.persisted = async () => true;
    navigator.storage.persist = async () => true;
  });
  await page.clock.setFixedTime(new Date("2026-12-01T09:00:00Z"));
  const app = new VertskapApp(page);
  await app.startFromKit();
  await app.reload();
  await expect(app.heading()).toBeVisible();
  await expect(reminder(page)).toBeHidden();
  await expect(page.getByRole("complementary")).toHaveCount(0);

  // Weeks later, still nothing of the owner's own: nothing to remind of.
  await page.clock.setFixedTime(new Date("2027-01-05T09:00:00Z"));
  await app.reload();
  await expect(reminder(page)).toBeHidden();

  // One edit of a kit standard is the owner's work; thirty days on, the reminder says so.
  await app.standardLink("Greet every guest within ten seconds").click();
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByRole("textbox", { name: "Title" }).fill("Greet every guest within five seconds");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Greet every guest within five seconds");
  await page.clock.setFixedTime(new Date("2027-02-05T09:00:00Z"));
  await app.reload();
  await expect(reminder(page)).toContainText("your first entries are 31 days old");
});

test("the goal chart has a value axis, period names and the target's value, and a score is back-dated with its buttons", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-03-24T10:00:00"));
  const app = new VertskapApp(page);
  await newGoal(app, "How the shift felt", "A score from −2 to +2", "1");
  const score = page.getByRole("group", { name: "Score" });
  await expect(score.getByRole("radio")).toHaveCount(5);
  await expect(page.getByRole("textbox", { name: "Value" })).toHaveCount(0);
  await page.getByLabel("Date", { exact: true }).fill("2026-03-10");
  await score.getByText("+2", { exact: true }).click();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByLabel("Date", { exact: true }).fill("2026-03-17");
  await score.getByText("−1", { exact: true }).click();
  await page.getByRole("button", { name: "Save check-in" }).click();
  const list = page.getByRole("region", { name: "Check-ins" });
  await expect(list.getByRole("listitem")).toHaveCount(2);

  const chart = page.getByRole("img", { name: "“How the shift felt” per period" });
  await expect(chart).toContainText("Target: 1");
  for (const tick of ["−2", "−1", "0", "1", "2"]) await expect(chart.locator("text").filter({ hasText: new RegExp(`^${tick}$`) }).first()).toBeAttached();
  await expect(chart).toContainText("W11");
  await expect(chart).toContainText("W12");
  await expect(chart).toContainText("W13");
  await expect(chart).toContainText("so far");
  // The goal began in week 10: no earlier week is drawn as a failure.
  await expect(chart).not.toContainText("W9");
  const table = page.getByRole("table", { name: "“How the shift felt” per period" });
  await expect(table.getByRole("row", { name: /Week 11, 2026/ })).toContainText("Reached");
  await expect(table.getByRole("row", { name: /Week 12, 2026/ })).toContainText("Not reached");
  await expect(table.getByRole("row", { name: /Week 9, 2026/ })).toHaveCount(0);
});

test("amounts are money in the business's currency, typed into a money field", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-03-24T10:00:00"));
  const app = new VertskapApp(page);
  await newGoal(app, "Sales in the shop", "An amount, such as sales in kroner", "10000");
  await expect(page.getByText("The whole team · at least €10,000")).toBeVisible();
  const amount = page.getByRole("textbox", { name: "Amount (EUR)" });
  await expect(amount).toHaveAttribute("inputmode", "decimal");
  await amount.fill("2500");
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByRole("region", { name: "Check-ins" })).toContainText("€2,500");
  await expect(page.getByRole("status").filter({ hasText: "This week" })).toHaveText(/This week: €2,500 of €10,000 so far, €7,500 to go by Sunday/);

  await app.open("#/values/profile");
  await page.getByLabel("Currency for amounts in goals").selectOption("SEK");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Values");
  await app.open("#/goals");
  await expect(page.getByRole("main")).toContainText("SEK 2,500 of SEK 10,000 so far");
});

test("a note about one person is only on their page; a shared note is on each participant's; the next conversation is due", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-03-15T10:00:00"));
  const app = new VertskapApp(page);
  // With no one to talk to yet, the form leads to adding a person.
  await app.open("#/goals");
  await page.getByRole("link", { name: "Hold a host conversation" }).click();
  await page.getByRole("main").getByRole("link", { name: "Add person" }).click();
  await expect(app.heading()).toHaveText("New person");
  await addPerson(app, "Kari");
  await addPerson(app, "Ola");
  await app.open("#/questions");
  for (const question of ["What went well?", "How are you doing?"]) {
    await page.getByRole("textbox", { name: "New question" }).fill(question);
    await page.getByRole("button", { name: "Add question" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: question })).toBeVisible();
  }
  await app.open("#/goals");
  await page.getByRole("link", { name: "Hold a host conversation" }).click();
  await page.getByRole("checkbox", { name: "Kari" }).check();
  await page.getByRole("checkbox", { name: "Ola" }).check();
  await page.getByRole("checkbox", { name: "What went well?" }).check();
  await page.getByRole("checkbox", { name: "How are you doing?" }).check();
  await page.getByRole("textbox", { name: "Notes: What went well?" }).fill("The Saturday rush, handled together.");
  await page.getByRole("textbox", { name: "Notes: How are you doing?" }).fill("Kari is tired of evening shifts.");
  const about = page.getByRole("combobox", { name: "Who is the note about?" });
  await expect(about).toHaveCount(2);
  await about.nth(1).selectOption({ label: "Only Kari" });
  await expect(page.getByLabel("Next host conversation")).toHaveValue("2026-09-15");
  await page.getByRole("button", { name: "Save the conversation" }).click();
  await expect(app.heading()).toHaveText("Goals");

  await app.open("#/people");
  await page.getByRole("main").getByRole("link", { name: "Kari" }).click();
  const karis = page.getByRole("region", { name: "Host conversations" });
  await expect(karis).toContainText("The Saturday rush, handled together.");
  await expect(karis).toContainText("Kari is tired of evening shifts.");
  await expect(page.getByRole("term").filter({ hasText: "Next host conversation" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "15 Sep 2026" })).toHaveCount(1);
  await app.open("#/people");
  await page.getByRole("main").getByRole("link", { name: "Ola" }).click();
  const olas = page.getByRole("region", { name: "Host conversations" });
  await expect(olas).toContainText("The Saturday rush, handled together.");
  await expect(olas).not.toContainText("evening shifts");
  await expect(olas).not.toContainText("How are you doing?");
});
