// Visits: an owner makes a checklist from two areas of the starter kit, walks the shop
// with the tablet (reloading in the middle), reads the score per area, turns a failed
// item into a follow-up action that shows on the standard's page, and prints the blank
// checklist for an outside mystery shopper.
import { expect, test, type Page } from "@playwright/test";
import { AREAS, VertskapApp } from "../support/app";
import { chooseImport, downloadFrom } from "../support/files";
import { readPrinted } from "../support/pdf";

const item = (page: Page, text: string) => page.getByRole("group", { name: text, exact: true });

async function answer(page: Page, text: string, choice: string) {
  const button = item(page, text).getByRole("button", { name: choice, exact: true });
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
}

test("a checklist from two areas, a visit with a reload in the middle, its score per area, a follow-up on the standard's page, and the blank checklist on paper", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.startFromKit();
  await app.goToSection("Visits");
  await expect(app.heading()).toHaveText("Visits and checklists");
  await expect(page.getByText("No checklists yet.")).toBeVisible();

  // Choose two whole areas; nothing chosen is refused with a reason.
  await page.getByRole("link", { name: "New checklist" }).click();
  await page.getByRole("button", { name: "On to the items" }).click();
  await expect(page.getByRole("alert")).toHaveText("Choose at least one standard, or start with your own questions.");
  await page.getByRole("textbox", { name: "Checklist name" }).fill("Monthly walk");
  await page.getByRole("checkbox", { name: `The whole area “${AREAS.expectations}”` }).check();
  await page.getByRole("checkbox", { name: `The whole area “${AREAS.clean}”` }).check();
  await expect(page.getByRole("checkbox", { name: "Check the toilets every two hours" })).toBeChecked();
  await page.getByRole("button", { name: "On to the items" }).click();

  // Each item starts as its standard's "how it is measured"; reword two, time one.
  const first = page.getByRole("textbox", { name: "What is checked (1)" });
  await expect(first).toHaveValue(/^A mystery visit once a month: seconds from the door/);
  await first.fill("Greeted within ten seconds");
  await page.getByRole("combobox", { name: "Answer (1)" }).selectOption({ label: "Number with a target" });
  await page.getByRole("textbox", { name: "Target (1)" }).fill("ten");
  await page.getByRole("textbox", { name: "Unit (for example seconds) (1)" }).fill("seconds");
  await page.getByRole("textbox", { name: "What is checked (2)" }).fill("Asked before recommending");
  await page.getByRole("checkbox", { name: /^Critical: .* \(2\)$/ }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert")).toHaveText("Nothing was saved yet. Please correct the marked fields.");
  await expect(page.getByRole("textbox", { name: "Target (1)" })).toBeFocused();
  await page.getByRole("textbox", { name: "Target (1)" }).fill("10");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Visits and checklists");
  await expect(page.getByRole("listitem").filter({ hasText: "Monthly walk" })).toContainText("6 items");

  // Walk the shop: answers are stored as they are tapped.
  await page.getByRole("button", { name: "Start a visit – Monthly walk" }).click();
  await expect(app.heading()).toHaveText("Monthly walk");
  await expect(page.getByText("6 items are not answered yet.")).toBeVisible();
  const seconds = item(page, "Greeted within ten seconds").getByRole("textbox", { name: "Answer (number)" });
  await seconds.fill("8 s");
  await seconds.press("Tab");
  await expect(item(page, "Greeted within ten seconds").getByRole("alert")).toHaveText("Write a whole number, for example 8.");
  await seconds.fill("8");
  await seconds.press("Tab");
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await answer(page, "Asked before recommending", "No");
  await answer(page, "A knowledge check for every new employee before the first shift: ten everyday questions, all ten right.", "Not applicable");

  // A reload (or a flat battery) in the middle loses nothing; the visit is resumed.
  await app.reload();
  await expect(app.heading()).toHaveText("Monthly walk");
  await expect(item(page, "Asked before recommending").getByRole("button", { name: "No", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(item(page, "Greeted within ten seconds").getByRole("textbox", { name: "Answer (number)" })).toHaveValue("8");
  await expect(page.getByText("3 items are not answered yet.")).toBeVisible();

  await answer(page, "The hourly list by the door, looked over by the shift lead at closing.", "Yes");
  await answer(page, "Mystery visit: the number of uncleared tables when you arrive.", "Yes");
  await answer(page, "The list on the door, and guests' rating of cleanliness in the yearly survey.", "No");

  // The score per area: not applicable counts nowhere; the critical item fell short.
  const result = page.getByRole("region", { name: "Result so far" });
  await expect(result.getByRole("row", { name: new RegExp(`^${AREAS.expectations}`) })).toContainText("50%");
  await expect(result.getByRole("row", { name: new RegExp(`^${AREAS.clean}`) })).toContainText("66%");
  await expect(result.getByRole("row", { name: /^Total/ })).toContainText("60%");
  await expect(result).toContainText("Failed: a critical item fell short");

  // A failed item becomes a follow-up action; a due date before the visit is refused.
  const asked = item(page, "Asked before recommending");
  await asked.getByRole("button", { name: "Make a follow-up action" }).click();
  await asked.getByRole("textbox", { name: "What is to be done" }).fill("Practise asking first at Monday's meeting");
  await asked.getByRole("textbox", { name: "What is to be done" }).press("Tab");
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await asked.getByLabel("Due").fill("2020-01-01");
  await asked.getByLabel("Due").press("Tab");
  await expect(asked.getByRole("alert")).toHaveText("The due date cannot be before the visit.");
  await expect(asked.getByRole("group", { name: "Follow-up" })).toContainText("Practise this with:");
  await page.getByRole("button", { name: "Mark the visit finished" }).click();
  await expect(page.getByText(/^Finished on /)).toBeVisible();
  await expect(page.getByRole("region", { name: "Result", exact: true }).getByRole("row", { name: /^Total/ })).toContainText("60%");
  // The report on paper: the result, each item with the answer given, and the follow-up.
  const report = readPrinted(await page.pdf({ format: "A4" }));
  expect(report.text).toContain("Failed: a critical item fell short");
  expect(report.text).toMatch(/Asked before recommending\s+Critical\s+No/);
  expect(report.text).toContain("Practise asking first at Monday's meeting");
  expect(report.text).not.toContain("Mark the visit finished");

  // The visits list and the area table show it; the standard's page shows the action.
  await app.goToSection("Visits");
  await expect(page.getByRole("listitem").filter({ hasText: "Monthly walk · Self-audit" })).toContainText("60% · Failed");
  await expect(page.getByRole("region", { name: "Areas over time" }).getByRole("row", { name: new RegExp(`^${AREAS.clean}`) })).toContainText("66%");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), "no sideways scroll on a phone").toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("./#/standards");
  await app.standardLink("Ask before you recommend").click();
  const fromVisits = page.getByRole("region", { name: "From the visits" });
  await expect(fromVisits).toContainText("Fell short");
  await expect(fromVisits.getByRole("link", { name: "Practise asking first at Monday's meeting" })).toBeVisible();

  // The blank checklist on paper: every item with boxes to tick.
  await app.goToSection("Visits");
  await page.getByRole("link", { name: "Print a blank checklist – Monthly walk" }).click();
  await expect(app.heading()).toHaveText("Monthly walk");
  const printed = readPrinted(await page.pdf({ format: "A4" }));
  expect(printed.pages.length).toBeGreaterThanOrEqual(1);
  expect(printed.text).toContain("Greeted within ten seconds");
  expect(printed.text).toContain("Target: at most 10 seconds");
  expect(printed.text).toMatch(/☐ Yes\s+☐ No\s+☐ Not applicable/);
  expect(printed.text).not.toContain("Print a blank checklist");

  // Deleting the checklist keeps the visit made with it; deleting the visit removes it.
  await app.goToSection("Visits");
  await page.getByRole("link", { name: "Edit checklist – Monthly walk" }).click();
  await page.getByRole("button", { name: "Delete checklist" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Visits made with it keep their answers.");
  await page.getByRole("button", { name: "Delete for good" }).click();
  await expect(app.heading()).toHaveText("Visits and checklists");
  await expect(page.getByText("No checklists yet.")).toBeVisible();
  await page.getByRole("link", { name: /– Monthly walk$/ }).click();
  await expect(item(page, "Asked before recommending").getByRole("button", { name: "No", exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Delete visit" }).click();
  await page.getByRole("button", { name: "Delete for good" }).click();
  await expect(app.heading()).toHaveText("Visits and checklists");
  await app.reload();
  await expect(page.getByText("No visits yet.")).toBeVisible();
  await expect(page.getByText("No checklists yet.")).toBeVisible();
});

test("a visit travels in a backup to a fresh tablet, and a pack carries the checklist but never the visit", async ({ page, browser }) => {
  const app = new VertskapApp(page);
  await app.open("#/people/new");
  await page.getByRole("textbox", { name: "Name" }).fill("Kari Nordmann");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Kari Nordmann");

  // A checklist of own questions only, answered by Kari.
  await app.goToSection("Visits");
  await page.getByRole("link", { name: "New checklist" }).click();
  await page.getByRole("textbox", { name: "Checklist name" }).fill("Phone test call");
  await page.getByRole("button", { name: "Start with your own questions" }).click();
  await page.getByRole("combobox", { name: "Channel" }).selectOption({ label: "Phone" });
  await page.getByRole("textbox", { name: "What is checked (1)" }).fill("Answered by the third ring");
  await page.getByRole("button", { name: "Add a question" }).click();
  await page.getByRole("textbox", { name: "What is checked (2)" }).fill("Said the name of the business");
  await page.getByRole("combobox", { name: "Answer (2)" }).selectOption({ label: "Scale 1–4" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Visits and checklists");
  await page.getByRole("button", { name: "Start a visit – Phone test call" }).click();
  await page.getByRole("combobox", { name: "Who did it" }).selectOption({ label: "Kari Nordmann" });
  // A name longer than a name may be is cut at 100 characters: a backup always restores.
  await page.getByRole("combobox", { name: "Kind of visit" }).selectOption({ label: "Visit to another business" });
  const business = page.getByRole("textbox", { name: "The business visited" });
  await business.fill("Kaffebrenneriet Storgata 12 – compared the morning rush and the queue with the area manager and the owner");
  await business.press("Tab");
  await expect(business).toHaveValue(/^Kaffebrenneriet Storgata 12 .{60,73}$/);
  await answer(page, "Answered by the third ring", "Yes");
  await answer(page, "Said the name of the business", "2 Below expectations");
  await item(page, "Said the name of the business").getByText("Note").click();
  await item(page, "Said the name of the business").getByRole("textbox", { name: "Note" }).fill("Only 'hello'");
  await item(page, "Said the name of the business").getByRole("textbox", { name: "Note" }).press("Tab");
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.getByRole("button", { name: "Mark the visit finished" }).click();
  await expect(page.getByText(/^Finished on /)).toBeVisible();

  await app.open("#/settings");
  const backup = await downloadFrom(page, "Download a full backup");
  await page.getByRole("link", { name: "Make a pack…" }).click();
  await page.getByRole("checkbox", { name: "Phone test call" }).check();
  const pack = await downloadFrom(page, "Download the pack");
  expect(JSON.parse(pack.text).data.checklists.map((c: { title: string }) => c.title)).toEqual(["Phone test call"]);
  for (const trace of ["visits", "Only 'hello'", "Kari Nordmann"]) expect(pack.text, trace).not.toContain(trace);

  // A fresh tablet restores the backup: the visit reads the same, with its score.
  const fresh = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, locale: "en-US" });
  const b = new VertskapApp(await fresh.newPage());
  await b.open("#/settings");
  await chooseImport(b.page, { name: backup.name, mimeType: "application/json", buffer: Buffer.from(backup.text) });
  await b.page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(b.page.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();
  await b.goToSection("Visits");
  await b.page.getByRole("link", { name: /^\d.* – Phone test call$/ }).click();
  await expect(b.page.getByRole("textbox", { name: "The business visited" })).toHaveValue(/^Kaffebrenneriet Storgata 12/);
  await expect(b.page.getByRole("combobox", { name: "Who did it" }).locator("option:checked")).toHaveText("Kari Nordmann");
  await expect(item(b.page, "Said the name of the business").getByRole("textbox", { name: "Note" })).toHaveValue("Only 'hello'");
  // Yes (3 of 3) and a 2 on the scale (1 of 3): 4 of 6.
  await expect(b.page.getByRole("region", { name: "Result" }).getByRole("row", { name: /^Total/ })).toContainText("66%");
  await fresh.close();

  // A pack into another fresh tablet brings the checklist, and no visit.
  const other = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, locale: "en-US" });
  const c = new VertskapApp(await other.newPage());
  await c.open("#/settings");
  await chooseImport(c.page, { name: pack.name, mimeType: "application/json", buffer: Buffer.from(pack.text) });
  await c.page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(c.page.getByRole("status").filter({ hasText: "The file was imported." })).toBeVisible();
  await c.goToSection("Visits");
  await expect(c.page.getByRole("heading", { name: "Phone test call" })).toBeVisible();
  await expect(c.page.getByText("No visits yet.")).toBeVisible();
  await other.close();
});
