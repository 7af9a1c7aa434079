// Start-up, build against build: loads each dist folder in turn (fresh context, 4x CPU
// throttling) and prints the medians of when the wasm was compiled and instantiated, how
// long the app's start took (instantiated to the end of `main`), when the step's heading
// and Next (on the last step, Back) button were in the page, and when the part built last
// was (the business step's cost table). Usage: node scripts/startup.mjs dist /other [runs]
// Another step: STARTUP_PATH="?step=plan" STARTUP_LAST=scenarios-heading (the id of the
// part built last). STARTUP_NETWORK=slow4g also holds the network to 1.6 Mbit/s down and a
// 150 ms round trip (the test server sends files uncompressed, so the wait is longer than
// a host's would be); "contentful" is the first contentful paint.
import { serveDist, launch } from "../tests/e2e/harness.mjs";

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args.at(-1) ?? "") ? Number(args.pop()) : 9;
const roots = args.length ? args : ["dist"];
const PATH = process.env.STARTUP_PATH ?? "";
const LAST = process.env.STARTUP_LAST ?? "headline-savings";
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function load(browser, url) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  if (process.env.STARTUP_NETWORK === "slow4g") {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 });
  }
  await page.addInitScript((last) => {
    const marks = (window.__marks = {});
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "first-contentful-paint") marks.contentful = e.startTime;
    }).observe({ type: "paint", buffered: true });
    const instantiate = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (...a) => {
      marks.compile = performance.now();
      const r = await instantiate(...a);
      marks.instantiated = performance.now();
      return r;
    };
    addEventListener("TrunkApplicationStarted", () => (marks.started = performance.now()));
    new MutationObserver((_, obs) => {
      const heading = document.getElementById("step-heading");
      if (!marks.interactive && heading && (document.getElementById("next") || document.getElementById("back"))) marks.interactive = performance.now();
      if (document.getElementById(last) || heading?.textContent === "Baseline") {
        marks.complete = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, LAST);
  await page.goto(url + PATH);
  await page.waitForFunction(() => window.__marks.complete && window.__marks.started && window.__marks.contentful, null, { timeout: 60_000 });
  const m = await page.evaluate(() => window.__marks);
  await context.close();
  return m;
}

const browser = await launch();
const servers = [];
try {
  for (const root of roots) servers.push(await serveDist({ root }));
  const seen = roots.map(() => []);
  // Each round starts with the next build: where a build comes in the round matters
  // (two copies of one build, always in the same order, differed by 15%).
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < roots.length; j++) {
      const k = (i + j) % roots.length;
      seen[k].push(await load(browser, servers[k].url));
    }
  }
  console.log(`medians of ${runs} loads, ms from navigation, 4x CPU throttling`);
  roots.forEach((root, k) => {
    const of = (f) => median(seen[k].map(f)).toFixed(0).padStart(6);
    console.log(
      root.padEnd(28),
      "contentful", of((m) => m.contentful),
      " compile", of((m) => m.compile),
      " instantiated", of((m) => m.instantiated),
      " start", of((m) => m.started - m.instantiated),
      " interactive", of((m) => m.interactive),
      " whole step", of((m) => m.complete),
    );
  });
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
