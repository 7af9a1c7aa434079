// What the user typed is never lost without their choosing: saved data that cannot be read
// nor copied stays as it is, full storage is said, two tabs saving at once never both say
// "Saved", and damaged links and presets never open another plan.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { suite, newPage, ready, exampleAt, exampleLoaded, twoTabsWithTeam, openDetails } from "./harness.mjs";

const s = suite();
const PLAN_KEY = "offshoring-planner.plan";
const SCENARIOS_KEY = "offshoring-planner.scenarios";
const team = (page) => page.getByLabel("Team size (engineers)");
const get = (page, key) => page.evaluate(async (k) => { await new Promise((r) => setTimeout(r, 20)); return localStorage.getItem(k); }, key);

/** Fills this origin's storage to the last character, leaving `free` characters' room
 * (about: the browser counts keys too). */
async function fillStorage(page, free = 0) {
  await page.evaluate((free) => {
    if (free) localStorage.setItem("reserve", "r".repeat(free));
    let size = 1 << 21, i = 0;
    while (size >= 1) {
      try { localStorage.setItem(`filler.${i++}`, "x".repeat(size)); } catch { size = Math.floor(size / 2); }
    }
    localStorage.removeItem("reserve");
  }, free);
}

/** Stores the largest value up to 5,000,000 characters the quota takes under `key`;
 * resolves to its length. */
const storeHuge = (page, key) => page.evaluate((k) => {
  for (let n = 5_000_000; n > 0; n -= 100_000) {
    try { localStorage.setItem(k, "{".repeat(n)); return n; } catch { /* try smaller */ }
  }
  return 0;
}, key);

/** The text of the download a click on `button` starts. */
async function downloaded(page, button) {
  const pending = page.waitForEvent("download");
  await button.click();
  return readFile(await (await pending).path(), "utf8");
}

test("an unreadable plan that cannot be copied aside is left as it is, never overwritten", async () => {
  const { context, page } = await newPage(s.browser);
  await exampleLoaded(page, s.url);
  const whole = await get(page, PLAN_KEY);
  const cut = whole.slice(0, -1);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [PLAN_KEY, cut]);
  await fillStorage(page, 2000);
  await page.reload();
  await ready(page);
  const notice = page.locator(".notice-urgent", { hasText: "could not be opened" });
  const text = await notice.textContent();
  assert.doesNotMatch(text, /A copy was kept/, "no copy could be written, so none is claimed");
  assert.match(text, /no room to keep a copy/);
  assert.equal(await get(page, "offshoring-planner.backup"), null);
  // Nothing is saved over it: the blank plan shown is read-only, and walking and reloading
  // change nothing.
  assert.equal(await team(page).isDisabled(), true);
  await page.getByRole("button", { name: /^Next/ }).click();
  await page.reload();
  await ready(page);
  assert.equal(await get(page, PLAN_KEY), cut, "the original is untouched");
  // The exact original can be downloaded; replacing it is the user's decision.
  const again = page.locator(".notice-urgent", { hasText: "could not be opened" });
  assert.equal(await downloaded(page, again.getByRole("button", { name: "Download the kept copy" })), cut);
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith("filler.")) localStorage.removeItem(k); });
  await again.getByRole("button", { name: "Replace it" }).click();
  await page.getByRole("link", { name: /Business case/ }).click();
  await team(page).fill("4");
  assert.equal(JSON.parse(await get(page, PLAN_KEY)).plan.business.team_size, 4);
  page.assertClean();
  await context.close();
});

test("a saved value too large to copy (5,000,000 characters) is left as it is", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  const huge = await storeHuge(page, PLAN_KEY);
  assert.ok(huge >= 4_000_000, `stored ${huge} characters`);
  await page.reload();
  await ready(page);
  const text = await page.locator(".notice-urgent", { hasText: "could not be opened" }).textContent();
  assert.match(text, /too large/);
  assert.doesNotMatch(text, /A copy was kept/);
  assert.equal(await team(page).isDisabled(), true);
  assert.equal((await get(page, PLAN_KEY)).length, huge, "the original is untouched");
  page.assertClean();
  await context.close();
});

test("full storage at start: the saved plan opens and the notice says storage is full", async () => {
  const { context, page } = await newPage(s.browser);
  await exampleLoaded(page, s.url);
  await fillStorage(page);
  await page.reload();
  await ready(page);
  assert.equal(await team(page).inputValue(), "8", "the saved plan is read");
  const notices = await page.locator(".notices").textContent();
  assert.match(notices, /storage is full/);
  assert.doesNotMatch(notices, /not letting the planner save/);
  page.assertClean();
  await context.close();
});

test("unreadable saved scenarios are said, kept, and never overwritten when they cannot be copied", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  const saved = (n) => JSON.stringify({
    schema_version: 1,
    scenarios: { active_id: 0, active_name: "Mine", saved: Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `S${i}`, plan: {} })) },
  });
  const good = saved(1);
  for (const [raw, reason] of [
    [good.slice(0, -1), /not valid JSON/],
    [good.replace('"schema_version":1', '"schema_version":7'), /newer version of the planner \(format 7\)/],
    [saved(21), /outside the allowed range/],
    ["garbage", /not valid JSON/],
  ]) {
    await page.evaluate(([k, v]) => { localStorage.removeItem(`${k}.backup`); localStorage.setItem(k, v); }, [SCENARIOS_KEY, raw]);
    await page.reload();
    await ready(page);
    const notice = page.locator(".notice-urgent", { hasText: "Your saved scenarios could not be opened" });
    assert.match(await notice.textContent(), reason, raw.slice(0, 40));
    const backup = await get(page, `${SCENARIOS_KEY}.backup`);
    assert.equal(await downloaded(page, notice.getByRole("button", { name: "Download the kept copy" })), raw);
    if (/newer/.test(await notice.textContent())) {
      // A newer version's list is theirs: left in place, not copied, not replaced until
      // the user says so.
      assert.equal(await get(page, SCENARIOS_KEY), raw);
      assert.equal(backup, null);
      await notice.getByRole("button", { name: "Replace it" }).click();
      assert.match(await get(page, SCENARIOS_KEY), /"saved":\[\]/, "replaced when the user chose");
    } else {
      assert.equal(backup, raw, "a copy was kept");
    }
  }
  // Too large to copy: the list is held as it is, and Duplicate cannot write over it.
  const huge = await storeHuge(page, SCENARIOS_KEY);
  await page.goto(`${s.url}?step=plan`);
  await ready(page);
  const held = page.locator(".notice-urgent", { hasText: "Your saved scenarios could not be opened" });
  assert.match(await held.textContent(), /cannot change here until you decide/);
  await page.locator("#duplicate-scenario").waitFor();
  assert.equal(await page.locator("#duplicate-scenario").isDisabled(), true);
  await page.getByRole("link", { name: /Business case/ }).click();
  await team(page).fill("9");
  assert.equal((await get(page, SCENARIOS_KEY)).length, huge, "the held list is untouched");
  page.assertClean();
  await context.close();
});

test("a change to the scenarios that storage refuses is said, never reported as saved", async () => {
  const { context, page } = await newPage(s.browser);
  await exampleAt(page, s.url, "plan");
  await page.locator("#scenario-name").fill("Baseline");
  await page.locator(".save-status", { hasText: "Saved" }).waitFor();
  await fillStorage(page);
  await page.locator("#duplicate-scenario").click();
  const notices = page.locator(".notices");
  await notices.getByText("Your change to the scenarios was not saved").waitFor();
  assert.doesNotMatch(await notices.textContent(), /the original is kept in the list below/);
  assert.equal((await page.locator(".save-status").textContent()).trim(), "Not saved");
  // A later change of the plan that is saved does not hide it.
  await page.evaluate(() => localStorage.removeItem("filler.0"));
  await page.locator("#plan-notes").fill("Board review");
  await page.waitForFunction(() => document.querySelector(".save-status")?.textContent.trim() === "Saved");
  assert.match(await get(page, SCENARIOS_KEY), /Baseline \(copy\)/, "written once there is room");
  page.assertClean();
  await context.close();
});

test("two tabs editing at the same instant: an edit is never lost silently (20 rounds)", async () => {
  const { context, a, b } = await twoTabsWithTeam(s.browser, s.url, "5");
  const conflicted = (p) => p.locator(".conflict").count().then((n) => n > 0);
  const status = (p) => p.locator(".save-status").textContent().then((t) => t.trim());
  /** Sets the team size at the wall-clock instant `at`, as typing would. */
  const editAt = (p, value, at) => p.evaluate(([value, at]) => new Promise((done) => {
    setTimeout(() => {
      const field = document.getElementById("team-size");
      field.value = value;
      field.dispatchEvent(new Event("input", { bubbles: true }));
      done();
    }, Math.max(0, at - Date.now()));
  }), [value, at]);
  for (let round = 0; round < 20; round++) {
    const mine = { a: String(10 + round), b: String(40 + round) };
    const at = Date.now() + 150;
    await Promise.all([editAt(a, mine.a, at), editAt(b, mine.b, at)]);
    await a.waitForTimeout(300);
    const stored = String(JSON.parse(await get(a, PLAN_KEY)).plan.business.team_size);
    for (const [name, page] of [["a", a], ["b", b]]) {
      const lost = stored !== mine[name];
      if (lost) {
        assert.ok(await conflicted(page), `round ${round}: tab ${name}'s edit is not stored (${stored}) and it was not told`);
        assert.notEqual(await status(page), "Saved", `round ${round}: tab ${name} says Saved`);
      }
    }
    // Settle for the next round: a tab asked takes the stored plan.
    for (const page of [a, b]) {
      if (await conflicted(page)) await page.locator("#conflict-theirs").click();
    }
    await a.waitForTimeout(50);
    assert.equal(await team(a).inputValue(), await team(b).inputValue(), `round ${round}: the tabs agree again`);
  }
  a.assertClean();
  await context.close();
});

test("damaged links and version tags are said, and the user's plan stays", async () => {
  const { context, page } = await newPage(s.browser);
  await exampleAt(page, s.url, "plan");
  await page.locator("#share-link-button").click();
  const link = await page.locator("#share-link").inputValue();
  const [base, fragment] = link.split("#");
  assert.match(fragment, /^p2\./);
  await page.goto(s.url);
  await ready(page);
  await team(page).fill("4");
  const body = fragment.slice(3);
  const flip = (c) => (c === "A" ? "B" : "A");
  const at = Math.floor(body.length / 2);
  const damaged = body.slice(0, at) + flip(body[at]) + body.slice(at + 1);
  for (const [frag, message] of [
    [`p2.${damaged}`, /cut short or changed/],
    [`p2.${body.slice(0, -10)}`, /cut short or changed/],
    ...["p0.", "P1.", "p-1.", "p01.", "p4294967296.", "p%31."].map((tag) => [`${tag}${body}`, /not one this planner can open/]),
    [`p1${body}`, /not one this planner can open/],
    [`p2.${"A".repeat(2_000_000)}`, /This link is longer than 100,000 characters/],
  ]) {
    await page.goto("about:blank");
    await page.goto(`${base}#${frag}`);
    await ready(page);
    const notice = page.locator(".notice-urgent").last();
    await notice.waitFor();
    assert.match(await notice.textContent(), message, frag.slice(0, 16));
    assert.equal(await page.locator(".shared-banner").count(), 0, "no other plan opened");
    await page.goto(`${s.url}?step=business`);
    await ready(page);
    assert.equal(await team(page).inputValue(), "4", "the own plan stays");
  }
  page.assertClean();
  await context.close();
});

test("a preset carrying a whole plan gives a new visitor only its defaults", async () => {
  const maker = await newPage(s.browser);
  await exampleAt(maker.page, s.url, "business");
  await maker.page.getByLabel("Scope, in one sentence").fill("Call our support line on 555-0100");
  await maker.page.goto(`${s.url}?step=plan`);
  await ready(maker.page);
  await maker.page.locator("#share-link-button").click();
  const whole = (await maker.page.locator("#share-link").inputValue()).split("#")[1];
  await maker.context.close();

  const { context, page } = await newPage(s.browser);
  await page.goto(`${s.url}?preset=${whole}`);
  await ready(page);
  assert.equal(await page.getByLabel("Scope, in one sentence").inputValue(), "", "the scope is the user's");
  assert.equal(await team(page).inputValue(), "5", "the team size is not preset");
  await openDetails(page, "assumptions");
  assert.equal(await page.locator("#assume-salary-likely").inputValue(), "144,570");
  page.assertClean();
  await context.close();
});
