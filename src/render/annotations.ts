import { plain } from "./escape.js";
import type { Finding } from "../engine/types.js";
import type { Annotation } from "./types.js";

const LEVEL = { error: "failure", warning: "warning", notice: "notice" } as const;

/** One annotation per finding at its line (error→failure, warning→warning, notice→notice). */
export function toAnnotations(findings: Finding[]): Annotation[] {
  return findings.map((f) => ({
    path: f.path,
    start_line: f.line,
    end_line: Math.max(f.line, f.endLine ?? f.line),
    annotation_level: LEVEL[f.severity],
    title: plain(f.symbol ? `${f.ruleId}: ${f.symbol}` : f.ruleId),
    message: plain(f.message, { multiline: true }).slice(0, 64 * 1024),
  }));
}
