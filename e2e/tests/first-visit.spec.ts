import { expect, test } from "@playwright/test";

// A host like a real one (gzip, validators, hashed files cacheable), from the benchmarks:
// the first visit must download each file of the build once, the service worker's
// precache included. (Trunk's hashes vary in length; a worker that took the wasm for an
// unhashed file fetched all of it a second time.)
test("the first visit downloads each file of the build once, the offline copy included", async ({ browser }) => {
  process.env.BENCH_PORT = "4191";
  const bench = await import("../bench/lib.mjs");
  await bench.startServer();
  try {
    bench.resetLog();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(bench.BASE);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await bench.waitForOfflineReady(page);
    // Let the worker finish its precache.
    await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith("vertskap-build-"))!);
      return (await cache.keys()).length;
    });
    const downloads = bench.served.filter((r: { path: string; status: number }) => r.status === 200);
    const wasm = downloads.filter((r: { path: string }) => r.path.endsWith(".wasm"));
    expect(wasm, JSON.stringify(downloads.map((r: { path: string }) => r.path))).toHaveLength(1);
    const paths = downloads.map((r: { path: string }) => r.path).filter((p: string) => /-[0-9a-f]{8,16}(_bg)?\.(wasm|js|css)$/.test(p));
    expect(new Set(paths).size).toBe(paths.length);
    await context.close();
  } finally {
    await bench.stopServer();
  }
});
