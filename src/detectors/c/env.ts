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
  /** The models themselves, for rules that look at how a type is used across the headers (builds every deferred one). */
  readonly models: readonly HeaderModel[];
  /**
   * The models as given, deferred ones unbuilt: two environments of the same sources in the same
   * order are the same environment (a deferred model is one object for both sides of a change
   * only when it is the same model on both).
   */
  readonly sources: readonly ModelSource[];
  /** Memo tables owned by layout.ts and const-eval.ts. */
  memo: Map<string, WeakMap<object, unknown>>;
}

/**
 * The model of an unchanged header beside the changed ones, built the first time the
 * environment needs it: a lookup of a name it may define, or a rule that walks every model.
 * `mayDefine` must never say no for a name the model defines (records, enums, enum constants and
 * typedefs by name; its macros are known without building it).
 */
export class DeferredModel {
  private built?: HeaderModel;
  /** Its macros by name (the model's own `macros` objects). */
  readonly macros = new Map<string, MacroDef[]>();

  constructor(
    private readonly build: () => HeaderModel,
    macros: readonly MacroDef[],
    readonly mayDefine: (name: string) => boolean,
  ) {
    for (const m of macros) this.macros.set(m.name, [...(this.macros.get(m.name) ?? []), m]);
  }

  get model(): HeaderModel {
    return (this.built ??= this.build());
  }

  /** Whether the model was built (asked for). */
  get isBuilt(): boolean {
    return this.built !== undefined;
  }
}

export type ModelSource = HeaderModel | DeferredModel;

type Tables = Pick<Env, "records" | "enums" | "typedefs" | "constants" | "macros">;
export type TableName = keyof Tables;
/** What a table holds (a record, an enum, …). */
export type TableValue<T extends TableName> = Tables[T] extends Map<string, infer V> ? V : never;

/** Folds the models' definitions into the tables in order: the first likely definition of a name wins, else its first. */
function fold(models: readonly HeaderModel[], env: Tables, unlikely = new Set<unknown>()): Set<unknown> {
  // Definitions in `#if` branches a build without `-D` flags skips (`#ifdef _WIN32`,
  // `#ifdef FOO_EXPERIMENTAL`) give way to one it compiles, so swapping two branches changes no value.
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
  return unlikely;
}

export function buildEnv(sources: readonly ModelSource[]): Env {
  if (sources.every((s) => !(s instanceof DeferredModel))) {
    const models = sources as readonly HeaderModel[];
    const env = { ...emptyTables(), models, sources, memo: new Map() };
    fold(models, env);
    return env;
  }
  return new DeferringEnv(sources);
}

const emptyTables = (): Tables => ({
  records: new Map(),
  enums: new Map(),
  typedefs: new Map(),
  constants: new Map(),
  macros: new Map(),
});

/** The name a table's key stands for (`struct foo` → `foo`), as a deferred model's `mayDefine` is asked. */
const nameOfKey = (table: TableName, key: string) => (table === "records" ? key.slice(key.indexOf(" ") + 1) : key);

/**
 * An environment with deferred models. A lookup of a name builds only the deferred models that
 * may define it, and only when no earlier model (the built ones come first: the changed headers)
 * gives it a definition a build compiles; its answer is the one `fold` over every model would
 * give — the same definitions of that name, in the same order. Walking a table, or the models,
 * builds every model and folds them all again, in order, so iteration order is fold's too.
 */
class DeferringEnv implements Env {
  readonly records: Map<string, RecordDef>;
  readonly enums: Map<string, EnumDef>;
  readonly typedefs: Map<string, Typedef>;
  readonly constants: Map<string, { en: EnumDef; index: number }>;
  readonly macros: Map<string, MacroDef>;
  readonly memo = new Map<string, WeakMap<object, unknown>>();
  private all?: HeaderModel[];
  /** Names answered by the built prefix alone, or after the deferred models that may define them were built. */
  private readonly settled = new Map<TableName, Set<string>>();
  private readonly prefix: HeaderModel[] = [];
  private readonly prefixUnlikely: Set<unknown>;

  constructor(readonly sources: readonly ModelSource[]) {
    const table = <V>(name: TableName) => new LazyTable<V>(this, name);
    this.records = table("records");
    this.enums = table("enums");
    this.typedefs = table("typedefs");
    this.constants = table("constants");
    this.macros = table("macros");
    for (const s of sources) {
      if (s instanceof DeferredModel) break;
      this.prefix.push(s);
    }
    this.prefixUnlikely = fold(this.prefix, this.raw());
  }

  get models(): readonly HeaderModel[] {
    this.complete();
    return this.all!;
  }

  /** The tables' own storage, past the lazy lookups. */
  private raw(): Tables {
    const raw = <V>(m: Map<string, V>) => (m as LazyTable<V>).store;
    return {
      records: raw(this.records),
      enums: raw(this.enums),
      typedefs: raw(this.typedefs),
      constants: raw(this.constants),
      macros: raw(this.macros),
    };
  }

  /** Whether a built model follows a deferred one (a C++ header beside the changed ones, sides.ts). */
  private builtAfterPrefix(): boolean {
    return this.sources.some((s, i) => i >= this.prefix.length && !(s instanceof DeferredModel));
  }

  /** Every model built and folded in order (iteration, `models`). */
  complete(): void {
    if (this.all) return;
    const all = this.sources.map((s) => (s instanceof DeferredModel ? s.model : s));
    const raw = this.raw();
    for (const t of Object.values(raw)) t.clear();
    fold(all, raw);
    this.all = all;
  }

  /** Makes `key` of `table` final in the table's storage. */
  settle(table: TableName, key: string): void {
    if (this.all) return;
    let done = this.settled.get(table);
    if (!done) this.settled.set(table, (done = new Set()));
    if (done.has(key)) return;
    done.add(key);
    const store = this.raw()[table] as Map<string, unknown>;
    const found = store.get(key);
    // the prefix's definition is one a build compiles: nothing after it replaces it
    if (found !== undefined && !this.prefixUnlikely.has(found)) return;
    const name = nameOfKey(table, key);
    // a macro defined once in all the headers is its own answer, whatever branch it is in
    if (table === "macros") {
      const defs = this.sources.flatMap((s) => (s instanceof DeferredModel ? (s.macros.get(name) ?? []) : []));
      if (defs.length === 1 && found === undefined && !this.builtAfterPrefix()) {
        store.set(key, defs[0]!);
        return;
      }
    }
    // every built model (one may follow a deferred one), and the deferred models that may define the name
    const candidates: HeaderModel[] = [];
    for (const s of this.sources) {
      if (!(s instanceof DeferredModel)) candidates.push(s);
      else if (table === "macros" ? s.macros.has(name) : s.mayDefine(name)) candidates.push(s.model);
    }
    // nothing but the prefix defines it: the store has fold's answer already
    if (candidates.length === this.prefix.length) return;
    // fold's answer for this key: the same definitions of it in the same order (a model that may not define it adds none)
    const value = foldKey(candidates, table, key);
    if (value !== undefined) store.set(key, value);
  }
}

/** A model's definitions by table and key, in fold's order. */
type Index = Record<TableName, Map<string, { value: unknown; line: number }[]>>;
const indexes = new WeakMap<HeaderModel, Index>();

function indexOf(m: HeaderModel): Index {
  let index = indexes.get(m);
  if (index) return index;
  index = { records: new Map(), enums: new Map(), typedefs: new Map(), constants: new Map(), macros: new Map() };
  const add = (table: TableName, key: string, value: unknown, line: number) => {
    const list = index![table].get(key);
    if (list) list.push({ value, line });
    else index![table].set(key, [{ value, line }]);
  };
  for (const r of m.records)
    if (r.name) add("records", `${r.kind === "class" ? "struct" : r.kind} ${r.name}`, r, r.line);
  for (const e of m.enums) {
    if (e.name) add("enums", e.name, e, e.line);
    e.members.forEach((mem, i) => add("constants", mem.name, { en: e, index: i }, e.line));
  }
  for (const t of m.typedefs) add("typedefs", t.name, t, t.line);
  for (const mac of m.macros) add("macros", mac.name, mac, mac.line);
  indexes.set(m, index);
  return index;
}

/** The keys a model defines in `table` (its definitions' names). */
export function keysOf(m: HeaderModel, table: TableName): Iterable<string> {
  return indexOf(m)[table].keys();
}

/** What `fold` gives `key` of `table` over `models`. */
function foldKey(models: readonly HeaderModel[], table: TableName, key: string): unknown {
  const unlikely = new Set<unknown>();
  let winner: unknown;
  for (const m of models)
    for (const { value, line } of indexOf(m)[table].get(key) ?? []) {
      const likely = likelyAt(m, line);
      if (winner !== undefined && !(likely && unlikely.has(winner))) continue;
      winner = value;
      if (!likely) unlikely.add(value);
    }
  return winner;
}

/** A table of a DeferringEnv: lookups settle their key first, walks build everything. */
class LazyTable<V> extends Map<string, V> {
  /** The table's own storage (a plain Map, so Map's own methods need no care here). */
  readonly store = new Map<string, V>();

  constructor(
    private readonly env: DeferringEnv,
    private readonly table: TableName,
  ) {
    super();
  }

  override get(key: string): V | undefined {
    this.env.settle(this.table, key);
    return this.store.get(key);
  }

  override has(key: string): boolean {
    this.env.settle(this.table, key);
    return this.store.has(key);
  }

  override get size(): number {
    this.env.complete();
    return this.store.size;
  }

  override keys(): MapIterator<string> {
    this.env.complete();
    return this.store.keys();
  }

  override values(): MapIterator<V> {
    this.env.complete();
    return this.store.values();
  }

  override entries(): MapIterator<[string, V]> {
    this.env.complete();
    return this.store.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  override forEach(fn: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    this.env.complete();
    this.store.forEach((v, k) => fn.call(thisArg, v, k, this));
  }

  override set(): this {
    throw new Error("an environment's tables are read-only");
  }

  override delete(): boolean {
    throw new Error("an environment's tables are read-only");
  }

  override clear(): void {
    throw new Error("an environment's tables are read-only");
  }
}

/** The memo table `name` of an environment (one per ABI and purpose). */
export function memoOf<V>(env: Env, name: string): WeakMap<object, V> {
  let table = env.memo.get(name);
  if (!table) env.memo.set(name, (table = new WeakMap()));
  return table as WeakMap<object, V>;
}
