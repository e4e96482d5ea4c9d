import { expect, test, type Page } from "@playwright/test";
import { AREAS, VertskapApp } from "../support/app";
import { TwoBuilds } from "../support/builds";
import { buildCaches, waitForOfflineReady } from "../support/offline";

// Served from the site root here (every other test uses /vertskap/), so both are covered.
let builds: TwoBuilds;
test.beforeEach(async () => {
  builds = await TwoBuilds.start("/");
});
test.afterEach(async () => {
  await builds.stop();
});

const buildOf = (page: Page) =>
  page.locator('meta[name="vertskap-test-build"]').getAttribute("content");

/** What the browser does on its own now and then, and the app on coming into view. */
const lookForUpdate = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration!.update();
  });

const banner = (page: Page) => page.getByRole("complementary", { name: "App update" });

test("a new build waits for the person, then takes over in one reload with the data intact", async ({ page }) => {
  const app = new VertskapApp(page);
  await page.goto(builds.url);
  await expect(app.heading()).toBeVisible();
  await waitForOfflineReady(page);
  await app.createStandard({ area: AREAS.more, title: "Offer water while they wait" });
  expect(await buildOf(page)).toBe("A");
  const keepsKit = (name: string) =>
    page.evaluate(async (name) => (await (await caches.open(name)).match("kit/starter.en.json")) !== undefined, name);
  await expect.poll(async () => keepsKit((await buildCaches(page))[0])).toBe(true);

  builds.deploy("B");
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await lookForUpdate(page);

  await expect(banner(page)).toContainText("Update available");
  // The waiting build B has already kept what build A kept for offline use (the kit in
  // this device's language), before any page of B asked for it.
  const both = await buildCaches(page);
  expect(both).toHaveLength(2);
  for (const name of both) expect(await keepsKit(name)).toBe(true);
  // Nothing reloaded by itself: the same document, still build A, the person's screen as it was.
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(await buildOf(page)).toBe("A");

  // A plain reload does not sneak the new build in either; the offer stays.
  await app.reload();
  expect(await buildOf(page)).toBe("A");
  await expect(banner(page)).toBeVisible();

  await banner(page).getByRole("button", { name: "Reload to update" }).click();
  await expect.poll(() => buildOf(page)).toBe("B");
  await expect(app.heading()).toHaveText("Host standards");
  await expect(banner(page)).toBeHidden();
  await expect(await app.titlesIn(AREAS.more)).toEqual(["Offer water while they wait"]);

  // Every file now comes from build B's cache; build A's cache is gone.
  const caches = await buildCaches(page);
  expect(caches).toHaveLength(1);
  const cachedIndex = await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    const response = await cache.match("index.html");
    return response!.text();
  }, caches[0]);
  expect(cachedIndex).toContain('content="B"');
});

test("with two tabs open, accepting the update in one lets the other reload when its person is ready", async ({ context }) => {
  const first = await context.newPage();
  await first.goto(builds.url);
  await expect(new VertskapApp(first).heading()).toBeVisible();
  await waitForOfflineReady(first);
  const second = await context.newPage();
  await second.goto(builds.url);
  await expect(new VertskapApp(second).heading()).toBeVisible();

  builds.deploy("B");
  await lookForUpdate(first);
  await expect(banner(first)).toBeVisible();
  await expect(banner(second)).toBeVisible();

  await banner(first).getByRole("button", { name: "Reload to update" }).click();
  await expect.poll(() => buildOf(first)).toBe("B");
  // The other tab still runs build A, untouched, and still offers the update.
  expect(await buildOf(second)).toBe("A");
  await expect(banner(second)).toBeVisible();
  await banner(second).getByRole("button", { name: "Reload to update" }).click();
  await expect.poll(() => buildOf(second)).toBe("B");
});

test("an update accepted offline starts in the device's language, even from a build that kept no words", async ({ page, context }) => {
  const app = new VertskapApp(page);
  await page.goto(builds.url);
  await expect(app.heading()).toBeVisible();
  await waitForOfflineReady(page);
  // Builds before words were fetched carried them inside and kept none in their cache.
  await page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith("vertskap-build-"))!;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) if (request.url.includes("/i18n/")) await cache.delete(request);
  });

  builds.deploy("B");
  await lookForUpdate(page);
  await expect(banner(page)).toBeVisible();
  await context.setOffline(true);
  await banner(page).getByRole("button", { name: "Reload to update" }).click();
  await expect.poll(() => buildOf(page)).toBe("B");
  await expect(app.heading()).toHaveText("Host standards");
});
