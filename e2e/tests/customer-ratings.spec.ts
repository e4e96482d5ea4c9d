// The customer's rating at the counter: one tap per guest, a thank-you that rests the
// buttons, a reason after a bad answer, and a report that counts and says "too few".
import { expect, test, type Page } from "@playwright/test";
import { VertskapApp } from "../support/app";

const faces = (page: Page) => page.getByRole("group", { name: "How was your visit today?" });

async function tap(page: Page, answer: string, reason?: string) {
  await faces(page).getByRole("button", { name: answer, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you!" })).toBeVisible();
  if (reason) {
    await page.getByRole("group", { name: "Would you tell us what it was about?" }).getByRole("button", { name: reason }).click();
    await expect(page.getByRole("heading", { name: "Would you tell us what it was about?" })).toBeHidden();
  }
  // The pause: the question comes back by itself (after a bad answer, later).
  await page.clock.runFor(answer.includes("ad") && !reason ? 8_100 : 2_100);
  await expect(faces(page)).toBeVisible();
}

test("twelve guests tap on the way out, one gives a reason, a double tap counts once, and the report counts them and says too few to give a share", async ({ page }) => {
  // Mid-hour, so all twelve taps fall in one hour of the weekday table (a run that
  // began at 07:59 split them 4 and 8).
  await page.clock.install({ time: new Date("2026-03-11T10:20:00") });
  const app = new VertskapApp(page);
  await app.open("#/counter");
  await page.getByRole("link", { name: "Customer rating" }).click();
  await expect(app.heading()).toHaveText("How was your visit today?");
  // Four faces, as many good as bad, no middle.
  await expect(faces(page).getByRole("button")).toHaveText(["Very bad", "Bad", "Good", "Very good"]);

  for (const answer of ["Very good", "Very good", "Good", "Very good", "Good", "Very good", "Very good"]) await tap(page, answer);
  await tap(page, "Bad", "Waiting");
  await tap(page, "Very bad");
  await tap(page, "Good");
  await tap(page, "Bad");
  // One guest taps twice in a row: the second tap lands in the pause and is not counted.
  await faces(page).getByRole("button", { name: "Very good" }).dblclick();
  await expect(page.getByRole("status").filter({ hasText: "Thank you!" })).toBeVisible();
  await page.clock.runFor(2_100);
  await expect(faces(page)).toBeVisible();

  // The manager's report: counts per answer, and no share of twelve answers.
  await app.open("#/goals");
  await page.getByRole("link", { name: "Customers’ ratings" }).click();
  await expect(app.heading()).toHaveText("Customers’ ratings");
  const all = page.getByRole("region", { name: "All answers" });
  await expect(all).toContainText("Too few answers to say (12 answers)");
  await expect(all.getByRole("row", { name: /^Very good/ })).toContainText("6");
  await expect(all.getByRole("row", { name: /^Good/ })).toContainText("3");
  await expect(all.getByRole("row", { name: /^Bad/ })).toContainText("2");
  await expect(all.getByRole("row", { name: /^Very bad/ })).toContainText("1");
  await expect(page.getByRole("region", { name: "Week by week" })).toContainText("Too few answers to say (12 answers)");
  await expect(page.getByRole("region", { name: "Reasons given" })).toContainText("Waiting: 1");
  await expect(page.getByRole("region", { name: "Weekday and hour" }).getByRole("cell", { name: "12" })).toBeVisible();
  // On a phone the wide table scrolls in its own frame; the page does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("the owner words the question and the reasons, and sets from how many answers a share is given", async ({ page }) => {
  await page.clock.install();
  const app = new VertskapApp(page);
  await app.open("#/ratings");
  await expect(page.getByText("No ratings yet.", { exact: false })).toBeVisible();
  await page.getByText("Question and reasons").click();
  await page.getByRole("textbox", { name: "The question on the screen" }).fill("How was your coffee today?");
  await page.getByRole("textbox", { name: /^Reasons a guest can tap/ }).fill("Waiting\nToo cold");
  await page.getByRole("textbox", { name: "Fewer answers than this give no share" }).fill("0");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Write at least 1.")).toBeVisible();
  await page.getByRole("textbox", { name: "Fewer answers than this give no share" }).fill("3");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // A team goal on the share of good answers, counted from the taps themselves.
  await app.open("#/goals/new");
  await page.getByRole("textbox", { name: "What is the goal?" }).fill("Happy guests");
  await page.getByRole("combobox", { name: "How it is counted" }).selectOption({ label: "The share of good answers guests tap at the counter, in percent" });
  await page.getByRole("textbox", { name: "Target" }).fill("70");
  await page.getByRole("combobox", { name: "Counted per" }).selectOption({ label: "Week (Monday to Sunday)" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Happy guests");
  await expect(page.getByRole("status").filter({ hasText: "This week" })).toContainText("Too few answers to say (0 answers)");
  await expect(page.getByText("This goal is counted from the guests' ratings at the counter, and takes no check-ins.")).toBeVisible();

  await app.open("#/counter/rating");
  await expect(app.heading()).toHaveText("How was your coffee today?");
  const coffee = page.getByRole("group", { name: "How was your coffee today?" });
  for (const answer of ["Very good", "Good", "Bad"]) {
    await coffee.getByRole("button", { name: answer, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Thank you!" })).toBeVisible();
    if (answer === "Bad") {
      await page.getByRole("button", { name: "Too cold" }).click();
      await expect(page.getByRole("button", { name: "Too cold" })).toBeHidden();
    }
    await page.clock.runFor(2_100);
    await expect(coffee).toBeVisible();
  }

  // Without a reload (the tablet stays on): the goal heard the taps. Two of three good
  // is below its 70 %.
  await page.getByRole("button", { name: "Leave counter mode" }).click();
  await page.getByRole("button", { name: "Yes, leave" }).click();
  await app.goToSection("Goals");
  await page.getByRole("link", { name: "Happy guests" }).click();
  await expect(page.getByRole("status").filter({ hasText: "This week" })).toContainText("67% good (3 answers) (target at least 70%)");

  await app.open("#/ratings");
  await expect(page.getByRole("region", { name: "All answers" })).toContainText("67% good (3 answers)");
  await expect(page.getByRole("region", { name: "Reasons given" })).toContainText("Too cold: 1");
});
