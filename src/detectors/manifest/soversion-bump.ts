import { finding } from "../../engine/rule.js";
import { manifestRules } from "./rule-specs.js";
import { librariesOf, statedVersions, type Library } from "./libraries.js";
import { isBuildFile } from "./wanted-files.js";
import { dirOf, nearestDir } from "./nearest.js";
import type { Finding } from "../../engine/types.js";
import type { Sides } from "../../engine/sides.js";
import type { Config } from "../../config/types.js";

/**
 * `manifest/c-abi-break-without-soversion-bump`: a C or C++ ABI error below a build file that
 * versions a shared library (SOVERSION / soversion), while no library there changed its SONAME
 * version. Build files that version no library are skipped: there is nothing to bump.
 *
 * Most projects bump SOVERSION in the release, not in the pull request that breaks: so it is an
 * error only in a release pull request (one that changes a version the build files or the headers
 * state) or with `versions.bump: pull-request`, and otherwise a notice that the next release must
 * bump.
 */
export function abiBreakWithoutSoversionBump(findings: Finding[], sides: Sides, config: Config): Finding[] {
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
  const release = hits.size > 0 && isRelease(findings, sides);
  for (const [dir, list] of hits) {
    const lib = versioned.get(dir)!;
    const bumped = lib.before.some((b) => {
      const a = lib.after.find((x) => x.target === b.target);
      return a && a.soversion !== b.soversion;
    });
    if (bumped) continue;
    const first = lib.after.find((a) => lib.before.some((b) => b.target === a.target)) ?? lib.before[0]!;
    const breaks = `${list.length} C/C++ ABI break${list.length > 1 ? "s" : ""} (${[...new Set(list.map((f) => f.ruleId))].slice(0, 5).join(", ")}) below ${dir === "." ? "the repository root" : dir}`;
    const keeps = `library \`${first.target}\` keeps ${soversionText(first.soversion)}`;
    const demanded = release || config.versions.bump === "pull-request";
    out.push(
      finding(manifestRules["manifest/c-abi-break-without-soversion-bump"], {
        path: lib.path,
        line: first.line,
        symbol: first.target,
        severity: demanded ? "error" : "notice",
        message: demanded
          ? `${breaks}, but ${keeps}${release ? " in this release" : ""}; binaries linked against it will load the incompatible library.`
          : `${breaks}: the next release must bump the SOVERSION (${keeps} here; versions are bumped at release, \`versions.bump: release\`).`,
      }),
    );
  }
  return out;
}

/** `SOVERSION 5`, or "its SOVERSION" when the build file sets it from something we cannot read. */
function soversionText(v: string | undefined): string {
  return v && /^[\w.+-]+$/.test(v) ? `SOVERSION ${v}` : "its SOVERSION";
}

/** The change bumps a version: a build file states another version, or a header's version macros change. */
function isRelease(findings: Finding[], sides: Sides): boolean {
  if (findings.some((f) => f.ruleId === "c/version-macro-changed")) return true;
  return [...sides.paths].some((p) => {
    if (!isBuildFile(p)) return false;
    const b = sides.before(p);
    const a = sides.after(p);
    return b !== undefined && a !== undefined && b !== a && statedVersions(p, b) !== statedVersions(p, a);
  });
}
