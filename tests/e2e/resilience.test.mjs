// Saved data under pressure: a plan from a newer version, a full quota, two tabs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, newPage, ready, baselineAndCopy, copyWithTeam, exampleAt, twoTabsWithTeam } from "./harness.mjs";

const s = suite();
const PLAN_KEY = "offshoring-planner.plan";
const team = (page) => page.getByLabel("Team size (engineers)");
const stored = (page) => page.evaluate(async (k) => { await new Promise((r) => setTimeout(r, 50)); return localStorage.getItem(k); }, PLAN_KEY);

/** `page` followed another tab to the scenario `name`, without a question. */
async function followed(page, name) {
  await page.locator(".notice", { hasText: `Another tab opened the scenario “${name}”` }).waitFor();
  assert.equal(await page.locator("#scenario-name").inputValue(), name);
  assert.equal(await page.locator(".conflict").count(), 0, "nothing to choose: nothing is lost");
}

/** A second tab on the same storage, opened at `url`; its errors are collected. */
async function otherTab(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.goto(url);
  await ready(page);
  return { page, problems };
}

test("a plan saved by a newer version opens read-only and is never overwritten", async () => {
  const { context, page } = await newPage(s.browser);
  const newer = JSON.stringify({
    schema_version: 9, revision: 4, saved_at: "2027-01-01T00:00:00.000Z",
    future: { anything: true },
    plan: { business: { team_size: 14, new_idea: "x" } },
  });
  await context.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem("seeded")) { localStorage.setItem(k, v); sessionStorage.setItem("seeded", "1"); }
  }, [PLAN_KEY, newer]);
  await page.goto(s.url);
  await ready(page);
  const notice = page.locator(".notice-urgent").first();
  assert.match(await notice.textContent(), /newer version of the planner \(format 9\)/);
  assert.match(await notice.textContent(), /read-only/);
  assert.equal(await team(page).inputValue(), "14", "what this version understands is shown");
  assert.equal(await team(page).isDisabled(), true, "fields are read-only");
  assert.equal(await page.locator("#start-over").isVisible(), false);
  // Walking the steps and reloading never touches the stored value.
  await page.getByRole("button", { name: /^Next/ }).click();
  await page.reload();
  await ready(page);
  assert.equal(await stored(page), newer);
  const download = page.waitForEvent("download");
  await page.locator(".notice-urgent").first().getByRole("button", { name: "Download the kept copy" }).click();
  assert.equal((await download).suggestedFilename(), "offshoring-plan-backup.json");
  page.assertClean();
  await context.close();
});

test("a full storage quota shows a notice, keeps the plan in the tab, and saving resumes", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await team(page).fill("6");
  // Fill this origin's storage to the last byte the browser allows.
  const name = await page.evaluate(() => {
    let size = 1 << 20, i = 0, error = "";
    while (size >= 1) {
      try { localStorage.setItem(`filler.${i++}`, "x".repeat(size)); }
      catch (e) { error = e.name; size = Math.floor(size / 2); }
    }
    return error;
  });
  assert.equal(name, "QuotaExceededError", "Chromium's name for a full quota");
  const scope = "Customer portal features and their tests, ".repeat(8);
  await page.getByLabel("Scope, in one sentence").fill(scope); // hundreds of bytes more than stored
  const notice = page.locator(".notice-urgent");
  await notice.waitFor();
  assert.match(await notice.textContent(), /storage is full/);
  assert.equal(JSON.parse(await stored(page)).plan.business.team_size, 6, "the last good save stays");
  // The plan lives on in the tab and can be taken away as a file.
  await page.getByRole("button", { name: /^Next/ }).click();
  await page.getByRole("button", { name: /^Back/ }).click();
  assert.equal(await page.getByLabel("Scope, in one sentence").inputValue(), scope);
  const download = page.waitForEvent("download");
  await notice.getByRole("button", { name: "Download the plan (JSON)" }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), "offshoring-plan.json");
  // Once there is room again, the next change is saved.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith("filler.")) localStorage.removeItem(k); });
  await team(page).fill("10");
  assert.equal(JSON.parse(await stored(page)).plan.business.team_size, 10);
  page.assertClean();
  await context.close();
});

test("two tabs: the stale one notices the newer save and the user chooses", async () => {
  const { context, a, b } = await twoTabsWithTeam(s.browser, s.url, "6");
  assert.equal(await team(b).inputValue(), "6");

  // Tab B saves a change; tab A has not seen it yet.
  await team(b).fill("11");
  const conflict = a.locator(".conflict");
  await conflict.waitFor();
  assert.match(await conflict.textContent(), /saved from another tab/);
  // A's own edit is not written over B's newer plan while the question is open.
  await team(a).fill("3");
  assert.equal(JSON.parse(await stored(a)).plan.business.team_size, 11);

  // A takes the newer plan.
  await a.locator("#conflict-theirs").click();
  assert.equal(await team(a).inputValue(), "11");
  assert.equal(await conflict.count(), 0);

  // Now A edits; B is stale and keeps its own plan deliberately.
  await team(a).fill("12");
  await b.locator(".conflict").waitFor();
  await team(b).fill("15");
  assert.equal(JSON.parse(await stored(b)).plan.business.team_size, 12, "nothing silent");
  await b.locator("#conflict-mine").click();
  const env = JSON.parse(await stored(b));
  assert.equal(env.plan.business.team_size, 15);
  // ...and A, in turn, is asked.
  await a.locator(".conflict").waitFor();
  assert.ok(env.revision > 0);
  a.assertClean();
  await context.close();
});

test("two tabs: a scenario added in one is not lost to a change in the other", async () => {
  const { context, page: a } = await newPage(s.browser);
  await context.addInitScript(() => {
    const set = Storage.prototype.setItem;
    window.__scenarioWrites = 0;
    Storage.prototype.setItem = function (k, v) {
      if (k === "offshoring-planner.scenarios") window.__scenarioWrites++;
      return set.call(this, k, v);
    };
  });
  await exampleAt(a, s.url, "plan");
  const { page: b, problems } = await otherTab(context, `${s.url}?step=plan`);
  await b.locator("#scenario-name").waitFor();
  // Starting a page writes nothing: the list is written when it changes.
  const writes = await b.evaluate(() => window.__scenarioWrites ?? 0);
  assert.equal(writes, 0);

  // Tab A keeps its plan as "Baseline" and goes on in a copy; tab B shows the new list.
  await a.locator("#scenario-name").fill("Baseline");
  await a.locator("#duplicate-scenario").click();
  await b.locator("#scenario-list li", { hasText: "Baseline" }).waitFor();
  assert.equal(await b.locator("#scenario-name").inputValue(), "Baseline (copy)");

  // Tab B renames the plan it edits: "Baseline" stays in the saved list.
  await b.locator("#scenario-name").fill("Variant");
  await a.reload();
  await ready(a);
  assert.equal(await a.locator("#scenario-name").inputValue(), "Variant");
  assert.equal(await a.locator("#scenario-list li", { hasText: "Baseline" }).count(), 1);
  assert.equal(await a.locator(".conflict").count(), 0);
  a.assertClean();
  assert.deepEqual(problems, []);
  await context.close();
});

test("two tabs: a switch of scenario in one is followed by the other, whose plan stays in the list", async () => {
  const { context, page: a } = await newPage(s.browser);
  const exampleTeam = await copyWithTeam(a, s.url, "40");
  const { page: b, problems } = await otherTab(context, `${s.url}?step=plan`);
  assert.equal(await b.locator("#scenario-name").inputValue(), "Baseline (copy)");

  // Tab A switches back to "Baseline"; tab B had not changed the copy since, so the copy
  // is kept in the list word for word and B follows without asking.
  await a.getByRole("button", { name: "Switch to Baseline" }).click();
  await followed(b, "Baseline");
  await b.locator("#scenario-list li", { hasText: "Baseline (copy)" }).waitFor();
  await b.getByRole("link", { name: /Business case/ }).click();
  assert.equal(await team(b).inputValue(), exampleTeam);
  // Both tabs agree on what is stored: a reload of A shows the same.
  await a.reload();
  await ready(a);
  assert.equal(await a.locator("#scenario-name").inputValue(), "Baseline");
  assert.equal(await a.locator("#scenario-list li", { hasText: "Baseline (copy)" }).count(), 1);
  // Undo in B goes back across the switch it followed: B shows the copy again, and A,
  // whose plan is kept in the list, follows in turn.
  await b.locator("#undo").click();
  await b.waitForFunction(() => document.getElementById("team-size")?.value === "40");
  await followed(a, "Baseline (copy)");
  a.assertClean();
  assert.deepEqual(problems, []);
  await context.close();
});

test("two tabs: keeping this tab's edit after a switch of scenario in the other loses neither plan", async () => {
  const { context, page: a } = await newPage(s.browser);
  const exampleTeam = await baselineAndCopy(a, s.url);
  await a.goto(s.url);
  await ready(a);
  const { page: b, problems } = await otherTab(context, s.url);
  // A changes the copy; B, still showing the copy as it was, is asked, and while the
  // question waits it changes the copy its own way (nothing is saved yet).
  await team(a).fill("41");
  await b.locator(".conflict").waitFor();
  await team(b).fill("42");
  // A switches back to "Baseline": B's plan is its own edit, so B is still asked.
  await a.goto(`${s.url}?step=plan`);
  await ready(a);
  await a.getByRole("button", { name: "Switch to Baseline" }).click();
  assert.equal(await a.locator("#scenario-name").inputValue(), "Baseline");
  await b.waitForTimeout(300);
  assert.equal(await b.locator(".conflict").count(), 1);
  // B keeps its plan: it stays the copy, under the copy's name, and "Baseline" keeps the
  // plan A switched to; A follows without asking, since its plan is in the list.
  await b.locator("#conflict-mine").click();
  await followed(a, "Baseline (copy)");
  await a.reload();
  await ready(a);
  assert.equal(await a.locator("#scenario-name").inputValue(), "Baseline (copy)");
  assert.equal(await a.locator("#scenario-list li", { hasText: "Baseline" }).count(), 1);
  await a.getByRole("link", { name: /Business case/ }).click();
  assert.equal(await team(a).inputValue(), "42", "B's edit is the copy");
  await a.goto(`${s.url}?step=plan`);
  await ready(a);
  await a.getByRole("button", { name: "Switch to Baseline" }).click();
  await a.getByRole("link", { name: /Business case/ }).click();
  assert.equal(await team(a).inputValue(), exampleTeam, "Baseline kept its plan");
  a.assertClean();
  assert.deepEqual(problems, []);
  await context.close();
});

test("two tabs: a scenario deleted in one takes the other's undo steps back to it along", async () => {
  const { context, page: a } = await newPage(s.browser);
  const exampleTeam = await copyWithTeam(a, s.url, "40");
  // A's one step back is to the copy (team 40), which A switches away from.
  await a.getByRole("button", { name: "Switch to Baseline" }).click();
  assert.equal(await a.locator("#undo").isDisabled(), false);
  const { page: b, problems } = await otherTab(context, `${s.url}?step=plan`);
  assert.equal(await b.locator("#scenario-name").inputValue(), "Baseline");

  // B deletes the copy, then makes a new one, which is given the deleted copy's id.
  await b.getByRole("button", { name: "Delete Baseline (copy)" }).click();
  await b.getByRole("button", { name: "Delete", exact: true }).click();
  await a
    .waitForFunction(() => document.getElementById("undo")?.disabled === true, null, { timeout: 5_000 })
    .catch(() => assert.fail("tab A's Undo still offers the step back to the copy deleted in tab B"));
  await b.locator("#duplicate-scenario").click();
  await a.locator("#scenario-name").waitFor();
  await a.waitForFunction(() => document.getElementById("scenario-name")?.value === "Baseline (copy)");

  // Undo in A has nothing to go back to: it neither puts team 40 under the new copy's
  // name nor switches to it.
  await a.locator("body").press("Control+z");
  await a.waitForTimeout(300);
  assert.equal(await a.locator("#undo").isDisabled(), true);
  await a.getByRole("link", { name: /Business case/ }).click();
  assert.equal(await team(a).inputValue(), exampleTeam);
  await a.reload();
  await ready(a);
  assert.equal(await team(a).inputValue(), exampleTeam, "the new copy keeps Baseline's plan");
  a.assertClean();
  assert.deepEqual(problems, []);
  await context.close();
});
