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
  await page.getByRole("button", { name: "Start with a random case" }).click();

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

test("every practice case comes once before any comes again, and staff may pick one", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.startFromKit();
  await app.enterCounterMode();
  await page.getByRole("link", { name: "Practise" }).click();
  const choices = page.getByRole("region", { name: "Or choose a case" }).getByRole("link");
  const titles = (await choices.allInnerTexts()).map((text) => text.split("\n")[0]);
  expect(titles.length).toBeGreaterThan(3);

  // Picked by hand: that case, and it is not drawn again in this round.
  await choices.filter({ hasText: titles[1] }).click();
  const heading = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(heading).toHaveText(titles[1]);
  const seen = [titles[1]];
  for (let i = 1; i < titles.length; i++) {
    await page.getByRole("button", { name: "Next case" }).click();
    await expect(heading).not.toHaveText(seen[seen.length - 1]);
    seen.push(await heading.innerText());
  }
  expect(new Set(seen).size, seen.join(" | ")).toBe(titles.length);

  await page.getByRole("link", { name: "Choose another case" }).click();
  await expect(page.getByRole("region", { name: "Or choose a case" })).toBeVisible();
});
