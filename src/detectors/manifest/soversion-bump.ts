import { finding } from "../../engine/rule.js";
import { manifestRules } from "./rule-specs.js";
import { librariesOf, type Library } from "./libraries.js";
import { isBuildFile } from "./wanted-files.js";
import { dirOf, nearestDir } from "./nearest.js";
import type { Finding } from "../../engine/types.js";
import type { Sides } from "../../engine/sides.js";

/**
 * `manifest/c-abi-break-without-soversion-bump`: a C or C++ ABI error below a build file that
 * versions a shared library (SOVERSION / soversion), while no library there changed its SONAME
 * version. Build files that version no library are skipped: there is nothing to bump.
 */
export function abiBreakWithoutSoversionBump(findings: Finding[], sides: Sides): Finding[] {
  const buildFiles = [...sides.paths].filter(
    (p) => isBuildFile(p) && sides.before(p) !== undefined && sides.after(p) !== undefined,
  );
  const versioned = new Map<string, { path: string; before: Library[]; after: Library[] }>();
  for (const path of buildFiles) {
    const before = librariesOf(path, sides.before(path)!).filter((l) => l.soversion !== undefined);
    if (!before.length) continue;
    const dir = dirOf(path);
    const existing = versioned.get(dir);
    // CMakeLists.txt and meson.build side by side: either one bumping counts.
    const entry = existing ?? { path, before: [], after: [] };
    entry.before.push(...before);
    entry.after.push(...librariesOf(path, sides.after(path)!));
    versioned.set(dir, entry);
  }
  // The nearest versioning build directory decides; one whose file the source did not fetch
  // blocks the walk up (it may well version the library), so the rule stays silent there.
  const unknown = [...sides.paths]
    .filter((p) => isBuildFile(p) && (sides.before(p) === undefined || sides.after(p) === undefined))
    .map(dirOf);
  const allBuildDirs = new Set([...versioned.keys(), ...unknown]);
  const hits = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity !== "error" || !/^(c|cpp)\//.test(f.ruleId)) continue;
    const dir = nearestDir(f.path, allBuildDirs);
    if (dir !== undefined && versioned.has(dir)) hits.set(dir, [...(hits.get(dir) ?? []), f]);
  }
  const out: Finding[] = [];
  for (const [dir, list] of hits) {
    const lib = versioned.get(dir)!;
    const bumped = lib.before.some((b) => {
      const a = lib.after.find((x) => x.target === b.target);
      return a && a.soversion !== b.soversion;
    });
    if (bumped) continue;
    const first = lib.after.find((a) => lib.before.some((b) => b.target === a.target)) ?? lib.before[0]!;
    out.push(
      finding(manifestRules["manifest/c-abi-break-without-soversion-bump"], {
        path: lib.path,
        line: first.line,
        symbol: first.target,
        message: `${list.length} C/C++ ABI break${list.length > 1 ? "s" : ""} (${[...new Set(list.map((f) => f.ruleId))].slice(0, 5).join(", ")}) below ${dir === "." ? "the repository root" : dir}, but library \`${first.target}\` keeps SOVERSION ${first.soversion}; binaries linked against it will load the incompatible library.`,
      }),
    );
  }
  return out;
}
