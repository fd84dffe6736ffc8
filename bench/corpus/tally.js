/** Precision and recall from counts; null where the denominator is zero (nothing to divide). */
export function ratios({ tp, fp, fn }) {
  return {
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
  };
}

/**
 * Confusion counts for verdict-scored cases: each result has `expected` ("positive" |
 * "negative" | "unscored") and `predicted` (boolean). Unscored cases are counted apart, by the
 * prediction outcome, so a reader still sees what we said about them. `recallAnySeverity` counts
 * an expected break as seen when any semantic rule reported on it (warnings and notices too): the
 * gap to `recall` is severity judgement, the rest was not seen at all.
 */
export function tallyVerdicts(results) {
  const t = {
    tp: 0,
    fp: 0,
    fn: 0,
    tn: 0,
    seen: 0,
    unscored: 0,
    genericOnly: 0,
    unparsed: 0,
    failed: 0,
    cases: results.length,
    unscoredOutcomes: {},
  };
  for (const r of results) {
    if (r.outcome === "generic-only") t.genericOnly++;
    if (r.outcome === "parse-incomplete") t.unparsed++;
    if (r.failed > 0) t.failed++;
    if (r.expected === "unscored") {
      t.unscored++;
      const key = `${r.verdict}:${r.outcome}`;
      t.unscoredOutcomes[key] = (t.unscoredOutcomes[key] ?? 0) + 1;
    } else if (r.expected === "positive") {
      if (r.predicted) t.tp++;
      else t.fn++;
      if (r.outcome === "semantic-error" || r.outcome === "semantic-other") t.seen++;
    } else {
      if (r.predicted) t.fp++;
      else t.tn++;
    }
  }
  return { ...t, ...ratios(t), recallAnySeverity: t.tp + t.fn === 0 ? null : t.seen / (t.tp + t.fn) };
}

/**
 * Per-annotation counts summed over buf cases. `notImplementedRules` counts expected
 * annotations per buf rule we have no rule (nor counterpart) for; `rules` splits TP/FN by buf's
 * rule and FP by our rule id.
 */
export function tallyAnnotations(results) {
  const t = {
    cases: results.length,
    tp: 0,
    fp: 0,
    fn: 0,
    viaCounterpart: 0,
    lineOff: 0,
    duplicates: 0,
    notImplemented: 0,
    notImplementedRules: {},
    genericOnly: 0,
    failed: 0,
    rules: {},
  };
  for (const r of results) {
    for (const k of ["tp", "fp", "fn", "viaCounterpart", "lineOff", "duplicates"]) t[k] += r[k];
    t.notImplemented += r.notImplemented.length;
    for (const e of r.notImplemented) t.notImplementedRules[e.rule] = (t.notImplementedRules[e.rule] ?? 0) + 1;
    if (r.genericOnly) t.genericOnly++;
    if (r.failed > 0) t.failed++;
    for (const e of r.matched) bump(e.rule, "tp");
    for (const e of r.misses) bump(e.rule, "fn");
    for (const f of r.falseAlarms) bump(f.ruleId, "fp");
  }
  return { ...t, ...ratios(t) };

  function bump(rule, key) {
    t.rules[rule] ??= { tp: 0, fn: 0, fp: 0 };
    t.rules[rule][key]++;
  }
}

/**
 * Which error rules stood behind our true and false positives (a case counts once per rule),
 * so a detector owner sees which rule to look at first.
 */
export function rulesBehind(results) {
  const out = {};
  for (const r of results) {
    if (!r.predicted || r.expected === "unscored") continue;
    const key = r.expected === "positive" ? "tp" : "fp";
    for (const rule of r.errorRules) {
      out[rule] ??= { tp: 0, fp: 0 };
      out[rule][key]++;
    }
  }
  return out;
}
