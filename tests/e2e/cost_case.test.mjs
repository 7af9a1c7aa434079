// The cost case a CFO asks for, through the UI: options that are countries (Colombia and
// Mexico differ everywhere they are named), a pilot that changes capacity, the
// year-by-year table, and the exports that carry them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { suite, newPage, ready, openDetails } from "./harness.mjs";

const s = suite();

/** Cells of the cost table's row for `name` (the row header excluded). */
async function costRow(page, name) {
  const r = page.locator("#cost-table tbody tr", { has: page.locator("th", { hasText: name }) });
  return (await r.locator("td").allTextContents()).map((t) => t.trim());
}

async function download(page, button) {
  const pending = page.waitForEvent("download");
  await page.locator(button).click();
  return readFile(await (await pending).path(), "utf8");
}

test("Colombia and Mexico are two options with their own names and figures everywhere", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.locator("#option-0-region").selectOption({ label: "Colombia" });
  await page.locator("#option-1-region").selectOption({ label: "Mexico" });
  // Each country's own published rate range (Colombia 38-48-58, Mexico 45-55-65).
  assert.equal(await page.locator("#option-0-rate-likely").inputValue(), "48");
  assert.equal(await page.locator("#option-1-rate-likely").inputValue(), "55");
  const colombia = await costRow(page, "Colombia · Dedicated team");
  const mexico = await costRow(page, "Mexico · Dedicated team");
  assert.ok(colombia.length > 5 && mexico.length > 5, "both rows shown");
  assert.notEqual(colombia[0], mexico[0], "different total costs");
  // The chart names both.
  const desc = await page.locator("#cc-desc").textContent();
  assert.match(desc, /Colombia · Dedicated team/);
  assert.match(desc, /Mexico · Dedicated team/);
  // Making them the same place and model is allowed, and the heading says so.
  await page.locator("#option-1-region").selectOption({ label: "Colombia" });
  assert.match(await page.locator("#option-1-name").textContent(), /the same place and model as option 1, as you chose/);
  await page.locator("#option-1-region").selectOption({ label: "Mexico" });
  // The exports name the countries with their own figures.
  await page.goto(`${s.url}?step=plan`);
  await ready(page);
  const csv = (await download(page, "#download-csv")).trim().split("\r\n");
  const line = (name) => csv.find((l) => l.startsWith(`"${name}"`));
  assert.ok(line("Colombia · Dedicated team") && line("Mexico · Dedicated team"), csv.join("\n"));
  assert.notEqual(line("Colombia · Dedicated team").split(",")[1], line("Mexico · Dedicated team").split(",")[1]);
  const md = await download(page, "#download-markdown");
  assert.match(md, /Colombia · Dedicated team/);
  assert.match(md, /Mexico · Dedicated team/);
  page.assertClean();
  await context.close();
});

test("a pilot starts smaller, so the first months deliver less", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.locator("#team-size").fill("8");
  const before = await costRow(page, "In-house hiring");
  await page.locator("#pilot-on").check();
  // The work step's suggestion: one squad of 3 for 3 months.
  assert.equal(await page.locator("#pilot-engineers").inputValue(), "3");
  assert.equal(await page.locator("#pilot-months").inputValue(), "3");
  const after = await costRow(page, "In-house hiring");
  assert.ok(Number(after[1]) < Number(before[1]), `capacity ${before[1]} -> ${after[1]}`);
  await page.locator("#pilot-engineers").fill("6");
  const six = await costRow(page, "In-house hiring");
  assert.ok(Number(six[1]) > Number(after[1]), `capacity ${after[1]} -> ${six[1]}`);
  page.assertClean();
  await context.close();
});

test("the year-by-year table adds up, in plan and in fiscal years", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.getByRole("button", { name: "Load example plan" }).click();
  await page.locator("#cost-table tbody tr").first().waitFor();
  await openDetails(page, "years");
  // The example runs 18 months: year 1 (12 months), year 2 (6), and the whole horizon.
  const table = page.locator("#years-1");
  const rows = await table.locator("tbody tr").allTextContents();
  assert.equal(rows.length, 3, rows.join("\n"));
  assert.match(rows[0], /^Year 1/);
  assert.match(rows[2], /Whole horizon.*net present value/);
  // The whole horizon's cost equals the cost table's.
  const total = (await table.locator("tbody tr").last().locator("td").first().textContent()).trim();
  assert.equal(total, (await costRow(page, "Colombia · Dedicated team"))[0]);
  // Fiscal years from July: the plan starts 2027-01, so FY2027 holds 6 months.
  await page.locator("#fiscal-start").fill("7");
  await page.locator("#years-fiscal").check();
  const fiscal = await table.locator("tbody tr th").allTextContents();
  assert.deepEqual(fiscal.slice(0, 2), ["FY2027 (2027-01 to 2027-06)", "FY2028 (2027-07 to 2028-06)"]);
  page.assertClean();
  await context.close();
});
