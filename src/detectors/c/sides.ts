import { buildEnv, DeferredModel, type Env, type ModelSource } from "./env.js";
import { macrosOf, mayDefine, modelOf } from "./model-cache.js";
import { macroScope, type MacroScope } from "./attribute-macros.js";
import { changedTypedefs } from "./rules/typedef.js";
import { includeClosureOf } from "./include-closure.js";
import { includeSitesByTarget, skippedAt, underIncluders } from "./conditions.js";
import { interfaceHeaderPairs } from "./public-headers.js";
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
  // Interface headers only (public-headers.ts says why), as the sources read their includes
  const headers = interfaceHeaderPairs(cs, ctx.config);
  const included = includedHeaders(cs, headers);
  const umbrellas = umbrellaTexts(
    cs,
    cs.files.map((f) => f.path),
  );
  // Not charged to the current file's budget: every header is parsed once for the whole review
  // (models are cached), so the first file would otherwise pay for all of them and time out.
  const textsOf = (which: "before" | "after") => [
    ...headers.map((f) => ({ path: which === "before" ? (f.previousPath ?? f.path) : f.path, text: f[which] })),
    ...Object.entries(included).map(([path, text]) => ({ path, text })),
  ];
  const texts = { before: textsOf("before"), after: textsOf("after") };
  const scopes = {
    before: macroScope(texts.before.flatMap((t) => macrosOf(t.path, t.text))),
    after: macroScope(texts.after.flatMap((t) => macrosOf(t.path, t.text))),
  };
  const sources = contextDeferred(texts, scopes, headers.length);
  const side = (which: "before" | "after") => {
    const scope = scopes[which];
    // the umbrella headers too (git2.h): a declaration moved to a sibling they include is still there
    const present = new Map([
      ...umbrellas,
      ...texts[which].flatMap((t) => (t.text === null ? [] : [[t.path, t.text] as const])),
    ]);
    const changed = sources[which].slice(0, headers.length) as HeaderModel[];
    return {
      env: buildEnv(sources[which]),
      scope,
      view: headersInView(present, (p, t) => modelOf(p, t, undefined, scope)),
      typedefs: new Set(changed.flatMap((m) => m.typedefs.map((t) => t.name))),
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

type Texts = { path: string; text: string | null }[];

/**
 * The model sources of each side: the changed headers' models (the first `changed` texts), then
 * the unchanged headers they include, deferred — built only when a lookup or a rule needs one
 * (env.ts) — under the conditions of the branches their includers write the `#include` in
 * (conditions.ts). An unchanged header's model is one deferred object for both sides when it is
 * the same model on both: the same macro scope, and the same skipped branches around every
 * `#include` of it (a changed header may move one into or out of an `#if`). A C++ text (a
 * namespace or a `::`: its names are qualified) is built at once.
 */
function contextDeferred(
  texts: { before: Texts; after: Texts },
  scopes: { before: MacroScope; after: MacroScope },
  changed: number,
): { before: ModelSource[]; after: ModelSource[] } {
  type Which = "before" | "after";
  const built = { before: new Map<number, HeaderModel>(), after: new Map<number, HeaderModel>() };
  /** A header's model in its side's scope, before any includer's conditions (what they are read from). */
  const raw = (which: Which, i: number) => {
    let m = built[which].get(i);
    if (!m) built[which].set(i, (m = modelOf(texts[which][i]!.path, texts[which][i]!.text, undefined, scopes[which])));
    return m;
  };
  const sites = { before: includeSitesByTarget(texts.before), after: includeSitesByTarget(texts.after) };
  const sitesOf = (which: Which, i: number) => sites[which].get(texts[which][i]!.path) ?? [];
  const withConditions = (which: Which, i: number) =>
    underIncluders(
      raw(which, i),
      sitesOf(which, i).map((s) => skippedAt(raw(which, s.includer), s.line)),
    );
  /** What decides a header's conditions on one side: the changed includers' skipped branches, the others' sites. */
  const conditionInputs = (which: Which, i: number) =>
    JSON.stringify(
      sitesOf(which, i).map((s) =>
        s.includer < changed ? skippedAt(raw(which, s.includer), s.line) : [s.includer, s.line],
      ),
    );
  const deferred = (which: Which, i: number) => {
    const { path, text } = texts[which][i]!;
    return new DeferredModel(
      () => withConditions(which, i),
      macrosOf(path, text),
      mayDefine(path, text ?? "", scopes[which]),
    );
  };
  const out = { before: [] as ModelSource[], after: [] as ModelSource[] };
  texts.before.forEach(({ text }, i) => {
    if (i < changed) {
      out.before.push(raw("before", i));
      out.after.push(raw("after", i));
      return;
    }
    if (text === null || /::|\bnamespace\b/.test(text)) {
      out.before.push(withConditions("before", i));
      out.after.push(withConditions("after", i));
      return;
    }
    const before = deferred("before", i);
    const same = scopes.before.key === scopes.after.key && conditionInputs("before", i) === conditionInputs("after", i);
    out.before.push(before);
    out.after.push(same ? before : deferred("after", i));
  });
  return out;
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
