// Screenshots of every step with the example plan, at 360 px and 1280 px, in both themes
// (and in Spanish, whose words run longer), kept in tests/e2e/artifacts/ for review.
// At 360 px nothing may scroll sideways.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { suite, newPage, ready, exampleAt } from "./harness.mjs";

const s = suite();
const OUT = resolve(import.meta.dirname, "artifacts");
const STEPS = ["business", "work", "engagement", "location", "plan"];

for (const [locale, lang] of [["en-US", "en"], ["es-ES", "es"]]) {
  for (const theme of ["light", "dark"]) {
    test(`screenshots, ${lang}, ${theme}: every step at 360 and 1280 px, no sideways scrolling at 360`, async () => {
      mkdirSync(OUT, { recursive: true });
      const overflows = [];
      for (const width of [360, 1280]) {
        const { context, page } = await newPage(s.browser, { width, height: 800, locale });
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(s.url);
        await ready(page);
        await page.locator("#load-example").click();
        for (const step of STEPS) {
          await page.goto(`${s.url}?step=${step}`);
          await ready(page);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (width === 360 && overflow > 0) overflows.push(`${step}: ${overflow}px`);
          await page.screenshot({ path: `${OUT}/${step}-${width}-${theme}-${lang}.png`, fullPage: true });
        }
        page.assertClean();
        await context.close();
      }
      assert.deepEqual(overflows, [], "wider than a 360 px screen");
    });
  }
}

test("the charts' labels stay legible on a phone, and no larger than needed on a desktop", async () => {
  for (const [width, min, max] of [[360, 9, 12], [1280, 12, 20]]) {
    const { context, page } = await newPage(s.browser, { width, height: 900 });
    for (const step of ["business", "location"]) {
      await exampleAt(page, s.url, step);
      await page.locator("svg.chart text").first().waitFor();
      const heights = await page.locator("svg.chart text").evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height).filter((h) => h > 0));
      assert.ok(heights.length > 10, `${step}: the charts have labels`);
      const [low, high] = [Math.min(...heights), Math.max(...heights)];
      assert.ok(low >= min && high <= max, `${step} at ${width} px: chart labels ${low.toFixed(1)} to ${high.toFixed(1)} px high, want ${min} to ${max}`);
    }
    await context.close();
  }
});
