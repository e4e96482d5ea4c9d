// Counter mode as staff use it mid-shift, after the owner took the starter kit: the right
// answer about authority, the tools within the first screen, search that finds what staff
// type, and a step walker whose buttons stay under the thumb. On a tablet and a phone.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { VertskapApp } from "../support/app";

const VIEWPORTS = {
  tablet: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
};

async function counterWithKit(page: Page): Promise<VertskapApp> {
  const app = new VertskapApp(page);
  await app.startFromKit();
  await app.enterCounterMode();
  return app;
}

/** Wholly inside the visible part of the page, without scrolling. */
async function expectInFirstScreen(page: Page, element: Locator) {
  const box = await element.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, "the element is rendered").not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
}

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(device, () => {
    test.use({ viewport });

    test(`the counter's three tools are on the first screen, above the scripts, each script listed once (${device})`, async ({ page }) => {
      await counterWithKit(page);
      const tools = page.getByRole("navigation", { name: "Counter tools" });
      for (const name of ["What may I decide?", "Log a goal", "Our values"]) {
        await expectInFirstScreen(page, tools.getByRole("link", { name }));
      }
      const firstScript = page.getByRole("region", { name: "Pinned" }).getByRole("link").first();
      const toolsBottom = (await tools.boundingBox())!;
      expect((await firstScript.boundingBox())!.y).toBeGreaterThan(toolsBottom.y + toolsBottom.height);

      // Opened once, a pinned script stays under Pinned and is not repeated under Recently used.
      await page.getByRole("region", { name: "Pinned" }).getByRole("link", { name: /When a guest complains/ }).click();
      await page.getByRole("link", { name: "All scripts" }).click();
      await page.getByRole("region", { name: "Other scripts" }).getByRole("link", { name: /Greeting when it is busy/ }).click();
      await page.getByRole("link", { name: "All scripts" }).click();
      const listed = await page.getByRole("main").getByRole("listitem").allTextContents();
      expect(listed).toHaveLength(8);
      expect(new Set(listed).size).toBe(8);
      await expect(page.getByRole("region", { name: "Recently used" }).getByRole("link")).toHaveText([/Greeting when it is busy/]);
    });

    test(`the step walker keeps Back and Next in one place, under the thumb, from the first step to the last (${device})`, async ({ page }) => {
      await counterWithKit(page);
      await page.getByRole("region", { name: "Pinned" }).getByRole("link", { name: /When a guest complains/ }).click();
      const next = page.getByRole("button", { name: "Next" });
      const back = page.getByRole("button", { name: "Back" });
      const first = (await next.boundingBox())!;
      expect(first.y + first.height).toBeGreaterThan(viewport.height - 120);
      await expectInFirstScreen(page, next);
      for (let step = 2; step <= 9; step++) {
        await next.click();
        await expect(page.getByText(`Step ${step} of 9`)).toBeVisible();
        const button = step === 9 ? page.getByRole("button", { name: "Done" }) : next;
        expect(await button.boundingBox()).toEqual(first);
        expect(await back.boundingBox()).not.toBeNull();
        await expectInFirstScreen(page, back);
      }

      // The stages of a complaint can be tapped to jump to them.
      const stages = page.getByRole("list", { name: "Complaint flow" });
      await stages.getByRole("button", { name: /Apologise/ }).click();
      await expect(page.getByText("Step 3 of 9")).toBeVisible();
      await expect(stages.getByRole("button", { name: /Apologise/ })).toHaveAttribute("aria-current", "step");
      // The last step's words are never hidden under the buttons.
      await stages.getByRole("button", { name: /Tell what was improved/ }).click();
      const step = page.getByText("We have changed the routine");
      await step.scrollIntoViewIfNeeded();
      const lastLine = (await step.boundingBox())!;
      expect(lastLine.y + lastLine.height).toBeLessThanOrEqual((await page.getByRole("button", { name: "Done" }).boundingBox())!.y);
    });
  });
}

test("a manager has what the roles below may decide, marked as theirs, and the counter remembers the role", async ({ page }) => {
  const app = await counterWithKit(page);
  await page.getByRole("link", { name: "What may I decide?" }).click();
  await page.getByRole("navigation", { name: "Your role" }).getByRole("link", { name: "Manager" }).click();
  const coffee = page.getByRole("main").getByRole("listitem").filter({ hasText: "A guest has waited too long" });
  await expect(coffee).toContainText("Offer a coffee, tea or something small on the house, up to €5");
  await expect(coffee).toContainText("Yes, as extra help");
  const room = page.getByRole("main").getByRole("listitem").filter({ hasText: "unhappy with their room" });
  await expect(room).toContainText("Refund or compensate, including part of the stay, up to €250");
  await expect(room).toContainText("Yes, as shift lead");
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(4);

  // Next shift, after a reload: "What may I decide?" opens on the manager's answers, and
  // so does the link at the complaint script's compensation step.
  await app.reload();
  await page.getByRole("link", { name: "All scripts" }).click();
  await page.getByRole("navigation", { name: "Counter tools" }).getByRole("link", { name: "What may I decide?" }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("As manager you may decide this yourself");
  await page.getByRole("link", { name: "All scripts" }).click();
  await page.getByRole("region", { name: "Pinned" }).getByRole("link", { name: /When a guest complains/ }).click();
  await page.getByRole("list", { name: "Complaint flow" }).getByRole("button", { name: /Compensate/ }).click();
  await page.getByRole("main").getByRole("link", { name: "What may I decide?" }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("As manager you may decide this yourself");
  await expect(page.getByRole("link", { name: "Manager" })).toHaveAttribute("aria-current", "page");
});

test("the owner's matrix says 'yes, as Staff' where a role has a right from below, and fits a tablet", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.startFromKit();
  await app.goToSection("Authority");
  const matrix = page.getByRole("table", { name: "Who may decide what" });
  const complaint = matrix.getByRole("row", { name: /complains about a product/ });
  const manager = complaint.getByRole("cell").nth(3);
  await expect(matrix.getByRole("columnheader")).toHaveText(["Situation", "Extra help", "Staff", "Shift lead", "Manager"]);
  await expect(manager).toContainText("Yes, as shift lead");
  await expect(manager).toContainText("Yes, as staff");
  await expect(complaint.getByRole("cell").nth(0)).toBeEmpty();

  // With a fifth role the roles no longer fit beside the situations: the situations stay
  // in view while the roles scroll sideways, and the page itself does not.
  await page.getByRole("textbox", { name: "New role name" }).fill("Owner on duty");
  await page.getByRole("button", { name: "Add role" }).click();
  await expect(matrix.getByRole("columnheader")).toHaveCount(6);
  const frame = page.getByRole("region", { name: "Who may decide what" });
  const situation = complaint.getByRole("rowheader");
  const before = (await situation.boundingBox())!;
  const scrolled = await frame.evaluate((element) => {
    element.scrollLeft = element.scrollWidth;
    return element.scrollLeft;
  });
  expect(scrolled).toBeGreaterThan(40);
  expect(Math.abs((await situation.boundingBox())!.x - before.x)).toBeLessThan(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1024);
  await expect(page.getByText("Scroll sideways to see more roles.")).toBeVisible();

  // A role's own limit for something it has from below replaces it.
  await complaint.getByRole("cell").nth(2).getByRole("link", { name: "Own rule for shift lead" }).click();
  await expect(page.getByRole("textbox", { name: "May do without asking" })).toHaveValue("Replace it, or make a new one, at no charge");
  await expect(page.getByLabel("Role")).toHaveValue(/./);
  await page.getByRole("textbox", { name: "Up to an amount (optional)" }).fill("40");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Who may decide what");
  const lead = complaint.getByRole("cell").nth(2);
  await expect(lead.getByRole("link", { name: "Replace it, or make a new one, at no charge (up to €40)" })).toBeVisible();
  await expect(lead).not.toContainText("Yes, as staff");
  await expect(manager).toContainText("Yes, as shift leadReplace it, or make a new one, at no charge (up to €40)");
});

test("counter search finds what staff type: words of any step, title matches first, Enter opens the first", async ({ page }) => {
  await counterWithKit(page);
  const search = page.getByRole("searchbox", { name: "Find a script" });
  const matches = page.getByRole("region", { name: "Matches" }).getByRole("link");
  for (const typed of ["money back", "refund", "cold", "angry guest"]) {
    await search.fill(typed);
    await expect(matches, typed).toHaveText([/When a guest complains/]);
  }
  await search.fill("upselling");
  await expect(matches).toHaveText([/Care-selling/]);

  // "guest" is in one title and in the steps of scripts whose titles sort before it: the
  // title match comes first, and Enter opens it.
  await search.fill("guest");
  expect(await matches.count()).toBeGreaterThan(2);
  await expect(matches.first()).toContainText("When a guest complains");
  await search.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("When a guest complains");

  await page.getByRole("link", { name: "All scripts" }).click();
  await search.fill("zebra crossing");
  await expect(page.getByRole("status").filter({ hasText: "zebra" })).toHaveText("No script matches “zebra crossing”. Here are the pinned ones:");
  await expect(page.getByRole("region", { name: "Pinned" }).getByRole("link")).toHaveCount(2);
  await search.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What do we say when…");
});

async function teamGoal(app: VertskapApp, title: string, kind: string, target: string) {
  const page = app.page;
  await app.open("#/goals/new");
  await page.getByRole("textbox", { name: "What is the goal?" }).fill(title);
  await page.getByRole("combobox", { name: "How it is counted" }).selectOption({ label: kind });
  await page.getByRole("textbox", { name: "Target" }).fill(target);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText(title);
}

test("at the counter every kind of goal is logged, and a slip of the finger is undone", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-03-11T10:00:00"));
  const app = new VertskapApp(page);
  await teamGoal(app, "Care-sales", "A count, such as sales from care-selling", "5");
  await teamGoal(app, "Sales in the shop", "An amount, such as sales in kroner", "10000");
  await teamGoal(app, "How the day felt", "A score from −2 to +2", "1");
  await app.enterCounterMode();
  await page.getByRole("navigation", { name: "Counter tools" }).getByRole("link", { name: "Log a goal" }).click();
  const team = page.getByRole("region", { name: "The whole team" });
  const line = (title: string) => team.getByRole("listitem").filter({ hasText: title });

  // +1, then Undo: the count is as before, also after a reload.
  await line("Care-sales").getByRole("button", { name: "+1 Care-sales" }).click();
  await expect(line("Care-sales").getByRole("status")).toContainText("Logged: +1.");
  await expect(line("Care-sales")).toContainText("Today: 1 of 5 so far, 4 to go");
  await line("Care-sales").getByRole("button", { name: "Undo the check-in for Care-sales" }).click();
  await expect(line("Care-sales").getByRole("status")).toHaveText("Undone. Nothing was logged.");
  await expect(line("Care-sales")).toContainText("Not yet today");
  // A second tap is kept: only the undone one is gone.
  await line("Care-sales").getByRole("button", { name: "+1 Care-sales" }).click();
  await expect(line("Care-sales")).toContainText("Today: 1 of 5 so far, 4 to go");

  // An amount on the number pad; a wrong one is refused where it was typed.
  const amount = line("Sales in the shop").getByRole("textbox", { name: "Amount for Sales in the shop" });
  await expect(amount).toHaveAttribute("inputmode", "decimal");
  await amount.fill("-5");
  await amount.press("Enter");
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await amount.fill("1250.50");
  await line("Sales in the shop").getByRole("button", { name: "Log" }).click();
  await expect(line("Sales in the shop").getByRole("status")).toContainText("Logged:");
  await expect(amount).toHaveValue("");
  await expect(line("Sales in the shop")).toContainText("€1,250.50 of €10,000 so far");

  // A score with one of five buttons.
  const scores = line("How the day felt").getByRole("group", { name: "Score for How the day felt" });
  await expect(scores.getByRole("button")).toHaveText(["−2", "−1", "0", "+1", "+2"]);
  await scores.getByRole("button", { name: "+2" }).click();
  await expect(line("How the day felt").getByRole("status")).toContainText("Logged: +2.");

  await app.reload();
  await expect(line("Care-sales")).toContainText("Today: 1 of 5 so far, 4 to go");
  await expect(line("Sales in the shop")).toContainText("€1,250.50 of €10,000 so far");
  await expect(line("How the day felt")).toContainText("2");
});

test("a rule of its own can take back from a higher role what a role below may do: 'ask first'", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.startFromKit();
  await app.goToSection("Authority");
  const matrix = page.getByRole("table", { name: "Who may decide what" });
  const coffee = matrix.getByRole("row", { name: /waited too long/ });
  await coffee.getByRole("cell").nth(2).getByRole("link", { name: "Own rule for shift lead" }).click();
  await page.getByRole("checkbox", { name: "Must ask first (may not decide this alone)" }).check();
  await expect(page.getByRole("textbox", { name: "What to ask about first" })).toHaveValue("Offer a coffee, tea or something small on the house");
  await expect(page.getByRole("textbox", { name: "Up to an amount (optional)" })).toHaveCount(0);
  await page.getByRole("textbox", { name: "Notes" }).fill("Ask the owner: shift leads have a budget of their own.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Who may decide what");
  await expect(coffee.getByRole("cell").nth(0)).toHaveText(/^Offer a coffee/);
  await expect(coffee.getByRole("cell").nth(1)).toContainText("Yes, as extra help");
  await expect(coffee.getByRole("cell").nth(2)).toHaveText("Ask first: Offer a coffee, tea or something small on the house");
  await expect(coffee.getByRole("cell").nth(3)).toContainText("As shift leadAsk first: Offer a coffee");

  await app.enterCounterMode();
  await page.getByRole("link", { name: "What may I decide?" }).click();
  await page.getByRole("navigation", { name: "Your role" }).getByRole("link", { name: "Manager" }).click();
  const item = page.getByRole("main").getByRole("listitem").filter({ hasText: "waited too long" });
  await expect(item).toContainText("Ask first: Offer a coffee, tea or something small on the house");
  await expect(item).toContainText("As shift lead");
  await expect(item).not.toContainText("Yes, as");
  await page.getByRole("navigation", { name: "Your role" }).getByRole("link", { name: "Staff", exact: true }).click();
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: "waited too long" })).toContainText("Yes, as extra help");
});
