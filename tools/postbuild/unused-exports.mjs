// Drops the WebAssembly exports and JS classes that only a dependency's unused feature
// needs, so wasm-opt can remove their code from the main file (used by split.mjs).
//
// Leptos always builds server functions' browser side, which exports wasm-streams'
// stream adapters (IntoUnderlyingSource, IntoUnderlyingSink, IntoUnderlyingByteSource).
// The planner has no server: nothing calls them. An export is a root wasm-opt must keep,
// so the adapters' code stayed in every first load until these exports were cut.

/** The classes whose exports go: the JS class name, its exports' lowercase prefix. */
export const UNUSED_CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];

const prefixes = UNUSED_CLASSES.map((c) => c.toLowerCase());
/** Whether an export belongs to one of the unused classes (`intounderlyingsink_write`,
 *  `__wbg_intounderlyingsink_free`). */
export const isUnused = (name) => {
  const bare = name.startsWith("__wbg_") ? name.slice(6) : name;
  return prefixes.some((p) => bare === `${p}_free` || bare.startsWith(`${p}_`));
};

export function readLeb(buf, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= buf.length) throw new Error("truncated LEB128");
    const byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [value, at];
    if (shift > 35) throw new Error("LEB128 too long");
  }
}

export function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** The module with the section `id` rewritten: `rewrite(body, end)` gets where its
 *  contents start and end and returns the new contents; every other section is copied
 *  byte for byte. */
export function rewriteSection(wasm, id, rewrite) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error("not a WebAssembly module");
  const out = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const [size, body] = readLeb(wasm, at + 1);
    const end = body + size;
    if (end > wasm.length) throw new Error("section runs past the end");
    if (wasm[at] === id) {
      const content = rewrite(body, end);
      out.push(Buffer.from([id]), leb(content.length), content);
    } else {
      out.push(wasm.subarray(at, end));
    }
    at = end;
  }
  return Buffer.concat(out);
}

/** The module with every export `drop(name)` accepts removed; returns the new bytes and
 *  the names removed. Sections other than the export section are copied byte for byte. */
export function dropExports(wasm, drop) {
  const removed = [];
  const bytes = rewriteSection(wasm, 7, (body, end) => {
    let [count, p] = readLeb(wasm, body);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const start = p;
      const [len, nameAt] = readLeb(wasm, p);
      const name = wasm.subarray(nameAt, nameAt + len).toString("utf8");
      const [, next] = readLeb(wasm, nameAt + len + 1); // kind byte, then index
      p = next;
      if (drop(name)) removed.push(name);
      else kept.push(wasm.subarray(start, p));
    }
    if (p !== end) throw new Error("export section size does not match its entries");
    return Buffer.concat([leb(kept.length), ...kept]);
  });
  return { bytes, removed };
}

/** wasm-bindgen's JS without the unused classes and their finalization registries. */
export function dropClasses(js) {
  for (const name of UNUSED_CLASSES) {
    const cls = new RegExp(
      `export class ${name} \\{\\n[\\s\\S]*?\\n\\}\\nif \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`,
    );
    const registry = new RegExp(
      `const ${name}Finalization = \\(typeof FinalizationRegistry === 'undefined'\\)\\n[^\\n]*\\n[^\\n]*\\n`,
    );
    if (!cls.test(js) || !registry.test(js)) {
      throw new Error(`wasm-bindgen's JS has no class ${name} in the expected form`);
    }
    js = js.replace(cls, "").replace(registry, "");
  }
  if (/IntoUnderlying/i.test(js)) throw new Error("the JS still names an unused class");
  return js;
}
