// Security: the Content Security Policy, no request outside the app's origin during a
// full walk, and the hostile-string corpus typed into every text field, carried in a link
// and imported in a file: shown as text, never run, neutralised in exports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { suite, newPage, ready, exampleAt } from "./harness.mjs";

const s = suite();
const DIST = resolve(import.meta.dirname, "../../dist");
const CORPUS = JSON.parse(readFileSync(resolve(import.meta.dirname, "../fixtures/hostile-strings.json"), "utf8")).strings;
const STEPS = ["business", "work", "engagement", "location", "plan"];

/** Fails on anything a hostile string could have made the page do. */
async function assertNothingRan(page, dialogs) {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    handlers: document.querySelectorAll("[onload],[onerror],[onclick],[onmouseover],[onfocus]").length,
    jsLinks: document.querySelectorAll('[href^="javascript:" i],[src^="javascript:" i]').length,
    frames: document.querySelectorAll("iframe,object,embed").length,
    scripts: [...document.scripts].filter((x) => !x.src && x.type === "module").length,
    // Trunk's bootstrap and index.html's start-failure watcher, nothing else.
    allScripts: document.scripts.length,
    violations: window.__violations ?? [],
  }));
  assert.deepEqual(state, { pwned: null, handlers: 0, jsLinks: 0, frames: 0, scripts: 1, allScripts: 2, violations: [] });
  assert.equal(dialogs.length, 0, `dialogs opened: ${dialogs.join(", ")}`);
}

async function watched(browser) {
  const { context, page } = await newPage(browser);
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { context, page, dialogs };
}

test("the build carries a strict CSP that allows exactly its two inline scripts", async () => {
  const html = readFileSync(resolve(DIST, "index.html"), "utf8");
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(policy, "index.html has a CSP meta tag");
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(inline.length, 2, "two inline scripts: the start-failure watcher and Trunk's bootstrap");
  assert.match(inline[0], /boot-failed/);
  assert.match(inline[1], /import init/);
  const [watcher, bootstrap] = inline.map((text) => createHash("sha256").update(text, "utf8").digest("base64"));
  for (const part of [
    "default-src 'self'", `script-src 'self' 'wasm-unsafe-eval' 'sha256-${watcher}' 'sha256-${bootstrap}'`,
    "object-src 'none'", "base-uri 'none'",
  ]) assert.ok(policy.includes(part), `policy has ${part}`);
  assert.ok(!/unsafe-inline|unsafe-eval'|\*/.test(policy.replace("'wasm-unsafe-eval'", "")), policy);
  const headers = readFileSync(resolve(DIST, "_headers"), "utf8");
  assert.ok(headers.includes(`Content-Security-Policy: ${policy}; frame-ancestors`), "_headers repeats it with frame-ancestors");
});

test("the policy is enforced: an injected inline script does not run", async () => {
  const { context, page, dialogs } = await watched(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.evaluate(() => {
    const el = document.createElement("script");
    el.textContent = "window.__pwned = 'inline'";
    document.body.append(el);
  });
  await page.waitForFunction(() => window.__violations.length > 0);
  assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
  assert.match((await page.evaluate(() => window.__violations))[0], /^script-src/);
  assert.equal(dialogs.length, 0);
  await context.close();
});

test("a full walk with every export requests nothing outside the app's origin", async () => {
  const { context, page } = await newPage(s.browser);
  const origins = new Set();
  context.on("request", (r) => { if (!r.url().startsWith("blob:")) origins.add(new URL(r.url()).origin); });
  await page.goto(s.url);
  await ready(page);
  await page.getByRole("button", { name: "Load example plan" }).click();
  for (const step of STEPS) {
    await page.goto(`${s.url}?step=${step}`);
    await ready(page);
  }
  for (const id of ["#download-markdown", "#download-json", "#download-csv", "#download-ics"]) {
    const d = page.waitForEvent("download");
    await page.locator(id).click();
    await d;
  }
  await page.locator("#share-link-button").click();
  assert.deepEqual([...origins], [new URL(s.url).origin]);
  page.assertClean();
  await context.close();
});

/** Every editable text box on the page. */
const textBoxes = (page) =>
  page.locator('main input[type="text"]:not([readonly]):enabled, main input:not([type]):enabled, main textarea:not([readonly]):enabled, main input[type="search"]:enabled');

test("hostile strings in every text field are shown as text and never run", async () => {
  const { context, page, dialogs } = await watched(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.getByRole("button", { name: "Load example plan" }).click();
  const strings = [...CORPUS, "A".repeat(100_000)];
  let filled = 0;
  for (const step of STEPS) {
    await page.goto(`${s.url}?step=${step}`);
    await ready(page);
    const boxes = textBoxes(page);
    const n = await boxes.count();
    for (let i = 0; i < n; i++) {
      const str = strings[(filled + i) % strings.length];
      const box = boxes.nth(i);
      if (!(await box.isVisible())) continue;
      await box.fill(str);
      await box.blur();
      filled++;
    }
    // The custom workstream and the custom city are added, not just typed.
    if (step === "work") {
      await page.getByLabel("Add your own workstream").fill(CORPUS[1]);
      await page.getByRole("button", { name: "Add workstream" }).click();
    }
    if (step === "location") {
      await page.locator("#city-name").fill(CORPUS[4].slice(0, 80));
      await page.locator("#city-zone").fill("Europe/Warsaw");
      await page.locator("#add-city-button").click();
    }
    await assertNothingRan(page, dialogs);
  }
  assert.ok(filled >= 15, `only ${filled} text fields found`);
  // The plan document shows what was kept, as text.
  await page.goto(`${s.url}?step=plan`);
  await ready(page);
  const text = await page.locator("main").innerText();
  assert.ok(text.includes(CORPUS[1]), "the custom workstream's name appears literally");
  await assertNothingRan(page, dialogs);
  page.assertClean();
  await context.close();
});

test("hostile strings carried in a link and in an imported file are shown as text", async () => {
  const { context, page, dialogs } = await watched(s.browser);
  await exampleAt(page, s.url, "plan");
  // Owners and notes are plain text fields of the plan.
  await page.locator("#plan-notes").fill(CORPUS.join("\n"));
  await page.locator("#share-link-button").click();
  const link = await page.locator("#share-link").inputValue();
  const d = page.waitForEvent("download");
  await page.locator("#download-json").click();
  const file = readFileSync(await (await d).path(), "utf8");
  const dm = page.waitForEvent("download");
  await page.locator("#download-markdown").click();
  const md = readFileSync(await (await dm).path(), "utf8");
  assert.ok(!/(^|[^\\])<(script|img|svg|iframe)/.test(md), "Markdown escapes the markup");
  assert.ok(!md.includes("\u202E"), "Markdown drops bidi overrides");

  const viewer = await watched(s.browser);
  await viewer.page.goto(link);
  await ready(viewer.page);
  assert.ok((await viewer.page.locator("#plan-notes").inputValue()).includes(CORPUS[0]));
  await assertNothingRan(viewer.page, viewer.dialogs);
  // A viewer with no plan of their own is offered no "Back to my plan": another file
  // opened read-only replaces the plan shown.
  assert.equal(await viewer.page.locator("#back-to-mine").count(), 0);
  await viewer.page.locator("#import-file").setInputFiles({ name: "plan.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await viewer.page.locator(".shared-banner").waitFor();
  assert.ok((await viewer.page.locator("#plan-notes").inputValue()).includes(CORPUS[4]));
  await assertNothingRan(viewer.page, viewer.dialogs);
  viewer.page.assertClean();
  await viewer.context.close();
  await assertNothingRan(page, dialogs);
  page.assertClean();
  await context.close();
});
