import { expect, test } from "@playwright/test";

// The release build loads under a sub-path, boots its WebAssembly from the external
// js/boot.js, and nothing trips the Content-Security-Policy or fails to load.
test("smoke: the page loads under the sub-path and its WebAssembly starts", async ({ page }) => {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`),
  );
  page.on("console", (message) => {
    if (message.text().startsWith("CSP violation")) problems.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
    addEventListener("TrunkApplicationStarted", () => {
      (window as unknown as { vertskapStarted: boolean }).vertskapStarted = true;
    });
  });

  await page.goto("./");

  await expect(page).toHaveTitle("Vertskap");
  await page.waitForFunction(
    () => (window as unknown as { vertskapStarted?: boolean }).vertskapStarted === true,
  );
  expect(problems).toEqual([]);
});
