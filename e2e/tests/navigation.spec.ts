import { expect, test } from "@playwright/test";
import { VertskapApp } from "../support/app";

test("the navigation has a link per section and empty sections say what will be there", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("");
  await expect(app.heading()).toHaveText("Host standards");
  await expect(app.nav().getByRole("link")).toHaveText(["Standards", "Scripts", "Values", "Authority", "Visits", "Customers", "Goals", "Settings"]);
  await expect(app.nav().getByRole("link", { name: "Standards" })).toHaveAttribute("aria-current", "page");

  for (const [section, promise] of [
    ["Scripts", /what to say and do/],
    ["Values", /What the business stands for/],
    ["Goals", /No goals yet/],
    ["Settings", /Backups and sharing/],
  ] as const) {
    await app.goToSection(section);
    await expect(app.heading()).toHaveText(section);
    await expect(page.getByRole("main")).toContainText(promise);
    await expect(app.nav().getByRole("link", { name: section })).toHaveAttribute("aria-current", "page");
  }
  await app.goToSection("Customers");
  await expect(app.heading()).toHaveText("Complaints");
  await expect(page.getByRole("main")).toContainText("No complaints logged yet.");
  await expect(app.nav().getByRole("link", { name: "Customers" })).toHaveAttribute("aria-current", "page");
  await app.goToSection("Visits");
  await expect(app.heading()).toHaveText("Visits and checklists");
  await expect(page.getByRole("main")).toContainText("No checklists yet. Make the first one from your standards.");
  await expect(app.nav().getByRole("link", { name: "Visits" })).toHaveAttribute("aria-current", "page");
});

test("the seven host parameters are there from the start", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText([
    /^Know the customer's expectations/,
    /^Give a little more than expected/,
    /^Easy to reach, quick to respond/,
    /^Care-selling/,
    /^Clean and tidy surroundings/,
    /^Last impression and return visits/,
    /^The wow effect/,
  ]);
});

test("an unknown address says so and leads back", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("#/no-such-page");
  await expect(app.heading()).toHaveText("This page does not exist.");
  await page.getByRole("link", { name: "Back to standards" }).click();
  await expect(app.heading()).toHaveText("Host standards");
});
