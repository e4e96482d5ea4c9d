import { expect, test } from "@playwright/test";

// Until the WebAssembly runs, the page is not white: it shows the app's name and a quiet
// loading sign; and if the app cannot start, it says so instead of loading forever.

test("the app's name and a loading sign show until the app starts", async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./#/standards", { waitUntil: "domcontentloaded" });
  const sign = page.getByRole("status").filter({ hasText: "Vertskap" });
  await expect(sign).toBeVisible();
  await expect(sign).toHaveAttribute("aria-busy", "true");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);

  release();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Host standards");
  await expect(sign).toHaveCount(0);
});

test("the loading sign gives way to the first screen itself, with nothing in between", async ({ page }) => {
  // Every text the page shows on its way to the first screen, noted at each change.
  await page.addInitScript(() => {
    const shown: string[] = ((window as unknown as { shown: string[] }).shown = []);
    new MutationObserver(() => shown.push(document.body?.innerText ?? "")).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await page.goto("./#/standards");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Host standards");
  const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
  expect(shown.filter((text) => text.includes("Opening your data"))).toEqual([]);
});

test("if the app cannot start, the page says so (in Norwegian, Swedish and English) and stops loading", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nb-NO" });
  const page = await context.newPage();
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto("./#/standards");
  const norwegian = page.locator('[lang="nb"]').filter({ hasText: "Vertskap kunne ikke starte." });
  await expect(norwegian).toBeVisible();
  await expect(page.locator('[lang="sv"]').filter({ hasText: "Vertskap kunde inte starta." })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Vertskap" })).not.toHaveAttribute("aria-busy", "true");
  await context.close();
});
