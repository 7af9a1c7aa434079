// Share links and imported files: read-only, the same figures, never overwriting the
// user's own plan silently; broken files give specific messages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { suite, newPage, ready, exampleAt } from "./harness.mjs";

const s = suite();
const PLAN_KEY = "offshoring-planner.plan";

async function exampleLink(page) {
  await exampleAt(page, s.url, "plan");
  await page.locator("#share-link-button").click();
  return page.locator("#share-link").inputValue();
}

async function costTable(page) {
  await page.goto(`${page.url().split("?")[0]}?step=business${new URL(page.url()).hash}`);
  await ready(page);
  return page.locator("#cost-table").textContent();
}

test("a share link opens read-only with the same figures, and never overwrites the own plan silently", async () => {
  const a = await newPage(s.browser);
  const link = await exampleLink(a.page);
  assert.ok(link.length < 2000, `link of ${link.length} characters`);
  assert.match(link, /\?step=plan#p2\./);
  await a.page.goto(`${s.url}?step=business`);
  await ready(a.page);
  const figures = await a.page.locator("#cost-table").textContent();

  const b = await newPage(s.browser);
  await b.page.goto(s.url);
  await ready(b.page);
  await b.page.getByLabel("Team size (engineers)").fill("3");
  const own = await b.page.evaluate(async (k) => { await new Promise((r) => setTimeout(r, 50)); return localStorage.getItem(k); }, PLAN_KEY);
  await b.page.goto(link);
  await ready(b.page);
  assert.match(await b.page.locator(".shared-banner").textContent(), /plan someone shared with you/);
  // Read-only: what would change the plan is disabled, but it can be exported and printed
  // without first taking it as one's own.
  assert.equal(await b.page.locator("#owner-priorities").isDisabled(), true);
  assert.equal(await b.page.locator("#duplicate-scenario").isDisabled(), true);
  for (const id of ["download-markdown", "copy-markdown", "download-json", "download-csv", "download-ics", "print-plan"]) {
    assert.equal(await b.page.locator(`#${id}`).isDisabled(), false, `${id} works on a shared plan`);
  }
  // It can be shared on as it is: the same plan gives the same link. Where copying is
  // refused (a frame without clipboard-write), the message says the link is in the box.
  await b.page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException("no", "NotAllowedError")); });
  await b.page.locator("#share-link-button").click();
  await b.page.locator(".notice-urgent", { hasText: "did not allow copying the link" }).waitFor();
  await b.page.waitForFunction(() => document.getElementById("share-link")?.value);
  assert.equal(new URL(await b.page.locator("#share-link").inputValue()).hash, new URL(link).hash);
  const pending = b.page.waitForEvent("download");
  await b.page.locator("#download-markdown").click();
  const markdown = await readFile(await (await pending).path(), "utf8");
  assert.match(markdown, /\| Colombia · Dedicated team \| USD 1,097,921 \|/, "the shared plan's own figures");
  await b.page.getByRole("link", { name: /Business case/ }).click();
  assert.equal(await b.page.getByLabel("Team size (engineers)").isDisabled(), true);
  assert.equal(await b.page.locator("#cost-table").textContent(), figures, "the same figures");
  assert.equal(await b.page.evaluate(async (k) => { await new Promise((r) => setTimeout(r, 50)); return localStorage.getItem(k); }, PLAN_KEY), own, "own plan untouched");
  await b.page.locator("#back-to-mine").click();
  assert.equal(await b.page.getByLabel("Team size (engineers)").inputValue(), "3");
  assert.equal(new URL(b.page.url()).hash, "");

  // An edit of the own plan, then the link again: "Save as my plan" asks first, keeps the
  // own plan (with that edit) as a scenario, and Undo brings it back.
  await b.page.getByLabel("Team size (engineers)").fill("7");
  await b.page.goto(link);
  await ready(b.page);
  await b.page.locator("#save-as-mine").click();
  const question = b.page.locator(".confirm");
  assert.match(await question.textContent(), /Make this plan yours\? Your own plan is kept as the saved scenario “Unnamed plan”/);
  assert.equal(JSON.parse(await b.page.evaluate(async (k) => { await new Promise((r) => setTimeout(r, 50)); return localStorage.getItem(k); }, PLAN_KEY)).plan.business.team_size, 7, "nothing replaced before the answer");
  await b.page.getByRole("button", { name: "Yes, make it mine" }).click();
  const saved = JSON.parse(await b.page.evaluate(async (k) => { await new Promise((r) => setTimeout(r, 50)); return localStorage.getItem(k); }, PLAN_KEY));
  assert.equal(saved.plan.business.team_size, 8);
  assert.match(await b.page.locator(".notices").textContent(), /Your own plan is kept as the scenario “Unnamed plan”/);
  const list = JSON.parse(await b.page.evaluate(() => localStorage.getItem("offshoring-planner.scenarios")));
  assert.deepEqual(list.scenarios.saved.map((x) => [x.name, x.plan.business.team_size]), [["Unnamed plan", 7]]);
  await b.page.locator("#undo").click();
  await b.page.getByRole("link", { name: /Business case/ }).click();
  assert.equal(await b.page.getByLabel("Team size (engineers)").inputValue(), "7", "Undo restores the own plan with its last edit");
  b.page.assertClean();
  a.page.assertClean();
  await a.context.close();
  await b.context.close();
});

test("importing a plan file: a valid one opens read-only, broken ones say what is wrong", async () => {
  const { context, page } = await newPage(s.browser);
  await exampleAt(page, s.url, "plan");
  const pending = page.waitForEvent("download");
  await page.locator("#download-json").click();
  const exported = await (await pending).path();
  const valid = (await import("node:fs")).readFileSync(exported, "utf8");
  // Start a different plan of one's own, then import.
  await page.goto(s.url);
  await ready(page);
  await page.getByLabel("Team size (engineers)").fill("4");
  await page.goto(`${s.url}?step=plan`);
  await ready(page);
  const file = (name, text) => ({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  for (const [name, text, message] of [
    ["photo.json", "\u0089PNG binary", /not JSON, or it was cut short/],
    ["cut.json", valid.slice(0, valid.length / 2), /not JSON, or it was cut short/],
    ["newer.json", valid.replace('"schema_version": 5', '"schema_version": 7'), /newer version of the planner \(format 7\)/],
    ["range.json", valid.replace('"team_size": 8', '"team_size": 9000'), /out of range \(business\.team_size\)/],
    ["list.json", '{"schema_version": 1, "plan": []}', /not a plan exported by the planner/],
  ]) {
    await page.locator("#import-file").setInputFiles(file(name, text));
    await page.locator(".notice-urgent").last().waitFor();
    assert.match(await page.locator(".notice-urgent").last().textContent(), message, name);
    assert.equal(JSON.parse(await page.evaluate(async (k) => { await new Promise((r) => setTimeout(r, 50)); return localStorage.getItem(k); }, PLAN_KEY)).plan.business.team_size, 4);
  }
  // Saved by an editor that starts UTF-8 files with a byte-order mark.
  await page.locator("#import-file").setInputFiles(file("plan.json", `\uFEFF${valid}`));
  assert.match(await page.locator(".shared-banner").textContent(), /imported plan/);
  assert.match(await page.locator("#plan-summary").textContent(), /8 engineers/);
  assert.equal(JSON.parse(await page.evaluate(async (k) => { await new Promise((r) => setTimeout(r, 50)); return localStorage.getItem(k); }, PLAN_KEY)).plan.business.team_size, 4);
  page.assertClean();
  await context.close();
});

test("scenarios: duplicate to try a variant, compare side by side, switch back", async () => {
  const { context, page } = await newPage(s.browser);
  await exampleAt(page, s.url, "plan");
  // One scenario has nothing to compare with: the step says how to get a second.
  await page.getByText("Duplicate this plan to have a second scenario to compare it with.").waitFor();
  assert.equal(await page.locator("#compare-left").count(), 0);
  await page.locator("#scenario-name").fill("Baseline");
  await page.locator("#duplicate-scenario").click();
  await page.locator("#compare-alone").waitFor({ state: "detached" });
  assert.equal(await page.locator("#scenario-name").inputValue(), "Baseline (copy)");
  await page.getByRole("link", { name: /Business case/ }).click();
  await page.locator("#team-size").fill("16");
  await page.goto(`${s.url}?step=plan`);
  await ready(page);
  const ids = await page.locator("#compare-left option").evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
  const idOf = (name) => ids.find(([, t]) => t === name)[0];
  await page.locator("#compare-left").selectOption(idOf("Baseline"));
  await page.locator("#compare-right").selectOption(idOf("Baseline (copy)"));
  // Each column is headed by its scenario's name.
  assert.deepEqual(await page.locator("#compare-table thead th").allTextContents(), ["Baseline", "Baseline (copy)"]);
  const team = (await page.locator("#compare-table tr", { hasText: "Team size" }).locator("td").allTextContents());
  assert.deepEqual(team, ["8", "16"]);
  // On a phone the cells stack, each labelled with its scenario.
  const labels = await page.locator("#compare-table tr", { hasText: "Team size" }).locator("td").evaluateAll((tds) => tds.map((td) => td.dataset.label));
  assert.deepEqual(labels, ["Baseline", "Baseline (copy)"]);
  const cost = await page.locator("#compare-table tr", { hasText: "In-house cost" }).locator("td").allTextContents();
  assert.notEqual(cost[0], cost[1]);
  await page.reload();
  await ready(page);
  await page.locator("#scenario-list li", { hasText: "Baseline" }).getByRole("button", { name: /Switch to/ }).click();
  assert.equal(await page.locator("#scenario-name").inputValue(), "Baseline");
  assert.match(await page.locator("#plan-summary").textContent(), /8 engineers/);
  assert.equal(await page.locator("#scenario-list li").count(), 1);
  page.assertClean();
  await context.close();
});

test("a recipient with no plan of their own is offered to keep the shared plan, not to go back, and its fields read as read-only", async () => {
  const a = await newPage(s.browser);
  const link = await exampleLink(a.page);
  await a.context.close();
  const b = await newPage(s.browser);
  await b.page.goto(link);
  await ready(b.page);
  await b.page.locator(".shared-banner").waitFor();
  assert.equal(await b.page.locator("#save-as-mine").count(), 1);
  assert.equal(await b.page.locator("#back-to-mine").count(), 0, "nothing to go back to");
  // A disabled field looks like text on a tinted ground with a dashed edge, not a control.
  const look = await b.page.locator("#owner-priorities").evaluate((el) => {
    const c = getComputedStyle(el);
    return { border: c.borderTopStyle, cursor: c.cursor, disabled: el.matches(":disabled") };
  });
  assert.deepEqual(look, { border: "dashed", cursor: "not-allowed", disabled: true });
  b.page.assertClean();
  await b.context.close();
});
