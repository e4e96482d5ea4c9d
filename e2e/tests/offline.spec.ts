import { expect, test } from "@playwright/test";
import { AREAS, VertskapApp } from "../support/app";
import { buildCaches, waitForOfflineReady } from "../support/offline";

test("after one visit the app starts, saves and reloads with no network at all", async ({ page, context }) => {
  const app = new VertskapApp(page);
  await app.open();
  await waitForOfflineReady(page);
  expect(await buildCaches(page)).toHaveLength(1);

  await context.setOffline(true);
  await app.reload();
  await expect(app.nav()).toBeVisible();
  await app.createStandard({ area: AREAS.clean, title: "Wipe the counter between guests" });

  await app.reload();
  await expect(await app.titlesIn(AREAS.clean)).toEqual(["Wipe the counter between guests"]);

  // Any screen, opened straight from its address, comes from the cache too.
  await app.open("#/scripts");
  await expect(app.heading()).toHaveText("Scripts");
  await app.open("#/counter");
  await expect(app.heading()).toHaveText("What do we say when…");
});

test("offline, the page is served whole from one cached build", async ({ page, context }) => {
  const app = new VertskapApp(page);
  await app.open();
  await waitForOfflineReady(page);
  const failed: string[] = [];
  page.on("requestfailed", (request) => failed.push(request.url()));

  await context.setOffline(true);
  await app.reload();
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(app.heading()).toHaveText("Settings");
  expect(failed).toEqual([]);
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  expect(controlled).toBe(true);
});
