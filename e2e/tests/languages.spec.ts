import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { variant, words, wordsWith, type Language } from "../support/ftl";
import { waitForKept, waitForOfflineReady } from "../support/offline";

const browsers: [string, Language][] = [
  ["nb-NO", "nb"],
  ["sv-SE", "sv"],
  ["en-US", "en"],
];

for (const [browserLocale, language] of browsers) {
  test(`a browser set to ${browserLocale} gets the app in its language`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto("./#/standards");
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    const nav = page.getByRole("navigation", { name: words(language, "sections-nav") });
    for (const section of ["standards", "scripts", "values", "goals", "settings"]) {
      await expect(nav.getByRole("link", { name: words(language, section), exact: true })).toBeVisible();
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words(language, "standards-heading"));
    if (language !== "en") {
      expect(words(language, "standards-heading")).not.toBe(words("en", "standards-heading"));
    }
    await context.close();
  });
}

test("a language chosen in Settings changes the app at once and survives a reload", async ({ page }) => {
  await page.goto("./#/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
  await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "Svenska" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(words("sv", "settings-heading"));
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await page.reload();
  const nav = page.getByRole("navigation", { name: words("sv", "sections-nav") });
  await expect(nav.getByRole("link", { name: words("sv", "settings"), exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  // And back to following the browser, which here speaks English.
  await page.getByRole("combobox", { name: words("sv", "language-label") }).selectOption({ index: 0 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("starting from the starter kit in Swedish fills the app with Swedish standards", async ({ browser }) => {
  const kit = JSON.parse(fs.readFileSync(fileURLToPath(new URL("../../kit/starter.sv.json", import.meta.url)), "utf8"));
  const titles: string[] = kit.data.standards.map((s: { title: string }) => s.title);
  const context = await browser.newContext({ locale: "sv-SE" });
  const page = await context.newPage();
  await page.goto("./#/standards");
  const offer = page.getByRole("complementary", { name: words("sv", "starter-region") });
  await expect(offer).toBeVisible();
  await offer.getByRole("button", { name: words("sv", "start-from-kit") }).click();
  await expect(offer).toBeHidden();
  for (const title of titles.slice(0, 3)) {
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  }
  await expect(page.getByText(words("sv", "no-standards-yet"))).toBeHidden();
  // On a 1024 px tablet the sections, in Swedish the longest words, share one row.
  await page.setViewportSize({ width: 1024, height: 768 });
  const tops = await page.getByRole("navigation", { name: words("sv", "sections-nav") }).getByRole("link")
    .evaluateAll((links) => links.map((l) => Math.round(l.getBoundingClientRect().top)));
  expect(new Set(tops).size, `section rows: ${tops}`).toBe(1);
  // The kit's service promises go into the empty profile, and its question bank comes too.
  const promises: string[] = JSON.parse(fs.readFileSync(fileURLToPath(new URL("../../kit/promises.sv.json", import.meta.url)), "utf8"));
  await page.goto("./#/values");
  await expect(page.getByText(promises[0], { exact: true })).toBeVisible();

  // Loading it again from Settings adds nothing twice.
  await page.goto("./#/settings");
  await page.getByRole("button", { name: words("sv", "load-starter-kit") }).click();
  await expect(page.getByRole("status").filter({ hasText: variant("sv", "starter-loaded", "0") })).toBeVisible();
  await page.goto("./#/standards");
  await expect(page.getByRole("link", { name: titles[0], exact: true })).toHaveCount(1);
  await context.close();
});

test("a blank start is remembered and never offered again on this device", async ({ page }) => {
  await page.goto("./#/standards");
  const offer = page.getByRole("complementary", { name: "Starter kit" });
  await offer.getByRole("button", { name: "Start blank" }).click();
  await expect(offer).toBeHidden();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Host standards");
  await expect(page.getByRole("complementary", { name: "Starter kit" })).toBeHidden();
});

test("a first visit fetches the words of the language shown and no other's", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nb-NO" });
  const page = await context.newPage();
  const fetched = new Set<string>();
  context.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes("/i18n/")) fetched.add(path);
  });
  await page.goto("./#/standards");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(words("nb", "standards-heading"));
  await waitForOfflineReady(page);
  // Kept for offline use by the service worker once it is active.
  await waitForKept(page, "i18n/nb.txt");
  expect([...fetched]).toEqual(["/vertskap/i18n/nb.txt"]);
  await context.close();
});

test("offline, a language this device never fetched is not chosen: the person is told, and it works once online", async ({ page, context }) => {
  await page.goto("./#/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
  await waitForOfflineReady(page);
  await waitForKept(page, "i18n/en.txt");
  await context.setOffline(true);
  await page.reload();
  const language = page.getByRole("combobox", { name: "Language" });
  await language.selectOption({ label: "Svenska" });
  await expect(page.getByRole("alert")).toHaveText(wordsWith("en", "language-not-loaded", { language: "Svenska" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(language).toHaveValue("");

  await context.setOffline(false);
  await language.selectOption({ label: "Svenska" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(words("sv", "settings-heading"));
  await expect(page.getByRole("alert")).toHaveCount(0);
});
