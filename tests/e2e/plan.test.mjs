// The plan step: the document on screen and its Markdown export.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { suite, newPage, ready, exampleAt } from "./harness.mjs";

const s = suite();

test("the example plan's document shows its roadmap, owners and risks, and downloads as Markdown", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.getByRole("button", { name: "Load example plan" }).click();
  await page.locator("#scope").fill("Portal [click](javascript:alert(1)) <b>bold</b>");
  await page.goto(`${s.url}?step=plan`);
  await ready(page);
  // Whether every step has its answers is said under the heading, before the exports.
  const before = await page.evaluate(() =>
    ["step-heading", "plan-status", "download-markdown", "executive-summary"]
      .map((id) => document.getElementById(id))
      .every((el, i, all) => i === 0 || all[i - 1].compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  assert.ok(before, "heading, then the plan's status, then the exports, then the summary");
  // The summary reads as a decision: the sentence, the key figures set large, the ask
  // a fiscal year at a time, in-house against the best option, the top three risks.
  assert.match(await page.locator("#exec-recommendation").textContent(), /^Recommendation: Move well-defined feature development, QA and test automation and maintenance of stable systems to Colombia under the dedicated team model, starting Jan 4, 2027; pilot: Well-defined feature development \(2 engineers for 3 months\)\. Keep core architecture decisions in-house\.$/);
  assert.equal(await page.locator("#kpi-savings").textContent(), "$885,799");
  assert.equal(await page.locator("#kpi-break-even").textContent(), "Month 3");
  assert.match(await page.locator("#kpi-chance").textContent(), /^(more than 99%|\d+(\.\d)?%)$/);
  const big = await page.locator("#kpi-savings").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const body = await page.locator("#executive-summary dd").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(big >= 1.4 * body, `key figures set large: ${big} px against ${body} px`);
  assert.deepEqual(await page.locator("#exec-ask li").allTextContents(), [
    "FY2027 (2027-01 to 2027-12): 2 engineers in the pilot, then 8 at the vendor; budget $667,142",
    "FY2028 (2028-01 to 2028-06): 8 engineers at the vendor, budget $430,779",
  ]);
  assert.equal(await page.locator("#exec-risks li").count(), 3);
  assert.match(await page.locator("#exec-risks").textContent(), /Communication gaps: owner VP Product \(owns the priorities\)/);
  assert.match(await page.locator("#executive-summary").textContent(), /In-house hiring fits your weights better \(\d+\/100 against \d+\/100 for Colombia · Dedicated team\), most of all on \w+/);
  const summary = await page.locator("#executive-summary").textContent();
  assert.match(summary, /Colombia: 7 h of typical overlap, 10:00–17:00 at headquarters/);
  assert.match(summary, /Colombia · Dedicated team: total cost \$1,097,921; savings at equal output \$885,799 \(uncertainty run: P10 \$[\d,]+, P50 \$[\d,]+, P90 \$[\d,]+\)/);
  assert.match(await page.locator("#communication-rules").textContent(), /Live discussion with Colombia happens in the daily overlap window, 10:00–17:00 headquarters time/);
  assert.match(await page.locator("#scorecard").textContent(), /Cycle time\s*under 5 days from start to merge/);
  assert.match(await page.locator("#plan-cost").textContent(), /In-house hiring\s*\$1,919,138/);
  assert.match(await page.locator("#plan-work").textContent(), /QA and test automation\s*4\s*Ready after the to-dos below\s*Test strategy and coverage goals set internally/);
  assert.match(await page.locator("#plan-model").textContent(), /Dedicated team 100\/100: \+20 the work is: Ongoing product development/);
  assert.match(await page.locator("#plan-locations").textContent(), /Colombia\s*7 h\s*7–8 h\s*Nearshore-like/);
  assert.match(await page.locator("#plan-assumptions").textContent(), /US Bureau of Labor Statistics/);
  const roadmap = await page.locator("#roadmap").textContent();
  assert.match(roadmap, /Mar 1, 2027\s*Governance\s*Week 8 governance review/);
  // Month 6 falls on New York's observed Independence Day: moved, and it says so.
  assert.match(roadmap, /Jul 6, 2027\s*Scorecard\s*Six-month health check: scale up, adjust or stop \(moved from Jul 5, 2027: Independence Day \(substitute day\) at headquarters\)/);
  assert.equal(await page.locator("#owner-priorities").inputValue(), "VP Product");
  await page.locator("#owner-done").fill("Dana | QA lead");
  await page.locator("#plan-notes").fill("Board review on *Friday*");
  assert.match(await page.locator("#plan-weights").textContent(), /Speed 5\/5, Capability 3\/5/);
  const risks = await page.locator("#risks li").allTextContents();
  assert.equal(risks.length, 4);

  const pending = page.waitForEvent("download");
  await page.locator("#download-markdown").click();
  const download = await pending;
  assert.equal(download.suggestedFilename(), "offshoring-plan.md");
  const md = await readFile(await download.path(), "utf8");
  assert.match(md, /^# Offshoring plan\n/);
  assert.match(md, /\*\*Recommendation:\*\* Move well-defined feature development, .* to Colombia under the dedicated team model, starting 2027-01-04; pilot: Well-defined feature development \(2 engineers for 3 months\)\./);
  assert.match(md, /\| 2027-03-01 \| Governance \| Week 8 governance review/);
  assert.match(md, /\| Decides what done means \| Dana \\\| QA lead \|/);
  assert.ok(md.includes("Portal \\[click\\](javascript:alert(1)) \\<b>bold\\</b>"), "no live link or tag from user text");
  assert.equal(md.split("<b>").length, md.split("\\<b>").length, "every tag of user text escaped");
  assert.ok(md.includes("Board review on \\*Friday\\*"), "notes exported, escaped");
  // Ordinary punctuation reads as typed: no backslash before it anywhere.
  assert.deepEqual(md.match(/\\[-.,:;!?()'"+=#/]/g), null, "a backslash before ordinary punctuation");
  // The location section comes from the browser's own time-zone rules.
  assert.match(md, /\| Colombia \| 7 h \| 7–8 h \| Nearshore-like \|/);
  page.assertClean();
  await context.close();
});

async function downloadText(page, button) {
  const pending = page.waitForEvent("download");
  await page.locator(button).click();
  const d = await pending;
  return { name: d.suggestedFilename(), text: await readFile(await d.path(), "utf8") };
}

test("the plan downloads as JSON, CSV and iCalendar", async () => {
  const { context, page } = await newPage(s.browser);
  await exampleAt(page, s.url, "plan");

  const json = await downloadText(page, "#download-json");
  assert.equal(json.name, "offshoring-plan.json");
  const v = JSON.parse(json.text);
  assert.equal(v.schema_version, 5);
  assert.equal(v.plan.business.team_size, 8);
  assert.equal(v.results.options[0].name, "In-house hiring");
  assert.equal(v.results.locations.length, 4);

  const csv = await downloadText(page, "#download-csv");
  const lines = csv.text.trim().split("\r\n");
  assert.equal(lines.length, 5);
  assert.match(lines[0], /^"Option","Total cost"/);
  assert.match(lines[0], /"Savings at equal output","Difference in spend","Switching costs"/);
  assert.match(lines[1], /^"In-house hiring",1919137\.\d\d,/);
  // Each option carries its switching costs and both savings.
  const colombia = v.results.options.find((o) => o.name === "Colombia · Dedicated team");
  assert.ok(colombia.switching_costs.knowledge_transfer > 0 && colombia.npv > 0);
  assert.equal(colombia.plan_years.length, 2);

  const ics = await downloadText(page, "#download-ics");
  assert.equal(ics.name, "offshoring-reviews.ics");
  // An hour at the start of the window shared with Colombia, 10:00 in New York (EST
  // on 1 March 2027), written in UTC; the description names the local time and says
  // what the review checks.
  assert.match(ics.text, /DTSTART:20270301T150000Z\r\nDTEND:20270301T160000Z\r\nSUMMARY:Week 8 governance review/);
  const unfolded = ics.text.replaceAll("\r\n ", "");
  assert.match(unfolded, /DESCRIPTION:What this review checks: the owners in the plan decide and unblock as agreed \(priorities: VP Product\\;.*\\n10:00–11:00 headquarters time \(America\/New_York\)/);
  assert.equal((ics.text.match(/SUMMARY:Monthly scorecard review/g) ?? []).length, 18);
  assert.match(ics.text, /DTSTAMP:\d{8}T\d{6}Z/);
  page.assertClean();
  await context.close();
});

test("printed, the plan is a report: no controls, no glossary, nothing wider than an A4 page", async () => {
  const { context, page } = await newPage(s.browser);
  await exampleAt(page, s.url, "plan");
  await page.locator("#plan-roadmap, #executive-summary").first().waitFor();
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  const shown = (selector) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
  for (const selector of ["#language", "#theme", "#undo", ".steps", ".glossary", "button"]) {
    assert.equal(await shown(selector), 0, `${selector} is hidden when printed`);
  }
  assert.equal(await shown("#executive-summary"), 1);
  assert.ok(await shown("table") > 3, "the plan's tables are printed");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow}px wider than the page`);
  page.assertClean();
  await context.close();
});
