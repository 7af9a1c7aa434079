// Work selection and engagement model through the UI: verdicts with their to-dos, the
// accepted-risk override, the pilot, hostile names, model rankings and warnings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, newPage, ready } from "./harness.mjs";

const s = suite();

/** Answers the questions of catalogue workstream `id` (ids follow the catalogue). */
async function answer(page, id, answers) {
  for (const [q, a] of Object.entries(answers)) {
    await page.locator(`#ws-${id}-q-${q}`).selectOption(a);
  }
}

const ALL_YES = {
  acceptancecriteria: "Yes",
  documented: "Yes",
  ownerreachable: "Yes",
  scopedefined: "Yes",
  strategic: "No",
};

async function open(page, step) {
  await page.goto(`${s.url}?step=${step}`);
  await ready(page);
}

test("a workstream with missing conditions is ready after its to-dos", async () => {
  const { context, page } = await newPage(s.browser);
  await open(page, "work");
  await page.getByLabel("Maintenance of stable systems").check();
  await answer(page, 2, { ...ALL_YES, documented: "No" });
  const verdict = page.locator("#ws-2-verdict");
  assert.match(await verdict.locator(".verdict-title").textContent(), /Ready after the to-dos/);
  const todos = (await verdict.locator(".todos li").allTextContents()).map((t) => t.trim());
  assert.deepEqual(todos, ["System documented", "An escalation path for edge cases"]);
  await answer(page, 2, { documented: "Yes", escalationpath: "Yes" });
  assert.equal((await verdict.locator(".verdict-title").textContent()).trim(), "Ready to offshore");
  page.assertClean();
  await context.close();
});

test("keep-in-house work needs an explicit acknowledgement, recorded as an accepted risk", async () => {
  const { context, page } = await newPage(s.browser);
  await open(page, "work");
  await page.getByLabel("Core architecture decisions").check();
  const verdict = page.locator("#ws-6-verdict");
  assert.equal((await verdict.locator(".verdict-title").textContent()).trim(), "Keep in-house");
  await answer(page, 6, ALL_YES);
  assert.equal((await verdict.locator(".verdict-title").textContent()).trim(), "Keep in-house", "answers alone do not move it");
  await page.locator("#ws-6-accept").check();
  assert.equal((await verdict.locator(".verdict-title").textContent()).trim(), "Ready to offshore");
  assert.match(await verdict.textContent(), /accepted risk/);
  await open(page, "plan");
  assert.match(await page.locator("#plan-summary").textContent(), /Accepted risks\s*Core architecture decisions/);
  page.assertClean();
  await context.close();
});

test("the pilot is the ready workstream with the highest value times governability", async () => {
  const { context, page } = await newPage(s.browser);
  await open(page, "work");
  await page.getByLabel("Well-defined feature development").check();
  await answer(page, 0, { ...ALL_YES, specswritten: "Yes" });
  await page.getByLabel("QA and test automation").check();
  await answer(page, 1, { ...ALL_YES, teststrategyset: "Yes" });
  await page.locator("#ws-1-value").selectOption("5");
  assert.match(await page.locator("#pilot").textContent(), /^QA and test automation, with one squad/);
  await page.locator("#ws-0-value").selectOption("5");
  await page.locator("#ws-1-value").selectOption("4");
  assert.match(await page.locator("#pilot").textContent(), /^Well-defined feature development, with one squad/);
  const list = await page.locator("#priority-list li").allTextContents();
  assert.equal(list.length, 2);
  assert.match(list[0], /value 5 × governability 100% = 5\.0/);
  page.assertClean();
  await context.close();
});

test("a custom workstream name is shown as text, whatever it holds", async () => {
  const { context, page } = await newPage(s.browser);
  await open(page, "work");
  const hostile = `<img src=x onerror="window.__pwned=1"> 🚀 ${"long ".repeat(60)}`.trim();
  await page.getByLabel("Add your own workstream").fill(hostile);
  await page.getByRole("button", { name: "Add workstream" }).click();
  const label = page.locator(".workstream-name").last();
  assert.equal(await label.textContent(), hostile);
  assert.equal(await page.locator(".workstreams img").count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.getByLabel("Add your own workstream").fill("x".repeat(501));
  await page.getByRole("button", { name: "Add workstream" }).click();
  assert.match(await page.locator("#new-workstream-error").textContent(), /500 characters or fewer/);
  page.assertClean();
  await context.close();
});

async function profile(page, p) {
  await page.locator("#nature").selectOption(p.nature);
  await page.locator("#leadership").selectOption(p.leadership);
  await page.locator("#scope-stability").selectOption(p.scope);
  await page.locator("#continuity").selectOption(p.continuity);
  await page.locator("#management").selectOption(p.management);
  await page.locator("#engagement-horizon").fill(String(p.months));
}

test("two contrasting profiles rank the models differently, with the answers that moved them", async () => {
  const { context, page } = await newPage(s.browser);
  await open(page, "engagement");
  await profile(page, { nature: "ongoing_product", leadership: "medium", scope: "evolving", continuity: "high", management: "shared", months: 18 });
  assert.equal((await page.locator("#recommendation").textContent()).trim(), "Recommended: Dedicated team.");
  const first = page.locator("#model-scores > li").first();
  assert.match(await first.textContent(), /Dedicated team.*100\/100/);
  assert.match(await first.textContent(), /\+20 the work is: Ongoing product development/);
  const names = await page.locator("#model-scores .model-name").allTextContents();
  assert.deepEqual(names, ["Dedicated team", "Offshore development center", "Specialist support", "Project-based"]);

  await profile(page, { nature: "defined_initiative", leadership: "low", scope: "stable", continuity: "low", management: "external", months: 4 });
  assert.equal((await page.locator("#recommendation").textContent()).trim(), "Recommended: Project-based.");
  assert.match(await page.locator("#model-scores > li").first().textContent(), /\+10 an engagement under 6 months/);
  assert.match(await page.locator("#model-scores > li").last().textContent(), /Offshore development center.*0\/100/);
  page.assertClean();
  await context.close();
});

test("mismatches are warned about, and the chosen model flows into the business case", async () => {
  const { context, page } = await newPage(s.browser);
  await open(page, "engagement");
  await profile(page, { nature: "second_hub", leadership: "low", scope: "volatile", continuity: "medium", management: "internal", months: 36 });
  await page.locator("#chosen-model").selectOption("offshore_development_center");
  const warnings = page.locator("#model-warnings");
  assert.match(await warnings.textContent(), /leadership capacity is low/);
  await page.locator("#chosen-model").selectOption("project_based");
  assert.match(await warnings.textContent(), /fixed price on a scope that is still moving/);
  await page.locator("#contract").selectOption("time_and_materials");
  assert.equal(await warnings.count(), 0);
  assert.match(await page.locator("#model-flow").textContent(), /Project-based/);
  await open(page, "business");
  assert.equal(await page.locator("#option-0-model").inputValue(), "project_based");
  assert.equal(await page.locator("#option-1-model").inputValue(), "project_based");
  page.assertClean();
  await context.close();
});

test("the model in force changes the business case's options visibly, with Undo, and never makes two the same", async () => {
  const { context, page } = await newPage(s.browser);
  await open(page, "business");
  // Two Latin American options that differ only in their model.
  for (const [field, value] of [["region", "latin_america"], ["model", "project_based"]]) {
    await page.locator(`#option-1-${field}`).selectOption(value);
  }
  await page.locator('a[data-step="engagement"]').click();
  await page.locator("#chosen-model").waitFor();
  // Past the second within which quick edits count as one change, so Undo below takes
  // back this answer only.
  await page.waitForTimeout(1_100);
  await page.locator("#chosen-model").selectOption("offshore_development_center");
  const notices = page.locator(".notices");
  await notices.getByText(/now use the model in force/).waitFor();
  const said = await notices.textContent();
  assert.match(said, /these vendor options now use the model in force \(Offshore development center\): Latin America · Offshore development center\. Undo takes it back\./);
  assert.match(said, /kept their model.*copy of another option: Latin America · Project-based\./);
  await page.locator('a[data-step="business"]').click();
  await page.locator("#option-0-model").waitFor();
  assert.equal(await page.locator("#option-0-model").inputValue(), "offshore_development_center");
  assert.equal(await page.locator("#option-1-model").inputValue(), "project_based");
  const names = await page.locator("#cost-table tbody th").allTextContents();
  assert.equal(new Set(names).size, names.length, `no two rows the same: ${names.join(" | ")}`);
  // One Undo takes the answer and what it changed on the business case back together.
  await page.locator("#undo").click();
  assert.equal(await page.locator("#option-0-model").inputValue(), "dedicated_team");
  assert.equal(await page.locator("#option-1-model").inputValue(), "project_based");
  page.assertClean();
  await context.close();
});
