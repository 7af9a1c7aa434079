// The performance benchmark: run by `make bench` after the release builds of the planner
// (dist/) and of the baseline page (bench/baseline/dist/). Prints a table and writes
// bench-results.json. Every figure comes from this one run, so ratios compare like with
// like on a noisy machine.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { serveDist, launch, newPage } from "../tests/e2e/harness.mjs";
import { firstLoad, totals, kb } from "./first-load.mjs";
import { SPLIT_MODULES } from "../tools/postbuild/config.mjs";
import { exampleBusinessStep, typeTeamSizes } from "./keystrokes.mjs";

/** The second step's split file, by its name in tools/postbuild/split-modules.json. */
const WORK_STEP = SPLIT_MODULES.find((m) => m === "step_work");
if (!WORK_STEP) throw new Error("split-modules.json names no step_work file");

const RUNS = 30;
const LOAD_RUNS = 7;
// First step interactive: more rounds, since its ratio is the figure nearest its budget.
const INTERACTIVE_RUNS = 15;
const INPUTS = 40;
const INPUT_LOADS = 3;
const THROTTLE = 4;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const BASELINE = "bench/baseline/dist";

const native = JSON.parse(
  execFileSync("cargo", ["run", "--quiet", "--release", "--example", "bench_native"], { encoding: "utf8" }).trim(),
);
const browser = await launch();
const browserVersion = `Chromium ${browser.version()}`;
// The machine, and how busy it was before and after: timings move with other work.
const machine = { cpus: cpus().length, memory_gib: Math.round(totalmem() / 2 ** 30), load_average_before: loadavg().map((l) => +l.toFixed(2)) };
const results = { date: new Date().toISOString(), cpu_throttling: THROTTLE, machine, native };

/** Navigation start to the step heading and the Next button being in the page, whose
 * handlers Leptos attaches as it creates them, under CPU throttling. Fresh context.
 * Also when the step's answer is on screen: the planner builds the sections below the
 * first in the tasks after, the headline's savings last. The baseline page is whole at
 * once. */
async function timeToInteractive(url) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      const heading = document.getElementById("step-heading");
      if (window.__interactive === undefined && heading && document.getElementById("next")) {
        window.__interactive = performance.now();
      }
      // The step's answer on screen: the headline's savings (the results' tables follow
      // the user's first gesture, in a file of their own).
      if (document.getElementById("headline-savings") || heading?.textContent === "Baseline") {
        window.__complete = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__complete !== undefined, null, { timeout: 60_000 });
  const t = await page.evaluate(() => ({ interactive: window.__interactive, complete: window.__complete }));
  await context.close();
  return t;
}

/** Opening the second step under CPU throttling, from a click on Next to its first
 * workstream in the page: the first time (its file is fetched, compiled and run) and
 * again after going back (already loaded). Fresh context, so nothing is cached. With
 * `answered`, a first-step field is filled first, which fetches the file ahead. */
async function secondStepOpen(url, answered = false) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator("#headline-savings").waitFor();
  if (answered) {
    const ahead = page.waitForResponse((r) => r.url().includes(`/split_planner_${WORK_STEP}-`));
    await page.getByLabel("Team size (engineers)").fill("6");
    await ahead;
    await page.waitForTimeout(500); // compiled and instantiated by then, unthrottled
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  const open = (button) =>
    page.evaluate((id) => new Promise((done) => {
      const start = performance.now();
      const seen = () => document.querySelector('[id^="ws-"]') && document.getElementById("step-heading");
      const obs = new MutationObserver(() => { if (seen()) { obs.disconnect(); done(performance.now() - start); } });
      obs.observe(document, { childList: true, subtree: true });
      document.getElementById(id).click();
    }), button);
  const first = await open("next");
  await page.locator("#back").click();
  await page.locator("#headline-savings").waitFor();
  const again = await open("next");
  await context.close();
  return { first, again };
}

const app = await serveDist();
const base = await serveDist({ root: BASELINE });
try {
  // 1. What a first load fetches, against the baseline page.
  const appFiles = await firstLoad("dist", browser);
  const baseFiles = await firstLoad(BASELINE, browser);
  results.first_load = { files: appFiles, total: totals(appFiles) };
  results.baseline_first_load = { files: baseFiles, total: totals(baseFiles) };
  results.first_load_brotli_ratio_to_baseline = results.first_load.total.brotli / results.baseline_first_load.total.brotli;

  // 2. Time to interactive, alternating app and baseline so both see the same machine,
  // and which of the two goes first in each round: two copies of one build, loaded in
  // turn, have differed by 15% at one position against the other.
  const tApp = [], tBase = [];
  for (let i = 0; i < INTERACTIVE_RUNS; i++) {
    if (i % 2 === 0) {
      tApp.push(await timeToInteractive(app.url));
      tBase.push(await timeToInteractive(base.url));
    } else {
      tBase.push(await timeToInteractive(base.url));
      tApp.push(await timeToInteractive(app.url));
    }
  }
  results.interactive_ms_median = median(tApp.map((t) => t.interactive));
  results.step_complete_ms_median = median(tApp.map((t) => t.complete));
  results.baseline_interactive_ms_median = median(tBase.map((t) => t.interactive));
  results.interactive_ratio_to_baseline = results.interactive_ms_median / results.baseline_interactive_ms_median;
  // How much the machine moved it: each round's planner load against its baseline load.
  const rounds = tApp.map((t, i) => t.interactive / tBase[i].interactive);
  results.interactive_ratio_per_round = { p25: pct(rounds, 25), median: median(rounds), p75: pct(rounds, 75) };

  // 2b. Opening the second step: the first time fetches its file.
  const opens = [], answered = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    opens.push(await secondStepOpen(app.url));
    answered.push(await secondStepOpen(app.url, true));
  }
  results.second_step_first_open_ms_median = median(opens.map((o) => o.first));
  results.second_step_again_ms_median = median(opens.map((o) => o.again));
  results.second_step_first_open_after_answer_ms_median = median(answered.map((o) => o.first));

  // 3. Input to updated results: INPUT_LOADS fresh loads of the example plan, INPUTS
  // inputs each (one load's p95 of 40 is its second-slowest input: too few to say much
  // alone). The first input of a load also runs code for the first time: its median is
  // reported too. The last load goes on to the rest.
  const latencies = [], perLoad = [], firsts = [];
  let context, page, cdp;
  for (let i = 0; i < INPUT_LOADS; i++) {
    if (context) await context.close();
    ({ context, page } = await newPage(browser));
    await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => { window.__wasm = e.detail.wasm; }));
    await exampleBusinessStep(page, app.url);
    cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
    const these = await typeTeamSizes(page, INPUTS);
    latencies.push(...these);
    perLoad.push(pct(these, 95));
    firsts.push(these[0]);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  }
  results.input_to_results_ms_p50 = pct(latencies, 50);
  results.input_to_results_ms_p95 = pct(latencies, 95);
  results.input_to_results_ms_p95_per_load = perLoad;
  results.input_first_after_load_ms_median = median(firsts);

  // 3b. The same with "What flips the decision" open: each input recomputes every
  // option's swings and thresholds; timed to the sensitivity table's change.
  await page.locator("details#sensitivity summary").first().click();
  await page.locator("#thresholds li").first().waitFor();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  const sens = await typeTeamSizes(page, INPUTS, 100, "sensitivity-table");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  results.input_to_sensitivity_ms_p50 = pct(sens, 50);
  results.input_to_sensitivity_ms_p95 = pct(sens, 95);

  // 4. The uncertainty run (10,000 trials, in-house + 4 options), unthrottled, vs native.
  const times = await page.evaluate((runs) => {
    const f = window.wasmBindings.bench_full_recalculation;
    for (let i = 0; i < 3; i++) f();
    const ms = [];
    for (let i = 0; i < runs; i++) { const t = performance.now(); f(); ms.push(performance.now() - t); }
    return ms;
  }, RUNS);
  results.browser_recalc_ms_median = median(times);
  results.browser_to_native_ratio = results.browser_recalc_ms_median / native.native_recalc_ms_median;
  const overlap = await page.evaluate(async (runs) => {
    if (!(await window.wasmBindings.bench_prepare())) throw new Error("bench_prepare: the overlap code could not be fetched");
    const f = window.wasmBindings.bench_overlap;
    const time = (cold) => Array.from({ length: runs }, () => { const t = performance.now(); f(cold); return performance.now() - t; });
    return { cold: time(true), warm: time(false) };
  }, RUNS);
  results.overlap_six_locations_cold_ms_median = median(overlap.cold);
  results.overlap_six_locations_warm_ms_median = median(overlap.warm);

  // 5. A full walk, then the share link, the JSON export and the wasm memory.
  for (const step of ["work", "engagement", "location", "plan"]) {
    await page.locator("#next").click();
    await page.locator("h1#step-heading").waitFor();
  }
  await page.locator("#share-link-button").click();
  results.share_link_chars = (await page.locator("#share-link").inputValue()).length;
  const download = page.waitForEvent("download");
  await page.locator("#download-json").click();
  results.json_export_bytes = statSync(await (await download).path()).size;
  results.wasm_memory_bytes = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
  page.assertClean();
  await context.close();
} finally {
  await browser.close();
  await app.close();
  await base.close();
}

const row = (k, v) => console.log(`${k.padEnd(64)} ${v}`);
const ms = (v) => `${v.toFixed(1)} ms`;
row("first-load transfer, brotli (everything fetched)", kb(results.first_load.total.brotli).trim());
row("  gzip / raw", `${kb(results.first_load.total.gzip).trim()} / ${kb(results.first_load.total.raw).trim()}`);
row("  baseline Leptos page, brotli", kb(results.baseline_first_load.total.brotli).trim());
row("  planner / baseline", `${results.first_load_brotli_ratio_to_baseline.toFixed(2)}x (budget: 200 KB brotli)`);
row(`first step interactive, ${THROTTLE}x CPU throttling, median of ${INTERACTIVE_RUNS}`, ms(results.interactive_ms_median));
row("  baseline page", ms(results.baseline_interactive_ms_median));
row("  planner / baseline", `${results.interactive_ratio_to_baseline.toFixed(2)}x (budget: 1.5x)`);
const spread = results.interactive_ratio_per_round;
row("  each round's ratio: 25th percentile / median / 75th", `${spread.p25.toFixed(2)}x / ${spread.median.toFixed(2)}x / ${spread.p75.toFixed(2)}x`);
row("  first step's answer shown (headline)", ms(results.step_complete_ms_median));
row(`second step opened, ${THROTTLE}x throttling: first time (its file fetched) / again`, `${ms(results.second_step_first_open_ms_median)} / ${ms(results.second_step_again_ms_median)}`);
row("  first time, after answering the first step (file fetched ahead)", ms(results.second_step_first_open_after_answer_ms_median));
row(`input to updated cost table, ${THROTTLE}x throttling, ${INPUT_LOADS} loads of ${INPUTS} inputs`, `p50 ${ms(results.input_to_results_ms_p50)}, p95 ${ms(results.input_to_results_ms_p95)} (budget: p95 16 ms)`);
row("  p95 of each load", results.input_to_results_ms_p95_per_load.map(ms).join(", "));
row("  first input after a load, median", ms(results.input_first_after_load_ms_median));
row(`  with "What flips the decision" open, to its table (every option's swings and thresholds)`, `p50 ${ms(results.input_to_sensitivity_ms_p50)}, p95 ${ms(results.input_to_sensitivity_ms_p95)} (budget: 16 ms)`);
row("  every option's sensitivity alone, native (release), median of 30", ms(native.native_sensitivity_ms_median));
row("uncertainty run, 10,000 trials, in-house + 4 options, median of 30", "");
row("  native (release)", ms(native.native_recalc_ms_median));
row("  headless Chromium (release wasm)", `${ms(results.browser_recalc_ms_median)} (budget: 50 ms)`);
row("  browser / native", `${results.browser_to_native_ratio.toFixed(2)}x (budget: 2x)`);
row("year of overlap, six locations: first time / again", `${ms(results.overlap_six_locations_cold_ms_median)} / ${ms(results.overlap_six_locations_warm_ms_median)}`);
row("example plan's share link", `${results.share_link_chars} characters (budget: 2,000)`);
row("example plan's JSON export", `${(results.json_export_bytes / 1024).toFixed(1)} KB`);
row("wasm memory after a full walk", `${(results.wasm_memory_bytes / 1048576).toFixed(1)} MiB`);
results.machine.load_average_after = loadavg().map((l) => +l.toFixed(2));
results.machine.browser = browserVersion;
row("machine", `${machine.cpus} cores, ${machine.memory_gib} GiB, ${browserVersion}; load average (1, 5, 15 min) before ${machine.load_average_before.join(" ")}, after ${machine.load_average_after.join(" ")}`);
writeFileSync("bench-results.json", JSON.stringify(results, null, 2) + "\n");
console.log("wrote bench-results.json");
