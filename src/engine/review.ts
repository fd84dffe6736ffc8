import { detectors as registered, loadDetectors, type DetectorEntry } from "./registry.js";
import { notAnalysed, reviewFile, runDetector } from "./review-file.js";
import type { AnalysisStep } from "./review-file.js";
import { engineRules } from "./rule-specs.js";
import { applyLevels, decideVerdict, excludePaths, readStatements } from "./verdict.js";
import { WorkBudget, fileWork, reviewWork } from "./budget.js";
import type { Config } from "../config/types.js";
import type { ChangeSet, Detector, Finding, Review } from "./types.js";

export type { AnalysisStep } from "./review-file.js";

export interface ReviewOptions {
  /** Defaults to the registry (loaded as the ChangeSet needs them); tests pass loaded detectors. */
  detectors?: readonly (Detector | DetectorEntry)[];
  /** Told before each detector starts on a file (or on the change set), so a host can say where a stopped analysis was. */
  onProgress?: (at: AnalysisStep) => void;
}

const initialised = new WeakSet<Detector>();

/**
 * The whole engine: ChangeSet → detectors → findings → policies → verdict. Pure apart from the
 * one-time parser loading in `init()`; the caller reports, the engine never writes.
 */
export async function review(cs: ChangeSet, config: Config, options: ReviewOptions = {}): Promise<Review> {
  const all = await loadDetectors(options.detectors ?? registered, cs, config);
  const generic = all.find((d) => d.id === "interface")!;
  const semantic = all.filter((d) => d !== generic && d.analyze);
  await initDetectors(all, cs, config);

  // 1. file-level detectors, within the review's work budget
  const reviewBudget = new WorkBudget("limits.review-work", reviewWork(config));
  const notReviewed = [...(cs.notReviewed ?? [])];
  const findings: Finding[] = [];
  const sections: Review["sections"] = [];
  const symbols: Review["symbols"] = { before: [], after: [] };
  for (const pair of cs.files) {
    if (pair.skipped && !notReviewed.some((n) => n.path === pair.path))
      notReviewed.push({ path: pair.path, reason: pair.skipped });
    if (reviewBudget.exhausted && !pair.skipped) {
      // Same input, same cut: the budget counts work, so which files are left out never varies.
      if (!all.some((d) => d.analyze && d.appliesTo?.(pair.path, config))) continue;
      const reason = `the review's work budget (limits.review-work, ${reviewBudget.limit.toLocaleString("en-US")} units) was spent before this file`;
      notReviewed.push({ path: pair.path, reason: "review work budget (limits.review-work) spent" });
      findings.push(notAnalysed({ path: pair.path, line: 1 }, { rule: engineRules["engine/budget-exceeded"], reason }));
      continue;
    }
    const file = reviewFile({
      pair,
      config,
      changeSet: cs,
      generic,
      semantic,
      reviewBudget,
      onProgress: options.onProgress,
    });
    findings.push(...file.findings);
    sections.push(...file.sections);
    symbols.before.push(...file.symbols.before);
    symbols.after.push(...file.symbols.after);
  }

  // 2. changeset-level detectors see the file findings after rule levels
  const levelled = applyLevels(findings, config);
  const changeSetFindings: Finding[] = [];
  const at = { path: cs.files[0]?.path ?? "", line: 1 };
  for (const detector of all.filter((d) => d.analyzeChangeSet)) {
    const ctx = {
      config,
      changeSet: cs,
      checkBudget: new WorkBudget("limits.file-work", fileWork(config)).tick,
      // only findings that survive the configuration: excluded paths do not count
      findings: excludePaths(levelled, config),
      symbols,
    };
    options.onProgress?.({ path: at.path, detector: detector.id });
    const out = runDetector(detector, at, () => detector.analyzeChangeSet!(cs, ctx));
    changeSetFindings.push(...out.findings);
    sections.push(...(out.sections ?? []));
  }

  // 3. the verdict pipeline: levels, path excludes, statements, acknowledgements, conclusion
  const verdict = decideVerdict({
    findings: [...levelled, ...changeSetFindings],
    statements: await readStatements(cs.body, config),
    config,
    acknowledgements: cs.acknowledgements ?? [],
  });
  return { ...verdict, sections, symbols, notReviewed };
}

async function initDetectors(all: Detector[], cs: ChangeSet, config: Config): Promise<void> {
  for (const d of all) {
    if (!d.init || initialised.has(d)) continue;
    if (d.appliesTo && !cs.files.some((f) => d.appliesTo!(f.path, config))) continue;
    await d.init();
    initialised.add(d);
  }
}
