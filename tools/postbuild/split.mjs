// Post-build step (run by run.mjs, before csp.mjs and offline.mjs): cuts the planner into
// a main WebAssembly file and one file per later step, so a first visit fetches only what
// the first step needs. See README.md in this folder.
//
// The `split` feature marks the split points (src/ui/steps/mod.rs) and keeps the linker's
// relocations (build.rs). From cargo's output this script:
//   1. cuts it with wasm-split-cli (installed by scripts/setup.sh), and checks that the
//      split files are exactly those named in split-modules.json;
//   2. runs wasm-bindgen on the main part, as Trunk did, keeping the exports the parts share,
//      then drops the exports no code of ours uses (unused-exports.mjs) and gives the
//      functions it imports from the JS short names (short-imports.mjs): optional passes;
//   3. optimises every part with wasm-opt -Os, and minifies the generated JS (minify.mjs,
//      optional);
//   4. names each part after a hash of its contents, and the main module, its wasm and
//      the loader after theirs, so a new build never meets an old cached file, and writes
//      them over Trunk's files, with index.html's names and integrity hashes redone and
//      the loader preloaded.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { passOn, profile, root, SPLIT_MODULES, staging, targetDir } from "./config.mjs";
import { minified } from "./minify.mjs";
import { shortenImports } from "./short-imports.mjs";
import { dropClasses, dropExports, isUnused } from "./unused-exports.mjs";

const stage = staging("split.mjs");
const fail = (why) => {
  console.error(`split.mjs: ${why}`);
  process.exit(1);
};

const input = join(targetDir(), "wasm32-unknown-unknown", profile, "offshoring-planner.wasm");
if (!existsSync(input)) fail(`cargo's output ${input} is missing`);
if (!readFileSync(input).includes("__wasm_split_placeholder__")) {
  fail("the build has no split points: is the `split` feature on (index.html's data-cargo-features)?");
}

const js = readdirSync(stage).find((f) => /^offshoring-planner-[0-9a-f]+\.js$/.test(f));
if (!js) fail("Trunk's offshoring-planner-<hash>.js is not in the staging folder");
const stem = js.slice(0, -3);

const work = mkdtempSync(join(tmpdir(), "planner-split-"));
// Each tool's own chatter (wasm-opt warns about name sections it does not know) is shown
// only when the tool fails.
const run = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    fail(`${cmd} failed:\n${e.stderr ?? ""}${e.stdout ?? ""}`);
  }
};
try {
  const cut = join(work, "cut");
  run("wasm-split-cli", [input, cut, "--out-name", stem, "--target", "web"]);
  // A names build for profiling: `data-keep-debug` on the rust link, as with Trunk's own
  // wasm-opt step, keeps the function names (wasm-opt -Os -g: without -g it drops them),
  // so profiles show the same optimised code the site ships.
  const source = process.env.TRUNK_HTML_FILE ? readFileSync(process.env.TRUNK_HTML_FILE, "utf8") : "";
  const keepDebug = /<link[^>]*rel="rust"[^>]*data-keep-debug/.test(source);
  const bound = join(work, "bound");
  run("wasm-bindgen", [
    "--target", "web", "--no-typescript", "--keep-lld-exports", ...(keepDebug ? ["--keep-debug"] : []),
    "--out-dir", bound, "--out-name", stem, join(cut, `${stem}.wasm`),
  ]);
  const splitNames = readdirSync(cut)
    .map((f) => f.match(/^split_planner_(\w+)_\d+\.wasm$/)?.[1] ?? f.match(/^split_planner_(\w+)\.wasm$/)?.[1])
    .filter(Boolean)
    .sort();
  const listed = [...SPLIT_MODULES].sort();
  if (splitNames.join() !== listed.join()) {
    fail(`the split files (${splitNames.join(", ")}) are not the ones split-modules.json lists (${listed.join(", ")}): add or remove the name there`);
  }
  const boundWasm = join(bound, `${stem}_bg.wasm`);
  if (passOn("unused-exports")) try {
    const { bytes, removed } = dropExports(readFileSync(boundWasm), isUnused);
    // None found: a later Leptos no longer builds them, and there is nothing to drop.
    if (removed.length > 0) {
      writeFileSync(boundWasm, bytes);
      writeFileSync(join(bound, js), dropClasses(readFileSync(join(bound, js), "utf8")));
    }
  } catch (e) {
    fail(`dropping the unused exports: ${e.message}`);
  }
  // Short names for the imports from wasm-bindgen's JS (not in a names build, whose JS is
  // read by people).
  if (!keepDebug && passOn("short-imports")) {
    try {
      const { bytes, js: renamedJs } = shortenImports(readFileSync(boundWasm), readFileSync(join(bound, js), "utf8"), `./${stem}_bg.js`);
      writeFileSync(boundWasm, bytes);
      writeFileSync(join(bound, js), renamedJs);
    } catch (e) {
      fail(`shortening the imports' names: ${e.message}`);
    }
  }

  const wasmOpt = join(root, "node_modules", ".bin", "wasm-opt");
  // `trunk serve` (debug) rebuilds on every save: its parts are copied as they are.
  const optimise = (from, to) =>
    profile === "debug" ? copyFileSync(from, to) : run(wasmOpt, [
      ...(keepDebug ? ["-Os", "-g"] : ["-Os", "--strip-debug", "--strip-producers"]),
      "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
      "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
      from, "-o", to,
    ]);
  // A names build keeps the generated JS as it is, comments included.
  const small = async (text, name) => {
    if (keepDebug || !passOn("minify")) return text;
    try {
      return await minified(text);
    } catch (e) {
      fail(`${name} could not be minified:\n${e.message}`);
    }
  };
  const hashOf = (data) => createHash("sha256").update(data).digest("hex").slice(0, 16);

  // The parts, each renamed after its contents; the loader (__wasm_split.js) is rewritten
  // to fetch the new names, then named after its own contents.
  let loader = readFileSync(join(cut, "__wasm_split.js"), "utf8");
  const parts = readdirSync(cut).filter((f) => f.endsWith(".wasm") && f !== `${stem}.wasm`);
  for (const part of parts) {
    const opt = join(work, part);
    optimise(join(cut, part), opt);
    const named = `${part.slice(0, -5).replace(/_\d+$/, "")}-${hashOf(readFileSync(opt))}.wasm`;
    if (!loader.includes(`"./${part}"`)) fail(`the loader does not name ${part}; wasm-split-cli changed`);
    loader = loader.replaceAll(`"./${part}"`, `"./${named}"`);
    renameSync(opt, join(stage, named));
  }
  loader = await small(loader, "the split loader");
  let mainJs = readFileSync(join(bound, js), "utf8");
  // Only the JS import statements change: the wasm's own import names stay as they are.
  const from = "./__wasm_split.js";
  if (!mainJs.includes(`from "${from}"`)) fail("the main module does not import the loader; wasm-split-cli changed");
  mainJs = await small(mainJs, "wasm-bindgen's module");
  const mainWasm = join(work, `${stem}_bg.wasm`);
  optimise(boundWasm, mainWasm);

  // The main module, its wasm and the loader name one another, so they are named together
  // after all three's contents: Trunk's name for the first two is a hash of what it built,
  // and the steps above change that, so a build whose code is the same but whose tools
  // changed would otherwise reuse a name for different bytes (and a browser holding the
  // old file in its cache would fail the new integrity check).
  if (!loader.includes(`"./${js}"`)) fail(`the loader does not import ./${js}; wasm-split-cli changed`);
  const id = hashOf(Buffer.concat([Buffer.from(loader), Buffer.from(mainJs), readFileSync(mainWasm)]));
  const newStem = `offshoring-planner-${id}`;
  const loaderName = `split-loader-${id}.js`;
  writeFileSync(join(stage, loaderName), loader.replaceAll(`"./${js}"`, `"./${newStem}.js"`));
  // Only the import statements: the same string is also the name the wasm imports from.
  mainJs = mainJs.replace(/from\s*"\.\/__wasm_split\.js"/g, `from"./${loaderName}"`);
  mainJs = mainJs.replaceAll(`${stem}_bg.wasm`, `${newStem}_bg.wasm`);
  writeFileSync(join(stage, `${newStem}.js`), mainJs);
  renameSync(mainWasm, join(stage, `${newStem}_bg.wasm`));
  rmSync(join(stage, js));
  rmSync(join(stage, `${stem}_bg.wasm`));

  // index.html loads and preloads both main files, with integrity hashes: rename them
  // there and redo the hashes.
  const htmlFile = join(stage, "index.html");
  let html = readFileSync(htmlFile, "utf8");
  if (!html.includes(`/${js}`)) fail(`index.html does not name /${js}; Trunk's output changed`);
  html = html.replaceAll(stem, newStem);
  for (const file of [`${newStem}.js`, `${newStem}_bg.wasm`]) {
    const sri = `sha384-${createHash("sha384").update(readFileSync(join(stage, file))).digest("base64")}`;
    const re = new RegExp(`(href="/${file}"[^>]*integrity=")[^"]*(")`);
    if (!re.test(html)) fail(`index.html has no integrity hash for ${file}; Trunk's output changed`);
    html = html.replace(re, `$1${sri}$2`);
  }
  // The main JS imports the loader: preloading it saves a round trip at start-up.
  const preload = `<link rel="modulepreload" href="/${loaderName}" crossorigin="anonymous">`;
  if (!html.includes("</head>")) fail("index.html has no </head>");
  html = html.replace("</head>", `${preload}</head>`);
  writeFileSync(htmlFile, html);
  console.log(`split.mjs: ${parts.length} parts besides the main file, loader ${loaderName}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
