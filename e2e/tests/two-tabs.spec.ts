import { expect, test } from "@playwright/test";
import { AREAS, VertskapApp } from "../support/app";

test("two tabs of the app see each other's changes without a reload", async ({ context }) => {
  const office = new VertskapApp(await context.newPage());
  const counter = new VertskapApp(await context.newPage());
  await office.open();
  await counter.open();

  await office.createStandard({ area: AREAS.reach, title: "Answer the phone by the third ring" });
  await expect(counter.standardLink("Answer the phone by the third ring")).toBeVisible();

  // And back the other way, on an edit.
  await counter.standardLink("Answer the phone by the third ring").click();
  await counter.page.getByRole("link", { name: "Edit" }).click();
  await counter.page.getByRole("textbox", { name: "Title" }).fill("Answer the phone by the second ring");
  await counter.page.getByRole("button", { name: "Save" }).click();
  await expect(counter.heading()).toHaveText("Answer the phone by the second ring");
  await expect(office.standardLink("Answer the phone by the second ring")).toBeVisible();
  await expect(office.standardLink("Answer the phone by the third ring")).toBeHidden();

  // Neither write was lost: both tabs, read afresh, agree.
  await office.reload();
  await counter.open();
  for (const app of [office, counter]) {
    await expect(await app.titlesIn(AREAS.reach)).toEqual(["Answer the phone by the second ring"]);
  }
});

/** How many times this page has read its whole library from storage. */
async function libraryReads(app: VertskapApp): Promise<number> {
  return app.page.evaluate(() => performance.getEntriesByName("vertskap-library-read").length);
}

test("a tab's own writes do not make it read its library again; the other tab's do", async ({ context }) => {
  const office = new VertskapApp(await context.newPage());
  await office.open();
  const afterOpening = await libraryReads(office);
  expect(afterOpening).toBe(1);

  await office.createStandard({ area: AREAS.reach, title: "Answer the phone by the third ring" });
  await office.standardLink("Answer the phone by the third ring").click();
  await office.page.getByRole("button", { name: "Delete" }).click();
  await expect(office.page.getByRole("status").filter({ hasText: "Deleted" })).toBeVisible();

  // A change from another tab arrives after any announcement of the office's own
  // writes would have (those were sent first, from this very page), and its read
  // shows on screen: by then every read the office was going to make has begun.
  const counter = new VertskapApp(await context.newPage());
  await counter.open();
  await counter.createStandard({ area: AREAS.reach, title: "Smile" });
  await expect(office.standardLink("Smile")).toBeVisible();
  expect(await libraryReads(office)).toBe(afterOpening + 1);
});
