import { defineConfig } from "@playwright/test";

// The release build (../dist, from `make dist`) served under a sub-path, so every test also
// proves that dist/ works away from the site root. Navigate with relative URLs
// (page.goto("./"), page.goto("./#/...")), never with a leading "/".
const PORT = 4173;
const BASE_PATH = "/vertskap/";

export default defineConfig({
  testDir: "./tests",
  forbidOnly: true,
  retries: 0,
  workers: 2,
  fullyParallel: true,
  // list for each test, then one "e2e: N passed, N failed" line; that reporter also fails
  // the run when no test ran.
  reporter: [["list"], ["./summary-reporter.ts"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    headless: true,
    // Every test speaks English unless it asks for another language (languages.spec.ts).
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "tablet",
      use: {
        browserName: "chromium",
        viewport: { width: 1024, height: 768 },
        hasTouch: true,
        launchOptions: {
          // Debian's Chromium; Playwright never downloads a browser here.
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node serve.mjs ../dist ${PORT} ${BASE_PATH}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
