import { finding } from "./rule.js";
import { engineRules } from "./rule-specs.js";
import { BudgetExceededError, makeBudget } from "./budget.js";
import type { Config } from "../config/types.js";
import type { ChangeSet, Detector, DetectorOutput, FilePair, Finding, ReportSection, SymbolEntry } from "./types.js";

export interface FileReview {
  findings: Finding[];
  sections: ReportSection[];
  symbols: { before: SymbolEntry[]; after: SymbolEntry[] };
}

interface Options {
  pair: FilePair;
  config: Config;
  changeSet: ChangeSet;
  generic: Detector;
  semantic: Detector[];
}

/**
 * Runs the detectors that apply to one file. Semantic findings replace the generic
 * `interface/changed` finding when a semantic detector understood the file; a detector that
 * throws or runs out of time leaves the generic finding in place and says why.
 */
export function reviewFile({ pair, config, changeSet, generic, semantic }: Options): FileReview {
  const out: FileReview = { findings: [], sections: [], symbols: { before: [], after: [] } };
  const genericOut = generic.appliesTo?.(pair.path, config) ? generic.analyze!(pair, context()) : undefined;
  let understood = false;
  for (const detector of pair.skipped ? [] : semantic) {
    if (!detector.appliesTo?.(pair.path, config) || !detector.analyze) continue;
    const result = runOne(detector, pair, context());
    understood ||= result.parsed;
    out.findings.push(...result.findings);
    out.sections.push(...(result.sections ?? []));
    out.symbols.before.push(...(result.symbols?.before ?? []));
    out.symbols.after.push(...(result.symbols?.after ?? []));
  }
  if (genericOut && !understood) out.findings.push(...genericOut.findings);
  return out;

  function context() {
    return { config, changeSet, checkBudget: makeBudget(config.limits["file-time-ms"]) };
  }
}

function runOne(
  detector: Detector,
  pair: FilePair,
  ctx: Parameters<NonNullable<Detector["analyze"]>>[1],
): DetectorOutput {
  try {
    return detector.analyze!(pair, ctx);
  } catch (err) {
    const budget = err instanceof BudgetExceededError;
    const stopped = budget
      ? finding(engineRules["engine/budget-exceeded"], {
          path: pair.path,
          line: 1,
          message: `The ${detector.id} detector stopped on this file after its ${err.budgetMs} ms budget (limits.file-time-ms); it was not fully analysed.`,
        })
      : finding(engineRules["engine/detector-failed"], {
          path: pair.path,
          line: 1,
          message: `The ${detector.id} detector could not analyse this file: ${(err as Error).message}`,
        });
    return { findings: [stopped], parsed: false };
  }
}
