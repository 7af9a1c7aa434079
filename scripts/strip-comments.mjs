// Removes the comments that fill whole lines from generated JS (wasm-bindgen's module and
// the split loader), which every first load fetches: doc blocks and `//` lines. Used by
// split.mjs. Nothing else changes, and a file where a string or template literal runs
// past the end of a line is left whole, since a line inside one can look like a comment.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The text without whole-line comments; `null` when it is not safe to strip. */
export function stripComments(js) {
  const out = [];
  let inBlock = false;
  for (const line of js.split("\n")) {
    const code = line.trim();
    if (inBlock) {
      if (code.includes("*/")) {
        if (!code.endsWith("*/")) return null; // code after a block's end
        inBlock = false;
      }
      continue;
    }
    if (code.startsWith("//")) continue;
    if (code.startsWith("/*")) {
      const end = code.indexOf("*/", 2);
      if (end === -1) inBlock = true;
      else if (end + 2 !== code.length) return null; // code after a one-line block
      continue;
    }
    if (!closesOnItsLine(line)) return null;
    out.push(line);
  }
  return inBlock ? null : out.join("\n");
}

/** Whether every quote and template literal that opens on a line of code closes on it.
 *  Anything it cannot follow (a quote in a regular expression, say) answers false, which
 *  only leaves the file unstripped. */
function closesOnItsLine(line) {
  let open = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (open) {
      if (c === "\\") i++;
      else if (c === open) open = null;
    } else if (c === "/" && line[i + 1] === "/") {
      return true; // the rest is a comment
    } else if (c === "'" || c === '"' || c === "`") {
      open = c;
    }
  }
  return open === null;
}

/** Throws unless `js` parses as an ES module. */
export function checkModule(js) {
  const dir = mkdtempSync(join(tmpdir(), "planner-js-"));
  try {
    const file = join(dir, "module.mjs");
    writeFileSync(file, js);
    execFileSync(process.execPath, ["--check", file], { stdio: ["ignore", "pipe", "pipe"] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `js` without its whole-line comments when that is safe and still parses, else as it is. */
export function withoutComments(js) {
  const stripped = stripComments(js);
  if (stripped === null) return js;
  checkModule(stripped);
  return stripped;
}
