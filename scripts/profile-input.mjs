// Profiles business-case inputs (example plan loaded, 4x CPU throttling) and prints the
// functions with the most self time. Use on a build that keeps wasm names:
//   sed 's/data-wasm-opt="s"/data-wasm-opt="0" data-keep-debug/' index.html > prof.html
//   trunk build --release --dist /tmp/prof prof.html && node scripts/profile-input.mjs /tmp/prof
import { serveDist, launch, newPage } from "../tests/e2e/harness.mjs";
import { exampleBusinessStep, typeTeamSizes } from "./keystrokes.mjs";

const root = process.argv[2] ?? "dist";
const INPUTS = Number(process.argv[3] ?? 30);
const browser = await launch();
const app = await serveDist({ root });
try {
  const { context, page } = await newPage(browser);
  await exampleBusinessStep(page, app.url);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const lat = await typeTeamSizes(page, INPUTS, Number(process.env.GAP ?? 100));
  const { profile } = await cdp.send("Profiler.stop");
  lat.sort((a, b) => a - b);
  console.log(`latency p50 ${lat[Math.floor(lat.length / 2)].toFixed(1)} ms, p95 ${lat[Math.ceil(lat.length * 0.95) - 1].toFixed(1)} ms, max ${lat[lat.length - 1].toFixed(1)} ms`);
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const name = n.callFrame.functionName || `(${n.callFrame.url.split("/").pop()})`;
    if (name === "(idle)" || name === "(program)") return;
    self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  // Inclusive time of the planner's own functions (each counted once per sample).
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at).callFrame.functionName.replace(/::h[0-9a-f]{16}$/, "");
      if (!name.includes(process.env.FOCUS ?? "offshoring_planner") || seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
    }
  });
  console.log("inclusive:");
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`sampled busy time ${total.toFixed(0)} ms over ${INPUTS} inputs`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
} finally {
  await browser.close();
  await app.close();
}
