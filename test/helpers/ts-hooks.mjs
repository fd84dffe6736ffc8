/**
 * Module hooks that let a plain Node process run this repository's TypeScript sources, as jest
 * does through SWC: `.js` imports from a `.ts` file resolve to the `.ts` file, and `.ts` files are
 * transpiled on load. Tests start analysis processes from src/ with it (see analysis-pool.ts in
 * this folder), so they exercise the code under test, not a possibly stale build in lib/.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { transformSync } from "@swc/core";

export async function resolve(specifier, context, next) {
  const fromTs = context.parentURL?.endsWith(".ts");
  if (fromTs && specifier.startsWith(".") && specifier.endsWith(".js")) {
    const url = new URL(specifier.replace(/\.js$/, ".ts"), context.parentURL);
    if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith(".ts")) return next(url, context);
  const filename = fileURLToPath(url);
  const { code } = transformSync(readFileSync(filename, "utf8"), {
    filename,
    jsc: { target: "es2022", parser: { syntax: "typescript" } },
    module: { type: "es6" },
  });
  return { format: "module", source: code, shortCircuit: true };
}
