import { posix } from "node:path";

const SUFFIXES = [".d.ts", ".ts", ".tsx", ".d.mts", ".mts", ".d.cts", ".cts", "/index.d.ts", "/index.ts"];

/**
 * Resolves a relative module specifier the way declaration lookup does (`./x.js` → `./x.d.ts`,
 * `./dir` → `./dir/index.d.ts`) against the paths a side holds. Bare specifiers (packages)
 * are outside the ChangeSet and resolve to undefined.
 */
export function resolveModule(fromPath: string, spec: string, exists: (path: string) => boolean): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(fromPath), spec));
  if (joined.startsWith("..")) return undefined;
  const stem = joined
    .replace(/\.(c|m)?js$/, "")
    .replace(/\.d\.(c|m)?ts$/, "")
    .replace(/\.(c|m)?tsx?$/, "");
  if (/\.d\.(c|m)?ts$/.test(joined) && exists(joined)) return joined;
  return SUFFIXES.map((s) => stem + s).find(exists);
}
