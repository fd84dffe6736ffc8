// @ts-check
/**
 * The floor under any tree-sitter-based review of two header trees, run as its own process by
 * `node bench/speed/run.js abidiff`: start Node, load web-tree-sitter and the C grammar (its
 * WebAssembly under V8's default tiering, the quicker one for megabytes of text), read both trees,
 * and parse each changed header once per side — no model, no rule, no output. Whatever Impactgate does on top, a run
 * cannot be faster than this; the bench sets it beside the compile+abidiff pipeline so the ratio
 * any such tool could reach is on the same line as the one Impactgate reaches.
 *
 *   node bench/speed/parse-floor.js BEFORE_DIR AFTER_DIR
 * prints one JSON line: { files, changed, chars, loadMs, readMs, parseMs }.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";

const [before, after] = process.argv.slice(2);
if (!before || !after) throw new Error("usage: parse-floor.js BEFORE_DIR AFTER_DIR");
const t0 = performance.now();
const require = createRequire(import.meta.url);
const { Parser, Language } = await import("web-tree-sitter");
await Parser.init();
const parser = new Parser();
parser.setLanguage(await Language.load(require.resolve("tree-sitter-c/tree-sitter-c.wasm")));
const t1 = performance.now();

/** @param {string} dir @returns {string[]} */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}
const pairs = [];
const paths = files(before).map((f) => relative(before, f));
for (const path of paths) {
  let head;
  try {
    head = readFileSync(join(after, path), "utf8");
  } catch {
    continue; // gone on the head side: nothing to parse there
  }
  const base = readFileSync(join(before, path), "utf8");
  if (base !== head) pairs.push([base, head]);
}
const t2 = performance.now();
let chars = 0;
for (const texts of pairs)
  for (const text of texts) {
    parser.parse(text)?.delete();
    chars += text.length;
  }
const t3 = performance.now();
process.stdout.write(
  JSON.stringify({
    files: paths.length,
    changed: pairs.length,
    chars,
    loadMs: t1 - t0,
    readMs: t2 - t1,
    parseMs: t3 - t2,
  }) + "\n",
);
