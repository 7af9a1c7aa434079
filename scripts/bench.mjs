// The performance benchmark: run from `make bench` after a release build.
// Prints a table and writes bench-results.json. All figures come from this one run.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { serveDist, launch, newPage, ready } from "../tests/e2e/harness.mjs";

const RUNS = 30;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const native = JSON.parse(
  execFileSync("cargo", ["run", "--quiet", "--release", "--example", "bench_native"], { encoding: "utf8" }).trim(),
);

const server = await serveDist();
const browser = await launch();
const results = { date: new Date().toISOString(), native };
try {
  const { page } = await newPage(browser);
  await page.goto(server.url);
  await ready(page);
  const times = await page.evaluate(async (runs) => {
    const f = window.wasmBindings.bench_full_recalculation;
    for (let i = 0; i < 3; i++) f();
    const ms = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      f();
      ms.push(performance.now() - t);
    }
    return ms;
  }, RUNS);
  results.browser_recalc_ms_median = median(times);
  results.browser_recalc_ms_min = Math.min(...times);
  results.browser_to_native_ratio = results.browser_recalc_ms_median / native.native_recalc_ms_median;
  const overlap = await page.evaluate(async (runs) => {
    const f = window.wasmBindings.bench_overlap;
    const time = (cold) => {
      const ms = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        f(cold);
        ms.push(performance.now() - t);
      }
      return ms;
    };
    return { cold: time(true), warm: time(false) };
  }, RUNS);
  results.overlap_six_locations_cold_ms_median = median(overlap.cold);
  results.overlap_six_locations_warm_ms_median = median(overlap.warm);
  page.assertClean();
} finally {
  await browser.close();
  await server.close();
}

const row = (k, v) => console.log(`${k.padEnd(58)} ${v}`);
row("full recalculation, 10,000 trials, in-house + 4 options", "");
row("  native (release), median of 30", `${native.native_recalc_ms_median.toFixed(2)} ms`);
row("  headless Chromium (release wasm), median of 30", `${results.browser_recalc_ms_median.toFixed(2)} ms`);
row("  browser / native", `${results.browser_to_native_ratio.toFixed(2)}x`);
row("year of overlap, six locations, headless Chromium, median of 30", "");
row("  first time (zone rules learned from Intl)", `${results.overlap_six_locations_cold_ms_median.toFixed(2)} ms`);
row("  again (zone rules cached)", `${results.overlap_six_locations_warm_ms_median.toFixed(2)} ms`);
writeFileSync("bench-results.json", JSON.stringify(results, null, 2) + "\n");
console.log("wrote bench-results.json");
