import { expect, test } from "@playwright/test";
import { AREAS, VertskapApp } from "../support/app";

test("a manager writes a script linked to a standard, and the standard shows it", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({ area: AREAS.reach, title: "Answer within three rings" });
  await app.createScript({
    title: "Answering the phone",
    situation: "The phone rings while you serve a guest",
    channel: "Phone",
    steps: [
      { do: "Excuse yourself to the guest at the counter" },
      { say: "Good morning, Café Lia, this is Kari.", note: "Smile: it can be heard" },
      { say: "How can I help you?" },
    ],
    standards: ["Answer within three rings"],
  });
  const main = page.getByRole("main");
  await expect(main).toContainText("Phone");
  await expect(main).toContainText("3 steps");
  await expect(main.getByRole("list").first().getByRole("listitem")).toHaveCount(3);
  await expect(main).toContainText("Good morning, Café Lia, this is Kari.");

  await app.reload();
  await page.getByRole("link", { name: "Answer within three rings" }).click();
  await expect(app.heading()).toHaveText("Answer within three rings");
  await expect(page.getByRole("main")).toContainText("Scripts for this standard");
  await page.getByRole("link", { name: "Answering the phone" }).click();
  await expect(app.heading()).toHaveText("Answering the phone");
});

test("a step with nothing to say or do is refused at the field", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("#/scripts");
  await page.getByRole("link", { name: "New script", exact: true }).click();
  await app.fillScript({ title: "Half written", steps: [{ say: "Hello!" }, { note: "only a note" }] });
  await page.getByRole("button", { name: "Save" }).click();
  const step2 = page.getByRole("group", { name: /^Step 2/ });
  await expect(step2).toHaveAccessibleDescription("Write what to say, what to do, or both.");
  await expect(step2.getByRole("textbox", { name: "Say" })).toBeFocused();
  await expect(page.getByRole("alert")).toContainText("correct the marked fields");
  await app.open("#/scripts");
  await expect(page.getByText(/No scripts yet/)).toBeVisible();
});

test("steps are reordered and removed with buttons, and a script is duplicated", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createScript({ title: "Closing time", steps: [{ say: "one" }, { say: "two" }, { say: "three" }] });
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByRole("button", { name: "Move step 3 up" }).click();
  await expect(page.getByRole("group", { name: /^Step 2/ }).getByRole("textbox", { name: "Say" })).toHaveValue("three");
  await expect(page.getByRole("group", { name: /^Step 2/ }).getByRole("textbox", { name: "Say" })).toBeFocused();
  await page.getByRole("button", { name: "Remove step 1" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Closing time");
  await expect(page.getByRole("main").getByRole("list").first().getByRole("listitem")).toHaveText([/three/, /two/]);

  await page.getByRole("button", { name: "Duplicate" }).click();
  await expect(app.heading()).toHaveText("Edit script");
  await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue("Closing time (copy)");
  await app.fillScript({ title: "Closing time, weekends" });
  await page.getByRole("button", { name: "Save" }).click();
  // Saved before the page is loaded afresh: a reload mid-write keeps the copy as it was.
  await expect(app.heading()).toHaveText("Closing time, weekends");
  await app.open("#/scripts");
  await expect(page.getByRole("main").getByRole("listitem").getByRole("link")).toHaveText([
    "Closing time",
    "Closing time, weekends",
  ]);
});

test("a deleted script can be put back with Undo", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createScript({ title: "We don't have it", steps: [{ say: "We don't have it, but I can order it for you." }] });
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(app.heading()).toHaveText("Scripts");
  await expect(page.getByText(/No scripts yet/)).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("link", { name: "We don't have it" })).toBeVisible();
  await app.reload();
  await expect(page.getByRole("link", { name: "We don't have it" })).toBeVisible();
});
