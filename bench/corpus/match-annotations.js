import { bufRuleOf, COUNTERPARTS } from "./buf-rules.js";

/**
 * Scores one buf case per annotation. `expected` is buf's list (path, start_line, end_line,
 * rule); `findings` are our review's findings; `enabled` the buf rules the case's expectation is
 * exact for; `implemented` the buf rule names we have a rule for. Identical buf duplicates count
 * once. An expected annotation matches a finding with the same rule (or a wire-level counterpart,
 * see COUNTERPARTS), the same file (any file when buf gives none) and a line inside buf's span
 * (any line when buf gives none); failing that, the same rule and file on another line counts as
 * found but is reported as `lineOff`. Expected rules we have no rule for are `notImplemented`,
 * not misses; our findings count as false alarms only when their buf rule is enabled (or is a
 * counterpart of an enabled rule) and no finding of the same rule family on the same line was
 * matched (we report a field's wire and wire+JSON incompatibility as two findings; buf's FILE
 * category reports it once, as FIELD_SAME_TYPE).
 */
export function matchAnnotations({ expected, findings, enabled, implemented }) {
  const unique = dedupe(expected);
  const ours = findings
    .map((f) => ({ f, rule: bufRuleOf(f.ruleId), used: false }))
    .filter((o) => o.rule && inScope(o.rule, enabled));
  const out = {
    matched: [],
    tp: 0,
    viaCounterpart: 0,
    lineOff: 0,
    fn: 0,
    fp: 0,
    duplicates: expected.length - unique.length,
    notImplemented: [],
    misses: [],
    falseAlarms: [],
  };
  let pending = [];
  for (const e of unique) {
    if (implemented.has(e.rule) || counterpartsOf(e.rule, implemented).length) pending.push(e);
    else out.notImplemented.push(e);
  }
  // Direct rule matches first, so a counterpart never takes the finding an exact rule needs;
  // a counterpart may share a finding on the same line (one break, several buf rules).
  pending = pending.filter((e) => !take(e, [e.rule], { line: true, shared: false }));
  pending = pending.filter((e) => !take(e, counterpartsOf(e.rule, implemented), { line: true, shared: true }));
  pending = pending.filter((e) => !take(e, [e.rule], { line: false, shared: false }));
  pending = pending.filter((e) => !take(e, counterpartsOf(e.rule, implemented), { line: false, shared: false }));
  for (const e of pending) {
    out.fn++;
    out.misses.push(e);
  }
  for (const o of ours) {
    if (
      o.used ||
      ours.some((u) => u.used && sameFamily(u.rule, o.rule) && u.f.path === o.f.path && u.f.line === o.f.line)
    )
      continue;
    out.fp++;
    out.falseAlarms.push(o.f);
  }
  return out;

  function take(e, rules, { line, shared }) {
    for (const rule of rules) {
      if (!implemented.has(rule)) continue;
      const hit = ours.find(
        (o) => (shared || !o.used) && o.rule === rule && samePath(e, o.f) && (!line || sameLine(e, o.f)),
      );
      if (!hit) continue;
      hit.used = true;
      out.tp++;
      out.matched.push(e);
      if (rule !== e.rule) out.viaCounterpart++;
      if (!line) out.lineOff++;
      return true;
    }
    return false;
  }
}

function counterpartsOf(rule, implemented) {
  return (COUNTERPARTS[rule] ?? []).filter((r) => implemented.has(r));
}

/** Two buf rules naming the same break at different strictness (FIELD_SAME_TYPE, FIELD_WIRE_*_TYPE). */
function sameFamily(a, b) {
  if (a === b) return true;
  return Object.entries(COUNTERPARTS).some(
    ([strict, loose]) => [strict, ...loose].includes(a) && [strict, ...loose].includes(b),
  );
}

function inScope(rule, enabled) {
  if (enabled.has(rule)) return true;
  return Object.entries(COUNTERPARTS).some(([strict, loose]) => enabled.has(strict) && loose.includes(rule));
}

function samePath(e, f) {
  return e.path == null || e.path === f.path;
}

function sameLine(e, f) {
  if (e.start_line == null) return true;
  return f.line >= e.start_line && f.line <= (e.end_line ?? e.start_line);
}

function dedupe(expected) {
  const seen = new Set();
  return expected.filter((e) => {
    const key = JSON.stringify([e.path, e.start_line, e.start_column, e.end_line, e.end_column, e.rule]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
