// What a first visit fetches, measured in Chromium: every same-origin file the page
// requests until the network is idle (service-worker precaching, which happens after,
// is left out), with its raw, gzip and brotli size from the built files.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { serveDist, launch } from "../tests/e2e/harness.mjs";

export function compressed(data) {
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Loads `dir` (a built site) once in Chromium; returns [{ path, raw, gzip, brotli }]. */
export async function firstLoad(dir, browser) {
  const server = await serveDist({ root: dir });
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const paths = new Set();
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.origin === new URL(server.url).origin) paths.add(u.pathname);
  });
  await page.goto(server.url, { waitUntil: "networkidle" });
  await context.close();
  await server.close();
  return [...paths].sort().map((p) => ({
    path: p,
    ...compressed(readFileSync(join(dir, p === "/" ? "index.html" : p.slice(1)))),
  }));
}

export function totals(rows) {
  return rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

export const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";

export function print(rows) {
  console.log(`${"first-load file".padEnd(50)} ${"raw".padStart(11)} ${"gzip".padStart(11)} ${"brotli".padStart(11)}`);
  for (const r of rows) console.log(`${r.path.padEnd(50)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
  const t = totals(rows);
  console.log(`${"total".padEnd(50)} ${kb(t.raw)} ${kb(t.gzip)} ${kb(t.brotli)}`);
  return t;
}

// Run directly: `node scripts/first-load.mjs dist [--max-brotli-kb N]` prints the table
// and, with a ceiling, fails when the brotli total is over it.
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--max-brotli-kb");
  const ceiling = at >= 0 ? Number(args.splice(at, 2)[1]) : null;
  if (ceiling !== null && !(ceiling > 0)) throw new Error("--max-brotli-kb needs a number of KB");
  const browser = await launch();
  try {
    const rows = await firstLoad(args[0] ?? "dist", browser);
    if (rows.length === 0) throw new Error("nothing was fetched: is there a build?");
    const total = print(rows);
    if (ceiling !== null) {
      const over = total.brotli / 1024 - ceiling;
      console.log(`ceiling ${ceiling} KB brotli: ${over > 0 ? `OVER by ${over.toFixed(1)} KB` : `${(-over).toFixed(1)} KB to spare`}`);
      if (over > 0) process.exitCode = 1;
    }
  } finally {
    await browser.close();
  }
}
