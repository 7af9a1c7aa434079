// Keystroke latency, build against build: loads each dist folder in turn (the example
// plan's business step, 4x CPU throttling), types 40 team sizes 100 ms apart as the
// benchmark does, and prints the p50 and p95 over all rounds, each round's p95 and the
// median of the rounds' first inputs.
// Rounds alternate the builds so both see the same machine.
// Usage: node scripts/keystrokes-ab.mjs dist /other/dist [rounds]
import { serveDist, launch, newPage } from "../tests/e2e/harness.mjs";
import { exampleBusinessStep, typeTeamSizes } from "./keystrokes.mjs";

const args = process.argv.slice(2);
const rounds = /^\d+$/.test(args.at(-1) ?? "") ? Number(args.pop()) : 4;
const roots = args.length ? args : ["dist"];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

const browser = await launch();
const servers = [];
try {
  for (const root of roots) servers.push(await serveDist({ root }));
  const all = roots.map(() => []);
  const perRound = roots.map(() => []);
  // The first input after the load also runs code for the first time (and, on the
  // business step, asks for the next step's file): reported on its own as well.
  const first = roots.map(() => []);
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < roots.length; k++) {
      const { context, page } = await newPage(browser);
      await exampleBusinessStep(page, servers[k].url);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      const latencies = await typeTeamSizes(page, 40, 100);
      all[k].push(...latencies);
      perRound[k].push(pct(latencies, 95).toFixed(1));
      first[k].push(latencies[0]);
      await context.close();
    }
  }
  console.log(`input to updated cost table, ms, 4x CPU throttling, ${rounds} rounds of 40 inputs`);
  roots.forEach((root, k) => {
    console.log(root.padEnd(28), "p50", pct(all[k], 50).toFixed(1), " p95", pct(all[k], 95).toFixed(1), " p95 per round", perRound[k].join(" "),
      " first input, median", pct(first[k], 50).toFixed(1));
  });
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
