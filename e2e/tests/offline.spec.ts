import { expect, test } from "@playwright/test";
import { AREAS, VertskapApp } from "../support/app";
import { buildCaches, waitForKept, waitForOfflineReady } from "../support/offline";
import { words } from "../support/ftl";

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

test("a first visit in Swedish keeps the Swedish starter kit for offline use and downloads no other language's", async ({ browser }) => {
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  const fetched: string[] = [];
  context.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto("./#/standards");
  await waitForOfflineReady(page);
  // The worker keeps the kit once it is active; the kit is in its cache when it is there.
  await waitForKept(page, "kit/starter.sv.json");
  await waitForKept(page, "i18n/sv.txt");
  const kits = new Set(fetched.filter((path) => path.includes("/kit/")));
  expect([...kits].sort()).toEqual(["/vertskap/kit/promises.sv.json", "/vertskap/kit/starter.sv.json"]);

  await context.setOffline(true);
  await page.reload();
  const offer = page.getByRole("complementary", { name: words("sv", "starter-region") });
  await offer.getByRole("button", { name: words("sv", "start-from-kit") }).click();
  await expect(offer).toBeHidden();
  await expect(page.getByText(words("sv", "no-standards-yet"))).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: words("sv", "host-clean-and-tidy") })).toBeVisible();
  await context.close();
});
