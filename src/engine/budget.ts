import type { Config } from "../config/types.js";

/**
 * Work budgets. Detectors call `ctx.checkBudget(units)` as they go — roughly one unit per
 * declaration parsed, tree node visited or pair of elements compared, and one per 64 bytes handed
 * to a parser. Budgets count those units, never wall time, so whether a file is analysed depends
 * only on its contents: the same pull request gives the same findings on an idle machine and on
 * one running twenty reviews. Wall time is bounded separately, by the hard deadline of the process
 * that runs the analysis (`limits.review-time-ms`, see src/isolation).
 */

/** Units a detector may spend on one file (`limits.file-work`) when the config does not say. */
export const DEFAULT_FILE_WORK = 20_000_000;
/** Units the whole review may spend (`limits.review-work`) when the config does not say. */
export const DEFAULT_REVIEW_WORK = 200_000_000;
/**
 * `limits.file-time-ms` (deprecated) is read as a work budget at this rate, so a config written
 * for the old time budget keeps its proportions: the old default, 10,000 ms, is the new default.
 */
export const WORK_UNITS_PER_MS = DEFAULT_FILE_WORK / 10_000;

/** Units charged for handing `chars` characters to a parser in one uninterruptible call. */
export function parseUnits(chars: number): number {
  return Math.ceil(chars / 64);
}

/** Thrown by `checkBudget()` once a file's or the review's work budget is spent. */
export class BudgetExceededError extends Error {
  constructor(
    /** The config key whose budget was spent. */
    readonly key: "limits.file-work" | "limits.review-work",
    readonly units: number,
  ) {
    super(`analysis stopped after its work budget of ${units.toLocaleString("en-US")} units (${key})`);
  }
}

/** A counter of work units with a ceiling; `parent` is charged too (a file's work is the review's). */
export class WorkBudget {
  private used = 0;

  constructor(
    readonly key: BudgetExceededError["key"],
    readonly limit: number,
    private readonly parent?: WorkBudget,
  ) {}

  /** Charges `units` (default 1) and throws BudgetExceededError once the ceiling is passed. */
  readonly tick = (units = 1): void => {
    this.used += units;
    this.parent?.tick(units);
    if (this.used > this.limit) throw new BudgetExceededError(this.key, this.limit);
  };

  get spent(): number {
    return this.used;
  }

  get exhausted(): boolean {
    return this.used > this.limit;
  }
}

/** The per-file work budget the config asks for (`file-work`, else the deprecated `file-time-ms`). */
export function fileWork(config: Config): number {
  const { limits } = config;
  if (limits["file-work"] !== undefined) return limits["file-work"];
  if (limits["file-time-ms"] !== undefined) return limits["file-time-ms"] * WORK_UNITS_PER_MS;
  return DEFAULT_FILE_WORK;
}

/** The whole review's work budget (`limits.review-work`). */
export function reviewWork(config: Config): number {
  return config.limits["review-work"] ?? DEFAULT_REVIEW_WORK;
}
