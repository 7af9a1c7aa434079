// Screenshots of every step with the example plan, at 360 px and 1280 px, in both themes
// (and in Spanish, whose words run longer), kept in tests/e2e/artifacts/ for review.
// At 360 px nothing may scroll sideways.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { suite, newPage, ready } from "./harness.mjs";

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
