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
 * Returns undefined when the file is gone and there is nothing to compare.
 */
export function prepare(
  pair: FilePair,
  ctx: DetectorContext,
  withFileRules: boolean,
): { cmp: Compare; out: DetectorOutput } | undefined {
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
  return { cmp, out };
}

/**
 * The shared back half, after the rules: removals confirmed against the headers a user still
 * gets and against the text the parser could not read (removals.ts), then the parse notice
 * naming what could not be checked; then the findings inside `#if` branches say which.
 */
export function finish(cmp: Compare, ctx: DetectorContext): void {
  const { unchecked } = confirmRemovals(cmp, changeSetEnvs(ctx).view);
  findingsInBranches(cmp);
  parseIncomplete(cmp, unchecked);
}
