import { expect, test } from "@playwright/test";
import { seriousViolations } from "../support/axe";
import { VertskapApp } from "../support/app";
import { fixture } from "../support/files";

test("no serious or critical accessibility violation in any section", async ({ page }) => {
  // Some forty screens, each checked by axe: more than the default 30 s on a busy 2-core CI.
  test.setTimeout(120_000);
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ title: "Greet every guest", dos: ["Look up"], donts: ["Ignore"], tags: "greeting" });

  const screens: [string, () => Promise<unknown>][] = [
    ["standards", () => app.open("#/standards")],
    ["standard", () => app.standardLink("Greet every guest").click()],
    ["editor", () => page.getByRole("link", { name: "Edit" }).click()],
    ["empty title error", async () => {
      await page.getByRole("textbox", { name: "Title" }).fill("");
      await page.getByRole("button", { name: "Save" }).click();
    }],
    ["areas", () => app.open("#/areas")],
    ["scripts", () => app.goToSection("Scripts")],
    ["new script", () => page.getByRole("link", { name: "New script", exact: true }).click()],
    ["script step error", () => page.getByRole("button", { name: "Save" }).click()],
    ["new complaint script", () => app.open("#/scripts/new/complaint")],
    ["script", () => app.createScript({ title: "Hello", practice: true, pinned: true, steps: [{ say: "Hi!" }, { do: "Wave" }] })],
    ["print scripts", () => app.open("#/scripts/print")],
    ["counter", () => app.open("#/counter")],
    ["walk-through", () => page.getByRole("region", { name: "Pinned" }).getByRole("link").click()],
    ["leave question", () => page.getByRole("button", { name: "Leave counter mode" }).click()],
    ["practice", () => app.open("#/counter/practice")],
    ["practice case", () => page.getByRole("button", { name: "Start with a random case" }).click()],
    ["goals at the counter", () => app.open("#/counter/goals")],
    ["rating at the counter", () => app.open("#/counter/rating")],
    ["rating thanks and reasons", async () => {
      await page.getByRole("button", { name: "Bad", exact: true }).click();
      await expect(page.getByRole("button", { name: "Waiting" })).toBeVisible();
    }],
    ["ratings report", () => app.open("#/ratings")],
    ["complaint at the counter", () => app.open("#/counter/complaint")],
    ["complaint errors", async () => {
      await page.getByRole("textbox", { name: "Compensation" }).fill("20");
      await page.getByRole("button", { name: "Log the complaint" }).click();
      await expect(page.getByText("Choose the manager who approved the compensation.")).toBeVisible();
    }],
    ["complaint logged", async () => {
      await page.getByRole("textbox", { name: "What the customer said" }).fill("Waited too long");
      await page.getByRole("textbox", { name: "Compensation" }).fill("");
      await page.getByRole("button", { name: "Log the complaint" }).click();
      await expect(page.getByText("The complaint is logged.", { exact: false })).toBeVisible();
    }],
    ["complaints", () => app.open("#/complaints")],
    ["complaint case", () => page.getByRole("link", { name: "Waited too long" }).click()],
    ["complaint editor", () => page.getByRole("link", { name: "Edit the complaint" }).click()],
    ["knowledge checks", () => app.open("#/knowledge")],
    ["new knowledge check with questions", async () => {
      await page.getByRole("link", { name: "New check" }).click();
      for (const add of ["New question with one right answer", "New true-or-false question", "New question about order", "New question with a free answer"]) {
        await page.getByRole("button", { name: add }).click();
      }
    }],
    ["knowledge check refused", () => page.getByRole("button", { name: "Save" }).click()],
    ["scripts again", () => app.open("#/scripts")],
    ["values", () => app.goToSection("Values")],
    ["goals", () => app.goToSection("Goals")],
    ["settings", () => app.goToSection("Settings")],
    ["values", () => app.open("#/values")],
    ["profile", () => page.getByRole("link", { name: "Edit vision and promises" }).click()],
    ["new value", () => app.open("#/values/new")],
    ["poster", () => app.open("#/values/poster")],
    ["authority", () => app.open("#/authority")],
    ["new rule", () => page.getByRole("link", { name: "New authority rule" }).click()],
    ["rule errors", () => page.getByRole("button", { name: "Save" }).click()],
    ["counter authority", () => app.open("#/counter/authority")],
    ["counter values", () => app.open("#/counter/values")],
    ["settings with a refused file", async () => {
      await app.open("#/settings");
      await page.getByLabel("Choose a file to import").setInputFiles(fixture("bad/wrong-type.json"));
      await expect(page.getByRole("alert")).toBeVisible();
    }],
    ["import preview", async () => {
      await page.getByLabel("Choose a file to import").setInputFiles(fixture("good-backup.json"));
      await expect(page.getByRole("button", { name: "Import", exact: true })).toBeVisible();
    }],
    ["make a pack", () => app.open("#/settings/pack")],
    ["people", () => app.open("#/people")],
    ["new person", () => app.open("#/people/new")],
    ["person", async () => {
      await page.getByRole("textbox", { name: "Name" }).fill("Kari");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(app.heading()).toHaveText("Kari");
    }],
    ["new goal", () => page.getByRole("link", { name: "New goal for Kari" }).click()],
    ["goal", async () => {
      await page.getByRole("textbox", { name: "What is the goal?" }).fill("Care-sales");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(app.heading()).toHaveText("Care-sales");
      await page.getByRole("button", { name: "Save check-in" }).click();
      await expect(page.getByText("Saved.")).toBeVisible();
    }],
    ["goals overview", () => app.open("#/goals")],
    ["visits", () => app.goToSection("Visits")],
    ["new checklist", () => page.getByRole("link", { name: "New checklist" }).click()],
    ["checklist chooser refusal", () => page.getByRole("button", { name: "On to the items" }).click()],
    ["checklist items", async () => {
      await page.getByRole("checkbox", { name: /^The whole area/ }).first().check();
      await page.getByRole("button", { name: "Start with your own questions" }).click();
    }],
    ["checklist errors", async () => {
      await page.getByRole("combobox", { name: "Answer (1)" }).selectOption({ label: "Number with a target" });
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByRole("alert")).toBeVisible();
    }],
    ["visit", async () => {
      await page.getByRole("textbox", { name: "Checklist name" }).fill("Walk");
      await page.getByRole("textbox", { name: "Target (1)" }).fill("10");
      await page.getByRole("textbox", { name: "What is checked (2)" }).fill("Greeted");
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByRole("button", { name: "Start a visit – Walk" }).click();
      await expect(app.heading()).toHaveText("Walk");
    }],
    ["visit with a follow-up", async () => {
      await page.getByRole("group", { name: "Greeted", exact: true }).getByRole("button", { name: "No", exact: true }).click();
      await page.getByRole("button", { name: "Make a follow-up action" }).click();
      await expect(page.getByRole("textbox", { name: "What is to be done" })).toBeVisible();
    }],
    ["visits with one", () => app.goToSection("Visits")],
    ["blank checklist", () => page.getByRole("link", { name: "Print a blank checklist – Walk" }).click()],
    ["conversation", () => app.open("#/conversations/new")],
    ["praise", async () => {
      await app.open("#/praise");
      await page.getByRole("combobox", { name: "To", exact: true }).selectOption({ label: "Kari" });
      await page.getByRole("textbox", { name: "What did they do?" }).fill("Found a room for a family");
      await page.getByRole("button", { name: "Give praise" }).click();
      await expect(page.getByRole("region", { name: "Recent praise" })).toContainText("Found a room");
    }],
    ["edit praise", () => page.getByRole("link", { name: /^Edit the praise of / }).click()],
    ["delete praise question", async () => {
      await page.getByRole("button", { name: "Delete praise" }).click();
      await expect(page.getByRole("alertdialog")).toBeVisible();
    }],
    ["question bank", () => app.open("#/questions")],
    ["story from praise, refused", async () => {
      await app.open("#/praise");
      await page.getByRole("link", { name: /^Make the praise of / }).click();
      await page.getByRole("button", { name: "Save the story" }).click();
      await expect(page.getByRole("alert")).toBeVisible();
    }],
    ["stories", async () => {
      await page.getByRole("textbox", { name: "Title" }).fill("A room for a family");
      await page.getByRole("checkbox", { name: "Kari agreed to be named in this story" }).check();
      await page.getByRole("button", { name: "Save the story" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service stories");
    }],
    ["weekly meeting", () => app.open("#/meeting")],
    ["bingo card drawn", async () => {
      await app.open("#/bingo");
      await page.getByRole("button", { name: "Draw squares from the standards" }).click();
      for (let n = 1; n <= 16; n++) {
        const square = page.getByRole("textbox", { name: `Square ${n}`, exact: true });
        if ((await square.inputValue()) === "") await square.fill(`Small extra ${n}`);
      }
      await page.getByRole("button", { name: "Save the card" }).click();
      await expect(page.getByRole("status").filter({ hasText: "The card is saved." })).toBeVisible();
    }],
    ["bingo at the counter", async () => {
      await app.open("#/counter/bingo");
      await page.getByRole("group", { name: "Service bingo" }).getByRole("button").first().click();
      await expect(page.getByRole("group", { name: "Service bingo" }).getByRole("button").first()).toHaveAttribute("aria-pressed", "true");
    }],
    ["key figures", () => app.open("#/key-figures")],
    ["erase question", async () => {
      await app.open("#/people");
      await page.getByRole("link", { name: "Kari" }).click();
      await page.getByRole("button", { name: "Delete Kari and everything about them" }).click();
      await expect(page.getByRole("alertdialog")).toBeVisible();
    }],
  ];
  for (const [name, show] of screens) {
    await show();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await seriousViolations(page), name).toEqual([]);
  }
});

test("every control is a touch target of at least 44 px, in landscape and portrait", async ({ page }) => {
  // Two viewports times some twenty screens.
  test.setTimeout(120_000);
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ title: "Greet every guest" });
  await app.createScript({ title: "Hello", pinned: true, practice: true, steps: [{ say: "Hi!" }, { do: "Wave" }] });
  const walkThrough = await page.evaluate(() => location.hash.replace("#/scripts/", "#/counter/scripts/"));
  for (const viewport of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
    await page.setViewportSize(viewport);
    for (const hash of ["#/standards", "#/areas", "#/scripts", "#/counter", walkThrough, "#/counter/practice",
      "#/values", "#/authority", "#/authority/new", "#/counter/authority", "#/settings", "#/settings/pack",
      "#/goals", "#/people", "#/people/new", "#/goals/new", "#/conversations/new", "#/praise", "#/questions",
      "#/visits", "#/visits/checklists/new", "#/counter/rating", "#/ratings", "#/counter/complaint", "#/complaints", "#/complaints/new", "#/knowledge", "#/knowledge/new",
      "#/meeting", "#/stories", "#/stories/new", "#/bingo", "#/key-figures"]) {
      await app.open(hash);
      // A visually hidden file input is worked through its label, which is measured.
      const controls = page.locator("button, a, input:not(.visually-hidden), select, textarea");
      const count = await controls.count();
      expect(count, `${hash} has controls to measure`).toBeGreaterThan(2);
      // Measured in one step: one round trip per control made this test slower than its
      // timeout once Settings grew.
      const boxes = await controls.evaluateAll((elements) =>
        elements.map((el) => {
          const r = el.getBoundingClientRect();
          return { label: el.outerHTML.slice(0, 80), width: r.width, height: r.height };
        }),
      );
      for (const { label, width, height } of boxes) {
        expect(height, label).toBeGreaterThanOrEqual(44);
        expect(width, label).toBeGreaterThanOrEqual(44);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${hash} at ${viewport.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    }
  }
});
