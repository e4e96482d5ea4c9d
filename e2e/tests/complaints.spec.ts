// The complaint log: logged at the counter in a few taps, a compensation above the
// logger's limit names the manager who approved it, the manager follows the case up
// and closes it, and the customer's contact details are gone from a backup written
// after the keeping time.
import { expect, test, type Page } from "@playwright/test";
import { VertskapApp } from "../support/app";
import { storedRecords } from "../support/stored";
import { downloadFrom } from "../support/files";

const LOGGED = new Date("2026-03-11T14:30:00");
const DAY = 86_400_000;

async function addPerson(page: Page, name: string, role: string) {
  await page.goto("./#/people/new");
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("combobox", { name: "Role" }).selectOption({ label: role });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

const contactIn = (backup: string) => JSON.parse(backup).data.complaints.map((c: { contact?: string }) => c.contact ?? "");

test("a complaint logged at the counter above the logger's limit names the approving manager, is followed up and closed, and its contact details leave the backups after the keeping time", async ({ page }) => {
  await page.clock.install({ time: LOGGED });
  const app = new VertskapApp(page);
  await app.startFromKit();
  await addPerson(page, "Kari", "Staff");
  await addPerson(page, "Ola", "Manager");

  // At the counter, the customer just gone.
  await app.open("#/counter");
  await page.getByRole("link", { name: "Log a complaint" }).click();
  await expect(app.heading()).toHaveText("Log a complaint");
  await page.getByRole("button", { name: "Log the complaint" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "What the customer said" })).toBeFocused();

  await page.getByRole("textbox", { name: "What the customer said" }).fill("The soup was cold, and nobody came back to ask.");
  await page.getByRole("radio", { name: "Phone" }).check();
  await page.getByRole("checkbox", { name: "Listen" }).check();
  await page.getByRole("checkbox", { name: "Apologise" }).check();
  await page.getByRole("combobox", { name: "Cause" }).selectOption({ label: "Greet every guest within ten seconds" });
  await page.getByRole("combobox", { name: "Logged by" }).selectOption({ label: "Kari" });
  // Not an amount: refused at the field.
  await page.getByRole("textbox", { name: "Compensation" }).fill("a free coffee");
  await page.getByRole("button", { name: "Log the complaint" }).click();
  await expect(page.getByText("Write the amount as a number, for example 500 or 49,90.")).toBeVisible();
  // Staff may give up to €30.00 without asking: €45 asks who approved it.
  await page.getByRole("textbox", { name: "Compensation" }).fill("30");
  await expect(page.getByText(/Which manager approved it\?/)).toBeHidden();
  await page.getByRole("textbox", { name: "Compensation" }).fill("45");
  await expect(page.getByText(/That is more than Kari may give without asking \(€30(\.00)?\)\. Which manager approved it\?/)).toBeVisible();
  // Contact details without the customer's consent are refused, as is no approver.
  await page.getByRole("textbox", { name: "The customer's contact details (optional)" }).fill("guest@example.no");
  await page.getByRole("button", { name: "Log the complaint" }).click();
  await expect(page.getByText("Choose the manager who approved the compensation.")).toBeVisible();
  await expect(page.getByText("Contact details can only be kept when the customer has agreed.", { exact: false })).toBeVisible();
  await page.getByRole("combobox", { name: "Approved by" }).selectOption({ label: "Ola" });
  await page.getByRole("checkbox", { name: "The customer agreed that we keep this to contact them" }).check();
  await page.getByRole("button", { name: "Log the complaint" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The complaint is logged." })).toBeVisible();

  // The manager's overview: one open case; its page says what was logged.
  await app.open("#/standards");
  await app.goToSection("Customers");
  await expect(app.heading()).toHaveText("Complaints");
  await expect(page.getByRole("heading", { name: "Open cases (1)" })).toBeVisible();
  await page.getByRole("link", { name: /The soup was cold/ }).click();
  await expect(app.heading()).toHaveText("Complaint of 11 Mar 2026");
  const details = page.getByRole("definition");
  await expect(details.filter({ hasText: "€45" })).toContainText("approved by Ola");
  await expect(details.filter({ hasText: "Listen" })).toHaveText("Listen, Apologise");
  await expect(details.filter({ hasText: "guest@example.no" })).toContainText("Deleted automatically 90 days after the case is closed.");

  // Follow-up: an action for Kari, due in two days.
  await page.getByRole("textbox", { name: "New action: what is to be done?" }).fill("Keep soup bowls warm");
  await page.getByRole("button", { name: "Add an action" }).click();
  await page.getByRole("combobox", { name: "Who follows it up (1)" }).selectOption({ label: "Kari" });
  await page.getByLabel("Due (1)", { exact: true }).fill("2026-03-13");
  await page.getByRole("radio", { name: "Yes, the customer was told" }).check();
  await expect(page.getByText("Open", { exact: true })).toBeVisible();
  // Stored before the reload below (the page shows a tap before its write lands).
  await expect.poll(async () => (await storedRecords(page, "complaints"))[0]?.customer_told ?? null).not.toBeNull();

  // Three days later the action is overdue, on the overview first of all.
  await page.clock.setSystemTime(new Date(LOGGED.getTime() + 3 * DAY));
  await app.reload();
  await expect(page.getByText("Overdue").first()).toBeVisible();
  await app.open("#/complaints");
  await expect(page.getByRole("listitem").filter({ hasText: "The soup was cold" })).toContainText("Overdue");

  // Done: every action done and the customer told closes the case.
  await page.getByRole("link", { name: /The soup was cold/ }).click();
  await page.getByRole("checkbox", { name: "Done (1)" }).check();
  await expect(page.getByText("Closed 14 Mar 2026").first()).toBeVisible();
  await app.open("#/complaints");
  await expect(page.getByRole("heading", { name: "Open cases (0)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Closed cases (1)" })).toBeVisible();
  const patterns = page.getByRole("table", { name: "Complaints per cause and month" });
  await expect(patterns.getByRole("row", { name: /Greet every guest/ })).toContainText("1");

  // The standard's page shows the complaint tagged to it.
  await app.open("#/standards");
  await app.standardLink("Greet every guest within ten seconds").click();
  await expect(page.getByRole("region", { name: "Complaints tagged to this standard" })).toContainText("The soup was cold");

  // Before the keeping time a backup holds the contact details (the customer may still
  // be called); set to 30 days, a backup written 31 days after closing does not.
  await app.open("#/settings");
  expect(contactIn((await downloadFrom(page, "Download a full backup")).text)).toEqual(["guest@example.no"]);
  await page.getByRole("textbox", { name: /^Delete customers' contact details/ }).fill("30");
  await page.getByRole("region", { name: "Complaints" }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("region", { name: "Complaints" }).getByRole("status")).toHaveText("Saved.");
  await page.clock.setSystemTime(new Date(LOGGED.getTime() + 34 * DAY));
  // A tablet left on: the case no longer shows them, without a reload.
  await app.goToSection("Customers");
  await page.getByRole("link", { name: /The soup was cold/ }).click();
  await expect(page.getByRole("definition").filter({ hasText: "€45" })).toBeVisible();
  await expect(page.getByText("guest@example.no")).toBeHidden();
  await app.goToSection("Settings");
  const after = await downloadFrom(page, "Download a full backup");
  expect(contactIn(after.text)).toEqual([""]);
  expect(after.text).not.toContain("guest@example.no");
  expect(JSON.parse(after.text).data.complaints[0].said).toContain("The soup was cold");
  // And this tablet forgot them too, also after a reload.
  await app.reload();
  await app.open("#/complaints");
  await page.getByRole("link", { name: /The soup was cold/ }).click();
  await expect(page.getByText("guest@example.no")).toBeHidden();
  await expect(page.getByRole("definition").filter({ hasText: "€45" })).toContainText("approved by Ola");
});
