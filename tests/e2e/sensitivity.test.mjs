// What flips the decision, through the UI: the tornado and its table, a threshold
// sentence that turns when the user moves the input past it, and the executive summary
// that names the two drivers that matter most.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, newPage, ready, openDetails } from "./harness.mjs";

const s = suite();

/** "$1,234,567" as a number. */
const amount = (text) => Number(text.replace(/[^\d.-]/g, ""));

test("a user reads the tornado and a threshold sentence, and moves the rate past it", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.getByRole("button", { name: "Load example plan" }).click();
  await openDetails(page, "sensitivity");
  // The chart: a bar per end, with a title and description for assistive technology.
  const chart = page.locator("#sensitivity svg.tornado");
  assert.ok((await chart.locator("rect").count()) >= 10, "bars drawn");
  assert.match(await chart.locator("desc").textContent(), /Savings at equal output at the likely values: \$[\d,]+\. Largest swing first: In-house salary/);
  // The table, widest swing first.
  const swings = (await page.locator("#sensitivity-table tbody td[data-label='Swing']").allTextContents()).map(amount);
  assert.ok(swings.length >= 15, `${swings.length} inputs listed`);
  assert.deepEqual(swings, [...swings].sort((a, b) => b - a), "widest first");
  assert.match(await page.locator("#sensitivity-table caption").textContent(), /Colombia · Dedicated team/);
  // The rate's threshold in words, for the best-fitting option (Colombia).
  const sentence = page.locator("#thresholds li", { hasText: "hourly rate" });
  const text = await sentence.textContent();
  const m = text.match(/^Saves money while the hourly rate stays under \$(\d+) an hour\.$/);
  assert.ok(m, text);
  const threshold = Number(m[1]);
  assert.ok(threshold > 48, "above the likely rate, since the option saves money");
  // A rate above it and the option no longer saves: the sentence says what would turn it.
  await page.locator("#option-0-rate-likely").fill(String(threshold + 2));
  await page.locator("#option-0-rate-high").fill(String(threshold + 10));
  await assert.doesNotReject(
    page.waitForFunction(
      () => /^Would save money if the hourly rate went under \$\d+ an hour\.$/.test(
        [...document.querySelectorAll("#thresholds li")].find((li) => li.textContent.includes("hourly rate"))?.textContent ?? ""),
      null,
      { timeout: 5000 },
    ),
  );
  const savings = await page.locator("#cost-table tbody tr").nth(1).locator("td[data-label='Savings at equal output']").textContent();
  assert.ok(amount(savings) < 0, `the cost table agrees: ${savings}`);
  // Another option: its own figures.
  await page.locator("#sensitivity-option").selectOption({ label: "India · Dedicated team" });
  assert.match(await page.locator("#sensitivity-table caption").textContent(), /India · Dedicated team/);
  page.assertClean();
  await context.close();
});

test("the executive summary names the two drivers that would flip the recommendation", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.getByRole("button", { name: "Load example plan" }).click();
  for (let i = 0; i < 4; i++) {
    await page.locator("#next").click();
    await page.locator("h1#step-heading").waitFor();
  }
  const flip = page.locator("#executive-summary dt", { hasText: "What would flip it" });
  await flip.waitFor();
  const dd = await page.locator("#executive-summary dt:has-text('What would flip it') + dd").textContent();
  assert.equal((dd.match(/Saves money while|Would save money if|No value of/g) ?? []).length, 2, dd);
  assert.match(dd, /the in-house salary stays over \$[\d,]+ a year/);
  page.assertClean();
  await context.close();
});
