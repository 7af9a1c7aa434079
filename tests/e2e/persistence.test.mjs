// Saving as the user types, bad input, Start over, Load example, unreadable saved data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, newPage, ready, openDetails } from "./harness.mjs";

const s = suite();

const PLAN_KEY = "offshoring-planner.plan";
const BACKUP_KEY = "offshoring-planner.backup";

const saved = (page) => page.evaluate(async (k) => { await new Promise((r) => setTimeout(r, 50)); return JSON.parse(localStorage.getItem(k)); }, PLAN_KEY);

test("every keystroke is saved in an envelope", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.getByLabel("Team size (engineers)").fill("42");
  const env = await saved(page);
  assert.equal(env.schema_version, 6);
  assert.match(env.saved_at, /^\d{4}-\d\d-\d\dT/);
  assert.equal(env.plan.business.team_size, 42);
  // Every save counts up the revision other tabs compare against.
  await page.getByLabel("Team size (engineers)").fill("43");
  // A save waits for its turn across tabs (Web Locks), so it may land a moment later.
  await page.waitForFunction(([k, r]) => JSON.parse(localStorage.getItem(k)).revision >= r, [PLAN_KEY, env.revision + 1]);
  assert.equal((await saved(page)).revision, env.revision + 1);
  page.assertClean();
  await context.close();
});

test("a bad value gets a message, keeps the last good one and loses nothing", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  const field = page.getByLabel("Team size (engineers)");
  await field.fill("8");
  await field.fill("eight");
  assert.equal(await field.getAttribute("aria-invalid"), "true");
  const error = page.locator("#team-size-error");
  assert.equal((await error.textContent()).trim(),
    "Enter a whole number, using digits only. Until this is fixed, the plan keeps 8.");
  assert.match(await field.getAttribute("aria-describedby"), /team-size-error/);
  assert.equal((await saved(page)).plan.business.team_size, 8);
  await field.fill("900");
  assert.match(await error.textContent(), /from 1 to 500/);
  await field.fill("9");
  assert.equal(await field.getAttribute("aria-invalid"), null);
  assert.equal((await error.textContent()).trim(), "");
  assert.equal((await saved(page)).plan.business.team_size, 9);

  await page.goto(`${s.url}?step=location`);
  await ready(page);
  const zone = page.getByLabel("Headquarters time zone");
  await zone.fill("Mars/Olympus_Mons");
  assert.match(await page.locator("#hq-zone-error").textContent(), /does not know that time zone/);
  await page.getByLabel("Working day ends").fill("07:00");
  assert.match(await page.locator("#hq-end-error").textContent(), /must end after it starts/);
  page.assertClean();
  await context.close();
});

test("Start over asks first, and Cancel keeps everything", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.getByLabel("Scope, in one sentence").fill("Keep me");
  await page.getByRole("button", { name: "Start over" }).click();
  assert.match(await page.locator(".confirm").textContent(), /Clear every answer/);
  await page.getByRole("button", { name: "Cancel" }).click();
  assert.equal(await page.getByLabel("Scope, in one sentence").inputValue(), "Keep me");

  await page.goto(`${s.url}?step=work`);
  await ready(page);
  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("button", { name: "Yes, clear everything" }).click();
  assert.equal((await page.locator("h1#step-heading").textContent()).trim(), "Business case");
  assert.equal(await page.getByLabel("Scope, in one sentence").inputValue(), "");
  assert.match(await page.locator(".notices").textContent(), /All answers cleared/);
  await page.reload();
  await ready(page);
  assert.equal(await page.getByLabel("Scope, in one sentence").inputValue(), "");
  page.assertClean();
  await context.close();
});

test("Load example fills a full plan, asking first when there are answers", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.getByRole("button", { name: "Load example plan" }).click();
  assert.equal(await page.getByLabel("Team size (engineers)").inputValue(), "8");
  assert.equal(await page.getByLabel("Planning horizon (months)").inputValue(), "18");
  await page.getByRole("link", { name: /Plan/ }).click();
  const text = await page.locator("#plan-summary").textContent();
  for (const expected of ["8 engineers", "18 months", "America/New_York", "Deliver features faster"]) {
    assert.ok(text.includes(expected), `example plan shows ${expected}`);
  }
  assert.equal(await page.locator("nav .steps-check").count(), 5, "every step is marked answered");

  await page.getByRole("link", { name: /Business case/ }).click();
  await page.getByLabel("Team size (engineers)").fill("3");
  await page.getByRole("button", { name: "Load example plan" }).click();
  assert.match(await page.locator(".confirm").textContent(), /Replace your answers/);
  await page.getByRole("button", { name: "Yes, load the example" }).click();
  assert.equal(await page.getByLabel("Team size (engineers)").inputValue(), "8");
  page.assertClean();
  await context.close();
});

test("an unreadable saved plan is kept as a backup and the user is told", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  const BACKUP_SLOTS = [BACKUP_KEY, `${BACKUP_KEY}.2`, `${BACKUP_KEY}.3`];
  await page.evaluate((keys) => keys.forEach((k) => localStorage.removeItem(k)), BACKUP_SLOTS);
  const kept = [];
  for (const [raw, reason] of [
    ["not json at all", /not valid JSON/],
    ['{"schema_version":1,"saved_at":"x","plan":{"business":{"team_size":"many"}}}', /fields do not match/],
    ["", /not valid JSON/],
    ['{"schema_version":2,"revision":1,"saved_at":"x","plan":{"business":{"team_size":12}', /not valid JSON/],
    ['{"schema_version":2,"revision":"one","saved_at":"x","plan":{}}', /fields do not match/],
    ["null", /fields do not match/],
  ]) {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [PLAN_KEY, raw]);
    await page.reload();
    await ready(page);
    const notice = page.locator(".notice-urgent");
    assert.match(await notice.textContent(), /could not be opened/);
    assert.match(await notice.textContent(), reason);
    // Each unreadable value is kept as the newest backup; the two before it move down.
    kept.unshift(raw);
    const slots = await page.evaluate(async (keys) => {
      await new Promise((r) => setTimeout(r, 50));
      return keys.map((k) => localStorage.getItem(k));
    }, BACKUP_SLOTS);
    assert.deepEqual(slots, [0, 1, 2].map((i) => kept[i] ?? null));
    const download = page.waitForEvent("download");
    await notice.getByRole("button", { name: "Download the kept copy" }).click();
    const file = await download;
    assert.equal(file.suggestedFilename(), "offshoring-plan-backup.json");
    assert.equal(await page.getByLabel("Team size (engineers)").inputValue(), "5", "starts from a fresh plan");
  }
  page.assertClean();
  await context.close();
});

test("blocked storage runs in memory with a notice, without errors", async () => {
  const { context, page } = await newPage(s.browser);
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() { throw new DOMException("blocked", "SecurityError"); },
    });
  });
  await page.goto(s.url);
  await ready(page);
  assert.match(await page.locator(".notices").textContent(), /not letting the planner save/);
  await page.getByLabel("Team size (engineers)").fill("7");
  await page.getByRole("button", { name: /^Next/ }).click();
  await page.getByRole("button", { name: /^Back/ }).click();
  assert.equal(await page.getByLabel("Team size (engineers)").inputValue(), "7");
  page.assertClean();
  await context.close();
});

test("a refused entry stays with its message while other fields change", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  const team = page.getByLabel("Team size (engineers)");
  await team.fill("eight");
  await page.getByLabel("Planning horizon (months)").fill("24");
  assert.equal(await team.inputValue(), "eight");
  assert.equal(await team.getAttribute("aria-invalid"), "true");
  // A reset of the same value elsewhere does replace it.
  await openDetails(page, "assumptions");
  await page.locator("#assume-salary-likely").fill("150000");
  await page.locator("#assume-salary-likely").fill("abc");
  await page.getByRole("button", { name: /^Reset to default\W+In-house salary per engineer/ }).click();
  assert.equal(await page.locator("#assume-salary-likely").inputValue(), "144,570");
  assert.equal(await page.locator("#assume-salary-likely").getAttribute("aria-invalid"), null);
  page.assertClean();
  await context.close();
});

test("a refused entry and its message survive a change of language", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  // A number written differently in each language (144,570 and 144.570).
  await openDetails(page, "assumptions");
  const salary = page.locator("#assume-salary-likely");
  await salary.fill("150000");
  await salary.fill("lots");
  // As a user does: focus leaves the field for the language menu.
  await page.locator("#language").focus();
  await page.locator("#language").selectOption("es");
  await page.locator("html[lang=es]").waitFor();
  assert.equal(await salary.inputValue(), "lots");
  assert.equal(await salary.getAttribute("aria-invalid"), "true");
  // The message is now in Spanish and names the value in force, written the Spanish way.
  assert.match(await page.locator("#assume-salary-likely-error").textContent(), /mantiene 150\.000/);
  // And back again: still the entry as typed; a value written elsewhere still replaces it.
  await page.locator("#language").selectOption("en");
  await page.locator("html[lang=en]").waitFor();
  assert.equal(await salary.inputValue(), "lots");
  await page.getByRole("button", { name: /^Reset to default\W+In-house salary per engineer/ }).click();
  assert.equal(await salary.inputValue(), "144,570");
  assert.equal(await salary.getAttribute("aria-invalid"), null);
  page.assertClean();
  await context.close();
});

test("a change made just before a reload or navigation is kept", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  for (const [value, leave] of [["17", () => page.reload()], ["18", () => page.goto(`${s.url}?step=plan`)]]) {
    await page.getByLabel("Team size (engineers)").fill(value);
    await leave();
    await ready(page);
    await page.goto(`${s.url}?step=business`);
    await ready(page);
    assert.equal(await page.getByLabel("Team size (engineers)").inputValue(), value);
  }
  page.assertClean();
  await context.close();
});
