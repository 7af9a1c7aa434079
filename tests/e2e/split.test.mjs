// The steps after the first, and the embed panel's body, are separate files
// (tools/postbuild/split.mjs, named in tools/postbuild/split-modules.json): a first visit does not fetch them, each is fetched when it is first
// shown (or ahead, once the user heads for it), and a failed fetch is said, with nothing
// lost and a way to try again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, newPage, ready } from "./harness.mjs";
import { SPLIT_MODULES } from "../../tools/postbuild/config.mjs";

const s = suite();
/** The path of a split file, by its module's name in split-modules.json. */
const part = (name) => {
  assert.ok(SPLIT_MODULES.includes(name), `${name} is not in tools/postbuild/split-modules.json`);
  return new RegExp(`/split_planner_${name}-[0-9a-f]{16}\\.wasm$`);
};
const STEP_FILE = /\/split_planner_step_(\w+)-[0-9a-f]{16}\.wasm$/;
const ANY_PART = /\/split_planner_(\w+)-[0-9a-f]{16}\.wasm$/;
const next = (page) => page.getByRole("button", { name: /^Next/ }).click();

test("a first visit fetches no part of its own; each step and the embed panel fetch theirs when shown", async () => {
  const { context, page } = await newPage(s.browser);
  const fetched = [];
  page.on("request", (r) => {
    const m = new URL(r.url()).pathname.match(ANY_PART);
    if (m) fetched.push(m[1].replace(/^step_/, ""));
  });
  await page.goto(s.url, { waitUntil: "networkidle" });
  await page.locator("h1#step-heading").waitFor();
  assert.deepEqual(fetched, [], "a visit that only reads the top fetches no part");
  // The first gesture fetches the results' file, and nothing else.
  await ready(page);
  await page.locator("#cost-table").waitFor();
  assert.deepEqual(fetched, ["case_results"], "the first step needs no later step's file, nor the embed panel's");
  fetched.length = 0;
  await page.locator("#embed-panel summary").click();
  await page.locator("#embed-code").waitFor();
  assert.deepEqual(fetched, ["embed_panel"]);
  fetched.length = 0;
  await next(page);
  await page.getByLabel("Maintenance of stable systems").waitFor();
  assert.deepEqual(fetched, ["work"]);
  await next(page);
  await next(page);
  await page.locator("#hq-zone").waitFor();
  // The pointer resting on Next may fetch the plan step's file ahead: nothing else.
  assert.deepEqual(fetched.slice(0, 3), ["work", "engagement", "location"]);
  assert.ok(fetched.length === 3 || (fetched.length === 4 && fetched[3] === "plan"), fetched.join());
  const seen = fetched.length;
  // Back to a step already opened: its file is not fetched again.
  await page.getByRole("button", { name: /^Back/ }).click();
  await page.getByRole("button", { name: /^Back/ }).click();
  await page.getByLabel("Maintenance of stable systems").waitFor();
  assert.equal(fetched.length, seen);
  page.assertClean();
  await context.close();
});

test("a step's file is fetched ahead when the user answers the step before it or points at its link", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url, { waitUntil: "networkidle" });
  await ready(page);
  await page.locator("#cost-table").waitFor();
  const ahead = (step) => page.waitForRequest((r) => part(`step_${step}`).test(new URL(r.url()).pathname), { timeout: 10_000 });
  // Answering the first step fetches the second's file, before any click.
  const work = ahead("work");
  await page.getByLabel("Team size (engineers)").fill("6");
  await work;
  // A pointer on a step's link fetches that step's file.
  const plan = ahead("plan");
  await page.locator('a[data-step="plan"]').hover();
  await plan;
  // Opening the step then fetches nothing more.
  const later = [];
  page.on("request", (r) => { if (STEP_FILE.test(new URL(r.url()).pathname)) later.push(r.url()); });
  await page.locator('a[data-step="plan"]').click();
  await page.locator("#share-link-button").waitFor();
  assert.deepEqual(later, []);
  page.assertClean();
  await context.close();
});

test("a step whose file cannot be fetched says so, keeps the answers, and Try again opens it", async () => {
  // No service worker: it would fetch every file for offline use, out of the route's reach.
  const { context, page } = await newPage(s.browser, { serviceWorkers: "block" });
  await page.route(STEP_FILE, (route) =>
    new URL(route.request().url()).pathname.includes("_work-") ? route.abort("internetdisconnected") : route.continue(),
  );
  await page.goto(s.url);
  await ready(page);
  await page.getByLabel("Team size (engineers)").fill("6");
  await next(page);
  const alert = page.getByTestId("part-load-failed");
  await alert.waitFor();
  assert.equal(await alert.getAttribute("role"), "alert");
  assert.match(await alert.textContent(), /could not be loaded\. Check the connection, then try again\. Your answers are safe\./);
  assert.match(await page.locator("h1#step-heading").textContent(), /Work selection/, "the step's heading still shows");

  await page.unroute(STEP_FILE);
  await alert.getByRole("button", { name: "Try again" }).click();
  await page.getByLabel("Maintenance of stable systems").waitFor();
  assert.equal(await alert.count(), 0, "the message is gone once the step is in");
  await page.getByRole("button", { name: /^Back/ }).click();
  assert.equal(await page.getByLabel("Team size (engineers)").inputValue(), "6", "nothing typed was lost");
  await context.close();
});

test("a step whose file is slow to arrive says it is loading, after a moment, until it is in", async () => {
  const { context, page } = await newPage(s.browser, { serviceWorkers: "block" });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(STEP_FILE, async (route) => {
    if (new URL(route.request().url()).pathname.includes("_work-")) await held;
    await route.continue();
  });
  await page.goto(s.url);
  await ready(page);
  const loading = page.locator(".step-loading");
  assert.equal(await loading.isVisible(), false, "not shown on a step that is in");
  await next(page);
  await page.locator("h1#step-heading", { hasText: "Work selection" }).waitFor();
  assert.equal(await loading.isVisible(), false, "not at once: a quick file never flashes it");
  await page.waitForTimeout(900);
  assert.equal(await loading.isVisible(), true, "said while the file is on its way");
  assert.equal(await loading.textContent(), "Loading this step…");
  assert.equal(await loading.getAttribute("role"), "status");
  await page.screenshot({ path: "tests/e2e/artifacts/step-loading-1280.png" });
  release();
  await page.getByLabel("Maintenance of stable systems").waitFor();
  assert.equal(await loading.isVisible(), false, "gone once the step is in");
  page.assertClean();
  await context.close();
});

test("while the main file is on its way the page outlines the first step, says what to do if it never comes, and the planner replaces it", async () => {
  const { context, page } = await newPage(s.browser, { serviceWorkers: "block" });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\/offshoring-planner-[0-9a-f]{16}_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  // CSS animations 100 times faster: the hint's ten seconds pass in a tenth of one.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Animation.enable");
  await page.goto(s.url, { waitUntil: "domcontentloaded" });
  const boot = page.locator("#boot");
  const status = boot.getByRole("status");
  await status.waitFor();
  assert.equal(await status.textContent(), "Loading the planner…");
  assert.equal(await page.locator(".brand-name").textContent(), "Offshoring planner");
  const slow = boot.locator(".boot-slow");
  assert.equal(await slow.isVisible(), false, "no hint at once");
  assert.equal(await page.locator("#step-heading").count(), 0, "nothing that looks ready before it is");
  await page.screenshot({ path: "tests/e2e/artifacts/boot-1280.png" });
  await cdp.send("Animation.setPlaybackRate", { playbackRate: 100 });
  await slow.waitFor({ state: "visible", timeout: 5000 });
  assert.match(await slow.textContent(), /reload the page/);
  await cdp.send("Animation.setPlaybackRate", { playbackRate: 1 });
  release();
  await ready(page);
  assert.equal(await boot.count(), 0, "the outline is gone once the planner is in");
  assert.equal(await page.locator("main").count(), 1);
  assert.equal(await page.locator(".brand-name").count(), 1);
  page.assertClean();
  await context.close();
});

test("the JSON reader is fetched only when something is saved; if it cannot be, nothing saved is written over", async () => {
  const { context, page } = await newPage(s.browser, { serviceWorkers: "block" });
  const READER = part("reader");
  let readerFetches = 0;
  page.on("request", (r) => { if (READER.test(new URL(r.url()).pathname)) readerFetches += 1; });
  await page.goto(s.url);
  await ready(page);
  await page.getByLabel("Team size (engineers)").fill("7");
  await page.getByLabel("Team size (engineers)").blur();
  const stored = () => page.evaluate(() => localStorage.getItem("offshoring-planner.plan"));
  await page.waitForFunction(() => (localStorage.getItem("offshoring-planner.plan") ?? "").includes('"team_size":7'));
  assert.equal(readerFetches, 0, "saving needs no reader");
  const before = await stored();

  // A return visit reads the saved plan: the reader comes first.
  await page.reload();
  await ready(page);
  assert.equal(await page.getByLabel("Team size (engineers)").inputValue(), "7");
  assert.equal(readerFetches, 1);

  // The reader cannot be fetched: the page says so, offers a reload and saves nothing.
  await page.route(READER, (route) => route.abort("internetdisconnected"));
  await page.reload();
  await ready(page);
  const notice = page.getByText("Your saved work could not be opened");
  await notice.waitFor();
  assert.equal(await notice.locator("xpath=..").getAttribute("role"), "alert");
  assert.ok(await page.getByLabel("Team size (engineers)").isDisabled(), "the blank plan shown is read-only");
  await page.screenshot({ path: "tests/e2e/artifacts/reader-failed.png" });
  await page.waitForTimeout(300);
  assert.equal(await stored(), before, "what was saved is untouched");
  await page.unroute(READER);
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reload", exact: true }).click()]);
  await ready(page);
  assert.equal(await page.getByLabel("Team size (engineers)").inputValue(), "7", "the saved plan opens once the reader arrives");
  await context.close();
});

test("the later steps' English messages come with their files, not the main one", async () => {
  const { context, page } = await newPage(s.browser);
  const bodies = new Map();
  page.on("response", async (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith(".wasm")) bodies.set(path, await r.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(s.url, { waitUntil: "networkidle" });
  await ready(page);
  await page.locator("#cost-table").waitFor();
  // A message only the work step names (src/i18n/later_en.rs).
  const message = "Tick at least one workstream that may move to get a suggested pilot.";
  const first = [...bodies.entries()];
  assert.ok(first.length >= 1, "the first visit fetched no WebAssembly");
  for (const [path, body] of first) {
    assert.ok(!body.includes(message), `${path}, fetched by a first visit, carries a later step's message`);
  }
  await next(page);
  await page.getByText(message).waitFor();
  const carriers = [...bodies.entries()].filter(([, body]) => body.includes(message)).map(([p]) => p);
  assert.equal(carriers.length, 1, `one file fetched for the work step carries its messages: ${carriers.join()}`);
  page.assertClean();
  await context.close();
});

test("every file of the build is named after its contents, the main module, its wasm and the loader together", async () => {
  const { readdirSync, readFileSync } = await import("node:fs");
  const { createHash } = await import("node:crypto");
  const { join } = await import("node:path");
  const dist = join(import.meta.dirname, "../../dist");
  const files = readdirSync(dist);
  const ids = (re) => files.map((f) => f.match(re)?.[1]).filter(Boolean);
  const [js] = ids(/^offshoring-planner-([0-9a-f]{16})\.js$/);
  assert.ok(js, "the main module is there");
  assert.deepEqual(ids(/^offshoring-planner-([0-9a-f]{16})_bg\.wasm$/), [js]);
  assert.deepEqual(ids(/^split-loader-([0-9a-f]{16})\.js$/), [js]);
  // Trunk's own names are gone, and the page names the files that are there.
  const html = readFileSync(join(dist, "index.html"), "utf8");
  for (const name of html.match(/offshoring-planner-[0-9a-f]{16}(_bg\.wasm|\.js)|split-loader-[0-9a-f]{16}\.js/g)) {
    assert.ok(files.includes(name), `index.html names ${name}, which is not in dist/`);
  }
  // Each part's name is a hash of its bytes.
  for (const part of files.filter((f) => /^split_planner_\w+-[0-9a-f]{16}\.wasm$/.test(f))) {
    const hash = createHash("sha256").update(readFileSync(join(dist, part))).digest("hex").slice(0, 16);
    assert.ok(part.endsWith(`-${hash}.wasm`), `${part} is not named after its contents`);
  }
});

test("the stylesheet the page loads carries no comments, and still styles the page", async () => {
  const { readdirSync, readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const dist = join(import.meta.dirname, "../../dist");
  const sheets = readdirSync(dist).filter((f) => f.endsWith(".css"));
  assert.equal(sheets.length, 1);
  const css = readFileSync(join(dist, sheets[0]), "utf8");
  assert.ok(!css.includes("/*"), "css.mjs dropped the comments");
  assert.ok(css.includes(".boot-slow"), "and kept the rules");
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  const weight = await page.locator(".brand-name").evaluate((e) => getComputedStyle(e).fontWeight);
  assert.equal(weight, "700");
  page.assertClean();
  await context.close();
});

for (const [what, file] of [
  ["its wasm", /\/offshoring-planner-[0-9a-f]{16}_bg\.wasm$/],
  ["its script", /\/offshoring-planner-[0-9a-f]{16}\.js$/],
]) {
  test(`if ${what} cannot be fetched, the outline says at once that the planner could not start`, async () => {
    const { context, page } = await newPage(s.browser, { serviceWorkers: "block" });
    await page.route(file, (route) => route.abort());
    await page.goto(s.url, { waitUntil: "domcontentloaded" });
    const status = page.locator("#boot").getByRole("status");
    // Well before the ten-second hint (CSS animations run at their own speed here).
    await page.waitForFunction(() => /could not start/.test(document.querySelector(".boot-status")?.textContent), null, { timeout: 3000 });
    assert.match(await status.textContent(), /could not start.*reload the page/);
    assert.equal(await status.isVisible(), true);
    assert.equal(await page.locator(".boot-lines").isVisible(), false, "no longer looks like it is loading");
    assert.equal(await page.locator("#boot [aria-busy]").getAttribute("aria-busy"), "false");
    await page.screenshot({ path: "tests/e2e/artifacts/boot-failed-1280.png" });
    await context.close();
  });
}
