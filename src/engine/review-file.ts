import { finding } from "./rule.js";
import type { Rule } from "./rule.js";
import { engineRules } from "./rule-specs.js";
import { BudgetExceededError, WorkBudget, fileWork } from "./budget.js";
import type { Config } from "../config/types.js";
import type {
  ChangeSet,
  Detector,
  DetectorContext,
  DetectorOutput,
  FilePair,
  Finding,
  ReportSection,
  SymbolEntry,
} from "./types.js";

export interface FileReview {
  findings: Finding[];
  sections: ReportSection[];
  symbols: { before: SymbolEntry[]; after: SymbolEntry[] };
}

/** Where the analysis is: the file and the detector working on it (the first file for change-set detectors). */
export interface AnalysisStep {
  path: string;
  detector: string;
}

interface Options {
  pair: FilePair;
  config: Config;
  changeSet: ChangeSet;
  generic: Detector;
  semantic: Detector[];
  /** The review's work budget: every file's work is charged to it too. */
  reviewBudget: WorkBudget;
  onProgress?: (at: AnalysisStep) => void;
}

/**
 * Runs the detectors that apply to one file, each within its own work budget. Semantic findings
 * replace the generic `interface/changed` finding only when a semantic detector understood the
 * file and none failed on it: a detector that throws or spends its budget says it could not analyse
 * the file (an error: nothing unanalysed passes silently), and the generic finding stays.
 */
export function reviewFile({
  pair,
  config,
  changeSet,
  generic,
  semantic,
  reviewBudget,
  onProgress,
}: Options): FileReview {
  const out: FileReview = { findings: [], sections: [], symbols: { before: [], after: [] } };
  const genericApplies = generic.appliesTo?.(pair.path, config);
  let understood = false;
  let failed = false;
  for (const detector of pair.skipped ? [] : semantic) {
    if (!detector.appliesTo?.(pair.path, config) || !detector.analyze) continue;
    onProgress?.({ path: pair.path, detector: detector.id });
    const result = runDetector(detector, { path: pair.path, line: 1 }, () => detector.analyze!(pair, context()));
    understood ||= result.parsed;
    failed ||= result.failed;
    out.findings.push(...result.findings);
    out.sections.push(...(result.sections ?? []));
    out.symbols.before.push(...(result.symbols?.before ?? []));
    out.symbols.after.push(...(result.symbols?.after ?? []));
  }
  // Only then is the generic finding wanted (it reads the hunks, which may not be computed yet).
  if (genericApplies && (!understood || failed)) out.findings.push(...generic.analyze!(pair, context()).findings);
  return out;

  function context(): DetectorContext {
    return { config, changeSet, checkBudget: new WorkBudget("limits.file-work", fileWork(config), reviewBudget).tick };
  }
}

/**
 * Runs one detector; a throw (a budget spent, a bug, a stack overflow) becomes an error finding
 * at `at` saying what could not be analysed and why, instead of failing the whole review.
 */
export function runDetector(
  detector: Detector,
  at: { path: string; line: number },
  run: () => DetectorOutput,
): DetectorOutput & { failed: boolean } {
  try {
    return { ...run(), failed: false };
  } catch (err) {
    return { findings: [notAnalysed(at, couldNotAnalyse(detector.id, err))], parsed: false, failed: true };
  }
}

/** Why a detector stopped, in words for the check run. */
function couldNotAnalyse(detectorId: string, err: unknown): { rule: Rule; reason: string } {
  if (err instanceof BudgetExceededError)
    return {
      rule: engineRules["engine/budget-exceeded"],
      reason: `the ${detectorId} detector stopped after its work budget of ${err.units.toLocaleString("en-US")} units (${err.key})`,
    };
  const message = err instanceof Error ? err.message : String(err);
  return {
    rule: engineRules["engine/detector-failed"],
    reason: `the ${detectorId} detector failed: ${message.slice(0, 500)}`,
  };
}

/**
 * The finding for a file that was not (fully) analysed: an `abi` error, so the pull request is
 * action required until someone who read the file states the impact or a maintainer acknowledges.
 */
export function notAnalysed(
  at: { path: string; line: number },
  { rule, reason }: { rule: Rule; reason: string },
): Finding {
  return finding(rule, {
    ...at,
    message: `Could not analyse ${at.path}: ${reason}. Its changes were not checked; review them by hand and state the impact.`,
  });
}
