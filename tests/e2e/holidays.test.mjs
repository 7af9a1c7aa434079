// Public holidays on the location step: Chicago against Colombia lists the weekdays
// that clash, with the holidays' names, Colombia's Monday-moved Epiphany on its date.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, newPage, ready, exampleAt, openDetails } from "./harness.mjs";

const s = suite();

test("Chicago against Colombia: the clash list with names, Epiphany moved to Monday", async () => {
  const { context, page } = await newPage(s.browser, { timezoneId: "America/Chicago" });
  await page.goto(s.url);
  await ready(page);
  await page.locator("#start-date").fill("2027-01-04");
  await page.goto(`${s.url}?step=location`);
  await ready(page);
  await page.locator("#hq-zone").fill("America/Chicago");
  while ((await page.locator(".candidate").count()) > 0) {
    await page.locator(".candidate button").first().click();
  }
  await page.locator("#add-country").selectOption({ label: "Colombia" });
  await page.locator("#add-country-button").click();
  // Headquarters' country from its zone, national holidays only, and the source.
  assert.match(await page.locator("#holidays-hint").textContent(), /National public holidays only.*date-holidays library 3\.37\.0.*Headquarters: United States, from its time zone/);
  const row = page.locator("#holiday-table tbody tr", { has: page.locator("th", { hasText: "Colombia" }) });
  const [country, days, hours, daily] = (await row.locator("td").allTextContents()).map((t) => t.trim());
  assert.equal(country, "Colombia");
  assert.ok(Number(days) > 220 && Number(days) < 261, `shared working days ${days}`);
  assert.match(hours, /^[\d,.]+ h$/);
  assert.match(daily, /^\d(\.\d)? h$/);
  // The clashes, each side's, with the holidays' names.
  const details = page.locator("details.holiday-details", { hasText: "Colombia" });
  await details.locator("summary").click();
  const clashes = await details.locator("ul.clashes").textContent();
  assert.match(clashes, /Jan 11, 2027: Epiphany, the team is off while headquarters works/);
  assert.doesNotMatch(clashes, /Jan 6, 2027/, "Epiphany is not on 6 January in Colombia");
  assert.match(clashes, /Jan 18, 2027: Martin Luther King Jr\. Day, headquarters is off while the team works/);
  assert.match(clashes, /Nov 25, 2027: Thanksgiving Day, headquarters is off/);
  // The months chart: twelve bars with the figures in its description.
  assert.equal(await details.locator("svg rect").count(), 12);
  assert.match(await details.locator("svg desc").textContent(), /Month 1: [\d.]+ h; Month 2/);
  // Headquarters' holidays chosen by hand: the United Kingdom's instead of its zone's.
  await page.locator("#hq-holidays").selectOption("GB");
  await page.waitForFunction(() => document.getElementById("holidays-hint").textContent.includes("Headquarters: United Kingdom"));
  await page.locator("details.holiday-details", { hasText: "Colombia" }).locator("summary").click();
  assert.match(await page.locator("details.holiday-details", { hasText: "Colombia" }).locator("ul.clashes").textContent(), /Easter Monday, headquarters is off/);
  await page.locator("#hq-holidays").selectOption("");
  // In Spanish, the names the library translates.
  await page.locator("#language").selectOption("es");
  await page.waitForFunction(() => document.documentElement.lang === "es");
  const es = page.locator("details.holiday-details", { hasText: "Colombia" });
  await es.locator("summary").click();
  await page.waitForFunction(() => [...document.querySelectorAll("ul.clashes")].some((u) => u.textContent.includes("Día de los Reyes Magos")));
  assert.match(await es.locator("ul.clashes").textContent(), /11 ene 2027: Día de los Reyes Magos/);
  await page.locator("#language").selectOption("en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  // The business case takes the effective daily overlap, holidays counted.
  await page.locator("#use-locations").click();
  await page.goto(`${s.url}?step=business`);
  await ready(page);
  assert.equal(Number(await page.locator("#option-0-overlap").inputValue()), Number(daily.replace(" h", "")));
  page.assertClean();
  await context.close();
});

test("a team on a shift: its premium is added to the rate, said with its reason, and kept in step", async () => {
  const { context, page } = await newPage(s.browser);
  await exampleAt(page, s.url, "location");
  // India (candidate 3) moves to 13:00-22:00 to reach New York: outside the usual day.
  await page.locator("#cand-3-start").fill("13:00");
  await page.locator("#cand-3-end").fill("22:00");
  const note = page.locator(".candidate", { has: page.locator("#cand-3-name") }).locator(".shift-note");
  await note.waitFor();
  assert.match(await note.textContent(), /Outside the usual day of 08:00–18:00: the business case adds a shift premium \(10% likely\)/);
  // The example's India option was made before: the step says it is out of date.
  assert.match(await page.locator("#overlap-stale").textContent(), /India · Dedicated team works 13:00–22:00 local time \(a shift premium applies\)/);
  await page.locator("#use-computed-overlap").click();
  await page.locator("#overlap-stale").waitFor({ state: "hidden" });
  await page.goto(`${s.url}?step=business`);
  await ready(page);
  await openDetails(page, "assumptions");
  const reason = page.locator("#option-2-shift-reason");
  await reason.waitFor();
  assert.match(await reason.textContent(), /works 13:00–22:00 local time, outside the usual day of 08:00–18:00/);
  assert.equal(await page.locator("#option-2-shift-likely").inputValue(), "10");
  // The formula shows the premium in the option's hourly cost.
  await openDetails(page, "formulas");
  const india = page.locator("h4:has-text(\"India\") + ul.formula-lines");
  await india.waitFor();
  assert.match(await india.textContent(), /q = rate \$30 an hour × \(1 \+ shift premium 10%\) × 160 hours = \$5,280 a month/);
  page.assertClean();
  await context.close();
});
