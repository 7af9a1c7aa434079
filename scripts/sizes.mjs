// Prints the raw, gzip and brotli size of each file a first load fetches from a build.
// Usage: node scripts/sizes.mjs dist
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const loaded = new Set([".html", ".js", ".wasm", ".css", ".woff2", ".woff"]);

function files(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const rows = files(dir)
  .filter((p) => loaded.has(extname(p)))
  .map((p) => {
    const data = readFileSync(p);
    const br = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    return { p, raw: data.length, gz: gzipSync(data, { level: 9 }).length, br };
  });
if (rows.length === 0) {
  console.error(`no built files in ${dir}: did the release build run?`);
  process.exit(1);
}
console.log(`${"file".padEnd(50)} ${"raw".padStart(11)} ${"gzip".padStart(11)} ${"brotli".padStart(11)}`);
const total = { raw: 0, gz: 0, br: 0 };
for (const r of rows) {
  console.log(`${r.p.padEnd(50)} ${kb(r.raw)} ${kb(r.gz)} ${kb(r.br)}`);
  total.raw += r.raw;
  total.gz += r.gz;
  total.br += r.br;
}
console.log(`${"total".padEnd(50)} ${kb(total.raw)} ${kb(total.gz)} ${kb(total.br)}`);
