// The theme setting, the save indicator, and Undo / Redo.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, newPage, ready, copyWithTeam, exampleAt } from "./harness.mjs";

const s = suite();
const team = (page) => page.getByLabel("Team size (engineers)");

test("the theme follows the device until chosen, and the choice is kept", async () => {
  const { context, page } = await newPage(s.browser);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(s.url);
  await ready(page);
  const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(await page.locator("#theme").inputValue(), "");
  assert.equal(await bg(), "rgb(18, 22, 28)", "dark from the device");
  await page.locator("#theme").selectOption("light");
  assert.equal(await scheme(), "light");
  assert.equal(await bg(), "rgb(246, 247, 249)");
  await page.reload();
  await ready(page);
  assert.equal(await page.locator("#theme").inputValue(), "light", "kept across reloads");
  assert.equal(await bg(), "rgb(246, 247, 249)");
  await page.locator("#theme").selectOption("");
  assert.equal(await bg(), "rgb(18, 22, 28)");
  page.assertClean();
  await context.close();
});

test("the save indicator says Saved after each change, and what happened otherwise", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  const status = page.locator("#save-status");
  assert.equal(await status.getAttribute("role"), "status");
  await team(page).fill("9");
  assert.equal(await status.textContent(), "Saved");
  const saved = JSON.parse(await page.evaluate(async () => { await new Promise((r) => setTimeout(r, 50)); return localStorage.getItem("offshoring-planner.plan"); }));
  assert.equal(saved.plan.business.team_size, 9);
  // A plan opened from a file or link is read-only.
  await page.getByRole("button", { name: "Load example plan" }).click();
  await page.getByRole("button", { name: "Yes, load the example" }).click();
  await page.goto(`${s.url}?step=plan`);
  await ready(page);
  await page.locator("#share-link-button").click();
  const link = await page.locator("#share-link").inputValue();
  await page.goto(link);
  await ready(page);
  assert.equal(await status.textContent(), "Read-only");
  page.assertClean();
  await context.close();
});

test("Undo and Redo step through changes, by button and by keyboard", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  const undo = page.locator("#undo");
  const redo = page.locator("#redo");
  assert.equal(await undo.isDisabled(), true);
  await team(page).fill("7");
  await page.waitForTimeout(1100); // separate changes, not one burst of typing
  await page.getByLabel("Planning horizon (months)").fill("30");
  await page.waitForTimeout(1100);
  await undo.click();
  assert.equal(await page.getByLabel("Planning horizon (months)").inputValue(), "12");
  assert.equal(await team(page).inputValue(), "7");
  await undo.click();
  assert.equal(await team(page).inputValue(), "5");
  assert.equal(await undo.isDisabled(), true);
  await redo.click();
  assert.equal(await team(page).inputValue(), "7");
  // Ctrl+Z outside a text field.
  await page.locator("h1#step-heading").focus();
  await page.keyboard.press("Control+Shift+Z");
  assert.equal(await page.getByLabel("Planning horizon (months)").inputValue(), "30");
  await page.keyboard.press("Control+Z");
  assert.equal(await page.getByLabel("Planning horizon (months)").inputValue(), "12");
  // Undo is saved like any change.
  const saved = JSON.parse(await page.evaluate(async () => { await new Promise((r) => setTimeout(r, 50)); return localStorage.getItem("offshoring-planner.plan"); }));
  assert.equal(saved.plan.business.horizon_months, 12);
  // Undo also takes back Load example.
  await page.getByRole("button", { name: "Load example plan" }).click();
  await page.getByRole("button", { name: "Yes, load the example" }).click();
  assert.equal(await team(page).inputValue(), "8");
  await undo.click();
  assert.equal(await team(page).inputValue(), "7");
  // Loading it is a step of its own even between quick edits: Undo takes back the edit
  // after it, then the example, then the edit before it.
  await team(page).fill("6");
  await page.getByRole("button", { name: "Load example plan" }).click();
  await page.getByRole("button", { name: "Yes, load the example" }).click();
  await team(page).fill("9");
  await undo.click();
  assert.equal(await team(page).inputValue(), "8");
  await undo.click();
  assert.equal(await team(page).inputValue(), "6");
  await undo.click();
  assert.equal(await team(page).inputValue(), "7");
  page.assertClean();
  await context.close();
});

/** Waits for the active scenario's name to be `v`. */
const named = (page, v) => page.waitForFunction((v) => document.getElementById("scenario-name")?.value === v, v);

test("Undo across a switch of scenario switches back, and each scenario keeps its plan", async () => {
  const { context, page } = await newPage(s.browser);
  const exampleTeam = await copyWithTeam(page, s.url, "40");
  assert.equal(await page.locator("#scenario-name").inputValue(), "Baseline (copy)");

  await page.getByRole("button", { name: "Switch to Baseline" }).click();
  await named(page, "Baseline");
  await page.locator("#undo").click();
  // Back to the copy, with its plan; "Baseline" keeps the example's.
  await named(page, "Baseline (copy)");
  await page.locator("#scenario-list li", { hasText: "Baseline" }).waitFor();
  await page.locator("#redo").click();
  await named(page, "Baseline");
  await page.locator("#undo").click();
  await named(page, "Baseline (copy)");

  // What is stored agrees: each scenario under its name with its own plan.
  await page.waitForTimeout(300);
  await page.reload();
  await ready(page);
  await named(page, "Baseline (copy)");
  await page.getByRole("link", { name: /Business case/ }).click();
  assert.equal(await team(page).inputValue(), "40");
  await page.goto(`${s.url}?step=plan`);
  await ready(page);
  await page.getByRole("button", { name: "Switch to Baseline" }).click();
  await page.getByRole("link", { name: /Business case/ }).click();
  assert.equal(await team(page).inputValue(), exampleTeam);
  page.assertClean();
  await context.close();
});

test("deleting a scenario asks in its row first, and Undo never brings its plan back under another name", async () => {
  const { context, page } = await newPage(s.browser);
  const exampleTeam = await copyWithTeam(page, s.url, "40");
  const focused = () => page.evaluate(() => document.activeElement?.id ?? "");
  await page.getByRole("button", { name: "Switch to Baseline" }).click();
  await named(page, "Baseline");
  const row = page.locator("#scenario-list li", { hasText: "Baseline (copy)" });

  // Asked in the row, with focus on the safe choice; Cancel keeps it and gives focus back.
  await page.getByRole("button", { name: "Delete Baseline (copy)" }).click();
  const question = page.getByRole("group", { name: "Delete “Baseline (copy)”? Its plan cannot be brought back." });
  await question.waitFor();
  assert.match(await focused(), /^scenario-cancel-\d+$/);
  await question.getByRole("button", { name: "Cancel" }).click();
  await question.waitFor({ state: "detached" });
  assert.match(await focused(), /^scenario-delete-\d+$/);
  assert.equal(await row.count(), 1, "Cancel keeps the scenario");
  // Escape is Cancel too.
  await page.keyboard.press("Enter");
  await question.waitFor();
  await page.keyboard.press("Escape");
  await question.waitFor({ state: "detached" });
  assert.match(await focused(), /^scenario-delete-\d+$/);

  await page.getByRole("button", { name: "Delete Baseline (copy)" }).click();
  await question.getByRole("button", { name: "Delete", exact: true }).click();
  await row.waitFor({ state: "detached" });
  await page.getByText("Deleted the scenario “Baseline (copy)”.").waitFor();
  assert.equal(await focused(), "duplicate-scenario");
  // The only step back was to the deleted copy's plan: forgotten with it, so Undo cannot
  // put team 40 under "Baseline".
  await page.waitForFunction(() => document.getElementById("undo")?.disabled === true, null, { timeout: 5_000 });
  await page.locator("body").press("Control+z");
  await page.waitForTimeout(300);
  await page.reload();
  await ready(page);
  await named(page, "Baseline");
  assert.equal(await page.locator("#scenario-list li").count(), 0);
  await page.getByRole("link", { name: /Business case/ }).click();
  assert.equal(await team(page).inputValue(), exampleTeam);
  page.assertClean();
  await context.close();
});

test("a plan without a name is kept as “Unnamed plan” when duplicated, never as a blank row", async () => {
  const { context, page } = await newPage(s.browser);
  await exampleAt(page, s.url, "plan");
  assert.equal(await page.locator("#scenario-name").inputValue(), "");
  await page.locator("#duplicate-scenario").click();
  await named(page, "Unnamed plan (copy)");
  const row = page.locator("#scenario-list li");
  assert.equal((await row.locator(".scenario-name").textContent()).trim(), "Unnamed plan");
  await row.getByRole("button", { name: "Switch to Unnamed plan" }).waitFor();
  const options = await page.locator("#compare-left option").allTextContents();
  assert.deepEqual(options, ["Choose a scenario", "Unnamed plan (copy)", "Unnamed plan"]);
  // Stored under that name, so a reload shows the same.
  await page.reload();
  await ready(page);
  assert.equal((await page.locator("#scenario-list .scenario-name").textContent()).trim(), "Unnamed plan");
  page.assertClean();
  await context.close();
});
