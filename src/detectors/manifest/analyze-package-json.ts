import { finding } from "../../engine/rule.js";
import { manifestRules } from "./rule-specs.js";
import { parseUnits } from "../../engine/budget.js";
import { jsonKeyLines } from "./json-lines.js";
import { packageRules, type Pkg } from "./package-rules.js";
import { declarationsUnder, removedPublicTypeDeps } from "./public-type-deps.js";
import { dirOf } from "./nearest.js";
import { parseJsonManifest } from "../packages/read-manifest.js";
import type { DetectorOutput, FilePair, Finding } from "../../engine/types.js";
import type { Sides } from "../../engine/sides.js";

type Parsed = { ok: true; pkg: Pkg } | { ok: false; reason: string };

function parse(text: string): Parsed {
  try {
    const v = parseJsonManifest(text);
    if (!v || typeof v !== "object" || Array.isArray(v)) return { ok: false, reason: "the top level is not an object" };
    return { ok: true, pkg: v as Pkg };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}

/** Compares the two versions of one package.json. */
export function analyzePackageJson(
  pair: FilePair,
  sides: Sides,
  checkBudget: (units?: number) => void = () => {},
): DetectorOutput {
  if (pair.before === null || pair.after === null) return { findings: [], parsed: true };
  checkBudget(parseUnits(pair.before.length + pair.after.length));
  const before = parse(pair.before);
  const after = parse(pair.after);
  const failures: Finding[] = [];
  if (!before.ok)
    failures.push(
      finding(manifestRules["manifest/parse-failed"], {
        path: pair.path,
        line: 1,
        message: `The base version of ${pair.path} is not valid JSON (${before.reason}); its package rules were not checked.`,
      }),
    );
  // A head that does not parse is a broken package, not an unchecked one: npm cannot install it.
  if (!after.ok)
    failures.push(
      finding(manifestRules["manifest/parse-failed"], {
        path: pair.path,
        line: 1,
        severity: "error",
        message: `${pair.path} is not valid JSON in this pull request (${after.reason}): npm cannot read the package, and its package rules were not checked.`,
      }),
    );
  if (!before.ok || !after.ok) return { findings: failures, parsed: false };
  const packagePair = { path: pair.path, before: before.pkg, after: after.pkg, afterText: pair.after, checkBudget };
  const at = jsonKeyLines(pair.after);
  const declarations = declarationsUnder(dirOf(pair.path), sides.paths, sides.after);
  return {
    findings: [...packageRules(packagePair), ...removedPublicTypeDeps(packagePair, declarations, at)],
    parsed: true,
  };
}
