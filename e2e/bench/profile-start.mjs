// Where a start's time goes: a CPU profile of one offline-warm start at 4× throttling,
// printed as the functions with the most time of their own and the most time in all.
// Not a figure of the bench (profiling slows the page); a guide to what to change.
//
//   BENCH_DIST=/tmp/profdist node bench/profile-start.mjs          the large data set
//   PROFILE_SET=empty BENCH_DIST=/tmp/profdist node bench/profile-start.mjs
//
// For function names, build with `data-keep-debug data-wasm-opt-params="--debuginfo"` on
// the rust link in index.html, into another dir (trunk build --release --dist /tmp/profdist).
import { BASE, largeProfile, launchDataOnly, startServer, stopServer, waitForOfflineReady } from "./lib.mjs";

const TOP = Number(process.env.PROFILE_TOP ?? 40);

await startServer();
try {
  const from = process.env.PROFILE_SET === "empty" ? null : await largeProfile();
  const { context, close } = await launchDataOnly(from);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const firstScreen = () => page.getByRole("heading", { name: "Host standards" }).waitFor({ timeout: 120_000 });
    await page.goto(`${BASE}#/standards`);
    await firstScreen();
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.goto("about:blank");
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await cdp.send("Profiler.start");
    await page.goto(`${BASE}#/standards`);
    await firstScreen();
    const { profile } = await cdp.send("Profiler.stop");
    report(profile);
  } finally {
    await close();
  }
} finally {
  await stopServer();
}

function report(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split("/").pop() || "native"})`;
  const self = new Map();
  const total = new Map();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const ms = profile.timeDeltas[i] / 1000;
    all += ms;
    self.set(name(byId.get(id)), (self.get(name(byId.get(id))) ?? 0) + ms);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur));
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + ms);
      seen.add(k);
    }
  });
  const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${k.slice(0, 140)}`).join("\n");
  console.log(`sampled ${all.toFixed(0)} ms (4× throttled)\n\n-- own time\n${top(self)}\n\n-- in all\n${top(total)}`);
}
