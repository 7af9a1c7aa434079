// What every post-build step shares: where Trunk and cargo put things, which optional
// size passes are on, and the list of the split files (split-modules.json).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/// The passes that only make files smaller; each can be turned off for a build with
/// PLANNER_SKIP_PASSES (comma-separated names, or "all"), so a Trunk, wasm-bindgen or
/// wasm-split-cli upgrade can land with them off and they can be mended after.
export const SIZE_PASSES = ["css-comments", "unused-exports", "short-imports", "minify"];

const skipped = (process.env.PLANNER_SKIP_PASSES ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
for (const name of skipped) {
  if (name !== "all" && !SIZE_PASSES.includes(name)) {
    console.error(`PLANNER_SKIP_PASSES: no pass is called "${name}" (the passes: ${SIZE_PASSES.join(", ")}, or all)`);
    process.exit(1);
  }
}

/// Whether an optional size pass runs in this build.
export const passOn = (name) => {
  if (!SIZE_PASSES.includes(name)) throw new Error(`unknown size pass ${name}`);
  return !skipped.includes("all") && !skipped.includes(name);
};

/// The split files' module names, one per split point in src (`split_planner_<name>`
/// files in the build); tests and the benchmark read this list too.
export const SPLIT_MODULES = JSON.parse(readFileSync(fileURLToPath(new URL("split-modules.json", import.meta.url)), "utf8")).modules;

/// The folder Trunk is building into, or a clear failure outside a Trunk build.
export const staging = (step) => {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error(`${step} runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)`);
    process.exit(1);
  }
  return dir;
};

export const profile = process.env.TRUNK_PROFILE === "release" ? "release" : "debug";
export const root = resolve(process.env.TRUNK_SOURCE_DIR ?? ".");

/// Cargo's target folder for this build (CARGO_TARGET_DIR, else cargo's own answer).
export const targetDir = () =>
  process.env.CARGO_TARGET_DIR
    ? resolve(process.env.CARGO_TARGET_DIR)
    : JSON.parse(execFileSync("cargo", ["metadata", "--format-version", "1", "--no-deps"], { cwd: root })).target_directory;
