// Accessibility: axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every step with the
// example plan loaded, in light and dark themes, standalone and in embed mode; and in two
// states no step shows on its own: a scenario's delete question, and a start that failed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { suite, newPage, ready, baselineAndCopy } from "./harness.mjs";

const s = suite();
const STEPS = ["business", "work", "engagement", "location", "plan"];
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

function describe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.slice(0, 5).map((n) => `    ${n.target.join(" ")}: ${n.failureSummary.split("\n").slice(1, 3).join(" ")}`).join("\n"))
    .join("\n");
}

for (const theme of ["light", "dark"]) {
  for (const embed of [false, true]) {
    const where = embed ? "embedded" : "standalone";
    test(`axe finds no WCAG 2.2 AA violation on any step: ${theme}, ${where}`, async () => {
      const { context, page } = await newPage(s.browser);
      await page.emulateMedia({ colorScheme: theme });
      const query = embed ? "embed=1&" : "";
      await page.goto(`${s.url}?${query}step=business`);
      await ready(page);
      await page.getByRole("button", { name: "Load example plan" }).click();
      const found = [];
      for (const step of STEPS) {
        await page.goto(`${s.url}?${query}step=${step}`);
        await ready(page);
        // The business step's results (fetched at the first gesture) and the plan's
        // summary are checked too.
        if (step === "business") await page.locator("#cost-table tbody tr").first().waitFor();
        if (step === "plan") await page.locator("#kpis").waitFor();
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        if (violations.length) found.push(`${step}:\n${describe(violations)}`);
      }
      assert.equal(found.length, 0, found.join("\n"));
      page.assertClean();
      await context.close();
    });
  }
}

for (const theme of ["light", "dark"]) {
  test(`axe finds no WCAG 2.2 AA violation in a scenario's delete question or a failed start: ${theme}`, async () => {
    const { context, page } = await newPage(s.browser, { serviceWorkers: "block" });
    await page.emulateMedia({ colorScheme: theme });
    await baselineAndCopy(page, s.url);
    await page.getByRole("button", { name: "Delete Baseline" }).click();
    await page.locator(".scenario-confirm").waitFor();
    const asking = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    assert.equal(asking.violations.length, 0, describe(asking.violations));
    page.assertClean();

    await page.route(/\/offshoring-planner-[0-9a-f]{16}_bg\.wasm$/, (route) => route.abort());
    await page.goto(s.url, { waitUntil: "domcontentloaded" });
    await page.waitForFunction(() => /could not start/.test(document.querySelector(".boot-status")?.textContent));
    const failed = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    assert.equal(failed.violations.length, 0, describe(failed.violations));
    await context.close();
  });
}

for (const [theme, locale] of [["light", "en-US"], ["dark", "es-ES"]]) {
  test(`axe finds no WCAG 2.2 AA violation in a past start date's warning and a shared plan read-only: ${theme}, ${locale}`, async () => {
    const { context, page } = await newPage(s.browser, { locale });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(s.url);
    await ready(page);
    await page.locator("#start-date").fill("2026-01-05");
    await page.locator("#start-date").blur();
    await page.locator("#start-past").waitFor();
    const past = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    assert.equal(past.violations.length, 0, describe(past.violations));
    // The example shared as a link, opened by someone with no plan of their own.
    await page.locator("header button").filter({ hasText: /example|ejemplo/i }).click();
    await page.locator(".confirm button").first().click().catch(() => {});
    await page.goto(`${s.url}?step=plan`);
    await ready(page);
    await page.locator("#share-link-button").click();
    const link = await page.locator("#share-link").inputValue();
    const other = await newPage(s.browser, { locale });
    await other.page.emulateMedia({ colorScheme: theme });
    await other.page.goto(link);
    await ready(other.page);
    await other.page.locator(".shared-banner").waitFor();
    await other.page.locator("#kpis").waitFor();
    const shared = await new AxeBuilder({ page: other.page }).withTags(TAGS).analyze();
    assert.equal(shared.violations.length, 0, describe(shared.violations));
    other.page.assertClean();
    page.assertClean();
    await other.context.close();
    await context.close();
  });
}
