import { conditionAt } from "./conditions.js";
import type { Compare } from "./compare-context.js";
import { DeferredModel, keysOf, type Env, type TableName, type TableValue } from "./env.js";

/**
 * Which declarations of a changed header cannot produce a finding, so the expensive rules
 * (constant evaluation of macros, record layouts) run only for the others: a declaration written
 * alike on both sides (its text as the model holds it, ignoring line numbers, under the same `#if`
 * condition) whose every name — typedefs, records, enums, enum constants and macros it uses,
 * through the environment and transitively — means the same on both sides. Such a declaration
 * resolves to the same types, values and layouts on both sides, and every rule that compares it
 * finds nothing; the rules still look at everything else (removed and new names, uses across
 * headers) as before.
 *
 * A name's dependencies are over-approximated by the words of its definition (every identifier in
 * the model's strings, member names included): a spurious dependency can only make a declaration
 * run its rules, never skip them.
 */

/**
 * Whether two definitions are written alike: equal as JSON would say (a key holding `undefined`
 * is no key), line numbers left out, without building the JSON.
 */
function sameShape(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    if (a.length !== bs.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameShape(a[i], bs[i])) return false;
    return true;
  }
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  for (const k in x) if (k !== "line" && !sameShape(x[k], y[k])) return false;
  for (const k in y) if (k !== "line" && !(k in x) && y[k] !== undefined) return false;
  return true;
}

/** The distinct identifiers in a definition's strings (names, types, bodies, expressions): what it may use. */
const wordMemo = new WeakMap<object, readonly string[]>();
function wordsOf(decl: object): readonly string[] {
  let w = wordMemo.get(decl);
  if (!w) {
    const words = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v === "string") {
        if (IDENTIFIER.test(v)) words.add(v);
        else for (const word of v.match(WORDS) ?? []) words.add(word);
      } else if (Array.isArray(v)) for (const x of v) walk(x);
      else if (typeof v === "object" && v !== null) for (const k in v) walk((v as Record<string, unknown>)[k]);
    };
    walk(decl);
    wordMemo.set(decl, (w = [...words]));
  }
  return w;
}
const IDENTIFIER = /^[A-Za-z_]\w*$/;
const WORDS = /[A-Za-z_]\w*/g;

/** The identifiers a map key names: `struct ns::foo` → `ns`, `foo`. */
const keyIdentifiers = (key: string) => (key.match(/[A-Za-z_]\w*/g) ?? []).filter((w, i) => i > 0 || !TAGS.has(w));
const TAGS = new Set(["struct", "union", "enum", "class"]);

/** The meanings of names in one pair of environments (one change set), asked for lazily. */
interface Meanings {
  /** Names a definition of which differs between the sides (or exists on one side only). */
  seeds: Set<string>;
  /** Names known to depend on a seed (true) or not (false). */
  known: Map<string, boolean>;
  before: Env;
  after: Env;
  /** word → qualified keys (`ns::T`) naming it, for C++ names. */
  qualified: Map<string, string[]>;
  /** The seeds are every name whose meaning changed (closedSeeds): no search. */
  direct: boolean;
}

const meaningMemo = new WeakMap<Env, WeakMap<Env, Meanings>>();

function meaningsOf(before: Env, after: Env): Meanings {
  let byAfter = meaningMemo.get(before);
  if (!byAfter) meaningMemo.set(before, (byAfter = new WeakMap()));
  let m = byAfter.get(after);
  if (m) return m;
  const seeds = new Set<string>();
  const qualified = new Map<string, string[]>();
  const deferredAlike = sameDeferred(before, after);
  const table = <T extends TableName>(name: T, same: (b: TableValue<T>, a: TableValue<T>) => boolean) => {
    const [mb, ma] = [before[name] as Map<string, TableValue<T>>, after[name] as Map<string, TableValue<T>>];
    type V = TableValue<T>;
    const visit = (key: string, b: V | undefined, a: V | undefined) => {
      // an unchanged header's definitions are the same objects on both sides: nothing to walk
      if (b === undefined || a === undefined || !same(b, a)) for (const n of keyIdentifiers(key)) seeds.add(n);
      if (key.includes("::"))
        for (const n of keyIdentifiers(key)) {
          const list = qualified.get(n);
          if (list) list.push(key);
          else qualified.set(n, [key]);
        }
    };
    const keys = deferredAlike ? builtKeys(before, after, name) : undefined;
    if (keys) for (const key of keys) visit(key, mb.get(key), ma.get(key));
    else {
      for (const [key, b] of mb) visit(key, b, ma.get(key));
      for (const [key, a] of ma) if (!mb.has(key)) visit(key, undefined, a);
    }
  };
  const sameDef = (b: object, a: object) => b === a || sameShape(b, a);
  table("macros", sameDef);
  table("typedefs", sameDef);
  table("records", sameDef);
  table("enums", sameDef);
  // an enum constant means its enum and its place in it; each pair of enums compared once, not
  // once per constant (curl's CURLoption has hundreds)
  const sameEnums = new Map<object, Map<object, boolean>>();
  const sameEnum = (b: object, a: object) => {
    let byAfter = sameEnums.get(b);
    if (!byAfter) sameEnums.set(b, (byAfter = new Map()));
    let same = byAfter.get(a);
    if (same === undefined) byAfter.set(a, (same = sameDef(b, a)));
    return same;
  };
  table("constants", (b, a) => b.index === a.index && sameEnum(b.en, a.en));
  m = { seeds, known: new Map(), before, after, qualified, direct: closedSeeds(before, after, seeds) };
  byAfter.set(after, m);
  return m;
}

/**
 * Whether the two environments defer the same models at the same places (env.ts): the same
 * deferred objects, the same model on both sides. Then a name no built model defines on either
 * side has the same definition on both — from the same deferred models — and only the built
 * models' names can be seeds.
 */
function sameDeferred(before: Env, after: Env): boolean {
  const [b, a] = [before.sources, after.sources];
  return (
    b.length === a.length &&
    b.some((s) => s instanceof DeferredModel) &&
    b.every((s, i) => (s instanceof DeferredModel || a[i] instanceof DeferredModel ? s === a[i] : true))
  );
}

/** The keys of `table` the built models of either side define, without building the deferred ones. */
function builtKeys(before: Env, after: Env, table: TableName): Set<string> {
  const keys = new Set<string>();
  for (const env of [before, after])
    for (const s of env.sources) if (!(s instanceof DeferredModel)) for (const key of keysOf(s, table)) keys.add(key);
  return keys;
}

/**
 * Whether no definition means something else on the two sides (no seed): then every name means
 * the same, every typedef resolves alike (rules/typedef.ts) and every declaration written alike is
 * settled.
 */
export function nothingChanged(before: Env, after: Env): boolean {
  return meaningsOf(before, after).seeds.size === 0;
}

/**
 * Whether the seeds are all the names whose meaning changed: no definition mentions a seed unless
 * every name it defines is a seed already (a change set that adds a macro no one uses, or changes
 * a struct nothing else embeds). Then no search is needed — one pass over the definitions' words,
 * which are kept per definition object across change sets.
 */
function closedSeeds(before: Env, after: Env, seeds: Set<string>): boolean {
  if (!seeds.size) return true;
  // (walks every definition: builds every deferred model)
  const allSeeds = (key: string) =>
    IDENTIFIER.test(key) ? seeds.has(key) : keyIdentifiers(key).every((n) => seeds.has(n));
  const closed = <V>(map: Map<string, V>, def: (v: V) => object) => {
    for (const [key, v] of map) if (!allSeeds(key) && wordsOf(def(v)).some((w) => seeds.has(w))) return false;
    return true;
  };
  const self = (v: object) => v;
  return (before === after ? [before] : [before, after]).every(
    (env) =>
      closed(env.macros, self) &&
      closed(env.typedefs, self) &&
      closed(env.records, self) &&
      closed(env.enums, self) &&
      closed(env.constants, (c) => c.en),
  );
}

/** The definitions a word may name in an environment, under every key that names it. */
function definitionsOf(word: string, env: Env, m: Meanings): object[] {
  const out: object[] = [];
  const add = (x: object | undefined) => x && out.push(x);
  add(env.macros.get(word));
  add(env.typedefs.get(word));
  add(env.enums.get(word));
  add(env.constants.get(word)?.en);
  for (const tag of ["struct ", "union "]) add(env.records.get(tag + word));
  for (const key of m.qualified.get(word) ?? []) {
    add(env.typedefs.get(key));
    add(env.enums.get(key));
    for (const tag of ["struct ", "union "]) if (key.startsWith(tag)) add(env.records.get(key));
  }
  return out;
}

/**
 * Whether a name means something else on the two sides: it is a seed, or a definition of it
 * (either side) uses a word that does, transitively. A search that finds no seed clears every
 * name it visited (each reaches only names the search also visited); one that finds a seed marks
 * the name it started from.
 */
function meaningChanged(word: string, m: Meanings): boolean {
  if (m.direct) return m.seeds.has(word);
  const known = m.known.get(word);
  if (known !== undefined) return known;
  const visited = new Set<string>([word]);
  const stack = [word];
  let found = false;
  while (stack.length && !found) {
    const w = stack.pop()!;
    if (m.seeds.has(w) || m.known.get(w) === true) {
      found = true;
      break;
    }
    if (m.known.get(w) === false) continue;
    for (const env of [m.before, m.after])
      for (const def of definitionsOf(w, env, m))
        for (const next of wordsOf(def))
          if (!visited.has(next)) {
            visited.add(next);
            stack.push(next);
          }
  }
  if (found) m.known.set(word, true);
  else for (const w of visited) m.known.set(w, false);
  return found;
}

/**
 * Whether the variants of one name in this file (`before`, `after`: the model's declarations of
 * it, `decl` the definition object and `line` where it sits) cannot produce a finding: the same
 * shapes under the same conditions in the same order, using no name whose meaning changed.
 */
export function settled<T>(
  cmp: Compare,
  before: readonly T[],
  after: readonly T[],
  decl: (t: T) => { def: object; line: number; label?: string },
): boolean {
  const [mb, ma] = [cmp.before.model, cmp.after.model];
  if (mb.language !== ma.language || mb.guard !== ma.guard || mb.platform !== ma.platform) return false;
  if (before.length !== after.length) return false;
  const meanings = meaningsOf(cmp.before.env, cmp.after.env);
  for (let i = 0; i < before.length; i++) {
    const [b, a] = [decl(before[i]!), decl(after[i]!)];
    if (b.label !== a.label || !sameShape(b.def, a.def)) return false;
    if (JSON.stringify(conditionAt(mb, b.line)) !== JSON.stringify(conditionAt(ma, a.line))) return false;
    // nothing in the environments changed meaning (a change that only adds functions): no search
    if (meanings.seeds.size && wordsOf(b.def).some((w) => meaningChanged(w, meanings))) return false;
  }
  return true;
}
