import semver from "semver";
import { posix } from "node:path";
import { finding } from "../../engine/rule.js";
import { manifestRules } from "./rule-specs.js";
import { jsonLine } from "./json-lines.js";
import { dirOf, nearestDir } from "./nearest.js";
import { parseJsonManifest } from "../packages/read-manifest.js";
import type { Finding } from "../../engine/types.js";
import type { Sides } from "../../engine/sides.js";
import type { Config } from "../../config/types.js";

function parse(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const v = parseJsonManifest(text) as Record<string, unknown> | null;
    return v && typeof v === "object" ? v : undefined;
  } catch {
    return undefined;
  }
}

/** True when `after` is a semver-major step from `before` (a minor step for 0.x). */
export function isBreakingBump(before: string, after: string): boolean {
  const b = semver.parse(before);
  const a = semver.parse(after);
  if (!b || !a) return false;
  if (a.major !== b.major) return a.major > b.major;
  return b.major === 0 && a.minor > b.minor;
}

/**
 * `manifest/breaking-without-major-bump`: error findings land in a published package (the nearest
 * package.json above them) whose version did not take a major step. Private packages, packages
 * without a version and packages new in this change make no semver promise and are skipped.
 *
 * An error when the pull request changes the package's version without the major step (a release
 * that does not declare the break) or with `versions.bump: pull-request`; otherwise a notice that
 * the next release must be major — most projects bump versions when they release.
 */
export function breakingWithoutMajorBump(findings: Finding[], sides: Sides, config: Config): Finding[] {
  // Every package.json the tree has, fetched or not: a finding belongs to the nearest one, and
  // when that one's text is unknown the rule stays silent rather than blame an outer package.
  const manifests = [...sides.paths].filter(
    (p) => posix.basename(p) === "package.json" && !p.split("/").includes("node_modules"),
  );
  const byDir = new Map(manifests.map((p) => [dirOf(p), p]));
  const errors = new Map<string, Finding[]>();
  for (const f of findings) {
    // engine/ findings say a file was not analysed, not that it breaks: no version is owed for them
    if (
      f.severity !== "error" ||
      f.category === "fork" ||
      f.ruleId === manifestRules["manifest/breaking-without-major-bump"].id ||
      f.ruleId.startsWith("engine/")
    )
      continue;
    const dir = nearestDir(f.path, byDir.keys());
    if (dir === undefined) continue;
    errors.set(dir, [...(errors.get(dir) ?? []), f]);
  }
  const out: Finding[] = [];
  for (const [dir, list] of errors) {
    const path = byDir.get(dir)!;
    const before = parse(sides.before(path));
    const afterText = sides.after(path);
    const after = parse(afterText);
    if (!before || !after || !afterText || after.private === true) continue;
    const vb = typeof before.version === "string" ? before.version : undefined;
    const va = typeof after.version === "string" ? after.version : undefined;
    if (!vb || !va || !semver.valid(vb) || !semver.valid(va) || isBreakingBump(vb, va)) continue;
    const rules = [...new Set(list.map((f) => f.ruleId))].slice(0, 5).join(", ");
    const name = typeof after.name === "string" ? after.name : dir;
    const needed = semver.major(vb) === 0 ? `0.${semver.minor(vb) + 1}.0` : `${semver.major(vb) + 1}.0.0`;
    const breaks = `${list.length} breaking finding${list.length > 1 ? "s" : ""} (${rules}) in \`${name}\``;
    const demanded = vb !== va || config.versions.bump === "pull-request";
    out.push(
      finding(manifestRules["manifest/breaking-without-major-bump"], {
        path,
        line: jsonLine(afterText, ["version"]),
        symbol: `${name}@${va}`,
        severity: demanded ? "error" : "notice",
        message: demanded
          ? `${breaks}, but its version ${vb === va ? `stays ${va}` : `goes ${vb} → ${va}`}; semver users expect ${needed} or later.`
          : `${breaks}: the next release must be ${needed} or later (the version stays ${va} here; versions are bumped at release, \`versions.bump: release\`).`,
      }),
    );
  }
  return out;
}
