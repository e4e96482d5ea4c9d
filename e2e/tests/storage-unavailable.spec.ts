import { expect, test } from "@playwright/test";

const heading = "Your data cannot be kept in this browser";

test("without IndexedDB the app says data cannot be kept, instead of a blank page", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { get: () => undefined, configurable: true });
  });
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page.getByRole("alert")).toContainText("private");
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(page.getByRole("navigation")).toHaveCount(0);
});

test("when the browser refuses to open the database the app says so", async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
  });
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page.getByRole("alert")).toContainText("the browser refused to open a database");
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
});

test("a tab of an older version that holds the database open: the app says so, and starts by itself once that tab lets go", async ({ context, page }) => {
  // The older version's tab: the database at version 1, held open, deaf to the request
  // to let go (as builds before the app closed on a newer version's request).
  const older = await context.newPage();
  await older.goto("./manifest.webmanifest");
  await older.evaluate(
    () =>
      new Promise<void>((opened, failed) => {
        const request = indexedDB.open("vertskap", 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore("areas", { keyPath: "id" });
          request.result.createObjectStore("standards", { keyPath: "id" }).createIndex("by_area", "area_id");
        };
        request.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = request.result;
          opened();
        };
        request.onerror = () => failed(request.error);
      }),
  );

  await page.goto("./#/standards");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vertskap cannot open your data right now");
  await expect(page.getByRole("alert")).toContainText("open in another tab with an older version");

  await older.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Host standards");
  await page.getByRole("link", { name: "New standard" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New standard");
});

test.describe("a tab that could not start", () => {
  // Its service worker would fetch the words past the test's routes.
  test.use({ serviceWorkers: "block" });

  test("lets a newer version have the database", async ({ context, page }) => {
    // No words in any language: the app cannot start, though it has opened its database.
    await page.route("**/i18n/*.txt", (route) => route.abort());
    await page.goto("./#/standards");
    await expect(page.getByText("Vertskap could not start.")).toBeVisible();

    const newer = await context.newPage();
    await newer.goto("./manifest.webmanifest");
    const answer = await newer.evaluate(async () => {
      // The database as the failed tab made it, then a newer version's request for it.
      let version = 0;
      while (version === 0) {
        version = (await indexedDB.databases()).find((d) => d.name === "vertskap")?.version ?? 0;
        await new Promise((r) => setTimeout(r, 50));
      }
      return new Promise<string>((settled) => {
        const request = indexedDB.open("vertskap", version + 1);
        request.onblocked = () => settled("blocked");
        request.onsuccess = () => {
          request.result.close();
          settled("upgraded");
        };
        request.onerror = () => settled(`error: ${request.error}`);
      });
    });
    expect(answer).toBe("upgraded");
  });
});
