import { buildEnv, type Env } from "./env.js";
import { modelOf } from "./model-cache.js";
import { changedTypedefs } from "./rules/typedef.js";
import type { HeaderModel } from "./model.js";
import type { ChangeSet, DetectorContext, FilePair } from "../../engine/types.js";
import { isHeaderPath } from "./applies.js";

export interface ChangeSetEnvs {
  before: Env;
  after: Env;
  changedTypedefs: Map<string, { before: string; after: string }>;
  /** Paths of the headers in the environment. */
  paths: Set<string>;
}

const cache = new WeakMap<ChangeSet, ChangeSetEnvs>();

/**
 * The type environment of each side over every changed header (typedefs and structs defined in
 * another header of the PR resolve), built once per changeset.
 */
export function changeSetEnvs(ctx: DetectorContext): ChangeSetEnvs {
  const cs = ctx.changeSet;
  const hit = cache.get(cs);
  if (hit) return hit;
  const headers = cs.files.filter((f) => !f.skipped && isHeaderPath(f.path, ctx.config));
  // Not charged to the current file's budget: every header is parsed once for the whole review
  // (models are cached), so the first file would otherwise pay for all of them and time out.
  const models = (side: "before" | "after"): HeaderModel[] =>
    headers.map((f) => modelOf(side === "before" ? (f.previousPath ?? f.path) : f.path, f[side]));
  const before = buildEnv(models("before"));
  const after = buildEnv(models("after"));
  const envs = {
    before,
    after,
    changedTypedefs: changedTypedefs(before, after),
    paths: new Set(headers.map((f) => f.path)),
  };
  cache.set(cs, envs);
  return envs;
}

/** Env for one pair: the changeset's, or one led by the pair's own models when it is not in it. */
export function envsFor(
  pair: FilePair,
  ctx: DetectorContext,
  own: { before: HeaderModel; after: HeaderModel },
): ChangeSetEnvs {
  const envs = changeSetEnvs(ctx);
  if (envs.paths.has(pair.path)) return envs;
  const before = buildEnv([own.before]);
  const after = buildEnv([own.after]);
  return { before, after, changedTypedefs: changedTypedefs(before, after), paths: new Set([pair.path]) };
}
