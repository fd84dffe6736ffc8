import { changeSetEnvs, envsFor } from "./sides.js";
import { modelOf } from "./model-cache.js";
import { symbolsOf } from "./symbols.js";
import { headerRemoved, headerRenamed, parseIncomplete, renameCounterpart } from "./rules/file.js";
import { confirmRemovals } from "./removals.js";
import { findingsInBranches } from "./branch-findings.js";
import type { Compare } from "./compare-context.js";
import type { DetectorContext, DetectorOutput, FilePair } from "../../engine/types.js";

/**
 * The shared front half of the c and cpp detectors: models of both versions (a remove + add of
 * the same file name is compared as a rename), the environments, the file-level rules.
 * Returns undefined when the file is gone and there is nothing to compare. `unchanged`: the two
 * sides are one model in one environment (see sameSides) — the rules have nothing to report.
 */
export function prepare(
  pair: FilePair,
  ctx: DetectorContext,
  withFileRules: boolean,
): { cmp: Compare; out: DetectorOutput; unchanged: boolean } | undefined {
  const counterpart = renameCounterpart(pair, ctx.changeSet);
  if (pair.status === "removed" && counterpart) return undefined;
  const beforePath = pair.previousPath ?? counterpart?.path ?? pair.path;
  const beforeText = counterpart ? counterpart.before : pair.before;
  const { scopes } = changeSetEnvs(ctx);
  const before = modelOf(beforePath, beforeText, ctx.checkBudget, scopes.before);
  const after = modelOf(pair.path, pair.after, ctx.checkBudget, scopes.after);
  const envs = envsFor(pair, ctx, { before, after });
  const cmp: Compare = {
    path: pair.path,
    before: { model: before, env: envs.before },
    after: { model: after, env: envs.after },
    changedTypedefs: envs.changedTypedefs,
    changedHeaderTypedefs: envs.changedHeaderTypedefs,
    privateNames: ctx.config.c.private,
    findings: [],
    sections: [],
    checkBudget: ctx.checkBudget,
  };
  const out: DetectorOutput = {
    findings: cmp.findings,
    parsed: true,
    sections: cmp.sections,
    symbols: { before: symbolsOf(before, beforePath), after: symbolsOf(after, pair.path) },
  };
  if (withFileRules) {
    if (pair.after === null) headerRemoved(cmp);
    else if (pair.status === "renamed" && pair.previousPath) headerRenamed(cmp, pair.previousPath);
    else if (counterpart) headerRenamed(cmp, counterpart.path);
  }
  return { cmp, out, unchanged: beforePath === pair.path && sameSides(cmp) };
}

/**
 * Whether both sides are the same model in the same environment. The model cache hands out one
 * object per text and macro scope, so the same objects mean the same texts read the same way —
 * the file's own text, and every header its environment holds, in the same order (a header
 * whose text did not change still means something else when a header it includes changed: then
 * the environments differ and the rules run). Every rule reports nothing for a self-compare.
 */
function sameSides({ before, after }: Compare): boolean {
  if (before.model !== after.model) return false;
  if (before.env === after.env) return true;
  // the same sources are the same models, deferred ones unbuilt (env.ts); else the models tell
  const [bs, as] = [before.env.sources, after.env.sources];
  if (bs.length === as.length && bs.every((s, i) => s === as[i])) return true;
  const [b, a] = [before.env.models, after.env.models];
  return b.length === a.length && b.every((m, i) => m === a[i]);
}

/**
 * The shared back half, after the rules: removals confirmed against the headers a user still
 * gets and against the text the parser could not read (removals.ts), then the parse notice
 * naming what could not be checked; then the findings inside `#if` branches say which.
 */
export function finish(cmp: Compare, ctx: DetectorContext): void {
  const head = ctx.changeSet.files.find((f) => f.path === cmp.path)?.after;
  const { unchecked } = confirmRemovals(cmp, changeSetEnvs(ctx).view, head);
  findingsInBranches(cmp);
  parseIncomplete(cmp, unchecked);
}
