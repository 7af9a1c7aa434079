// Trunk post-build step (run by post-build.mjs, after split.mjs): the site's build
// compiles in English only (src/i18n/fetched.rs), so this writes every other language's
// messages beside it as `lang-<tag>-<hash>.json` (named after its contents, so a new
// build never meets an old cached file) and tells the app each file's name in a
// `<meta name="planner-catalogue-<tag>">` in index.html.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) {
  console.error("catalogues.mjs runs after a Trunk build (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
const root = resolve(process.env.TRUNK_SOURCE_DIR ?? ".");
const work = mkdtempSync(join(tmpdir(), "planner-catalogues-"));
try {
  const names = execFileSync("cargo", ["run", "--quiet", "--example", "catalogue", "--", work], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter(Boolean);
  const htmlFile = join(stage, "index.html");
  let html = readFileSync(htmlFile, "utf8");
  const metas = [];
  for (const name of names) {
    const m = name.match(/^lang-([a-zA-Z-]+)\.json$/);
    if (!m) throw new Error(`catalogues.mjs: unexpected file ${name}`);
    const body = readFileSync(join(work, name));
    const named = `lang-${m[1]}-${createHash("sha256").update(body).digest("hex").slice(0, 16)}.json`;
    writeFileSync(join(stage, named), body);
    metas.push(`<meta name="planner-catalogue-${m[1]}" content="${named}" />`);
  }
  if (!html.includes("</head>")) throw new Error("catalogues.mjs: index.html has no </head>");
  html = html.replace("</head>", `${metas.join("")}</head>`);
  writeFileSync(htmlFile, html);
  console.log(`catalogues.mjs: ${metas.length} catalogue file(s) written`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
