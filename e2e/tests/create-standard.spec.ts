import { expect, test } from "@playwright/test";
import { AREAS, VertskapApp } from "../support/app";

test("a manager writes a standard and it is still there after a reload", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await app.createStandard({
    area: AREAS.wow,
    title: "Remember the regulars' names",
    why: "Being recognised makes a guest feel at home.",
    dos: ["Use the name when greeting", "Note preferences in the guest book"],
    donts: ["Guess a name you are unsure of"],
    measuredBy: "Mystery guest visit each quarter",
    tags: "regulars, greeting",
  });
  await expect(app.area(AREAS.wow)).toContainText("1 standard");
  await expect(await app.titlesIn(AREAS.wow)).toEqual(["Remember the regulars' names"]);

  await app.reload();
  await app.standardLink("Remember the regulars' names").click();
  await expect(app.heading()).toHaveText("Remember the regulars' names");
  const main = page.getByRole("main");
  await expect(main).toContainText(AREAS.wow);
  await expect(main).toContainText("Being recognised makes a guest feel at home.");
  await expect(main.getByRole("listitem")).toContainText([
    "Use the name when greeting",
    "Note preferences in the guest book",
    "Guess a name you are unsure of",
    "regulars",
    "greeting",
  ]);
  await expect(main).toContainText("Mystery guest visit each quarter");
});

test("an empty title is refused at the field and nothing is saved", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await page.getByRole("link", { name: "New standard" }).click();
  await app.fillStandard({ title: "   ", why: "Some reason" });
  await page.getByRole("button", { name: "Save" }).click();

  const title = page.getByRole("textbox", { name: "Title" });
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAccessibleDescription("Give the standard a title.");
  await expect(title).toBeFocused();
  await expect(page.getByRole("alert")).toContainText("correct the marked fields");
  await expect(page.getByRole("textbox", { name: "Why it matters" })).toHaveValue("Some reason");

  await app.open("#/standards");
  await expect(page.getByText(/No standards yet/)).toBeVisible();
});

test("a standard can be written with the keyboard alone", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await page.getByRole("link", { name: "New standard" }).focus();
  await page.keyboard.press("Enter");
  await expect(app.heading()).toHaveText("New standard");
  await page.getByLabel("Area").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Title" })).toBeFocused();
  await page.keyboard.type("Hold the door");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Small gestures are remembered.");
  await page.keyboard.press("Enter"); // a new line in the text area, not a submit
  await expect(app.heading()).toHaveText("New standard");
  await page.getByRole("button", { name: "Save" }).focus();
  await page.keyboard.press("Enter");
  await expect(app.heading()).toHaveText("Hold the door");
});
