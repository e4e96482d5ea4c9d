import { expect, test } from "@playwright/test";
import { VertskapApp } from "../support/app";
import { putStoredScripts, storedScripts } from "../support/stored";

test("staff find a script in counter mode by typing three letters and walk it through", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createScript({
    title: "Greeting when it is busy",
    situation: "A queue at the counter",
    steps: [{ do: "Look up and smile" }, { say: "Hi! I'll be right with you." }, { say: "Thanks for waiting!" }],
  });
  await app.createScript({ title: "Answering the phone", channel: "Phone", steps: [{ say: "Café Lia, Kari speaking." }] });

  await app.enterCounterMode();
  await expect(page.getByRole("navigation", { name: "Sections" })).toHaveCount(0);
  await page.getByRole("searchbox", { name: "Find a script" }).fill("bus");
  const results = page.getByRole("main").getByRole("link", { name: /Greeting when it is busy/ });
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(1);
  await results.click(); // one tap after typing

  await expect(app.heading()).toHaveText("Greeting when it is busy");
  await expect(page.getByText("Step 1 of 3")).toBeVisible();
  await expect(page.getByRole("button", { name: "Back" })).toBeDisabled();
  await expect(page.getByRole("main")).toContainText("Look up and smile");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Step 2 of 3")).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Hi! I'll be right with you.");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByText("Step 1 of 3")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Done" }).click();
  await expect(app.heading()).toHaveText("What do we say when…");

  // Read-only: nothing to type into but the search, no manager controls.
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Edit|Delete|Save/ })).toHaveCount(0);

  // A reload keeps the tablet in counter mode, with the script under "Recently used".
  await app.reload();
  await expect(app.heading()).toHaveText("What do we say when…");
  await expect(page.getByRole("region", { name: "Recently used" }).getByRole("link")).toHaveText([/Greeting when it is busy/]);
});

test("a pinned script is one tap away, and channels narrow the list", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createScript({ title: "We don't have it", pinned: true, steps: [{ say: "We don't stock it, but the shop next door does." }] });
  await app.createScript({ title: "Answering the phone", channel: "Phone", steps: [{ say: "Café Lia, Kari speaking." }] });
  await app.enterCounterMode();

  await expect(page.getByRole("region", { name: "Pinned" }).getByRole("link")).toHaveText([/We don't have it/]);
  await page.getByRole("button", { name: "Phone" }).click();
  await expect(page.getByRole("button", { name: "Phone" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("region", { name: "All scripts" }).getByRole("link")).toHaveText([/Answering the phone/]);
  await page.getByRole("button", { name: "All channels" }).click();
  await page.getByRole("region", { name: "Pinned" }).getByRole("link").click();
  await expect(app.heading()).toHaveText("We don't have it");
});

test("leaving counter mode takes a deliberate second step", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createScript({ title: "Greeting", steps: [{ say: "Hello!" }] });
  await app.enterCounterMode();

  await page.getByRole("button", { name: "Leave counter mode" }).click();
  const question = page.getByRole("alertdialog");
  await expect(question).toContainText("Leave counter mode?");
  await expect(page.getByRole("button", { name: "Stay" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(question).toHaveCount(0);
  await expect(app.heading()).toHaveText("What do we say when…");

  await page.getByRole("button", { name: "Leave counter mode" }).click();
  await page.getByRole("button", { name: "Yes, leave" }).click();
  await expect(app.heading()).toHaveText("Scripts");
  await expect(app.nav()).toBeVisible();
  await app.reload();
  await expect(app.heading()).toHaveText("Scripts");
  await expect(app.nav()).toBeVisible();
});

test("a long script (200 steps, one of 50 KB) walks through without freezing", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createScript({ title: "Seed", steps: [{ say: "x" }] });
  // Grow the stored script to 200 steps, as an imported file could.
  const [seed] = await storedScripts(page);
  const steps = Array.from({ length: 200 }, (_, i) => ({
    say: i === 1 ? "Long: " + "Vertskap. ".repeat(5_000) : `Step text ${i + 1}`,
    do: "",
    note: "",
    stage: null,
  }));
  await putStoredScripts(page, [{ ...seed, title: "Two hundred steps", steps }]);
  await app.open("#/counter");
  await page.getByRole("link", { name: /Two hundred steps/ }).click();
  await expect(page.getByText("Step 1 of 200")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Step 2 of 200")).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Long: Vertskap.");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("main")).toContainText("Step text 3");
});

test("with many scripts the counter shows the first 40 and typing narrows them", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createScript({ title: "Seed", steps: [{ say: "x" }] });
  const [seed] = await storedScripts(page);
  const more = Array.from({ length: 60 }, (_, i) => ({
    ...seed,
    id: crypto.randomUUID(),
    title: `Situation number ${String(i + 1).padStart(2, "0")}`,
  }));
  await putStoredScripts(page, more);
  await app.open("#/counter");
  const all = page.getByRole("region", { name: "All scripts" });
  await expect(all.getByRole("link")).toHaveCount(40);
  await expect(all).toContainText("Showing 40 of 61. Type more to narrow it down.");
  // Every word must match: "5" is in 05, 15, 25, 35, 45 and 50–59.
  await page.getByRole("searchbox", { name: "Find a script" }).fill("number 5");
  const matches = page.getByRole("region", { name: "Matches" });
  await expect(matches.getByRole("link")).toHaveCount(15);
  await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText("15 scripts match.");
  await expect(page.getByRole("main")).not.toContainText("Showing");
});
