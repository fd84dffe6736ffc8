/**
 * Figures of one repository's run against the judgements a person recorded in judged.json
 * (`{ "<repo>": { "<sha, 12 hex>": { "verdict": "break" | "false-block", "why": "…" } } }`; a break with
 * `"expect": "warning"` is one the default configuration does not build, caught by a warning).
 * A judged break that is no longer blocked is a missed break; a blocked commit nobody judged
 * yet is "unjudged" (read it and record a verdict).
 */
export function judgedFigures(repoRun, judgements) {
  const fig = { blocked: 0, trueBreaks: 0, falseBlocks: 0, unjudged: 0, missedBreaks: [] };
  for (const c of repoRun.reviewed) {
    const j = judgements[c.sha.slice(0, 12)];
    if (c.conclusion === "success") {
      // a break judged to deserve a warning (a configuration the default target does not build) is caught by one
      const warned = j?.expect === "warning" && c.warnings > 0;
      if (j?.verdict === "break" && !warned) fig.missedBreaks.push({ sha: c.sha.slice(0, 12), why: j.why });
      continue;
    }
    fig.blocked++;
    if (!j) fig.unjudged++;
    else if (j.verdict === "break") fig.trueBreaks++;
    else fig.falseBlocks++;
  }
  return fig;
}

const key = (e) => `${e.rule} ${e.path}${e.symbol ? ` ${e.symbol}` : ""}`;

/** What changed between two runs' JSON: commits that became (un)blocked or whose errors differ. */
export function compareRuns(before, after) {
  const lines = ["", "Compared with the earlier run:"];
  for (const repo of after.repositories) {
    const old = before.repositories.find((r) => r.name === repo.name);
    if (!old) continue;
    const oldBySha = new Map(old.reviewed.map((c) => [c.sha, c]));
    for (const c of repo.reviewed) {
      const o = oldBySha.get(c.sha);
      if (!o) continue;
      const was = new Set(o.errors.map(key));
      const now = new Set(c.errors.map(key));
      const gone = [...was].filter((k) => !now.has(k));
      const added = [...now].filter((k) => !was.has(k));
      const state = o.conclusion === c.conclusion ? "" : ` ${o.conclusion} → ${c.conclusion}`;
      if (!state && !gone.length && !added.length) continue;
      lines.push(`- ${repo.name} ${c.sha.slice(0, 12)} ${c.subject.slice(0, 70)}${state}`);
      for (const k of gone) lines.push(`    - ${k}`);
      for (const k of added) lines.push(`    + ${k}`);
    }
  }
  if (lines.length === 2) lines.push("no difference in conclusions or errors.");
  return lines.join("\n");
}
