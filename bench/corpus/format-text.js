const pct = (x) => (x === null ? "   -  " : `${(x * 100).toFixed(1).padStart(5)}%`);
const num = (n, w = 4) => String(n).padStart(w);

/** The verdict-scored table (C and TS sources). */
export function formatVerdictTable(tallies) {
  const lines = [
    "source        cases   TP   FP   FN   TN  precision  recall  recall(any severity)  unscored  generic-only  unparsed  failed",
  ];
  for (const [source, t] of Object.entries(tallies)) {
    lines.push(
      `${source.padEnd(12)} ${num(t.cases, 6)} ${num(t.tp)} ${num(t.fp)} ${num(t.fn)} ${num(t.tn)}   ${pct(t.precision)}   ${pct(t.recall)}   ${pct(t.recallAnySeverity)}            ${num(t.unscored, 9)} ${num(t.genericOnly, 13)} ${num(t.unparsed, 9)} ${num(t.failed, 7)}`,
    );
  }
  return lines.join("\n");
}

/** What we said about cases whose upstream verdict is not scored (CHANGED, AMBIGUOUS, …). */
export function formatUnscored(tallies) {
  const lines = [];
  for (const [source, t] of Object.entries(tallies)) {
    const parts = Object.entries(t.unscoredOutcomes)
      .sort()
      .map(([k, n]) => `${k}=${n}`);
    if (parts.length) lines.push(`  ${source}: ${parts.join(", ")}`);
  }
  return lines.length ? `unscored verdicts (VERDICT:our outcome=count):\n${lines.join("\n")}` : "";
}

/** The per-annotation buf table. */
export function formatAnnotationTable(t) {
  const rules = Object.entries(t.notImplementedRules)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r}×${n}`);
  return [
    "source        cases  annotations: TP   FP   FN  precision  recall  (TP via counterpart / on another line)  not implemented",
    `${"buf".padEnd(12)} ${num(t.cases, 6)}            ${num(t.tp)} ${num(t.fp)} ${num(t.fn)}   ${pct(t.precision)}   ${pct(t.recall)}  (${t.viaCounterpart} / ${t.lineOff})${" ".repeat(34)}${t.notImplemented}`,
    `  generic-only cases: ${t.genericOnly}, cases with engine failures: ${t.failed}, buf duplicates folded: ${t.duplicates}`,
    rules.length ? `  not implemented (expected annotations, not counted as misses): ${rules.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** --verbose: one block per miss / false alarm with our findings. */
export function formatVerdictDetails(results) {
  const out = [];
  for (const r of results) {
    if (r.expected === "unscored" || r.predicted === (r.expected === "positive")) continue;
    const kind = r.expected === "positive" ? "MISS" : "FALSE ALARM";
    out.push(`${kind} ${r.name} (VERDICT ${r.verdict}${r.note ? ` ${r.note}` : ""}; ours: ${r.outcome})`);
    for (const f of r.findings)
      out.push(`    ${f.severity.padEnd(7)} ${f.ruleId} ${f.path}:${f.line} ${f.message.slice(0, 160)}`);
  }
  return out.join("\n");
}

export function formatProtoDetails(results) {
  const out = [];
  for (const r of results) {
    if (r.misses.length === 0 && r.falseAlarms.length === 0) continue;
    out.push(`${r.name} (enabled: ${Array.isArray(r.enabled) ? r.enabled.join(",") : r.enabled})`);
    for (const e of r.misses) out.push(`    MISS        ${e.rule} ${e.path ?? "-"}:${e.start_line ?? "-"}`);
    for (const f of r.falseAlarms)
      out.push(`    FALSE ALARM ${f.ruleId} ${f.path}:${f.line} ${f.message.slice(0, 140)}`);
  }
  return out.join("\n");
}

/** Error rules behind false alarms, most frequent first (verbose output). */
export function formatFalseAlarmRules(rules) {
  const rows = Object.entries(rules)
    .filter(([, c]) => c.fp > 0)
    .sort((a, b) => b[1].fp - a[1].fp);
  return rows.length
    ? `error rules behind false alarms (cases; true positives in brackets): ${rows.map(([r, c]) => `${r} ${c.fp} [${c.tp}]`).join(", ")}`
    : "";
}

/** buf results per rule (verbose output): TP/FN under buf's name, FP under our id. */
export function formatAnnotationRules(rules) {
  return Object.entries(rules)
    .sort()
    .map(([r, c]) => `  ${r.padEnd(48)} TP ${num(c.tp)}  FN ${num(c.fn)}  FP ${num(c.fp)}`)
    .join("\n");
}

/** --case: every selected case with its expectation and all our findings. */
export function formatCaseFindings(results) {
  const out = [];
  for (const r of results) {
    const expectation = r.verdict
      ? `VERDICT ${r.verdict}${r.note ? ` ${r.note}` : ""}; ours: ${r.outcome}`
      : `buf: TP ${r.tp}, FP ${r.fp}, FN ${r.fn}`;
    out.push(`${r.name} (${expectation})`);
    for (const f of r.findings) out.push(`    ${f.severity.padEnd(7)} ${f.ruleId} ${f.path}:${f.line} ${f.message}`);
    if (r.findings.length === 0) out.push("    (no findings)");
  }
  return out.join("\n");
}
