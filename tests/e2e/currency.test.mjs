// Currencies through the UI: a company in euros sees the US-dollar defaults converted at
// the dated reference rate (or only relabelled, if it says so), a hostile rate is
// refused with a message, and a contract in Colombian pesos widens the P10-P90 band.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, newPage, ready, openDetails, settledRun } from "./harness.mjs";

const s = suite();
const USD_PER_EUR = 1.1761; // ECB reference rate of 2026-05-08
const num = (t) => Number(t.replace(/[^\d.-]/g, ""));


test("a company in euros sees the defaults converted at the dated reference rate", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  const rate = num(await page.locator("#option-0-rate-likely").inputValue());
  await page.locator("#currency").selectOption("EUR");
  const dialog = page.locator("#confirm-yes");
  await dialog.waitFor();
  const question = await page.locator("#confirm-question").textContent();
  assert.match(question, /1 USD = 0\.8503 EUR \(reference rates of 2026-05-08\)/, question);
  await page.getByRole("button", { name: "Convert the amounts" }).click();
  await page.waitForFunction(
    (want) => Math.abs(Number(document.getElementById("option-0-rate-likely").value) - want) < 0.01,
    Math.round((rate / USD_PER_EUR) * 100) / 100,
  );
  assert.match(await page.locator("#cost-table tbody tr").first().textContent(), /€/);
  // The salary, and where the rate comes from, with its date.
  await openDetails(page, "assumptions");
  const salary = num(await page.locator("#assume-salary-likely").inputValue());
  assert.ok(Math.abs(salary - 144_570 / USD_PER_EUR) < 0.01, `salary ${salary}`);
  assert.match(await page.locator("#fx-reference").textContent(), /85\.03 EUR per 100 US dollars, from the European Central Bank's euro reference rates of 8 May 2026/);
  // A hostile rate: a message on the field, and nothing changes.
  const before = await page.locator("#cost-table").textContent();
  assert.equal(await page.locator("#usd-rate").inputValue(), "85.03");
  for (const bad of ["0", "-2", "abc", "500000000"]) {
    await page.locator("#usd-rate").fill(bad);
    assert.equal(await page.locator("#usd-rate").getAttribute("aria-invalid"), "true", bad);
  }
  assert.equal(await page.locator("#cost-table").textContent(), before);
  // Pounds, only relabelled: the numbers stay.
  await page.locator("#currency").selectOption("GBP");
  await page.getByRole("button", { name: "Only relabel" }).click();
  await page.waitForFunction(() => document.querySelector("#cost-table tbody tr").textContent.includes("£"));
  assert.equal(num(await page.locator("#option-0-rate-likely").inputValue()), Math.round((rate / USD_PER_EUR) * 100) / 100);
  page.assertClean();
  await context.close();
});

test("a contract in Colombian pesos widens the P10-P90 band of savings", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.getByRole("button", { name: "Load example plan" }).click();
  // Three years: the drift re-prices the contract from month 13, once a year.
  await page.locator("#horizon").fill("36");
  const band = async () => {
    await settledRun(page);
    const r = page.locator("#uncertainty-table tbody tr", { has: page.locator("th", { hasText: "Colombia" }) });
    const cells = await r.locator("td").allTextContents();
    const p10 = num(cells[3]);
    const p90 = num(cells[5]);
    return p90 - p10;
  };
  const usd = await band();
  await openDetails(page, "assumptions");
  assert.match(await page.locator("#option-0-drift").textContent(), /no exchange-rate drift/);
  await page.locator("#option-0-contract").selectOption("COP");
  assert.match(await page.locator("#option-0-drift").textContent(), /−15% to 15% a year|-15% to 15% a year/);
  await page.waitForTimeout(600);
  const cop = await band();
  assert.ok(cop > usd * 1.05, `P10-P90 ${usd} with a dollar contract, ${cop} in pesos`);
  page.assertClean();
  await context.close();
});
