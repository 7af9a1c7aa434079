// The printed plan (Chromium's PDF of the example): at most six pages, each numbered,
// the cover with the plan's name as the PDF's title, the charts, and none of the
// interface's controls or instructions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { suite, newPage, exampleAt } from "./harness.mjs";

const s = suite();

/** The PDF's pages as text, and its title. */
async function read(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((x) => x.str).join(" ").replace(/\s+/g, " "));
  }
  const { info } = await pdf.getMetadata();
  return { pages, title: info.Title };
}

const INTERFACE = [
  "Step 5 of 5", "or drop a .json file here", "Name of this plan", "Compare two scenarios",
  "Download Markdown", "Print or save as PDF", "Edit answers", "Notes for the plan",
  "Load example plan", "Start over", "Your answers stay in this browser", "Name of the plan (its title when printed)",
];

for (const format of ["A4", "Letter"]) {
  test(`the example plan prints in at most six ${format} pages, numbered, with its charts and no interface`, async () => {
    const { context, page } = await newPage(s.browser);
    await exampleAt(page, s.url, "plan");
    await page.locator("#cover-heading").waitFor();
    await page.locator(".plan-sections svg").first().waitFor();
    const { pages, title } = await read(await page.pdf({ format }));
    assert.ok(pages.length <= 6, `${pages.length} pages`);
    assert.equal(title, "Customer portal: a nearshore team");
    pages.forEach((text, i) => assert.match(text, new RegExp(`(^| )${i + 1} / ${pages.length}( |$)`), `page ${i + 1} has no number: ${text.slice(0, 60)}…`));
    // Compared without spaces: the PDF's text splits ligatures ("O ff shoring").
    const squeeze = (t) => t.replace(/\s+/g, "");
    const all = squeeze(pages.join(""));
    assert.ok(squeeze(pages[0]).includes(squeeze("Customer portal: a nearshore team Example Co. · VP Engineering · ")), "the cover");
    assert.match(all, /Offshoringplanner\d+\.\d+\.\d+/);
    for (const s of INTERFACE) assert.ok(!all.includes(squeeze(s)), `printed: "${s}"`);
    // The charts are printed (their SVG is laid out on paper).
    await page.emulateMedia({ media: "print" });
    const charts = await page.locator(".step-body svg").evaluateAll((svgs) => svgs.filter((x) => x.getBoundingClientRect().height > 40).length);
    assert.ok(charts >= 1, "no chart on paper");
    page.assertClean();
    await context.close();
  });
}
