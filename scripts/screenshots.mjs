// Screenshots of every step with the example plan loaded, at 360 px and 1280 px wide.
// Usage: node scripts/screenshots.mjs [outdir]   (needs a release build in dist/)
// Also refreshes docs/screenshot.png, the README's picture.
import { mkdirSync } from "node:fs";
import { serveDist, launch, newPage, ready } from "../tests/e2e/harness.mjs";

const out = process.argv[2] ?? "tests/e2e/artifacts";
mkdirSync(out, { recursive: true });
const server = await serveDist();
const browser = await launch();
try {
  for (const width of [360, 1280]) {
    const { context, page } = await newPage(browser, { width, height: 900 });
    await page.goto(server.url);
    await ready(page);
    await page.getByRole("button", { name: "Load example plan" }).click();
    await page.locator(".notice button", { hasText: "Dismiss" }).click();
    for (const step of ["business", "work", "engagement", "location", "plan"]) {
      await page.goto(`${server.url}?step=${step}`);
      await ready(page);
      const file = `${out}/${step}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(`${file}${overflow > 0 ? `  (horizontal overflow ${overflow}px)` : ""}`);
    }
    if (width === 1280) {
      // The README's picture: the cost case of the example plan, one screen high.
      await page.goto(`${server.url}?step=business`);
      await ready(page);
      await page.locator("#results").scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById("results").scrollIntoView());
      await page.waitForTimeout(300);
      await page.screenshot({ path: "docs/screenshot.png" });
    }
    page.assertClean();
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
