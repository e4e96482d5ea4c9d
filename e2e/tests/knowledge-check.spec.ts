// A knowledge check before the first shift: the owner writes two questions, a new
// person takes the check at the counter, fails, retakes only the wrong one, passes, and
// the owner signs them off as ready.
import { expect, test, type Page } from "@playwright/test";
import { VertskapApp } from "../support/app";

const TODAY = new Date("2026-03-11T10:00:00");
const GREET = "We greet every guest within ten seconds.";
const OFFER = "What do we offer a guest who waited too long?";

async function answer(page: Page, right: boolean) {
  const question = (await page.getByRole("heading", { level: 2 }).textContent()) ?? "";
  if (question.includes("greet every guest")) {
    await page.getByRole("button", { name: right ? "True" : "False", exact: true }).click();
  } else {
    await page.getByRole("button", { name: right ? "A coffee on the house" : "Nothing", exact: true }).click();
  }
}

test("a new person fails the check, retakes only the wrong question, passes, and is signed off as ready", async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  const app = new VertskapApp(page);
  await app.open("#/people/new");
  await page.getByRole("textbox", { name: "Name" }).fill("Nora");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Nora");

  // The owner makes a check of two questions of their own.
  await app.goToSection("Goals");
  await page.getByRole("link", { name: "Knowledge checks" }).click();
  await expect(app.heading()).toHaveText("Knowledge checks before the first shift");
  await page.getByRole("link", { name: "New check" }).click();
  await page.getByRole("textbox", { name: "Name of the check" }).fill("Before the first shift");
  for (const kind of ["What you may decide yourself", "A script's steps in order", "What you say when …", "Which standard an example belongs to", "Which value an example shows"]) {
    await page.getByRole("checkbox", { name: kind }).uncheck();
  }
  await page.getByRole("textbox", { name: "Number of questions" }).fill("2");
  await page.getByRole("textbox", { name: "Pass mark (%)" }).fill("100");
  await page.getByRole("button", { name: "New true-or-false question" }).click();
  await page.getByRole("textbox", { name: "Question (1)", exact: true }).fill(GREET);
  await page.getByRole("button", { name: "New question with one right answer" }).click();
  await page.getByRole("textbox", { name: "Question (2)", exact: true }).fill(OFFER);
  await page.getByRole("textbox", { name: "Question (2) Answer (1)" }).fill("Nothing");
  await page.getByRole("textbox", { name: "Question (2) Answer (2)" }).fill("A coffee on the house");
  // No right answer marked: refused at the question.
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Mark exactly one right answer.")).toBeVisible();
  await page.getByRole("radio", { name: "This one is right (Question (2) Answer (2))" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Knowledge checks before the first shift");
  await expect(page.getByRole("region", { name: "Who is ready for the first shift?" })).toContainText("Not passed yet");

  // At the counter: Nora gets one of the two wrong.
  await app.open("#/counter");
  await page.getByRole("link", { name: "Knowledge check" }).click();
  await expect(app.heading()).toHaveText("Before the first shift");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("alert")).toHaveText("Who is taking the check?");
  await page.getByRole("combobox", { name: "Who is taking the check?" }).selectOption({ label: "Nora" });
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByText("Question 1 of 2")).toBeVisible();
  // The first answer right (whichever comes first), with a double tap that counts once.
  const first = (await page.getByRole("heading", { level: 2 }).textContent()) ?? "";
  const firstIsGreet = first.includes("greet every guest");
  await page.getByRole("button", { name: firstIsGreet ? "True" : "A coffee on the house", exact: true }).dblclick();
  await expect(page.getByRole("status")).toHaveText("Right!");
  await expect(page.getByText("Question 1 of 2")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Question 2 of 2")).toBeVisible();
  await answer(page, false);
  await expect(page.getByRole("status")).toContainText("Not quite. The right answer:");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("status")).toHaveText("Not passed yet: 50% right, 100% needed.");

  // The retake asks only the wrong one.
  await page.getByRole("button", { name: "Retake the wrong one" }).click();
  await expect(page.getByText("Question 1 of 1")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(firstIsGreet ? OFFER : GREET);
  await answer(page, true);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("status")).toHaveText("Passed! 100% right.");
  // Stored before anyone leaves the screen (the owner's page below reads storage).
  await expect(page.getByText("The result is saved.")).toBeVisible();

  // The owner sees it, signs Nora off, and it holds after a reload.
  await app.open("#/knowledge");
  const ready = page.getByRole("region", { name: "Who is ready for the first shift?" });
  await expect(ready).toContainText("Passed 11 Mar 2026 (100%)");
  await ready.getByRole("button", { name: "Sign Nora off as ready" }).click();
  await expect(ready).toContainText("Ready since 11 Mar 2026");
  await app.reload();
  await expect(page.getByRole("region", { name: "Who is ready for the first shift?" })).toContainText("Ready since 11 Mar 2026");

  // With the answers shown at the end, a double tap answers one question, not two.
  await page.getByRole("link", { name: "Before the first shift" }).click();
  await page.getByRole("radio", { name: "At the end" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Knowledge checks before the first shift");
  await app.open("#/counter/knowledge");
  await page.getByRole("combobox", { name: "Who is taking the check?" }).selectOption({ label: "Nora" });
  await page.getByRole("button", { name: "Start" }).click();
  const again = (await page.getByRole("heading", { level: 2 }).textContent()) ?? "";
  await page.getByRole("button", { name: again.includes("greet every guest") ? "True" : "A coffee on the house", exact: true }).dblclick();
  await expect(page.getByText("Question 2 of 2")).toBeVisible();
  await answer(page, true);
  await expect(page.getByRole("status")).toHaveText("Passed! 100% right.");
  await expect(page.getByRole("listitem").filter({ hasText: "Right!" })).toHaveCount(2);
});
