import { memoOf, type Env } from "../env.js";
import type { CType, Field, RecordDef } from "../model.js";
import type { RecordEntry } from "../records.js";

/**
 * How the changed headers depend on a record's size, if they do: "is passed by value to
 * `foo_set()`", "is the type of global `foo`", "is the element type of array `bar.items`",
 * "is embedded in `struct bar` before its member `tail`". A record that grows at the end is then a
 * break, not a size-versioned extension: the old size is baked into callers' stack frames, globals,
 * array strides and the offsets of the members that follow. Undefined when only pointers to it
 * are used (the size-versioned pattern). The first use in the headers' order is named.
 */
export function byValueUse(env: Env, target: RecordEntry): string | undefined {
  return firstUse(
    memoised(env, "by-value-uses", () => byValueUses(env)),
    target,
  );
}

/**
 * Which records an environment's declarations use by value, indexed once per environment by the
 * identities of the record each use names (recordIdentities): asking for every appended record of
 * a thousand changed headers then costs a lookup each, not a walk over every header.
 */
function byValueUses(env: Env): UseIndex {
  const uses = new UseIndex();
  const is = (t: CType, message: string) => uses.add(recordIdentities(t, env), message);
  const arrayOf = (t: CType, message: string) => {
    const element = elementOf(t, env);
    if (element !== t) uses.add(recordIdentities(element, env), message);
  };
  for (const m of env.models) {
    for (const f of m.functions) {
      is(f.ret, `is returned by value from \`${f.name}()\``);
      for (const x of f.params) is(x.type, `is passed by value to \`${f.name}()\``);
      for (const x of f.params)
        arrayOf(x.type, `is indexed as an array by \`${f.name}()\`${x.name ? ` (parameter \`${x.name}\`)` : ""}`);
    }
    for (const g of m.globals) {
      is(g.type, `is the type of global \`${g.name}\``);
      arrayOf(g.type, `is the element type of global array \`${g.name}\``);
    }
    for (const td of m.typedefs) arrayOf(td.type, `is the element type of array typedef \`${td.name}\``);
    for (const rec of m.records)
      memberUses(rec, rec.name ? `${rec.kind} ${rec.name}` : "an anonymous record", is, arrayOf);
    for (const td of m.typedefs) {
      if (td.type.k !== "record" || td.type.rec.name) continue;
      memberUses(td.type.rec, td.name, is, arrayOf);
    }
  }
  return uses;
}

/** Members of `rec` (or of a record nested in it) that embed a record before other members, or are arrays of one. */
function memberUses(
  rec: RecordDef,
  shown: string,
  is: (t: CType, message: string) => void,
  arrayOf: (t: CType, message: string) => void,
): void {
  const fields = rec.fields;
  // the next member with a name (or an anonymous record) after each field, found from the end
  const next: (Field | undefined)[] = [];
  for (let i = fields.length - 1, after: Field | undefined; i >= 0; i--) {
    next[i] = after;
    if (fields[i]!.name !== null || fields[i]!.type.k === "record") after = fields[i];
  }
  fields.forEach((f, i) => {
    arrayOf(f.type, `is the element type of array member \`${shown}.${f.name ?? "(anonymous)"}\``);
    // A struct's last member may grow with it; a union's members all start at 0.
    const following = next[i];
    if (rec.kind !== "union" && following)
      is(f.type, `is embedded by value in \`${shown}\` before its member \`${following.name ?? "(anonymous)"}\``);
    if (f.type.k === "record" && !f.type.rec.name)
      memberUses(f.type.rec, f.name ? `${shown}.${f.name}` : shown, is, arrayOf);
  });
}

/**
 * Values (messages, names) by the record identities they were found for, in the order they were
 * added: `firstUse` gives the first one added for any identity of a record — what a walk of the
 * declarations in the same order, testing each against the record, would have stopped at.
 */
export class UseIndex {
  private readonly byIdentity = new Map<Identity, { order: number; value: string }>();
  private count = 0;

  add(identities: readonly Identity[], value: string): void {
    const order = this.count++;
    for (const id of identities) if (!this.byIdentity.has(id)) this.byIdentity.set(id, { order, value });
  }

  first(identities: readonly Identity[]): string | undefined {
    let best: { order: number; value: string } | undefined;
    for (const id of identities) {
      const hit = this.byIdentity.get(id);
      if (hit && (!best || hit.order < best.order)) best = hit;
    }
    return best?.value;
  }
}

/** The first value an index holds for the target record. */
export function firstUse(index: UseIndex, target: RecordEntry): string | undefined {
  return index.first(targetIdentities(target));
}

/** A per-environment value, built once (env.memo). */
export function memoised<V extends object>(env: Env, name: string, build: () => V): V {
  const table = memoOf<V>(env, name);
  let value = table.get(env);
  if (!value) table.set(env, (value = build()));
  return value;
}

/** What a type can be equal to as a record: a record object, a key (`struct s`, `typedef t`), a C++ bare name. */
type Identity = string | RecordDef;

/**
 * The identities of the record a type is (through typedefs and `const`), none for a pointer or a
 * scalar: `t` is the target record itself (not a pointer to it) exactly when one of them is one
 * of the target's (targetIdentities).
 */
export function recordIdentities(t: CType, env: Env, depth = 0): Identity[] {
  if (depth > 32) return [];
  switch (t.k) {
    case "name": {
      // C++ names a class or a typedef in its own namespace without `struct` or the namespace.
      const own: Identity[] = [`typedef ${t.name}`, `bare ${t.name.replace(/^.*::/, "")}`];
      const td = env.typedefs.get(t.name);
      return td ? [...own, ...recordIdentities(td.type, env, depth + 1)] : own;
    }
    case "tag":
      return t.tag === "enum" ? [] : [`${t.tag === "class" ? "struct" : t.tag} ${t.name}`];
    case "record":
      return t.rec.name ? [t.rec, `${t.rec.kind === "class" ? "struct" : t.rec.kind} ${t.rec.name}`] : [t.rec];
    default:
      return [];
  }
}

/** The identities a type must have to be the target: its key, its definition, and for C++ its bare name. */
function targetIdentities(target: RecordEntry): Identity[] {
  const cxx = target.rec.cxx !== undefined || target.key.includes("::");
  return cxx ? [target.key, target.rec, `bare ${target.key.replace(/^\w+ (?:.*::)?/, "")}`] : [target.key, target.rec];
}

/** The innermost element type of an array type (through array typedefs); `t` itself when it is no array. */
function elementOf(t: CType, env: Env): CType {
  let cur = t;
  for (let i = 0; i < 32; i++) {
    if (cur.k === "array") cur = cur.of;
    else if (cur.k === "name" && env.typedefs.get(cur.name)?.type.k === "array") cur = env.typedefs.get(cur.name)!.type;
    else break;
  }
  return cur;
}
