import { detectors as registered } from "./registry.js";
import { reviewFile } from "./review-file.js";
import { applyLevels } from "./policies/levels.js";
import { excludePaths } from "./policies/exclude-paths.js";
import { categoryResults } from "./policies/categories.js";
import { makeBudget } from "./budget.js";
import { sortFindings } from "./sort.js";
import { parseStatements } from "../statements/parse-statements.js";
import type { Config } from "../config/types.js";
import type { ChangeSet, Detector, Finding, Review } from "./types.js";

export interface ReviewOptions {
  /** Defaults to the registry; tests pass a subset. */
  detectors?: Detector[];
}

const initialised = new WeakSet<Detector>();

/**
 * The whole engine: ChangeSet → detectors → findings → policies → verdict. Pure apart from the
 * one-time parser loading in `init()`; the caller reports, the engine never writes.
 */
export async function review(cs: ChangeSet, config: Config, options: ReviewOptions = {}): Promise<Review> {
  const all = options.detectors ?? registered;
  const generic = all.find((d) => d.id === "interface")!;
  const semantic = all.filter((d) => d !== generic && d.analyze);
  await initDetectors(all, cs, config);

  // 1. file-level detectors, within the review's time budget
  const reviewBudget = makeBudget(config.limits["review-time-ms"]);
  const notReviewed = [...(cs.notReviewed ?? [])];
  const findings: Finding[] = [];
  const sections: Review["sections"] = [];
  const symbols: Review["symbols"] = { before: [], after: [] };
  for (const pair of cs.files) {
    const outOfTime = overBudget(reviewBudget);
    if (outOfTime) notReviewed.push({ path: pair.path, reason: "review time budget (limits.review-time-ms) spent" });
    const skipped = pair.skipped ?? (outOfTime ? "review time budget spent" : undefined);
    if (pair.skipped && !notReviewed.some((n) => n.path === pair.path))
      notReviewed.push({ path: pair.path, reason: pair.skipped });
    const file = reviewFile({ pair: skipped ? { ...pair, skipped } : pair, config, changeSet: cs, generic, semantic });
    findings.push(...file.findings);
    sections.push(...file.sections);
    symbols.before.push(...file.symbols.before);
    symbols.after.push(...file.symbols.after);
  }

  // 2. changeset-level detectors see the file findings after rule levels
  const levelled = applyLevels(findings, config);
  const changeSetFindings: Finding[] = [];
  for (const detector of all.filter((d) => d.analyzeChangeSet)) {
    const ctx = {
      config,
      changeSet: cs,
      checkBudget: makeBudget(config.limits["file-time-ms"]),
      findings: levelled,
      symbols,
    };
    const out = detector.analyzeChangeSet!(cs, ctx);
    changeSetFindings.push(...out.findings);
    sections.push(...(out.sections ?? []));
  }

  // 3. policies: levels, path excludes, statements and acknowledgements
  const final = sortFindings(excludePaths([...levelled, ...applyLevels(changeSetFindings, config)], config));
  const body = cs.body.slice(0, config.limits["body-chars"]);
  const categories = categoryResults({
    findings: final,
    statements: parseStatements(body, config.statements),
    acknowledgements: cs.acknowledgements ?? [],
  });
  const blocked = Object.values(categories).some((c) => c.state === "missing" || c.state === "contradicted");
  return {
    conclusion: blocked ? "action_required" : "success",
    findings: final,
    categories,
    sections,
    symbols,
    notReviewed,
  };
}

async function initDetectors(all: Detector[], cs: ChangeSet, config: Config): Promise<void> {
  for (const d of all) {
    if (!d.init || initialised.has(d)) continue;
    if (d.appliesTo && !cs.files.some((f) => d.appliesTo!(f.path, config))) continue;
    await d.init();
    initialised.add(d);
  }
}

function overBudget(check: () => void): boolean {
  try {
    check();
    return false;
  } catch {
    return true;
  }
}
