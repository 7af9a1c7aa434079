// Trunk post-build step (run by run.mjs, after split.mjs): adds a strict Content
// Security Policy to index.html, allowing exactly its inline scripts by their SHA-256
// (index.html's start-failure watcher and the bootstrap Trunk wrote), and writes
// `_headers` with the same policy plus what only a header can
// carry (frame-ancestors), for hosts that read that file (Netlify, Cloudflare Pages).
// See the repository README, "Build for hosting".
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
// `trunk serve` (debug) rewrites its live-reload script after this hook runs, so a hash
// taken here would block it: the policy goes only into release builds.
if (process.env.TRUNK_PROFILE !== "release") {
  console.log("csp.mjs: debug build, no policy added (release builds carry it)");
  process.exit(0);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
}
if (hashes.length === 0) {
  console.error("csp.mjs: no inline bootstrap script found in index.html; Trunk's output changed");
  process.exit(1);
}

export const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, "");
html = html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    ${meta}`);
if (!html.includes(meta)) {
  console.error("csp.mjs: could not place the policy after <meta charset>");
  process.exit(1);
}
writeFileSync(file, html);

// Headers for hosts. frame-ancestors * lets any site embed the planner; narrow it to
// the sites you allow (the repository README, "Build for hosting").
const headers = `/*
  Content-Security-Policy: ${policy}; frame-ancestors *
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=()
`;
writeFileSync(join(dir, "_headers"), headers);
console.log(`csp.mjs: policy with ${hashes.length} script hash(es) written`);
