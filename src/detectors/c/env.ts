import { likelyAt } from "./conditions.js";
import type { EnumDef, HeaderModel, MacroDef, RecordDef, Typedef } from "./model.js";

/**
 * Everything one side of the change declares, across all the changed headers: the type
 * environment layouts and constant expressions are resolved in. The file's own model comes
 * first, so its definitions win over another header's — except that a definition a build without
 * `-D` flags compiles wins over one in a branch it skips (conditions.ts).
 */
export interface Env {
  records: Map<string, RecordDef>;
  enums: Map<string, EnumDef>;
  typedefs: Map<string, Typedef>;
  /** Enum constant name → its enum and position. */
  constants: Map<string, { en: EnumDef; index: number }>;
  macros: Map<string, MacroDef>;
  /** The models themselves, for rules that look at how a type is used across the headers. */
  models: readonly HeaderModel[];
  /** Memo tables owned by layout.ts and const-eval.ts. */
  memo: Map<string, WeakMap<object, unknown>>;
}

export function buildEnv(models: readonly HeaderModel[]): Env {
  const env: Env = {
    records: new Map(),
    enums: new Map(),
    typedefs: new Map(),
    constants: new Map(),
    macros: new Map(),
    models,
    memo: new Map(),
  };
  // Definitions in `#if` branches a build without `-D` flags skips (`#ifdef _WIN32`,
  // `#ifdef FOO_EXPERIMENTAL`) give way to one it compiles, so swapping two branches changes no value.
  const unlikely = new Set<unknown>();
  const first = <V>(map: Map<string, V>, key: string, value: V, m: HeaderModel, line: number) => {
    const likely = likelyAt(m, line);
    if (map.has(key) && !(likely && unlikely.has(map.get(key)))) return;
    map.set(key, value);
    if (!likely) unlikely.add(value);
  };
  for (const m of models) {
    // A full definition beats a forward declaration; the first full one wins.
    for (const r of m.records)
      if (r.name) first(env.records, `${r.kind === "class" ? "struct" : r.kind} ${r.name}`, r, m, r.line);
    for (const e of m.enums) {
      if (e.name) first(env.enums, e.name, e, m, e.line);
      e.members.forEach((mem, index) => first(env.constants, mem.name, { en: e, index }, m, e.line));
    }
    for (const t of m.typedefs) first(env.typedefs, t.name, t, m, t.line);
    for (const mac of m.macros) first(env.macros, mac.name, mac, m, mac.line);
  }
  return env;
}

/** The memo table `name` of an environment (one per ABI and purpose). */
export function memoOf<V>(env: Env, name: string): WeakMap<object, V> {
  let table = env.memo.get(name);
  if (!table) env.memo.set(name, (table = new WeakMap()));
  return table as WeakMap<object, V>;
}
