// The keystroke measurement shared by the benchmark and the profiler: the business step
// with the example plan, and the time from each team-size input to the cost table's
// first change.
import { ready } from "../tests/e2e/harness.mjs";

/** Loads the example plan and opens its business step. */
export async function exampleBusinessStep(page, url) {
  await page.goto(url);
  await ready(page);
  await page.locator("#load-example").click();
  await page.goto(`${url}?step=business`);
  await ready(page);
  // The results' file follows the first gesture (ready makes one): wait for its table.
  await page.locator("#cost-table tbody tr").first().waitFor();
}

/** Types `n` team sizes, `gap` ms apart; returns each input's milliseconds until the
 * element `watched` (by default the cost table) changes. */
export function typeTeamSizes(page, n, gap = 100, watched = "cost-table") {
  return page.evaluate(async ([n, gap, watched]) => {
    const input = document.getElementById("team-size");
    const table = document.getElementById(watched);
    const out = [];
    for (let i = 0; i < n; i++) {
      const changed = new Promise((res) => {
        const mo = new MutationObserver(() => { mo.disconnect(); res(performance.now()); });
        mo.observe(table, { subtree: true, childList: true, characterData: true });
      });
      const t0 = performance.now();
      input.value = String(9 + (i % 2));
      input.dispatchEvent(new Event("input", { bubbles: true }));
      out.push((await changed) - t0);
      await new Promise((r) => setTimeout(r, gap));
    }
    return out;
  }, [n, gap, watched]);
}
