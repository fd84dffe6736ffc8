import {
  formatAnnotationRules,
  formatAnnotationTable,
  formatCaseFindings,
  formatFalseAlarmRules,
  formatProtoDetails,
  formatUnscored,
  formatVerdictDetails,
  formatVerdictTable,
} from "./format-text.js";

/** The human-readable report: tables, then (--verbose) every disagreement, then (--case) findings. */
export function textReport(report, { verbose, only }) {
  const out = [];
  const verdictResults = report.cases.slice(0, report.verdictCases);
  const protoResults = report.cases.slice(report.verdictCases);
  out.push(`Impactgate vs the peer corpus (${report.corpus}) — ${report.date}, ${report.machine}`);
  out.push(
    `detectors: ${report.detectors.join(", ")}${report.unregisteredAdded.length ? ` (not yet registered, added by --with-unregistered: ${report.unregisteredAdded.join(", ")})` : ""}`,
  );
  if (Object.keys(report.verdictSources).length) {
    out.push(
      "\nVerdict-scored sources (predicted breaking = an error from a c/ cpp/ ts/ proto/ manifest/ rule; interface/changed does not count):",
    );
    out.push(formatVerdictTable(report.verdictSources));
    const unscored = formatUnscored(report.verdictSources);
    if (unscored) out.push(`\n${unscored}`);
  }
  if (report.buf) {
    out.push("\nbuf breaking testdata, scored per annotation for the enabled rules:");
    if (!report.buf.detectorPresent)
      out.push("  (the proto detector is not registered: every expected annotation is counted as not implemented)");
    out.push(formatAnnotationTable(report.buf));
  }
  if (verbose) {
    for (const [source, t] of Object.entries(report.verdictSources)) {
      const line = formatFalseAlarmRules(t.rules);
      if (line) out.push(`\n${source}: ${line}`);
    }
    if (report.buf) out.push(`\nbuf per rule:\n${formatAnnotationRules(report.buf.rules)}`);
    const details = [formatVerdictDetails(verdictResults), formatProtoDetails(protoResults)].filter(Boolean).join("\n");
    out.push(`\nMisses and false alarms:\n${details || "  none"}`);
  }
  if (only) out.push(`\n${formatCaseFindings(report.cases)}`);
  const perSource = Object.entries(report.msPerSource)
    .map(([s, ms]) => `${s} ${ms}`)
    .join(", ");
  out.push(
    `\n${report.cases.length} cases in ${report.durationMs} ms (review time per source, ms: ${perSource}; the first case of a language includes loading its parser)`,
  );
  return out.join("\n");
}
