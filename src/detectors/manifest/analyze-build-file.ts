import { finding } from "../../engine/rule.js";
import { manifestRules } from "./rule-specs.js";
import { librariesOf } from "./libraries.js";
import type { FilePair, Finding } from "../../engine/types.js";

/** `manifest/soversion-changed`: a shared library's SONAME version changed — a declared ABI break. */
export function analyzeBuildFile(pair: FilePair): Finding[] {
  if (pair.before === null || pair.after === null) return [];
  const before = librariesOf(pair.previousPath ?? pair.path, pair.before);
  const out: Finding[] = [];
  for (const a of librariesOf(pair.path, pair.after)) {
    const b = before.find((x) => x.target === a.target);
    if (!b || b.soversion === a.soversion) continue;
    out.push(
      finding(manifestRules["manifest/soversion-changed"], {
        path: pair.path,
        line: a.line,
        symbol: a.target,
        message: `Library \`${a.target}\` changes its SONAME version from ${b.soversion ?? "(none)"} to ${a.soversion ?? "(none)"}: the author declares an ABI break; dependants must be rebuilt.`,
      }),
    );
  }
  return out;
}
