// Walks the five steps with the mouse and with the keyboard, reloads, and uses the
// browser's Back button, against the release build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, newPage, ready } from "./harness.mjs";

const s = suite();

const STEPS = ["Business case", "Work selection", "Engagement model", "Offshore vs nearshore", "Plan"];

async function heading(page) {
  return (await page.locator("h1#step-heading").textContent()).trim();
}

async function currentStep(page) {
  return (await page.locator('nav [aria-current="step"] .steps-name').textContent()).trim();
}

test("the shell shows the product, the five steps in order and the current one", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  assert.match(await page.locator(".brand-name").textContent(), /Offshoring planner/);
  const names = (await page.locator("nav .steps-name").allTextContents()).map((s) => s.trim());
  assert.deepEqual(names, STEPS);
  assert.equal(await currentStep(page), "Business case");
  assert.equal(await heading(page), "Business case");
  assert.equal(await page.title(), "Step 1 of 5: Business case");
  page.assertClean();
  await context.close();
});

test("a mouse walk through all five steps is summarised and survives a reload", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);

  await page.getByLabel("Primary goal").selectOption({ label: "Reach skills that are hard to hire" });
  await page.getByLabel("Scope, in one sentence").fill("Data pipeline rebuild for the analytics product");
  await page.getByLabel("Team size (engineers)").fill("12");
  await page.getByLabel("Planning horizon (months)").fill("24");
  await page.getByRole("button", { name: /^Next/ }).click();

  assert.equal(await heading(page), "Work selection");
  assert.match(page.url(), /[?&]step=work\b/);
  await page.getByLabel("QA and test automation").check();
  await page.getByLabel("Cloud migration with clear milestones").check();
  await page.getByRole("button", { name: /^Next/ }).click();

  assert.equal(await heading(page), "Engagement model");
  await page.getByLabel("Nature of the work").selectOption({ label: "A long-term second engineering hub" });
  await page.getByLabel("Expected engagement length (months)").fill("36");
  await page.getByRole("button", { name: /^Next/ }).click();

  assert.equal(await heading(page), "Offshore vs nearshore");
  assert.equal(await page.getByLabel("Headquarters time zone").inputValue(), "America/New_York",
    "defaults to the browser's own zone");
  await page.getByLabel("Headquarters time zone").fill("Europe/Berlin");
  await page.getByLabel("Working day starts").fill("08:30");
  await page.getByRole("button", { name: /^Next/ }).click();

  assert.equal(await heading(page), "Plan");
  assert.equal(await currentStep(page), "Plan");
  const summary = page.locator("#plan-summary");
  for (const expected of [
    "Reach skills that are hard to hire",
    "Data pipeline rebuild for the analytics product",
    "12 engineers",
    "24 months",
    "QA and test automation; Cloud migration with clear milestones",
    "A long-term second engineering hub",
    "36 months",
    "Europe/Berlin",
    "08:30 to 17:00",
  ]) {
    assert.match(await summary.textContent(), new RegExp(expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), expected);
  }
  assert.equal((await page.locator("#plan-status").textContent()).trim(), "Every step has its answers.");

  await page.reload();
  await ready(page);
  assert.equal(await heading(page), "Plan", "a reload keeps the step");
  assert.match(await page.locator("#plan-summary").textContent(), /Europe\/Berlin/);

  await page.goBack();
  assert.equal(await heading(page), "Offshore vs nearshore", "the browser's Back button goes to the previous step");
  await page.reload();
  await ready(page);
  assert.equal(await heading(page), "Offshore vs nearshore");
  assert.equal(await page.getByLabel("Headquarters time zone").inputValue(), "Europe/Berlin");
  await page.getByRole("link", { name: /Business case/ }).click();
  assert.equal(await page.getByLabel("Team size (engineers)").inputValue(), "12");
  assert.equal(await page.getByLabel("Primary goal").inputValue(), "scarce_skills");
  page.assertClean();
  await context.close();
});

/** Presses Tab until the focused element matches the selector (at most 250 presses). */
async function tabTo(page, selector) {
  for (let i = 0; i < 250; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

test("the whole wizard can be completed with the keyboard alone", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.locator("body").click({ position: { x: 1, y: 1 } });

  await tabTo(page, "#primary-goal");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.locator("#primary-goal").inputValue(), "faster_delivery");
  await tabTo(page, "#scope");
  await page.keyboard.type("Customer portal features");
  await tabTo(page, "#team-size");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("6");
  await tabTo(page, "#next");
  await page.keyboard.press("Enter");
  assert.equal(await heading(page), "Work selection");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "step-heading",
    "focus moves to the new step's heading");
  assert.equal(await page.title(), "Step 2 of 5: Work selection");

  await tabTo(page, "#ws-0");
  await page.keyboard.press("Space");
  assert.equal(await page.locator("#ws-0").isChecked(), true);
  await tabTo(page, "#next");
  await page.keyboard.press("Enter");

  assert.equal(await heading(page), "Engagement model");
  await tabTo(page, "#nature");
  await page.keyboard.press("ArrowDown");
  await tabTo(page, "#next");
  await page.keyboard.press("Enter");

  assert.equal(await heading(page), "Offshore vs nearshore");
  await tabTo(page, "#hq-zone");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("America/Chicago");
  await tabTo(page, "#next");
  await page.keyboard.press("Enter");

  assert.equal(await heading(page), "Plan");
  const text = await page.locator("#plan-summary").textContent();
  for (const expected of ["Deliver features faster", "Customer portal features", "6 engineers",
    "Well-defined feature development", "Ongoing product development", "America/Chicago"]) {
    assert.ok(text.includes(expected), `summary has ${expected}`);
  }
  await tabTo(page, "#back");
  await page.keyboard.press("Enter");
  assert.equal(await heading(page), "Offshore vs nearshore");
  page.assertClean();
  await context.close();
});

test("a step in the URL opens that step; an unknown one opens the first", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(`${s.url}?step=engagement`);
  await ready(page);
  assert.equal(await heading(page), "Engagement model");
  await page.goto(`${s.url}?step=%3Cscript%3Ealert(1)%3C/script%3E`);
  await ready(page);
  assert.equal(await heading(page), "Business case");
  page.assertClean();
  await context.close();
});

test("Tab reaches every control of each step with a visible focus ring, and no control traps focus", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.locator("#load-example").click();
  for (const step of ["business", "work", "engagement", "location", "plan"]) {
    await page.goto(`${s.url}?step=${step}`);
    await ready(page);
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex='0']")]
        .filter((e) => !e.disabled && e.offsetParent !== null && !e.closest("[hidden], details:not([open]) > :not(summary)")).length);
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    let seen = 0, left = false, unringed = [];
    // Date and time inputs take a Tab stop for each of their parts.
    for (let i = 0; i < expected * 3 + 20; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const cs = getComputedStyle(e);
        const ring = cs.boxShadow !== "none" || (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0);
        return { id: e.id || e.tagName, ring };
      });
      if (info === null) { left = true; break; }
      seen++;
      if (!info.ring) unringed.push(info.id);
    }
    assert.ok(left, `${step}: focus never left the page after ${seen} Tab presses`);
    assert.ok(seen >= expected * 0.9, `${step}: Tab reached ${seen} of about ${expected} controls`);
    assert.deepEqual(unringed, [], `${step}: no visible focus on ${unringed.join(", ")}`);
  }
  page.assertClean();
  await context.close();
});
