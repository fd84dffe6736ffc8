import { tokenize } from "../tokens.js";
import type { Env } from "../env.js";
import type { CType, RecordDef } from "../model.js";
import type { Compare } from "../compare-context.js";

/*
 * Which constants the interface's layout or numbering depends on: a bound that sizes an array member
 * or numbers an enumerator is part of the ABI, one that sizes nothing only tells callers a limit.
 */

/** `name` is used, directly or through other macros, where it sizes or numbers the interface on either side. */
export function sizesInterface(cmp: Compare, name: string): boolean {
  return sizingNames(cmp.before.env).has(name) || sizingNames(cmp.after.env).has(name);
}

const sizingMemo = new WeakMap<Env, Set<string>>();

/** Names used in array lengths, bit-field widths, alignments and enumerator values, closed over macro bodies. */
function sizingNames(env: Env): Set<string> {
  const hit = sizingMemo.get(env);
  if (hit) return hit;
  const names = new Set<string>();
  const add = (text: string | null | undefined) => {
    if (text) for (const t of tokenize(text)) if (t.t === "id") names.add(t.v);
  };
  const seen = new Set<object>();
  const visit = (t: CType): void => {
    if (seen.has(t)) return;
    seen.add(t);
    switch (t.k) {
      case "array":
        add(t.len);
        return visit(t.of);
      case "ptr":
      case "ref":
        return visit(t.to);
      case "func":
        visit(t.ret);
        return t.params.forEach((p) => visit(p.type));
      case "record":
        return record(t.rec);
      case "enum":
        return t.en.members.forEach((m) => add(m.expr));
    }
  };
  const record = (r: RecordDef) => {
    if (seen.has(r)) return;
    seen.add(r);
    add(r.attrs.aligned);
    for (const f of r.fields) {
      add(f.bits);
      add(f.attrs.aligned);
      visit(f.type);
    }
  };
  for (const m of env.models) {
    m.records.forEach(record);
    for (const en of m.enums) en.members.forEach((mem) => add(mem.expr));
    m.typedefs.forEach((t) => visit(t.type));
    m.globals.forEach((g) => visit(g.type));
    m.functions.forEach((f) => visit({ k: "func", ret: f.ret, params: f.params, variadic: f.variadic }));
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const mac of env.macros.values()) {
      if (!names.has(mac.name)) continue;
      const before = names.size;
      add(mac.body);
      if (names.size > before) grew = true;
    }
  }
  sizingMemo.set(env, names);
  return names;
}
