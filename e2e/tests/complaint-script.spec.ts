import { expect, test } from "@playwright/test";
import { VertskapApp } from "../support/app";

const BACKBONE = [
  "Listen",
  "Apologise",
  "Find out what happened",
  "Offer a solution",
  "Compensate",
  "Follow up",
  "Tell what was improved",
];

test("a complaint script starts from the backbone, keeps its order and shows progress at the counter", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("#/scripts");
  await page.getByRole("link", { name: "New complaint script" }).click();
  await expect(app.heading()).toHaveText("New complaint script");
  for (const [i, stage] of BACKBONE.entries()) {
    await expect(page.getByRole("group", { name: new RegExp(`^Step ${i + 1}`) })).toContainText(`Complaint flow: ${stage}`);
  }
  // Compensation can never move before the solution; backbone steps cannot be removed.
  await expect(page.getByRole("button", { name: "Move step 5 up" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Remove step 5" })).toHaveCount(0);

  await page.getByRole("textbox", { name: "Title" }).fill("Cold coffee");
  await page.getByRole("button", { name: "Add a step after step 1" }).click();
  const extra = page.getByRole("group", { name: /^Step 2/ });
  await expect(extra.getByRole("textbox", { name: "Say" })).toBeFocused();
  await extra.getByRole("textbox", { name: "Say" }).fill("Oh no, that is not how it should be.");
  await page.getByRole("group", { name: /^Step 3/ }).getByRole("textbox", { name: "Say" }).fill("I am sorry.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Cold coffee");
  await expect(page.getByRole("main")).toContainText("8 steps");

  await app.enterCounterMode();
  await page.getByRole("link", { name: /Cold coffee/ }).click();
  const progress = page.getByRole("list", { name: "Complaint flow" });
  await expect(progress.getByRole("listitem")).toHaveText(BACKBONE);
  await expect(progress.locator('[aria-current="step"]')).toHaveText("Listen");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Step 3 of 8")).toBeVisible();
  await expect(page.getByRole("main")).toContainText("I am sorry.");
  await expect(progress.locator('[aria-current="step"]')).toHaveText("Apologise");
  // At the last step the complaint can be logged while it is fresh.
  await expect(page.getByRole("link", { name: "Log a complaint" })).toBeHidden();
  for (let step = 3; step < 8; step++) await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Step 8 of 8")).toBeVisible();
  await page.getByRole("link", { name: "Log a complaint" }).click();
  await expect(app.heading()).toHaveText("Log a complaint");
});
