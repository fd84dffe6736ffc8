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
 * counterpart of an enabled rule).
 */
export function matchAnnotations({ expected, findings, enabled, implemented }) {
  const unique = dedupe(expected);
  const ours = findings
    .map((f) => ({ f, rule: bufRuleOf(f.ruleId), used: false }))
    .filter((o) => o.rule && inScope(o.rule, enabled));
  const out = { tp: 0, viaCounterpart: 0, lineOff: 0, fn: 0, fp: 0, duplicates: expected.length - unique.length, notImplemented: [], misses: [], falseAlarms: [] };
  const pending = [];
  for (const e of unique) {
    const rules = candidates(e.rule, implemented);
    if (rules.length === 0) out.notImplemented.push(e);
    else pending.push({ e, rules });
  }
  const strict = [];
  for (const p of pending) if (!take(p, true)) strict.push(p);
  for (const p of strict) if (!take(p, false)) { out.fn++; out.misses.push(p.e); }
  for (const o of ours) if (!o.used) { out.fp++; out.falseAlarms.push(o.f); }
  return out;

  function take({ e, rules }, lineMustMatch) {
    for (const rule of rules) {
      const hit = ours.find((o) => !o.used && o.rule === rule && samePath(e, o.f) && (!lineMustMatch || sameLine(e, o.f)));
      if (!hit) continue;
      hit.used = true;
      out.tp++;
      if (rule !== e.rule) out.viaCounterpart++;
      if (!lineMustMatch) out.lineOff++;
      return true;
    }
    return false;
  }
}

function candidates(rule, implemented) {
  return [rule, ...(COUNTERPARTS[rule] ?? [])].filter((r) => implemented.has(r));
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
