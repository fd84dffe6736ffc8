import type { Expectation } from "./verdict.js";
import type { Outcome } from "./predict.js";
export interface Ratios {
  precision: number | null;
  recall: number | null;
}
export function ratios(counts: { tp: number; fp: number; fn: number }): Ratios;
export interface VerdictResult {
  expected: Expectation;
  predicted: boolean;
  outcome: Outcome;
  verdict: string;
  failed: number;
}
export interface VerdictTally extends Ratios {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  seen: number;
  recallAnySeverity: number | null;
  unscored: number;
  genericOnly: number;
  unparsed: number;
  failed: number;
  cases: number;
  unscoredOutcomes: Record<string, number>;
}
export function tallyVerdicts(results: VerdictResult[]): VerdictTally;
export interface AnnotationResult {
  matched: { rule: string }[];
  misses: { rule: string }[];
  falseAlarms: { ruleId: string }[];
  tp: number;
  fp: number;
  fn: number;
  viaCounterpart: number;
  lineOff: number;
  duplicates: number;
  notImplemented: { rule: string }[];
  genericOnly: boolean;
  failed: number;
}
export interface AnnotationTally extends Ratios {
  cases: number;
  tp: number;
  fp: number;
  fn: number;
  viaCounterpart: number;
  lineOff: number;
  duplicates: number;
  notImplemented: number;
  notImplementedRules: Record<string, number>;
  genericOnly: number;
  failed: number;
  rules: Record<string, { tp: number; fn: number; fp: number }>;
}
export function tallyAnnotations(results: AnnotationResult[]): AnnotationTally;
export function rulesBehind(
  results: (VerdictResult & { errorRules: string[] })[],
): Record<string, { tp: number; fp: number }>;
