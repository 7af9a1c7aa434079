// Embedding: the app in a cross-origin iframe on a second loopback port (resizing, theme,
// accent), in a sandboxed frame whose storage is blocked, the snippet panel, and the
// whitelisted URL parameters.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, newPage, ready, serveDist, serveHost } from "./harness.mjs";

let app, browser;
const hosts = [];
before(async () => {
  // CORS lets a sandboxed frame (an opaque origin) load the app's module script and wasm.
  app = await serveDist({ headers: { "access-control-allow-origin": "*" } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  for (const h of hosts) await h.close();
});

/** An embedder's page with the given iframe attributes and the resizer script. */
async function hostPage(query, attrs = "", frameWidth = "100%") {
  const html = `<!doctype html><html><head><title>Embedder</title></head>
<body style="margin:0;background:#fdf6e3">
<h1>Our consulting site</h1>
<iframe data-planner-embed title="Offshoring planner" ${attrs}
  src="${app.url}${query}" style="width:${frameWidth};height:300px;border:0"></iframe>
<script>window.messages = []; addEventListener("message", (e) => window.messages.push(e.data));</script>
<script src="${app.url}embed.js"></script>
</body></html>`;
  const host = await serveHost(html);
  hosts.push(host);
  return host.url;
}

const frameHeight = (page) =>
  page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);

test("in a cross-origin iframe the planner is compact, themed, and the frame follows its height", async () => {
  const { context, page } = await newPage(browser, { width: 1100 });
  await page.goto(await hostPage("?embed=1&theme=dark&accent=%23c0ffee"));
  const frame = page.frameLocator("iframe");
  await frame.locator("h1#step-heading").waitFor();
  const inner = page.frames().find((f) => f.url().startsWith(app.url));
  // Embed mode: no tagline, no embed panel, a transparent page, dark theme, the accent.
  const look = await inner.evaluate(() => {
    const root = document.documentElement;
    const css = getComputedStyle(root);
    return {
      embed: root.hasAttribute("data-embed"),
      theme: root.getAttribute("data-theme"),
      background: css.backgroundColor,
      accent: css.getPropertyValue("--accent"),
      tagline: getComputedStyle(document.querySelector(".tagline")).display,
      panel: document.querySelector("#embed-panel") !== null,
    };
  });
  assert.deepEqual(
    { ...look, accent: undefined },
    // Dark keeps its own background so light text always reads (light is transparent).
    { embed: true, theme: "dark", background: "rgb(18, 22, 28)", accent: undefined, tagline: "none", panel: false },
  );
  assert.match(look.accent, /light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)/);
  // The resizer sets the frame to the planner's height, and follows it.
  await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 300);
  const appHeight = () => inner.evaluate(() => Math.ceil(document.querySelector(".app").getBoundingClientRect().height));
  assert.ok(Math.abs((await frameHeight(page)) - (await appHeight())) <= 1);
  const before = await frameHeight(page);
  await frame.getByRole("link", { name: /Offshore vs nearshore/ }).click();
  // The step's own file arrives after its heading shows: the frame follows each change.
  await frame.locator("#hq-zone").waitFor();
  await page.waitForFunction((h) => document.querySelector("iframe").getBoundingClientRect().height !== h, before);
  let settled = false;
  for (let i = 0; i < 40 && !settled; i++) {
    settled = Math.abs((await frameHeight(page)) - (await appHeight())) <= 1;
    if (!settled) await page.waitForTimeout(50);
  }
  assert.ok(settled, `the frame (${await frameHeight(page)} px) follows the planner (${await appHeight()} px)`);
  // Only the height ever reaches the parent.
  const messages = await page.evaluate(() => window.messages);
  assert.ok(messages.length >= 2);
  for (const m of messages) assert.deepEqual(Object.keys(m).sort(), ["height", "type"]);
  assert.ok(messages.every((m) => m.type === "planner:resize" && Number.isInteger(m.height)));
  page.assertClean();
  await context.close();
});

test("at 320 px wide the embedded planner fits without sideways scrolling", async () => {
  // The frame is exactly 320 px wide (the host page's own scrollbar does not eat into it).
  const { context, page } = await newPage(browser, { width: 400, height: 700 });
  await page.goto(await hostPage("?embed=1", "", "320px"));
  const frame = page.frameLocator("iframe");
  await frame.locator("h1#step-heading").waitFor();
  await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 300);
  const inner0 = page.frames().find((f) => f.url().startsWith(app.url));
  assert.equal(await inner0.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    "rgba(0, 0, 0, 0)", "light embed mode lets the host page show through");
  for (const step of ["Business case", "Work selection", "Engagement model", "Offshore vs nearshore", "Plan"]) {
    await frame.getByRole("link", { name: new RegExp(step) }).click();
    await frame.locator("h1#step-heading").waitFor();
    const inner = page.frames().find((f) => f.url().startsWith(app.url));
    const overflow = await inner.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${step}: ${overflow}px wider than the frame`);
  }
  page.assertClean();
  await context.close();
});

test("in a sandboxed frame with storage blocked the planner runs in memory and offers an export", async () => {
  const { context, page } = await newPage(browser);
  await page.goto(await hostPage("?embed=1", 'sandbox="allow-scripts allow-downloads"'));
  const frame = page.frameLocator("iframe");
  await frame.locator("h1#step-heading").waitFor();
  const notice = frame.locator(".notice-urgent");
  assert.match(await notice.textContent(), /not letting the planner save/);
  await frame.getByLabel("Team size (engineers)").fill("7");
  await frame.getByRole("button", { name: /^Next/ }).click();
  await frame.getByRole("button", { name: /^Back/ }).click();
  assert.equal(await frame.getByLabel("Team size (engineers)").inputValue(), "7");
  const download = page.waitForEvent("download");
  await notice.getByRole("button", { name: "Download the plan (JSON)" }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), "offshoring-plan.json");
  const text = await (await import("node:fs/promises")).readFile(await file.path(), "utf8");
  assert.equal(JSON.parse(text).plan.business.team_size, 7);
  // Resizing works for a sandboxed (opaque-origin) frame too.
  await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 300);
  page.assertClean();
  await context.close();
});

test("the snippet panel builds working embed code, preset included", async () => {
  const { context, page } = await newPage(browser);
  await page.goto(app.url);
  await ready(page);
  await page.locator("#option-0-setup").fill("12345");
  await page.locator("#embed-panel summary").click();
  const code = page.locator("#embed-code");
  assert.match(await code.inputValue(), /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1" title="Offshoring planner" loading="lazy"/);
  assert.match(await code.inputValue(), /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
  // A bad colour is explained and left out.
  await page.locator("#embed-accent").fill("blue");
  assert.equal(await page.locator("#embed-accent").getAttribute("aria-invalid"), "true");
  assert.match(await page.locator("#embed-accent-error").textContent(), /hex colour/);
  assert.doesNotMatch(await code.inputValue(), /accent=/);
  await page.locator("#embed-accent").fill("#1A7F5A");
  await page.locator("#embed-theme").selectOption("light");
  await page.locator("#embed-currency").selectOption("EUR");
  await page.locator("#embed-preset").check();
  const snippet = await code.inputValue();
  assert.match(snippet, /accent=1a7f5a&amp;theme=light&amp;currency=EUR&amp;preset=p2\./);

  // Pasted into an embedder's page, the frame starts new plans from the preset.
  const host = await serveHost(`<!doctype html><title>Embedder</title><body>${snippet}</body>`);
  hosts.push(host);
  const other = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const visitor = await other.newPage();
  await visitor.goto(host.url);
  const frame = visitor.frameLocator("iframe");
  await frame.locator("h1#step-heading").waitFor();
  // The preset's amounts are in its plan's currency (US dollars here): a visitor in
  // euros gets them converted at the reference rate, 12,345 / 1.1761.
  assert.equal(await frame.locator("#option-0-setup").inputValue(), "10,496.56");
  assert.equal(await frame.locator("#currency").inputValue(), "EUR");
  await frame.getByRole("button", { name: "Start over" }).click();
  await frame.getByRole("button", { name: "Yes, clear everything" }).click();
  assert.equal(await frame.locator("#option-0-setup").inputValue(), "10,496.56", "start over keeps the preset");
  await other.close();
  page.assertClean();
  await context.close();
});

test("URL parameters: whitelisted ones apply, malformed ones are ignored and never shown", async () => {
  const { context, page } = await newPage(browser);
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  const hostile = "?accent=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&theme=%3Cscript%3Ealert(2)%3C/script%3E" +
    "&lang=%22%3E%3Csvg%20onload%3Dalert(3)%3E&currency=%3Cb%3EX&preset=javascript:alert(4)&evil=%3Cscript%3Ealert(5)%3C/script%3E";
  await page.goto(app.url + hostile);
  await ready(page);
  const html = await page.content();
  for (const bad of ["onerror", "onload", "alert(", "evil"]) assert.ok(!html.includes(bad), `${bad} reflected`);
  const root = await page.evaluate(() => ({
    theme: document.documentElement.getAttribute("data-theme"),
    embed: document.documentElement.hasAttribute("data-embed"),
    style: document.documentElement.getAttribute("style"),
    lang: document.documentElement.lang,
  }));
  assert.deepEqual(root, { theme: null, embed: false, style: null, lang: "en" });
  assert.equal(await page.locator("#currency").inputValue(), "USD");
  assert.equal(dialogs, 0);

  await page.goto(app.url + "?currency=GBP&theme=dark&lang=en");
  await ready(page);
  // A saved plan keeps its own currency; a new one takes the embedder's.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
  assert.equal(await page.locator("#currency").inputValue(), "GBP");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  page.assertClean();
  await context.close();
});
