// A new plan starts on the first Monday of next month; a start date in the past is
// pointed out with a date ahead to pick; the example plan's roadmap always lies ahead of
// the day it is loaded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, newPage, ready } from "./harness.mjs";

const s = suite();

test("a new plan starts on the first Monday of next month, and a past date is pointed out", async () => {
  // 2 November 2026: 1 December 2026 is a Tuesday, so Monday 7 December.
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  const start = page.locator("#start-date");
  assert.equal(await start.inputValue(), "2026-12-07");
  assert.equal(await page.locator("#start-past").count(), 0, "no warning for a date ahead");
  await start.fill("2026-10-05");
  await start.blur();
  const warning = page.locator("#start-past");
  await warning.waitFor();
  assert.match(await warning.textContent(), /This start date has passed.*for example 2026-12-07/);
  await start.fill("2027-02-01");
  await start.blur();
  await warning.waitFor({ state: "detached" });
  page.assertClean();
  await context.close();
});

test("the example plan loaded later in time still lies ahead: every roadmap date after today", async () => {
  // 10 March 2027: its first milestone is six weeks before the start, 21 April at the
  // earliest, so the example starts on the first Monday of May 2027, the 3rd.
  const { context, page } = await newPage(s.browser, { today: "2027-03-10T15:00:00Z" });
  await page.goto(s.url);
  await ready(page);
  await page.getByRole("button", { name: "Load example plan" }).click();
  await page.locator("#start-date").waitFor();
  await page.waitForFunction(() => document.getElementById("start-date").value === "2027-05-03");
  assert.equal(await page.locator("#start-past").count(), 0);
  await page.goto(`${s.url}?step=plan`);
  await ready(page);
  await page.locator("#roadmap").waitFor();
  const dates = await page.locator("#roadmap tbody tr td:first-child").allTextContents();
  assert.ok(dates.length >= 8, dates.join(" | "));
  for (const d of dates) {
    assert.ok(new Date(`${d} 12:00`) > new Date("2027-03-10T12:00:00"), `${d} lies ahead of 10 March 2027`);
  }
  assert.match(await page.locator("#exec-recommendation").textContent(), /starting May 3, 2027/);
  page.assertClean();
  await context.close();
});
