// Notes about a person (reflections, praise, host conversations) can be put right or
// deleted on their own, without erasing the person.
import { expect, test, type Page } from "@playwright/test";
import { VertskapApp } from "../support/app";

async function addPerson(page: Page, name: string) {
  await page.goto("./#/people/new");
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

test("a reflection, praise and a host conversation are corrected and deleted, and the person stays", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open("#/goals");
  await addPerson(page, "Kari");
  await addPerson(page, "Ola");

  // One of each, as the goals spec writes them.
  await page.goto("./#/conversations/new");
  await page.getByRole("checkbox", { name: "Kari" }).check();
  await page.getByRole("button", { name: "Save the conversation" }).click();
  await expect(app.heading()).toHaveText("Goals");
  await page.goto("./#/praise");
  await page.getByRole("combobox", { name: "To", exact: true }).selectOption({ label: "Kari" });
  await page.getByRole("textbox", { name: "What did they do?" }).fill("Found a room for a family");
  await page.getByRole("button", { name: "Give praise" }).click();
  await expect(page.getByRole("region", { name: "Recent praise" })).toContainText("Found a room for a family");
  await page.goto("./#/people");
  await page.getByRole("link", { name: "Kari" }).click();
  await page.getByRole("link", { name: "Write an end-of-shift reflection" }).click();
  await page.getByRole("textbox", { name: /pleased with/ }).fill("The family with the lost lugage.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Kari");

  // Correct the reflection's typo, and who gave the praise.
  const reflections = page.getByRole("region", { name: "End-of-shift reflections" });
  await reflections.getByRole("link", { name: /^Edit the reflection of / }).click();
  await page.getByRole("textbox", { name: /pleased with/ }).fill("The family with the lost luggage.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(app.heading()).toHaveText("Kari");
  await expect(reflections).toContainText("The family with the lost luggage.");
  await expect(reflections).not.toContainText("lugage");

  await page.getByRole("region", { name: "Praise received" }).getByRole("link", { name: /^Edit the praise of / }).click();
  await expect(app.heading()).toHaveText("Edit praise");
  await page.getByRole("combobox", { name: "From (optional)" }).selectOption({ label: "Ola" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("region", { name: "Recent praise" })).toContainText("To Kari, from Ola");

  // Delete each, after one question; a reload shows they are gone and Kari is not.
  await page.goto("./#/people");
  await page.getByRole("link", { name: "Kari" }).click();
  await reflections.getByRole("link", { name: /^Edit the reflection of / }).click();
  await page.getByRole("button", { name: "Delete reflection" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Delete this for good?");
  await page.getByRole("button", { name: "Delete for good" }).click();
  await expect(app.heading()).toHaveText("Kari");
  await expect(reflections).not.toContainText("luggage");

  await page.getByRole("region", { name: "Praise received" }).getByRole("link", { name: /^Edit the praise of / }).click();
  await page.getByRole("button", { name: "Delete praise" }).click();
  await page.getByRole("button", { name: "Delete for good" }).click();
  await expect(page.getByRole("region", { name: "Recent praise" })).not.toContainText("Found a room");

  await page.goto("./#/people");
  await page.getByRole("link", { name: "Kari" }).click();
  await page.getByRole("region", { name: "Host conversations" }).getByRole("link", { name: /^Edit the conversation on / }).click();
  await expect(page.getByRole("checkbox", { name: "Kari" })).toBeChecked();
  await page.getByRole("button", { name: "Delete conversation" }).click();
  await page.getByRole("button", { name: "Delete for good" }).click();
  await expect(app.heading()).toHaveText("Goals");

  await page.goto("./#/people");
  await page.getByRole("link", { name: "Kari" }).click();
  await app.reload();
  await expect(app.heading()).toHaveText("Kari");
  for (const section of ["End-of-shift reflections", "Praise received", "Host conversations"]) {
    await expect(page.getByRole("region", { name: section })).toContainText("Nothing yet");
  }
});
