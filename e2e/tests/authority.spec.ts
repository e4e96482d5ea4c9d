import { expect, test } from "@playwright/test";
import { VertskapApp } from "../support/app";

async function writeRule(app: VertskapApp, rule: { situation: string; role: string; may: string; limit?: string; currency?: string }) {
  const page = app.page;
  await app.open("#/authority");
  await page.getByRole("link", { name: "New authority rule" }).click();
  await page.getByRole("textbox", { name: "Situation" }).fill(rule.situation);
  await page.getByLabel("Role").selectOption({ label: rule.role });
  await page.getByRole("textbox", { name: "May do without asking" }).fill(rule.may);
  if (rule.limit) await page.getByRole("textbox", { name: "Up to an amount (optional)" }).fill(rule.limit);
  if (rule.currency) await page.getByLabel("Currency").selectOption(rule.currency);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Who may decide what");
}

test("an authority rule is written, shown in the matrix, and read at the counter for the chosen role", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("#/authority");
  await page.getByRole("link", { name: "New authority rule" }).click();
  await page.getByRole("textbox", { name: "Situation" }).fill("Complaint about a product");
  await page.getByLabel("Role").selectOption({ label: "Staff" });
  await page.getByRole("textbox", { name: "May do without asking" }).fill("Refund the product");
  const limit = page.getByRole("textbox", { name: "Up to an amount (optional)" });
  await limit.fill("-200");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(limit).toHaveAccessibleDescription(/must be more than zero/);
  await limit.fill("5000000");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(limit).toHaveAccessibleDescription(/more than anyone decides alone/);
  await limit.fill("1 500");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Who may decide what");

  await writeRule(app, { situation: "complaint about a product", role: "Shift lead", may: "Replace and add a gift", limit: "49.90", currency: "EUR" });
  await writeRule(app, { situation: "Long wait", role: "Staff", may: "Offer a free coffee" });

  const matrix = page.getByRole("table", { name: "Who may decide what" });
  await expect(matrix.getByRole("columnheader")).toHaveText(["Situation", "Extra help", "Staff", "Shift lead", "Manager"]);
  await expect(matrix.getByRole("rowheader")).toHaveText(["Complaint about a product", "Long wait"]);
  const complaint = matrix.getByRole("row", { name: /Complaint about a product/ });
  await expect(complaint.getByRole("cell").nth(1)).toHaveText("Refund the product (up to €1,500)");
  // A shift lead has its own rule here, and what Staff may do too, said as such.
  const lead = complaint.getByRole("cell").nth(2);
  await expect(lead.getByRole("link", { name: "Replace and add a gift (up to €49.90)" })).toBeVisible();
  await expect(lead).toContainText("Yes, as staffRefund the product (up to €1,500)");

  await app.reload();
  await app.enterCounterMode();
  await page.getByRole("link", { name: "What may I decide?" }).click();
  await page.getByRole("navigation", { name: "Your role" }).getByRole("link", { name: "Staff", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("As staff you may decide this yourself");
  const items = page.getByRole("main").getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText("Complaint about a product");
  await expect(items.first()).toContainText("Refund the product, up to €1,500");
  await expect(items.nth(1)).toContainText("Offer a free coffee");

  await page.getByRole("navigation", { name: "Your role" }).getByRole("link", { name: "Extra help" }).click();
  await expect(page.getByRole("main")).toContainText("No authority rules for this role yet");
  await app.reload();
  await expect(page.getByRole("link", { name: "Extra help" })).toHaveAttribute("aria-current", "page");
});

test("deleting a role that has rules asks what to do with them, and nothing points at it after", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await writeRule(app, { situation: "Broken cup", role: "Staff", may: "Replace it" });

  await page.getByRole("button", { name: "Delete “Extra help”" }).click();
  await expect(page.getByRole("button", { name: "Delete “Extra help”" })).toHaveCount(0);

  await page.getByRole("button", { name: "Delete “Staff”" }).click();
  await expect(page.getByRole("group", { name: /“Staff” has 1 authority rule/ })).toBeVisible();
  await page.getByLabel("Move the rules to").selectOption({ label: "Manager" });
  await page.getByRole("button", { name: "Move and delete" }).click();
  const matrix = page.getByRole("table", { name: "Who may decide what" });
  await expect(matrix.getByRole("columnheader")).toHaveText(["Situation", "Shift lead", "Manager"]);
  await expect(matrix.getByRole("row", { name: /Broken cup/ }).getByRole("cell").nth(1)).toHaveText("Replace it");

  await app.reload();
  await expect(matrix.getByRole("columnheader")).toHaveText(["Situation", "Shift lead", "Manager"]);
  await page.getByRole("button", { name: "Delete “Manager”" }).click();
  await page.getByRole("button", { name: "Delete the rules too" }).click();
  await expect(page.getByText(/No authority rules yet/)).toBeVisible();
});
