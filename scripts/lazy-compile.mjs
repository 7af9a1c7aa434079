// What the browser compiles before the first step is interactive. V8 compiles a wasm
// function the first time it is called, on the main thread; this loads a build (fresh
// context, 4x CPU throttling) with a trace and prints how many functions were compiled
// before the step's heading and Next were in the page, their code size and the time the
// compiling took. With a names build (see profile-input.mjs), also which crates and
// functions they are. Usage: node scripts/lazy-compile.mjs dist [top]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { serveDist, launch } from "../tests/e2e/harness.mjs";

const root = process.argv[2] ?? "dist";
const TOP = Number(process.argv[3] ?? 15);

/** Function index to name, from the wasm's name section (empty without one). */
function functionNames(path) {
  const b = readFileSync(path);
  const names = new Map();
  let p = 8;
  const leb = () => {
    let r = 0, s = 0, x;
    do { x = b[p++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80);
    return r >>> 0;
  };
  while (p < b.length) {
    const id = b[p++];
    const end = leb() + p;
    if (id === 0) {
      const len = leb();
      if (b.subarray(p, p + len).toString() === "name") {
        p += len;
        while (p < end) {
          const sub = b[p++];
          const subEnd = leb() + p;
          if (sub === 1) {
            for (let n = leb(); n > 0; n--) {
              const idx = leb();
              const l = leb();
              names.set(idx, b.subarray(p, p + l).toString());
              p += l;
            }
          }
          p = subEnd;
        }
      }
    }
    p = end;
  }
  return names;
}

const browser = await launch();
const app = await serveDist({ root });
try {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.getElementById("step-heading") && document.getElementById("next")) {
        performance.mark("interactive");
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const events = [];
  cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
  const complete = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: ["v8.wasm", "disabled-by-default-v8.wasm.detailed", "blink.user_timing"] },
    transferMode: "ReportEvents",
  });
  await page.goto(app.url);
  await page.waitForFunction(() => performance.getEntriesByName("interactive").length > 0, null, { timeout: 60_000 });
  await cdp.send("Tracing.end");
  await complete;
  await context.close();

  const mark = events.find((e) => e.name === "interactive")?.ts ?? Infinity;
  const lazy = events.filter((e) => e.name === "wasm.CompileLazy" && e.ts < mark);
  const bodies = new Map(events.filter((e) => e.name === "wasm.CompileBaseline").map((e) => [e.args.funcIndex, e.args.bodySize]));
  const ms = (us) => (us / 1000).toFixed(1);
  const bytes = lazy.reduce((a, e) => a + (bodies.get(e.args.func_index) ?? 0), 0);
  console.log(`before the first step was interactive (4x throttling): ${lazy.length} wasm functions compiled on the main thread, ${(bytes / 1024).toFixed(1)} KB of code, ${ms(lazy.reduce((a, e) => a + e.dur, 0))} ms`);
  // The main wasm: the planner's, or the one file of another build (the baseline page).
  const wasms = readdirSync(root).filter((f) => f.endsWith("_bg.wasm"));
  const wasm = wasms.find((f) => f.startsWith("offshoring-planner-")) ?? (wasms.length === 1 ? wasms[0] : undefined);
  const names = wasm ? functionNames(join(root, wasm)) : new Map();
  if (names.size === 0) {
    console.log("(no function names in this build: see profile-input.mjs for a names build)");
  } else {
    const clean = (i) => (names.get(i) ?? `#${i}`).replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, "");
    const crates = new Map();
    for (const e of lazy) {
      const crate = clean(e.args.func_index).match(/^<?([a-z_][a-z0-9_]*)/)?.[1] ?? "other";
      const c = crates.get(crate) ?? [0, 0];
      c[0]++;
      c[1] += bodies.get(e.args.func_index) ?? 0;
      crates.set(crate, c);
    }
    console.log("by crate (functions, KB):");
    for (const [k, [n, b]] of [...crates].sort((x, y) => y[1][0] - x[1][0]).slice(0, TOP)) console.log(String(n).padStart(6), (b / 1024).toFixed(1).padStart(7), k);
    console.log("largest:");
    for (const e of [...lazy].sort((x, y) => (bodies.get(y.args.func_index) ?? 0) - (bodies.get(x.args.func_index) ?? 0)).slice(0, TOP)) {
      console.log(String(bodies.get(e.args.func_index)).padStart(7), clean(e.args.func_index).slice(0, 140));
    }
  }
} finally {
  await browser.close();
  await app.close();
}
