// Profiles a first load (fresh context, 4x CPU throttling) from navigation to the
// business step's cost table, and prints the planner functions with the most inclusive
// time and all functions with the most self time. Use on a build that keeps wasm names
// (see profile-input.mjs). Usage: node scripts/profile-startup.mjs /tmp/names [runs]
// UNTIL=interactive counts only the samples up to the step's heading and Next button being
// in the page (a marker function, spun for 1 ms there, shows where that is).
import { serveDist, launch } from "../tests/e2e/harness.mjs";

const root = process.argv[2] ?? "dist";
const RUNS = Number(process.argv[3] ?? 3);
const browser = await launch();
const app = await serveDist({ root });
const self = new Map();
const inclusive = new Map();
const add = (map, k, v) => map.set(k, (map.get(k) ?? 0) + v / RUNS);
try {
  for (let r = 0; r < RUNS; r++) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    if (process.env.UNTIL === "interactive") {
      await page.addInitScript(() => {
        const obs = new MutationObserver(() => {
          if (document.getElementById("step-heading") && document.getElementById("next")) {
            obs.disconnect();
            (function interactiveMarker() { const t = performance.now(); while (performance.now() - t < 1); })();
          }
        });
        obs.observe(document, { childList: true, subtree: true });
      });
    }
    await cdp.send("Profiler.start");
    await page.goto(app.url);
    // The step's answer: the headline (the results' tables follow the first gesture).
    await page.locator("#headline-savings").waitFor();
    const { profile } = await cdp.send("Profiler.stop");
    await context.close();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const dt = profile.timeDeltas;
    const marker = profile.samples.findIndex((id) => byId.get(id).callFrame.functionName === "interactiveMarker");
    const until = marker < 0 ? profile.samples.length : marker;
    profile.samples.slice(0, until).forEach((id, i) => {
      const ms = (dt[i] ?? 0) / 1000;
      const n = byId.get(id);
      const name = n.callFrame.functionName || `(${n.callFrame.url.split("/").pop()})`;
      if (name !== "(idle)") add(self, name, ms);
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at).callFrame.functionName.replace(/::h[0-9a-f]{16}$/, "");
        if (!f.includes(process.env.FOCUS ?? "offshoring_planner") || seen.has(f)) continue;
        seen.add(f);
        add(inclusive, f, ms);
      }
    });
  }
  console.log(`mean of ${RUNS} loads, ms at 4x throttling; inclusive:`);
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 50)) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
  console.log("self:");
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
} finally {
  await browser.close();
  await app.close();
}
