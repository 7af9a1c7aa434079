// The build's own rewriting steps (tools/postbuild/minify.mjs, tools/postbuild/unused-exports.mjs),
// on small inputs, without a browser. The other tests run them on the real build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { minified, withoutComments } from "../../tools/postbuild/minify.mjs";
import { dropClasses, dropExports, isUnused } from "../../tools/postbuild/unused-exports.mjs";
import { shortName, shortenImports } from "../../tools/postbuild/short-imports.mjs";
import { SPLIT_MODULES } from "../../tools/postbuild/config.mjs";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

test("minified JS keeps what other code reaches by name and behaves the same", async () => {
  const js = [
    "/** A doc block. */",
    "// a line comment",
    "let wasm;",
    "export function initSync(module) { wasm = module; return __wbg_finalize(module); }",
    "function __wbg_finalize(instance) { const longLocalName = instance.value * 2; return longLocalName; }",
    "function __wbg_get_imports() {",
    "  const imports = {};",
    "  imports.wbg = {};",
    "  imports.wbg.__wbg_log_abc = function (arg0) { return `log: ${arg0}`; };",
    "  return imports;",
    "}",
    "export { __wbg_get_imports };",
    "export default initSync;",
  ].join("\n");
  const small = await minified(js);
  assert.ok(small.length < js.length / 2, `not much smaller: ${small}`);
  assert.ok(!small.includes("doc block") && !small.includes("line comment"), "comments stay");
  assert.ok(!small.includes("longLocalName"), "local names are not shortened");
  const m = await import(`data:text/javascript,${encodeURIComponent(small)}`);
  assert.equal(m.initSync({ value: 21 }), 42);
  assert.equal(m.default, m.initSync);
  assert.equal(m.__wbg_get_imports().wbg.__wbg_log_abc("x"), "log: x");
});

test("JS that does not parse is refused, with terser's message", async () => {
  await assert.rejects(minified("export function ( {"), /Unexpected|SyntaxError|Name expected/);
});

test("the stylesheet loses its comments and nothing else, quoted text included", () => {
  const css = '/* top */\n.a { color: red; /* why */ }\n.b::before { content: "/* kept */"; }\n.c { content: \'it\\\'s /* kept */\'; }/**/';
  assert.equal(
    withoutComments(css),
    '\n.a { color: red;  }\n.b::before { content: "/* kept */"; }\n.c { content: \'it\\\'s /* kept */\'; }',
  );
  assert.throws(() => withoutComments(".a { } /* open"), /not closed/);
});

const leb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];
const text = (s) => [...leb(Buffer.byteLength(s)), ...Buffer.from(s)];

/** A valid module of empty functions, one exported under each name. */
function moduleWithExports(names) {
  const entries = names.flatMap((name, i) => [...leb(name.length), ...Buffer.from(name), 0x00, ...leb(i)]);
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [0x01, 0x60, 0x00, 0x00]),
    ...section(3, [...leb(names.length), ...names.map(() => 0x00)]),
    ...section(7, [...leb(names.length), ...entries]),
    ...section(10, [...leb(names.length), ...names.flatMap(() => [0x02, 0x00, 0x0b])]),
  ]);
}

test("the stream adapters' exports are dropped and every other byte kept", () => {
  const names = ["memory_like", "intounderlyingsink_write", "__wbg_intounderlyingsource_free", "main", "intounderlyingbytesource_pull"];
  const { bytes, removed } = dropExports(moduleWithExports(names), isUnused);
  assert.deepEqual(removed, ["intounderlyingsink_write", "__wbg_intounderlyingsource_free", "intounderlyingbytesource_pull"]);
  assert.ok(WebAssembly.validate(bytes), "the result is still a valid module");
  // The kept exports keep their own functions (0 and 3); nothing else changed.
  const exports = WebAssembly.Module.exports(new WebAssembly.Module(bytes)).map((e) => e.name);
  assert.deepEqual(exports, ["memory_like", "main"]);
  const original = moduleWithExports(names);
  assert.equal(bytes.subarray(0, 18).toString("hex"), original.subarray(0, 18).toString("hex"));
  assert.ok(bytes.subarray(-11).equals(original.subarray(-11)), "the code section is copied as it was");
  assert.equal(isUnused("into_the_sink"), false);
  assert.throws(() => dropExports(Buffer.from("not wasm at all"), isUnused), /not a WebAssembly module/);
});

test("the adapters' JS classes go, or the build stops when they are not where expected", () => {
  const cls = (name) =>
    `export class ${name} {\n    free() {\n        wasm.__wbg_${name.toLowerCase()}_free(0, 0);\n    }\n}\n` +
    `if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;\n`;
  const registry = (name) =>
    `const ${name}Finalization = (typeof FinalizationRegistry === 'undefined')\n` +
    `    ? { register: () => {}, unregister: () => {} }\n` +
    `    : new FinalizationRegistry(ptr => wasm.__wbg_${name.toLowerCase()}_free(ptr, 1));\n`;
  const names = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];
  const js = `let wasm;\n${names.map(cls).join("\n")}\nexport function keep() {}\n${names.map(registry).join("")}`;
  const out = dropClasses(js);
  assert.ok(!/IntoUnderlying/i.test(out));
  assert.ok(out.includes("export function keep() {}"));
  assert.throws(() => dropClasses(js.replace("export class IntoUnderlyingSink", "class IntoUnderlyingSink")), /IntoUnderlyingSink/);
});

/** A valid module importing a function under each of `names` from `module`, then a memory
 *  from "./other.js", and calling none of them. */
function moduleWithImports(module, names) {
  const funcs = names.flatMap((name) => [...text(module), ...text(name), 0x00, 0x00]);
  const memory = [...text("./other.js"), ...text("memory"), 0x02, 0x01, 0x01, 0x02];
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [0x01, 0x60, 0x01, 0x7f, 0x00]),
    ...section(2, [...leb(names.length + 1), ...funcs, ...memory]),
  ]);
}

test("the imports from wasm-bindgen's JS get short names on both sides, and nothing else changes", () => {
  assert.deepEqual([0, 25, 26, 51, 52, 53, 2755, 2756].map(shortName), ["a", "z", "A", "Z", "aa", "ab", "ZZ", "aaa"]);
  const mod = "./planner_bg.js";
  const names = ["__wbg_setAttribute_2b3c4d5e6f708192", "__wbg_new_0a1b2c3d4e5f6071", "__wbindgen_init_externref_table"];
  const js =
    "const import0 = {\n  __proto__: null,\n" +
    names.map((n) => `  ${n}: function(arg0) { log("${n.slice(0, 8)}"); },\n`).join("") +
    `};\nreturn { __proto__: null, "${mod}": import0, "./other.js": other };`;
  const { bytes, js: out, renamed } = shortenImports(moduleWithImports(mod, names), js, mod);
  assert.equal(renamed, 3);
  assert.ok(WebAssembly.validate(bytes), "the result is still a valid module");
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => `${i.module} ${i.name} ${i.kind}`);
  assert.deepEqual(imports, ["w a function", "w b function", "w c function", "./other.js memory memory"]);
  assert.ok(out.includes("  a: function(arg0) {") && out.includes("  c: function(arg0) {"));
  assert.ok(out.includes('w: import0, "./other.js": other'), out);
  assert.ok(!out.includes("__wbg_setAttribute"), "no long name is left");
  // The build stops rather than ship JS and wasm that disagree.
  assert.throws(() => shortenImports(moduleWithImports(mod, names), js.replace(`${names[1]}:`, "renamed:"), mod), /0 keys named __wbg_new_/);
  assert.throws(() => shortenImports(moduleWithImports(mod, names), `${js}\n{ ${names[0]}: 1 }`, mod), /2 keys named __wbg_setAttribute/);
  assert.throws(() => shortenImports(moduleWithImports(mod, names), js, "./elsewhere.js"), /imports nothing from/);
});

test("split-modules.json lists exactly the split points in src", () => {
  const found = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".rs")) {
        const code = readFileSync(path, "utf8");
        // `wasm_split(planner_x, …)` and `split_view!(name, preload, planner_x, …)`.
        for (const m of code.matchAll(/wasm_split\(\s*planner_(\w+)/g)) found.add(m[1]);
        for (const m of code.matchAll(/split_view!\(\s*\w+,\s*\w+,\s*planner_(\w+)/g)) found.add(m[1]);
      }
    }
  };
  walk(new URL("../../src", import.meta.url).pathname);
  assert.ok(found.size >= 5, `split points were not found in src: ${[...found]}`);
  assert.deepEqual([...found].sort(), [...SPLIT_MODULES].sort(), "tools/postbuild/split-modules.json and the split points in src differ");
});
