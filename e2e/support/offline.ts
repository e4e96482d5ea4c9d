// The service worker as a test sees it.
import type { Page } from "@playwright/test";

/** Waits until this page's service worker is active, its build cached, and the page
 *  itself controlled by it (after the first visit the next load is). */
export async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The names of the build caches the service worker keeps. */
export async function buildCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("vertskap-build-")));
}
