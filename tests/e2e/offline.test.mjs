// Offline: after the first visit the planner loads without a network, and a new build is
// offered with "Reload to update", never forced and never stale forever.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, newPage, ready, serveDist } from "./harness.mjs";

let app, browser, newBuild = false;
before(async () => {
  // Flipping `newBuild` serves a different sw.js, as a new deployment would.
  app = await serveDist({
    transform: (path, body) =>
      newBuild && path === "/sw.js" ? Buffer.from(body.toString().replace(/offshoring-planner-([0-9a-f]+)"/, 'offshoring-planner-$1-next"')) : body,
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
});

test("after the first visit the planner works offline, and a new version is offered", async () => {
  const { context, page } = await newPage(browser);
  await page.goto(app.url);
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await page.getByLabel("Team size (engineers)").fill("11");

  await context.setOffline(true);
  await page.goto(`${app.url}?step=work`);
  await ready(page);
  assert.equal((await page.locator("h1#step-heading").textContent()).trim(), "Work selection");
  // Each step's own file, never opened online, comes from the offline cache.
  await page.getByLabel("Maintenance of stable systems").waitFor();
  await page.getByRole("link", { name: /^Plan/ }).click();
  await page.locator("#share-link-button").waitFor();
  await page.getByRole("link", { name: /Business case/ }).click();
  assert.equal(await page.getByLabel("Team size (engineers)").inputValue(), "11");
  await context.setOffline(false);

  newBuild = true;
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const notice = page.locator(".notice", { hasText: "A new version of the planner is ready" });
  await notice.waitFor({ timeout: 60_000 });
  const reloaded = page.waitForEvent("load");
  await notice.getByRole("button", { name: "Reload to update" }).click();
  await reloaded;
  await ready(page);
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1, "the old version's cache is gone");
  assert.match(caches[0], /-next$/);
  assert.equal(await page.getByLabel("Team size (engineers)").inputValue(), "11", "answers kept");
  page.assertClean();
  await context.close();
});

test("the app can be installed: a manifest with icons", async () => {
  const { context, page } = await newPage(browser);
  await page.goto(app.url);
  await ready(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await page.request.get(new URL(href, app.url).href)).json();
  assert.equal(manifest.name, "Offshoring planner");
  assert.equal(manifest.display, "standalone");
  const sizes = manifest.icons.map((i) => i.sizes);
  assert.ok(sizes.includes("192x192") && sizes.includes("512x512"));
  for (const icon of manifest.icons) {
    const res = await page.request.get(new URL(icon.src, app.url).href);
    assert.equal(res.status(), 200, icon.src);
  }
  page.assertClean();
  await context.close();
});
