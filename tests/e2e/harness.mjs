// Shared pieces of the end-to-end tests: a static server for dist/ on 127.0.0.1 and a
// headless Chromium that fails the test on any console error or page error.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";
import { before, after } from "node:test";

const DIST = resolve(import.meta.dirname, "../../dist");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Origins the tests serve; a request to any other origin fails the test. */
const ORIGINS = new Set();

/** Serves dist/ on a free loopback port. Resolves to { url, close }. */
export async function serveDist({ headers = {}, transform = null, root = DIST } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = normalize(join(base, path === "/" ? "index.html" : path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      if (transform) body = transform(path, body);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  ORIGINS.add(`http://127.0.0.1:${port}`);
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Serves one HTML page (an embedder's site) on another loopback port, reached as
 * `localhost` so that it is a different origin and site from the app. Resolves to
 * { url, close }.
 */
export async function serveHost(html) {
  const server = createServer((req, res) => {
    if (new URL(req.url, "http://x").pathname !== "/") {
      res.writeHead(204).end(); // the browser's own /favicon.ico request
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  ORIGINS.add(`http://localhost:${port}`);
  return { url: `http://localhost:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

/**
 * The day the planner believes it is in these tests, so the example plan's dates (which
 * move to stay ahead of today) are the ones the tests expect: loaded on 2 November 2026,
 * the example starts on Monday 4 January 2027.
 */
export const TODAY = "2026-11-02T15:00:00Z";

/**
 * Moves the page's "now" (`new Date()` with no arguments, which is how the planner reads
 * today's date) to `today`, letting time run on from there; `Date.now()` keeps the real
 * clock, so timings (the undo history's grouping, tests' own schedules) are unaffected.
 */
export async function setToday(context, today) {
  await context.addInitScript((at) => {
    const Real = Date;
    const offset = Real.parse(at) - Real.now();
    class Shifted extends Real {
      constructor(...args) {
        if (args.length === 0) super(Real.now() + offset);
        else super(...args);
      }
    }
    globalThis.Date = Shifted;
  }, today);
}

/**
 * A fresh page (empty storage) whose console errors and page errors are collected.
 * Call `assertClean()` at the end of each test.
 */
export async function newPage(browser, { width = 1280, height = 900, timezoneId = "America/New_York", locale = "en-US", serviceWorkers = "allow", today = TODAY } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, timezoneId, locale, serviceWorkers });
  await setToday(context, today);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  // Every request must go to an origin these tests serve (blob: and data: URLs are made
  // in the page). This catches fonts, analytics, CDNs: anything leaving the app.
  context.on("request", (req) => {
    const u = new URL(req.url());
    if (!ORIGINS.has(u.origin) && !["blob:", "data:"].includes(u.protocol)) {
      problems.push(`request to another origin: ${req.url()}`);
    }
  });
  page.assertClean = () => {
    if (problems.length) throw new Error(`the page reported problems:\n${problems.join("\n")}`);
  };
  return { context, page };
}

/** Waits until the app has mounted and shows a step: its heading and its body (a later
 * step's body comes from a file of its own, after the heading). */
export async function ready(page) {
  await page.locator("h1#step-heading").waitFor();
  await page.locator(".step-body").waitFor();
  // A reader's first gesture (a wheel turn that scrolls nothing): the business step
  // fetches its results' file once the user does anything, as a reader would by now.
  await page.mouse.wheel(0, 0);
  // On the business step, that gesture fetches the results' file: wait for its table, so
  // a test reads the figures, not an empty section.
  if (await page.locator(".case-layout").count()) {
    await page.locator("#cost-table tbody tr").first().waitFor();
  }
}

/**
 * Registers the suite's set-up and tear-down: one server and one browser per test file.
 * Returns an object whose `url` and `browser` are filled once the suite starts.
 */
export function suite() {
  const ctx = { url: "", browser: null, server: null };
  before(async () => {
    ctx.server = await serveDist();
    ctx.url = ctx.server.url;
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/** A fresh page with the example plan loaded (the notice saying so still shown). */
export async function exampleLoaded(page, url) {
  await page.goto(url);
  await ready(page);
  await page.getByRole("button", { name: "Load example plan" }).click();
}

/** A fresh page with the example plan loaded, then opened afresh at `step`. */
export async function exampleAt(page, url, step) {
  await exampleLoaded(page, url);
  await page.goto(`${url}?step=${step}`);
  await ready(page);
}

/** Loads the example plan, keeps it as the scenario "Baseline" and goes on in a copy,
 * "Baseline (copy)"; ends on the plan step. Resolves to the example's team size. */
export async function baselineAndCopy(page, url) {
  await page.goto(url);
  await ready(page);
  await page.getByRole("button", { name: "Load example plan" }).click();
  const exampleTeam = await page.getByLabel("Team size (engineers)").inputValue();
  await page.goto(`${url}?step=plan`);
  await ready(page);
  await page.locator("#scenario-name").fill("Baseline");
  await page.locator("#duplicate-scenario").click();
  return exampleTeam;
}

/** `baselineAndCopy`, then the copy's team set to `size` and saved, so the two scenarios
 * differ; ends on the plan step of a page loaded afresh (no undo steps yet). Resolves to
 * the example's team size. */
export async function copyWithTeam(page, url, size) {
  const exampleTeam = await baselineAndCopy(page, url);
  await page.goto(url);
  await ready(page);
  await page.getByLabel("Team size (engineers)").fill(size);
  await page.locator(".save-status", { hasText: "Saved" }).waitFor();
  await page.goto(`${url}?step=plan`);
  await ready(page);
  return exampleTeam;
}

/** Two tabs of one browser on the planner: the first with its team size set to `size`
 * (saved), the second opened after it, so it starts from that save. */
export async function twoTabsWithTeam(browser, url, size) {
  const { context, page: a } = await newPage(browser);
  await a.goto(url);
  await ready(a);
  await a.getByLabel("Team size (engineers)").fill(size);
  const b = await context.newPage();
  await b.goto(url);
  await ready(b);
  return { context, a, b };
}

/** What each of the business step's disclosures holds once open (its body is fetched the
 * first time it opens). */
const DETAILS_CONTENT = {
  assumptions: "#assume-salary-likely",
  "fit-details": "#fit-cards",
  years: "#years table",
  sensitivity: "#thresholds li",
  formulas: "#formulas h4",
};

/** Opens one of the business step's disclosures (`assumptions`, `fit-details`, `years`,
 * `sensitivity`, `formulas`) and waits for what it holds. */
export async function openDetails(page, id) {
  const details = page.locator(`details#${id}`);
  if (!(await details.evaluate((d) => d.open))) await details.locator("summary").first().click();
  await page.locator(DETAILS_CONTENT[id]).first().waitFor();
}

/** The uncertainty table once its run has finished: it runs after the page is shown and
 * after typing pauses, so wait for rows that stay the same for half a second. */
export async function settledRun(page) {
  const table = page.locator("#uncertainty-table");
  let last = null;
  for (let i = 0; i < 40; i++) {
    const now = (await table.locator("tbody tr").count()) > 0 ? await table.textContent() : null;
    if (now !== null && now === last) return now;
    last = now;
    await page.waitForTimeout(250);
  }
  throw new Error("the uncertainty run did not settle within 10 s");
}
