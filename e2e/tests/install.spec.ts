import { expect, test } from "@playwright/test";
import { VertskapApp } from "../support/app";

type ManifestIcon = { src: string; sizes: string; type: string; purpose?: string };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test("the manifest is valid, relative to where the app is served, and its icons load", async ({ page, request, baseURL }) => {
  const app = new VertskapApp(page);
  await app.open();
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("manifest.webmanifest");

  const response = await request.get(new URL(href!, baseURL).href);
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: "Vertskap",
    short_name: "Vertskap",
    start_url: "./",
    scope: "./",
    display: "standalone",
    theme_color: "#1f4e5f",
  });

  const icons: ManifestIcon[] = manifest.icons;
  const wanted = [
    ["192x192", "any"],
    ["512x512", "any"],
    ["512x512", "maskable"],
  ];
  for (const [sizes, purpose] of wanted) {
    const icon = icons.find((i) => i.sizes === sizes && (i.purpose ?? "any").split(" ").includes(purpose));
    expect(icon, `a ${sizes} ${purpose} icon`).toBeDefined();
    const image = await request.get(new URL(icon!.src, new URL(href!, baseURL)).href);
    expect(image.ok()).toBe(true);
    const [width, height] = pngSize(await image.body());
    expect(`${width}x${height}`).toBe(sizes);
  }

  // Chromium's own verdict, as its install prompt would judge it.
  const cdp = await page.context().newCDPSession(page);
  const { errors: manifestErrors } = await cdp.send("Page.getAppManifest");
  expect(manifestErrors).toEqual([]);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's contexts are incognito, where Chromium never offers to install; that is
  // a fact of the test browser. Anything else would be the app's fault.
  const ofTheApp = installabilityErrors.filter((e: { errorId: string }) => e.errorId !== "in-incognito");
  expect(ofTheApp).toEqual([]);
});
