/**
 * Module hooks that let a plain Node process run this repository's TypeScript sources, as jest
 * does through SWC: `.js` (`.cjs`) imports from a `.ts` file resolve to the `.ts` (`.cts`) file,
 * and both are transpiled on load. Tests start analysis processes from src/ with it (see analysis-pool.ts in
 * this folder), so they exercise the code under test, not a possibly stale build in lib/.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { transformSync } from "@swc/core";

export async function resolve(specifier, context, next) {
  const fromTs = context.parentURL?.endsWith(".ts");
  if (fromTs && specifier.startsWith(".") && /\.c?js$/.test(specifier)) {
    const url = new URL(specifier.replace(/\.(c?)js$/, ".$1ts"), context.parentURL);
    if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url.endsWith(".cts")) return { format: "module", source: commonJsAsModule(url), shortCircuit: true };
  if (!url.endsWith(".ts")) return next(url, context);
  const filename = fileURLToPath(url);
  const { code } = transformSync(readFileSync(filename, "utf8"), {
    filename,
    jsc: { target: "es2022", parser: { syntax: "typescript" } },
    module: { type: "es6" },
  });
  return { format: "module", source: code, shortCircuit: true };
}

/** A `.cts` file as an ES module whose default export is its `module.exports` (what Node gives an importer). */
function commonJsAsModule(url) {
  const filename = fileURLToPath(url);
  const { code } = transformSync(readFileSync(filename, "utf8"), {
    filename,
    jsc: { target: "es2022", parser: { syntax: "typescript" } },
    module: { type: "commonjs" },
  });
  return [
    'import { createRequire } from "node:module";',
    `const require = createRequire(${JSON.stringify(url)});`,
    "const module = { exports: {} };",
    "const exports = module.exports;",
    code,
    "export default module.exports;",
  ].join("\n");
}
