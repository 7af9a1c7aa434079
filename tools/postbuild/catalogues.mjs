// Post-build step (after split.mjs): the site's build compiles in English only
// (src/i18n/fetched.rs); the build script wrote every other language's messages
// (build/catalogues.rs) into cargo's output folder. This puts each beside the app as
// `lang-<tag>-<hash>.json` (named after its contents, so a new build never meets an old
// cached file) and tells the app each file's name in a
// `<meta name="planner-catalogue-<tag>">` in index.html.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { profile, staging, targetDir } from "./config.mjs";

const stage = staging("catalogues.mjs");
const fail = (why) => {
  console.error(`catalogues.mjs: ${why}`);
  process.exit(1);
};
// The build script's folder of this build: the newest of the planner's (one per set of
// features and profile).
const builds = join(targetDir(), "wasm32-unknown-unknown", profile, "build");
const folders = existsSync(builds)
  ? readdirSync(builds)
      .filter((d) => d.startsWith("offshoring-planner-"))
      .map((d) => join(builds, d, "out", "catalogues"))
      .filter(existsSync)
  : [];
if (folders.length === 0) fail(`no catalogues written by the build script under ${builds}`);
const work = folders.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];

const htmlFile = join(stage, "index.html");
let html = readFileSync(htmlFile, "utf8");
const metas = [];
for (const name of readdirSync(work).sort()) {
  const m = name.match(/^lang-([a-zA-Z-]+)\.json$/);
  if (!m) fail(`unexpected file ${name} in ${work}`);
  const body = readFileSync(join(work, name));
  const named = `lang-${m[1]}-${createHash("sha256").update(body).digest("hex").slice(0, 16)}.json`;
  writeFileSync(join(stage, named), body);
  metas.push(`<meta name="planner-catalogue-${m[1]}" content="${named}" />`);
}
if (!html.includes("</head>")) fail("index.html has no </head>");
html = html.replace("</head>", `${metas.join("")}</head>`);
writeFileSync(htmlFile, html);
console.log(`catalogues.mjs: ${metas.length} catalogue file(s) written`);
