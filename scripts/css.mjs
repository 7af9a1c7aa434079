// Trunk post-build step (run by post-build.mjs, before offline.mjs hashes the files):
// drops the comments from the release build's stylesheet, which every first load fetches
// (0.7 KB brotli of its 5.3). The file keeps Trunk's name, a hash of the source; a debug
// build (`trunk serve`) keeps them.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withoutComments } from "./minify.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("css.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
if (process.env.TRUNK_PROFILE === "release") {
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
