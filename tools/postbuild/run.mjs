// Trunk's one post-build hook (Trunk.toml). Trunk starts a stage's hooks all at once, and
// these steps must run in order: css.mjs drops the stylesheet's comments, split.mjs
// rewrites the WebAssembly files, catalogues.mjs puts the languages fetched at run time
// beside them, csp.mjs hashes the inline scripts into index.html, and offline.mjs lists
// and hashes every file for the service worker. See README.md in this folder.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

for (const step of ["css.mjs", "split.mjs", "catalogues.mjs", "csp.mjs", "offline.mjs"]) {
  try {
    execFileSync(process.execPath, [fileURLToPath(new URL(step, import.meta.url))], { stdio: "inherit" });
  } catch {
    // The step has said why; the build stops here.
    console.error(`post-build: ${step} failed (tools/postbuild/README.md)`);
    process.exit(1);
  }
}
