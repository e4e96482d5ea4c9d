import { expect, test } from "@playwright/test";
import { AREAS, VertskapApp } from "../support/app";

test("a business adds, renames and reorders its own area", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await page.getByRole("link", { name: "Manage areas" }).click();
  await expect(app.heading()).toHaveText("Areas");

  await page.getByRole("textbox", { name: "New area name" }).fill("Phone");
  await page.getByRole("button", { name: "Add area" }).click();
  await expect(page.getByRole("textbox", { name: "New area name" })).toHaveValue("");
  await expect(page.getByRole("main").getByRole("listitem").last()).toContainText("Phone");

  await page.getByRole("button", { name: "Add area" }).click();
  await expect(page.getByRole("textbox", { name: "New area name" })).toHaveAccessibleDescription("Give the area a name.");
  await page.getByRole("textbox", { name: "New area name" }).fill("phone");
  await page.getByRole("button", { name: "Add area" }).click();
  await expect(page.getByRole("textbox", { name: "New area name" })).toHaveAccessibleDescription(
    "Another area already has this name.",
  );

  await page.getByRole("button", { name: "Rename “Phone”" }).click();
  await page.getByRole("textbox", { name: "New name for “Phone”" }).fill("Phone and e-mail");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: "Move “Phone and e-mail” up" }).click();
  const names = page.getByRole("main").getByRole("listitem");
  await expect(names.nth(6)).toContainText("Phone and e-mail");
  await expect(names.nth(7)).toContainText(AREAS.wow);

  // Built-in areas can be moved but not renamed or deleted.
  await expect(page.getByRole("button", { name: `Rename “${AREAS.wow}”` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Delete “${AREAS.wow}”` })).toHaveCount(0);

  await app.reload();
  await expect(names.nth(6)).toContainText("Phone and e-mail");
  await page.getByRole("link", { name: "Back to standards" }).click();
  await expect(app.area("Phone and e-mail")).toBeVisible();
});

test("an area with standards is deleted only after its standards move elsewhere", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  await page.getByRole("link", { name: "Manage areas" }).click();
  await page.getByRole("textbox", { name: "New area name" }).fill("Complaints");
  await page.getByRole("button", { name: "Add area" }).click();
  await page.getByRole("textbox", { name: "New area name" }).fill("Empty one");
  await page.getByRole("button", { name: "Add area" }).click();
  await expect(page.getByRole("button", { name: "Delete “Empty one”" })).toBeVisible();
  await page.getByRole("button", { name: "Delete “Empty one”" }).click();
  await expect(page.getByRole("button", { name: "Delete “Empty one”" })).toHaveCount(0);

  await app.open();
  await app.createStandard({ area: "Complaints", title: "Listen to the end" });
  await page.getByRole("link", { name: "Manage areas" }).click();
  await page.getByRole("button", { name: "Delete “Complaints”" }).click();
  await page.getByLabel("“Complaints” has 1 standard. Move it to").selectOption({ label: AREAS.reach });
  await page.getByRole("button", { name: "Move and delete" }).click();
  await expect(page.getByRole("main")).not.toContainText("Complaints");

  await app.reload();
  await page.getByRole("link", { name: "Back to standards" }).click();
  expect(await app.titlesIn(AREAS.reach)).toEqual(["Listen to the end"]);
});
