// Minifies the generated JS that every first load fetches (wasm-bindgen's module and the
// split loader) with terser: comments and spaces go, local names shrink. What other code
// reaches by name stays: the module's imports and exports, and every property name (the
// wasm's imports are properties of one object, looked up by name). Used by split.mjs.
// Also drops the stylesheet's comments (css.mjs).
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

/** `css` without its comments; text in quotes is kept as it is, even a "/*" in it. */
export function withoutComments(css) {
  let out = "";
  let quote = null;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      out += c;
      if (c === "\\") out += css[++i] ?? "";
      else if (c === quote) quote = null;
    } else if (c === "/" && css[i + 1] === "*") {
      const end = css.indexOf("*/", i + 2);
      if (end < 0) throw new Error("a comment in the stylesheet is not closed");
      i = end + 1;
    } else {
      if (c === '"' || c === "'") quote = c;
      out += c;
    }
  }
  return out;
}
