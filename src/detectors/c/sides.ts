import { buildEnv, type Env } from "./env.js";
import { macrosOf, modelOf } from "./model-cache.js";
import { macroScope, type MacroScope } from "./attribute-macros.js";
import { changedTypedefs } from "./rules/typedef.js";
import { includeClosureOf } from "./include-closure.js";
import { withIncluderConditions } from "./conditions.js";
import { isHeaderPath } from "./applies.js";
import { headerVisibility } from "./public-headers.js";
import { headersInView, type HeadersInView } from "./removals.js";
import { umbrellaTexts } from "./umbrella-headers.js";
import type { HeaderModel } from "./model.js";
import type { ChangeSet, DetectorContext, FilePair } from "../../engine/types.js";

export interface ChangeSetEnvs {
  before: Env;
  after: Env;
  changedTypedefs: Map<string, { before: string; after: string }>;
  /** Typedef names the changed headers define (head side): each reports its own change at its definition. */
  changedHeaderTypedefs: ReadonlySet<string>;
  /** Paths of the changed headers in the environment. */
  paths: Set<string>;
  /** The macro scope of each side: what the preprocessor removes from declarations. */
  scopes: { before: MacroScope; after: MacroScope };
  /** Unchanged headers the changed ones include (path → text), in the environment of both sides. */
  included: Record<string, string>;
  /** The head side's headers and include graph: where a declaration gone from one header may still be. */
  view: HeadersInView;
}

const cache = new WeakMap<ChangeSet, ChangeSetEnvs>();

/**
 * The type environment of each side: every changed header, then the unchanged headers they
 * include (`ChangeSet.includes` from the source, else found in the tree the ChangeSet carries),
 * so typedefs, structs and macros defined elsewhere resolve — built once per changeset. The macros
 * of all of them decide which names the preprocessor would remove from declarations
 * (`NAPI_CDECL`, defined in a header that did not change).
 */
export function changeSetEnvs(ctx: DetectorContext): ChangeSetEnvs {
  const cs = ctx.changeSet;
  const hit = cache.get(cs);
  if (hit) return hit;
  // Interface headers only: tests and private headers are no users of the interface, and an
  // installed header cannot depend on a header that is not installed.
  const headers = cs.files.filter(
    (f) => !f.skipped && isHeaderPath(f.path, ctx.config) && headerVisibility(f.path, cs, ctx.config).public,
  );
  const included = includedHeaders(cs, headers);
  const umbrellas = umbrellaTexts(
    cs,
    cs.files.map((f) => f.path),
  );
  // Not charged to the current file's budget: every header is parsed once for the whole review
  // (models are cached), so the first file would otherwise pay for all of them and time out.
  const side = (which: "before" | "after") => {
    const texts = [
      ...headers.map((f) => ({ path: which === "before" ? (f.previousPath ?? f.path) : f.path, text: f[which] })),
      ...Object.entries(included).map(([path, text]) => ({ path, text })),
    ];
    const scope = macroScope(texts.flatMap((t) => macrosOf(t.path, t.text)));
    const models: HeaderModel[] = texts.map((t) => modelOf(t.path, t.text, undefined, scope));
    // the umbrella headers too (git2.h): a declaration moved to a sibling they include is still there
    const present = new Map([
      ...umbrellas,
      ...texts.flatMap((t) => (t.text === null ? [] : [[t.path, t.text] as const])),
    ]);
    return {
      env: buildEnv(withIncluderConditions(texts, models, headers.length)),
      scope,
      view: headersInView(present, (p, t) => modelOf(p, t, undefined, scope)),
      typedefs: new Set(models.slice(0, headers.length).flatMap((m) => m.typedefs.map((t) => t.name))),
    };
  };
  const before = side("before");
  const after = side("after");
  const envs = {
    before: before.env,
    after: after.env,
    changedTypedefs: changedTypedefs(before.env, after.env),
    changedHeaderTypedefs: after.typedefs,
    paths: new Set(headers.map((f) => f.path)),
    scopes: { before: before.scope, after: after.scope },
    included,
    view: after.view,
  };
  cache.set(cs, envs);
  return envs;
}

function includedHeaders(cs: ChangeSet, headers: FilePair[]): Record<string, string> {
  const changed = new Set(cs.files.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path])));
  const start = headers.map((f) => ({ path: f.path, texts: [f.before, f.after] }));
  const found = cs.includes ?? includeClosureOf(start, cs.workspace?.files ?? {});
  return Object.fromEntries(Object.entries(found).filter(([p]) => !changed.has(p)));
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
  return { ...envs, before, after, changedTypedefs: changedTypedefs(before, after), paths: new Set([pair.path]) };
}
