// Minifies the generated JS that every first load fetches (wasm-bindgen's module and the
// split loader) with terser: comments and spaces go, local names shrink. What other code
// reaches by name stays: the module's imports and exports, and every property name (the
// wasm's imports are properties of one object, looked up by name). Used by split.mjs.
import { minify } from "terser";

/** `js` (an ES module) minified; throws, with terser's message, when it does not parse. */
export async function minified(js) {
  const out = await minify(js, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (typeof out.code !== "string" || out.code.length === 0) throw new Error("terser returned no code");
  return out.code;
}
