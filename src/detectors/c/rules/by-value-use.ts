import type { Env } from "../env.js";
import type { CType, RecordDef } from "../model.js";
import type { RecordEntry } from "../records.js";

/**
 * How the changed headers depend on a record's size, if they do: "is passed by value to
 * `foo_set()`", "is the type of global `foo`", "is the element type of array `bar.items`",
 * "is embedded in `struct bar` before its member `tail`". A record that grows at the end is then a
 * break, not a size-versioned extension: the old size is baked into callers' stack frames, globals,
 * array strides and the offsets of the members that follow. Undefined when only pointers to it
 * are used (the size-versioned pattern).
 */
export function byValueUse(env: Env, target: RecordEntry): string | undefined {
  const is = (t: CType) => isRecord(t, env, target);
  const arrayOf = (t: CType) => elementOf(t, env) !== t && is(elementOf(t, env));
  for (const m of env.models) {
    for (const f of m.functions) {
      if (is(f.ret)) return `is returned by value from \`${f.name}()\``;
      const p = f.params.find((x) => is(x.type));
      if (p) return `is passed by value to \`${f.name}()\``;
      const arr = f.params.find((x) => arrayOf(x.type));
      if (arr) return `is indexed as an array by \`${f.name}()\`${arr.name ? ` (parameter \`${arr.name}\`)` : ""}`;
    }
    for (const g of m.globals) {
      if (is(g.type)) return `is the type of global \`${g.name}\``;
      if (arrayOf(g.type)) return `is the element type of global array \`${g.name}\``;
    }
    for (const td of m.typedefs) if (arrayOf(td.type)) return `is the element type of array typedef \`${td.name}\``;
    for (const rec of m.records) {
      const use = memberUse(rec, rec.name ? `${rec.kind} ${rec.name}` : "an anonymous record", is, arrayOf);
      if (use) return use;
    }
    for (const td of m.typedefs) {
      if (td.type.k !== "record" || td.type.rec.name) continue;
      const use = memberUse(td.type.rec, td.name, is, arrayOf);
      if (use) return use;
    }
  }
  return undefined;
}

/** A member of `rec` (or of a record nested in it) that embeds the target before other members, or an array of it. */
function memberUse(
  rec: RecordDef,
  shown: string,
  is: (t: CType) => boolean,
  arrayOf: (t: CType) => boolean,
): string | undefined {
  const fields = rec.fields;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (arrayOf(f.type)) return `is the element type of array member \`${shown}.${f.name ?? "(anonymous)"}\``;
    // A struct's last member may grow with it; a union's members all start at 0.
    const next = fields.slice(i + 1).find((x) => x.name !== null || x.type.k === "record");
    if (is(f.type) && rec.kind !== "union" && next)
      return `is embedded by value in \`${shown}\` before its member \`${next.name ?? "(anonymous)"}\``;
    if (f.type.k === "record" && !f.type.rec.name) {
      const inner = memberUse(f.type.rec, f.name ? `${shown}.${f.name}` : shown, is, arrayOf);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** True when `t` is the target record itself (through typedefs and `const`), not a pointer to it. */
export function isRecord(t: CType, env: Env, target: RecordEntry, depth = 0): boolean {
  if (depth > 32) return false;
  switch (t.k) {
    case "name": {
      if (target.key === `typedef ${t.name}`) return true;
      // C++ names a class or a typedef in its own namespace without `struct` or the namespace.
      const bare = target.key.replace(/^\w+ (?:.*::)?/, "");
      const cxx = target.rec.cxx !== undefined || target.key.includes("::");
      if (cxx && bare === t.name.replace(/^.*::/, "")) return true;
      const td = env.typedefs.get(t.name);
      return td ? isRecord(td.type, env, target, depth + 1) : false;
    }
    case "tag":
      return t.tag !== "enum" && target.key === `${t.tag === "class" ? "struct" : t.tag} ${t.name}`;
    case "record":
      return (
        t.rec === target.rec ||
        (!!t.rec.name && target.key === `${t.rec.kind === "class" ? "struct" : t.rec.kind} ${t.rec.name}`)
      );
    default:
      return false;
  }
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
