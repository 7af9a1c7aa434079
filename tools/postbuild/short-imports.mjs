// Gives the functions the main WebAssembly file imports from wasm-bindgen's JS short names
// (used by split.mjs). wasm-bindgen names each import after its Rust path and a hash of
// its signature (`__wbg_setAttribute_2b3c…`) and keys the JS import object the same way,
// so every name travels twice in a first load, and the hashes do not compress: 4.3 KB of
// brotli in all. Both sides are renamed together: `a`, `b`, … `Z`, `aa`, … and the module
// they come from becomes `w`. A name that is not exactly once in the JS stops the build.
import { leb, readLeb, rewriteSection } from "./unused-exports.mjs";

/** The n-th short name: a-z, A-Z, then two letters, and so on. */
export function shortName(n) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / letters.length)) {
    name = letters[(i - 1) % letters.length] + name;
  }
  return name;
}

const str = (s) => Buffer.concat([leb(Buffer.byteLength(s)), Buffer.from(s)]);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Replaces the one key `key` (bare or quoted, followed by a colon) in `js` by `to`. */
function renameKey(js, key, to) {
  const re = new RegExp(`(^|[^\\w$"'])(${escape(key)}|"${escape(key)}"|'${escape(key)}')(\\s*:)`, "g");
  const found = js.match(re)?.length ?? 0;
  if (found !== 1) throw new Error(`wasm-bindgen's JS has ${found} keys named ${key}, not one`);
  return js.replace(re, `$1${to}$3`);
}

/** Reads one import's descriptor (function, table, memory, global or tag) at `p`; returns
 *  where it ends. */
function descriptorEnd(wasm, p) {
  const kind = wasm[p++];
  const limits = (q) => {
    const flags = wasm[q];
    let [, next] = readLeb(wasm, q + 1);
    if (flags & 1) [, next] = readLeb(wasm, next);
    return next;
  };
  if (kind === 0) return readLeb(wasm, p)[1];
  if (kind === 1) return limits(p + 1);
  if (kind === 2) return limits(p);
  if (kind === 3) return p + 2;
  if (kind === 4) return readLeb(wasm, p + 1)[1];
  throw new Error(`import of unknown kind ${kind}`);
}

/** The module and JS with the imports from `module` renamed; other sections and imports
 *  are copied byte for byte. Returns the new bytes, the new JS and how many were renamed. */
export function shortenImports(wasm, js, module) {
  let renamed = 0;
  const bytes = rewriteSection(wasm, 2, (body, end) => {
    let [count, p] = readLeb(wasm, body);
    const entries = [leb(count)];
    for (let i = 0; i < count; i++) {
      const start = p;
      const [modLen, modAt] = readLeb(wasm, p);
      const mod = wasm.subarray(modAt, modAt + modLen).toString("utf8");
      const [nameLen, nameAt] = readLeb(wasm, modAt + modLen);
      const name = wasm.subarray(nameAt, nameAt + nameLen).toString("utf8");
      const descAt = nameAt + nameLen;
      p = descriptorEnd(wasm, descAt);
      if (mod === module) {
        const to = shortName(renamed++);
        js = renameKey(js, name, to);
        entries.push(str("w"), str(to), wasm.subarray(descAt, p));
      } else {
        entries.push(wasm.subarray(start, p));
      }
    }
    if (p !== end) throw new Error("import section size does not match its entries");
    return Buffer.concat(entries);
  });
  if (renamed === 0) throw new Error(`the module imports nothing from ${module}`);
  return { bytes, js: renameKey(js, module, "w"), renamed };
}
