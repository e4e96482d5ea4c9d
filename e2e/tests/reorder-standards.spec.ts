import { expect, test } from "@playwright/test";
import { AREAS, VertskapApp } from "../support/app";

test("standards are reordered within their area with buttons, and the order is kept", async ({ page }) => {
  const app = new VertskapApp(page);
  await app.open();
  for (const title of ["First", "Second", "Third"]) {
    await app.createStandard({ area: AREAS.lastImpression, title });
  }
  await expect(page.getByRole("button", { name: "Move “First” up" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Move “Third” down" })).toBeDisabled();

  await page.getByRole("button", { name: "Move “Third” up" }).click();
  await expect.poll(() => app.titlesIn(AREAS.lastImpression)).toEqual(["First", "Third", "Second"]);
  await page.getByRole("button", { name: "Move “First” down" }).click();
  await expect.poll(() => app.titlesIn(AREAS.lastImpression)).toEqual(["Third", "First", "Second"]);

  await app.reload();
  await expect.poll(() => app.titlesIn(AREAS.lastImpression)).toEqual(["Third", "First", "Second"]);
});
