// Post-build step (run by run.mjs, first): drops the comments from the release build's
// stylesheet, which every first load fetches (0.7 KB brotli of its 5.3). The file keeps
// Trunk's name, a hash of the source; a debug build (`trunk serve`) keeps them. An
// optional size pass ("css-comments", see config.mjs).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { passOn, profile, staging } from "./config.mjs";
import { withoutComments } from "./minify.mjs";

const dir = staging("css.mjs");
if (profile === "release" && passOn("css-comments")) {
  const sheets = readdirSync(dir).filter((f) => f.endsWith(".css"));
  if (sheets.length === 0) {
    console.error("css.mjs: no stylesheet in the build; Trunk's output changed");
    process.exit(1);
  }
  for (const f of sheets) {
    const path = join(dir, f);
    try {
      writeFileSync(path, withoutComments(readFileSync(path, "utf8")));
    } catch (e) {
      console.error(`css.mjs: ${f}: ${e.message}`);
      process.exit(1);
    }
  }
  console.log(`css.mjs: comments dropped from ${sheets.join(", ")}`);
}
