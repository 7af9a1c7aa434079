// English and Spanish: chosen from the browser, switchable at any time without losing
// input, with numbers and money written the language's way, in the page and the exports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { suite, newPage, ready, openDetails } from "./harness.mjs";

const s = suite();
const CATALOGUE = /\/lang-es-[0-9a-f]{16}\.json$/;
const STEPS = ["business", "work", "engagement", "location", "plan"];

test("a Spanish browser gets Spanish, with Spanish numbers and a Spanish title", async () => {
  const { context, page } = await newPage(s.browser, { locale: "es-MX" });
  await page.goto(s.url);
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  assert.equal(await page.title(), "Paso 1 de 5: Caso de negocio");
  assert.equal((await page.locator("h1#step-heading").textContent()).trim(), "Caso de negocio");
  assert.equal(await page.locator("#language").inputValue(), "es");
  // The salary default is written with Spanish separators, and typed the same way.
  await openDetails(page, "assumptions");
  const salary = page.locator("#assume-salary-likely");
  assert.equal(await salary.inputValue(), "144.570");
  await salary.fill("150.000,5");
  await salary.blur();
  assert.equal(await salary.getAttribute("aria-invalid"), null);
  const saved = JSON.parse(await page.evaluate(async () => { await new Promise((r) => setTimeout(r, 50)); return localStorage.getItem("offshoring-planner.plan"); }));
  assert.equal(saved.plan.business.assumptions.salary.likely, 150000.5);
  // English-style input is refused with a message, not misread.
  await salary.fill("0.18");
  assert.equal(await salary.getAttribute("aria-invalid"), "true");
  assert.match(await page.locator("#assume-salary-likely-error").textContent(), /coma decimal/);
  page.assertClean();
  await context.close();
});

test("switching language keeps every answer, and the exports follow it", async () => {
  const { context, page } = await newPage(s.browser);
  await page.goto(s.url);
  await ready(page);
  await page.getByRole("button", { name: "Load example plan" }).click();
  await page.getByLabel("Scope, in one sentence").fill("Portal de clientes");
  await page.locator("#language").selectOption("es");
  // Spanish is fetched the first time it is chosen (the site compiles in only English).
  await page.locator("h1#step-heading", { hasText: "Caso de negocio" }).waitFor();
  assert.equal(await page.getByLabel("Alcance, en una frase").inputValue(), "Portal de clientes");
  assert.equal(await page.getByLabel("Tamaño del equipo (ingenieros)").inputValue(), "8");
  await page.goto(`${s.url}?step=plan`);
  await ready(page);
  // A named plan (the example is) names the page on its step: the saved PDF's title.
  await page.waitForFunction(() => document.title === "Customer portal: a nearshore team");
  const d = page.waitForEvent("download");
  await page.locator("#download-markdown").click();
  const md = readFileSync(await (await d).path(), "utf8");
  assert.match(md, /^# Plan de offshoring/m);
  assert.match(md, /## Resumen ejecutivo/);
  assert.match(md, /USD \d{1,3}(\.\d{3})+/, "amounts use Spanish grouping");
  // The choice is kept across reloads, over the browser's language.
  await page.reload();
  await ready(page);
  assert.equal(await page.locator("#language").inputValue(), "es");
  await page.locator("#language").selectOption("en");
  assert.equal((await page.locator("h1#step-heading").textContent()).trim(), "Plan");
  page.assertClean();
  await context.close();
});

for (const embed of [false, true]) {
  test(`Spanish: axe finds no WCAG 2.2 AA violation on any step, light and dark, ${embed ? "embedded" : "standalone"}`, async () => {
    const query = embed ? "embed=1&" : "";
    for (const scheme of ["light", "dark"]) {
      const { context, page } = await newPage(s.browser, { locale: "es-ES" });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${s.url}?${query}step=business`);
      await ready(page);
      await page.getByRole("button", { name: "Cargar el plan de ejemplo" }).click();
      const found = [];
      for (const step of STEPS) {
        await page.goto(`${s.url}?${query}step=${step}`);
        await ready(page);
        const { violations } = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
        for (const v of violations) found.push(`${scheme} ${step}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      }
      assert.deepEqual(found, []);
      page.assertClean();
      await context.close();
    }
  });
}

test("Spanish: the whole wizard works from the keyboard, focus on each new heading", async () => {
  const { context, page } = await newPage(s.browser, { locale: "es-ES" });
  await page.goto(s.url);
  await ready(page);
  for (const [i, name] of ["Selección del trabajo", "Modelo de colaboración", "Offshore o nearshore", "Plan"].entries()) {
    await page.locator("#next").focus();
    await page.keyboard.press("Enter");
    assert.equal((await page.locator("h1#step-heading").textContent()).trim(), name);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "step-heading");
    assert.equal(await page.title(), `Paso ${i + 2} de 5: ${name}`);
  }
  page.assertClean();
  await context.close();
});

test("an English visit fetches no other language; a Spanish one has Spanish from the first paint", async () => {
  const english = await newPage(s.browser);
  const fetched = [];
  english.page.on("request", (r) => { if (CATALOGUE.test(new URL(r.url()).pathname)) fetched.push(r.url()); });
  await english.page.goto(s.url, { waitUntil: "networkidle" });
  await ready(english.page);
  assert.deepEqual(fetched, []);
  await english.context.close();

  const { context, page } = await newPage(s.browser, { locale: "es-ES" });
  // Spanish needs its file and its small reader, not the JSON reader (nothing is saved).
  const parts = [];
  page.on("request", (r) => { const m = new URL(r.url()).pathname.match(/\/split_planner_(\w+)-[0-9a-f]{16}\.wasm$/); if (m) parts.push(m[1]); });
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      const h = document.getElementById("step-heading");
      if (h) { window.__firstHeading = h.textContent; obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(s.url);
  await ready(page);
  assert.equal(await page.evaluate(() => window.__firstHeading), "Caso de negocio", "never English first");
  // (The results' file follows the reader's first gesture, which ready() makes.)
  assert.deepEqual(parts.filter((p) => p !== "case_results"), ["catalogue"]);
  page.assertClean();
  await context.close();
});

test("when Spanish does not arrive the planner says so in English, keeps working, and retries when chosen", async () => {
  // No service worker: it would fetch the file for offline use, out of the route's reach.
  const { context, page } = await newPage(s.browser, { locale: "es-ES", serviceWorkers: "block" });
  await page.route(CATALOGUE, (route) => route.abort("internetdisconnected"));
  await page.goto(s.url);
  await ready(page);
  assert.equal((await page.locator("h1#step-heading").textContent()).trim(), "Business case");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await page.locator("#language").inputValue(), "en");
  const notice = page.locator(".notice-urgent", { hasText: "could not be loaded" });
  assert.match(await notice.textContent(), /The messages in Español could not be loaded, so the planner shows English\./);
  await page.getByLabel("Team size (engineers)").fill("6");

  // Chosen again while still unreachable: the menu goes back to English, one notice.
  await page.locator("#language").focus();
  await page.locator("#language").selectOption("es");
  await page.waitForFunction(() => document.getElementById("language").value === "en");
  assert.equal(await notice.count(), 1);

  await page.unroute(CATALOGUE);
  await page.locator("#language").selectOption("es");
  await page.locator("h1#step-heading", { hasText: "Caso de negocio" }).waitFor();
  assert.equal(await page.getByLabel("Tamaño del equipo (ingenieros)").inputValue(), "6", "answers kept");
  await context.close();
});
