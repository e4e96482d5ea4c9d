// The service worker as a test sees it.
import type { Page } from "@playwright/test";

/** Waits until this page's service worker is active, its build cached (with the words
 *  of the language shown), and the page itself controlled by it. */
export async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The words of the language shown, which the app needs to start, are kept on use.
  const lang = await page.locator("html").getAttribute("lang");
  await waitForKept(page, `i18n/${lang}.txt`);
}

/** The names of the build caches the service worker keeps. */
export async function buildCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("vertskap-build-")));
}

/** Waits until the service worker has kept `file` (relative to the app) for offline use. */
export async function waitForKept(page: Page, file: string) {
  await page.waitForFunction(async (file) => {
    const name = (await caches.keys()).find((n) => n.startsWith("vertskap-build-"));
    return name !== undefined && (await (await caches.open(name)).match(file)) !== undefined;
  }, file);
}
