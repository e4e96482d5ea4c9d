import { expect, test } from "@playwright/test";
import { VertskapApp } from "../support/app";

test("a practice case shows the situation first and the answer only when asked", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createScript({
    title: "The guest wants a table that is taken",
    situation: "A couple asks for the window table, which is reserved",
    practice: true,
    steps: [{ say: "That one is booked tonight, but this corner has the same view." }],
  });
  await app.createScript({
    title: "A child spills juice",
    situation: "Juice all over the floor by the counter",
    practice: true,
    steps: [{ say: "No harm done! I'll get you a new one." }],
  });
  await app.enterCounterMode();
  await page.getByRole("link", { name: "Practise" }).click();
  await page.getByRole("button", { name: "Next case" }).click();

  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2 })).toBeVisible();
  const first = await main.getByRole("heading", { level: 2 }).innerText();
  await expect(main).toContainText("What would you say and do?");
  await expect(main).not.toContainText("No harm done");
  await expect(main).not.toContainText("same view");
  await page.getByRole("button", { name: "Show the answer" }).click();
  await expect(main).toContainText(first.startsWith("A child") ? "No harm done" : "same view");

  await page.getByRole("button", { name: "Next case" }).click();
  await expect(main.getByRole("heading", { level: 2 })).not.toHaveText(first);
  await expect(page.getByRole("button", { name: "Show the answer" })).toBeVisible();
});
