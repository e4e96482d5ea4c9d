// Figure 5: memory after loading the large data set: the page's JS heap (CDP
// Performance.getMetrics JSHeapUsedSize, after a forced garbage collection) and the
// WebAssembly linear memory (the byteLength of every WebAssembly.Memory in the page, found
// with CDP Runtime.queryObjects; the wasm memory lives outside the JS heap). Measured on
// the Standards screen once the app has started, and again after the goals overview.
import { BASE, largeProfile, launchProfile, runAlone, RUNS, saveResult, stats, quietMoment } from "./lib.mjs";

const MB = 1e6;

async function snapshot(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const { result: proto } = await cdp.send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
  const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: proto.objectId });
  const { result } = await cdp.send("Runtime.callFunctionOn", {
    objectId: objects.objectId,
    functionDeclaration: "function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0) + ':' + this.length; }",
    returnByValue: true,
  });
  const [wasm, count] = result.value.split(":").map(Number);
  if (count < 1) throw new Error("no WebAssembly.Memory found in the page");
  return { js: metric("JSHeapUsedSize") / MB, jsTotal: metric("JSHeapTotalSize") / MB, wasm: wasm / MB };
}

export async function measure() {
  const profile = await largeProfile();
  const started = [], afterGoals = [];
  const runs = Math.min(RUNS, 3);
  for (let run = 0; run < runs; run++) {
    const { context, close } = await launchProfile(profile);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      await page.goto(`${BASE}#/standards`);
      await page.getByRole("heading", { name: "Host standards", level: 1 }).waitFor({ timeout: 120_000 });
      await quietMoment(page);
      started.push(await snapshot(cdp));
      await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Goals" }).click();
      await page.getByRole("heading", { name: "Goals", level: 1 }).waitFor();
      await quietMoment(page);
      afterGoals.push(await snapshot(cdp));
    } finally {
      await close();
    }
  }
  const of = (xs, k) => stats(xs.map((x) => x[k]), 1);
  const sum = (xs) => stats(xs.map((x) => x.js + x.wasm), 1);
  const result = {
    what: "memory after loading the large data set (MB = 10^6 bytes): JS heap used after a forced GC, and WebAssembly linear memory",
    after_start: { js_heap_mb: of(started, "js"), js_heap_total_mb: of(started, "jsTotal"), wasm_memory_mb: of(started, "wasm"), sum_mb: sum(started) },
    after_goals_overview: { js_heap_mb: of(afterGoals, "js"), js_heap_total_mb: of(afterGoals, "jsTotal"), wasm_memory_mb: of(afterGoals, "wasm"), sum_mb: sum(afterGoals) },
  };
  saveResult("memory", result);
  return result;
}

await runAlone(import.meta, measure);
