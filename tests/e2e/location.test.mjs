// Offshore vs nearshore through the UI, against overlap figures computed by hand from
// the 2027 daylight-saving dates (see tests/domain_overlap.rs for the arithmetic).
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, newPage, ready, exampleAt } from "./harness.mjs";

const s = suite();

async function start2027(page, hqZone) {
  await page.goto(s.url);
  await ready(page);
  await page.locator("#start-date").fill("2027-01-04");
  await page.goto(`${s.url}?step=location`);
  await ready(page);
  await page.locator("#hq-zone").fill(hqZone);
  // Keep only the locations the test adds.
  while ((await page.locator(".candidate").count()) > 0) {
    await page.locator(".candidate button").first().click();
  }
}

async function overlapRow(page, name) {
  const row = page.locator("#overlap-table tbody tr", { has: page.locator("th", { hasText: name }) });
  return (await row.locator("td").allTextContents()).map((t) => t.trim());
}

test("New York and Warsaw: 2 hours, 3 in the weeks only one side has switched", async () => {
  const { context, page } = await newPage(s.browser);
  await start2027(page, "America/New_York");
  await page.locator("#add-country").selectOption({ label: "Poland" });
  await page.locator("#add-country-button").click();
  const [typical, minMax, cls, differs, window] = await overlapRow(page, "Poland");
  assert.equal(typical, "2 h");
  assert.equal(minMax, "2 h – 3 h");
  assert.equal(cls, "Offshore-like");
  assert.equal(differs, "Mar 15, 2027 to Mar 26, 2027: 3 h; Nov 1, 2027 to Nov 5, 2027: 3 h");
  assert.equal(window, "09:00–11:00 at headquarters (15:00–17:00 local)");
  // The work needs 4 hours (ongoing product work by default is 4; unset nature is 3).
  assert.match(await page.locator("#overlap-warnings").textContent(), /Poland shares about 2 hours/);
  // A shifted team: Warsaw 11:00-19:00 overlaps 4 hours (09:00-13:00 New York) in standard time.
  await page.locator(".candidate input[type=time]").first().fill("11:00");
  await page.locator(".candidate input[type=time]").last().fill("19:00");
  assert.equal((await overlapRow(page, "Poland"))[0], "4 h");
  page.assertClean();
  await context.close();
});

test("Sydney and Manila: the southern winter adds an hour, and the timeline says so", async () => {
  const { context, page } = await newPage(s.browser);
  await start2027(page, "Australia/Sydney");
  await page.locator("#city-name").fill("Manila office");
  await page.locator("#city-zone").fill("Asia/Manila");
  await page.locator("#city-region").selectOption("south_asia");
  await page.locator("#add-city-button").click();
  const [typical, minMax, cls, differs] = await overlapRow(page, "Manila office");
  assert.equal(typical, "5 h");
  assert.equal(minMax, "5 h – 6 h");
  assert.equal(cls, "Nearshore-like");
  assert.equal(differs, "Apr 5, 2027 to Oct 1, 2027: 6 h");
  // Manila 09:00 is 01:00 UTC, 12:00 in Sydney's summer (UTC+11): 12:00-17:00 there.
  const svg = page.locator("#timelines svg[role=img]");
  assert.equal(await svg.count(), 1);
  const [title, desc] = await svg.evaluate((el) =>
    el.getAttribute("aria-labelledby").split(" ").map((id) => document.getElementById(id).textContent),
  );
  // The day is written as the page's language writes dates, not as ISO.
  assert.match(title, /^Manila office · [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  assert.match(desc, /overlaps headquarters for 5 h: 12:00–17:00 headquarters time/);
  assert.ok((await svg.locator("rect.bar-overlap").count()) >= 1);
  page.assertClean();
  await context.close();
});

test("an unknown zone gets a clear message and nothing breaks", async () => {
  const { context, page } = await newPage(s.browser);
  await start2027(page, "America/New_York");
  await page.locator("#city-name").fill("Base");
  await page.locator("#city-zone").fill("Mars/Olympus_Mons");
  await page.locator("#add-city-button").click();
  assert.match(await page.locator("#city-error").textContent(), /does not know that time zone/);
  assert.equal(await page.locator(".candidate").count(), 0);
  page.assertClean();
  await context.close();
});

test("the locations feed the business case options", async () => {
  const { context, page } = await newPage(s.browser);
  await exampleAt(page, s.url, "location");
  assert.match(await page.locator("#location-recommendation").textContent(), /^Recommended: Colombia/);
  await page.locator("#use-locations").click();
  assert.match(await page.locator(".notices").textContent(), /The business case options are now: Colombia · Dedicated team \(7 h overlap\).*They replace: Colombia · Dedicated team \(7 h overlap\); Poland/);
  await page.goto(`${s.url}?step=business`);
  await ready(page);
  assert.equal(await page.locator(".option").count(), 4);
  // The countries are kept (Colombia first, the recommended one), and the notice says
  // what the options are now and what they replace.
  assert.equal(await page.locator("#option-0-region").inputValue(), "America/Bogota");
  assert.match(await page.locator("#option-0-name").textContent(), /Colombia · Dedicated team/);
  // Colombia's typical overlap with New York is 7 hours.
  assert.equal(await page.locator("#option-0-overlap").inputValue(), "7");
  page.assertClean();
  await context.close();
});
