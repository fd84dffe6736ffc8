import { finding } from "../../engine/rule.js";
import { tsRules } from "./rule-specs.js";
import { compareSurfaces } from "./compare-surface.js";
import { settleWithChecker } from "./checker.js";
import { parseFile } from "./parse-file.js";
import { sidesOf } from "../../engine/sides.js";
import { starResolver } from "./star-names.js";
import { symbolsOf } from "./symbols.js";
import { usageOf } from "./usage.js";
import { inheritedCtors, inheritedLookup, inheritedMembers } from "./inherited.js";
import type { CompareContext } from "./compare-context.js";
import type { DetectorContext, DetectorOutput, FilePair, Finding } from "../../engine/types.js";
import type { Surface } from "./model.js";

/** Compares the exported surface of the two versions of one TypeScript file. */
export function analyzeTsPair(pair: FilePair, ctx: DetectorContext): DetectorOutput {
  const beforePath = pair.previousPath ?? pair.path;
  const before = pair.before === null ? undefined : parseFile(beforePath, pair.before, ctx.checkBudget);
  const after = pair.after === null ? undefined : parseFile(pair.path, pair.after, ctx.checkBudget);
  const failures: Finding[] = [];
  for (const [version, parsed] of [
    ["base", before],
    ["head", after],
  ] as const) {
    if (parsed && !parsed.ok) {
      failures.push(
        finding(tsRules["ts/parse-failed"], {
          path: pair.path,
          line: parsed.line,
          message: `The ${version} version of ${version === "base" ? beforePath : pair.path} does not parse as TypeScript: ${parsed.reason} (line ${parsed.line}). Its API changes could not be compared.`,
        }),
      );
    }
  }
  if (failures.length) return { findings: failures, parsed: false };
  const b: Surface = before?.ok ? before.surface : empty();
  const a: Surface = after?.ok ? after.surface : empty();
  const symbols = { before: symbolsOf(b, beforePath), after: symbolsOf(a, pair.path) };
  if (!before) return { findings: [], parsed: true, symbols }; // a new file only adds API

  const sides = sidesOf(ctx.changeSet);
  const cctx: CompareContext = {
    path: pair.path,
    pending: [],
    checkBudget: ctx.checkBudget,
    usageOf: usageOf([b, a]),
    inheritedAfter: inheritedLookup(a),
    inheritedCtors: { before: inheritedCtors(b), after: inheritedCtors(a) },
    inheritedMembers: { before: inheritedMembers(b), after: inheritedMembers(a) },
  };
  compareSurfaces(b, a, cctx, {
    prefix: "",
    nested: false,
    resolveStar: starResolver({ before: beforePath, after: pair.path }, sides, ctx.checkBudget),
  });
  const settled =
    pair.after === null
      ? cctx.pending
      : settleWithChecker(cctx.pending, {
          beforePath,
          afterPath: pair.path,
          before: sides.before,
          after: sides.after,
          checkBudget: ctx.checkBudget,
        });
  return { findings: settled.map((p) => p.finding), parsed: true, symbols };
}

function empty(): Surface {
  return { exports: new Map(), stars: [], isModule: true };
}
