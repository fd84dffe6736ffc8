import type { Finding } from "../../src/engine/types.js";
export interface BufAnnotation {
  path: string | null;
  start_line: number | null;
  start_column?: number | null;
  end_line?: number | null;
  end_column?: number | null;
  rule: string;
}
type Ours = Pick<Finding, "ruleId" | "path" | "line">;
export function matchAnnotations(input: {
  expected: BufAnnotation[];
  findings: Ours[];
  enabled: Set<string>;
  implemented: Set<string>;
}): {
  matched: BufAnnotation[];
  tp: number;
  viaCounterpart: number;
  lineOff: number;
  fn: number;
  fp: number;
  duplicates: number;
  notImplemented: BufAnnotation[];
  misses: BufAnnotation[];
  falseAlarms: Ours[];
};
