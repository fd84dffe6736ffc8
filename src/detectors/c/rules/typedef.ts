import { cRules } from "../rule-specs.js";
import { canonical, spell } from "../spell.js";
import { report, type Compare } from "../compare-context.js";
import type { Env } from "../env.js";
import type { CType, HeaderModel, RecordDef, Typedef } from "../model.js";

/**
 * Typedef names whose resolved type differs between the sides, over all changed headers.
 * Typedefs of inline struct/enum bodies are left to the record and enum rules.
 */
export function changedTypedefs(before: Env, after: Env): Map<string, { before: string; after: string }> {
  const out = new Map<string, { before: string; after: string }>();
  for (const [name, b] of before.typedefs) {
    const a = after.typedefs.get(name);
    if (!a || b.type.k === "record" || b.type.k === "enum" || a.type.k === "record" || a.type.k === "enum") continue;
    const cb = canonical(b.type, before) + (b.attrs.aligned ? ` aligned(${b.attrs.aligned})` : "");
    const ca = canonical(a.type, after) + (a.attrs.aligned ? ` aligned(${a.attrs.aligned})` : "");
    if (cb !== ca) out.set(name, { before: shown(b), after: shown(a) });
  }
  return out;
}

const shown = (t: Typedef) =>
  `${spell(t.type)}${t.attrs.aligned ? ` __attribute__((aligned(${t.attrs.aligned})))` : ""}`;

/** `typedef-changed` at the definition and at every use in this file; `type-removed` for typedefs. */
export function compareTypedefs(cmp: Compare): void {
  const after = new Set(cmp.after.model.typedefs.map((t) => t.name));
  for (const td of cmp.before.model.typedefs) {
    if (!after.has(td.name))
      report(cmp, {
        rule: cRules["c/type-removed"],
        line: td.line,
        symbol: td.name,
        message: `Typedef \`${td.name}\` was removed; code using it no longer compiles.`,
      });
  }
  if (!cmp.changedTypedefs.size) return;
  const seen = new Set<string>();
  for (const td of cmp.after.model.typedefs) {
    const change = cmp.changedTypedefs.get(td.name);
    if (change && !seen.has(td.name)) {
      seen.add(td.name);
      report(cmp, {
        rule: cRules["c/typedef-changed"],
        line: td.line,
        symbol: td.name,
        message: `Typedef \`${td.name}\` changes from \`${change.before}\` to \`${change.after}\`; every use of it changes with it.`,
      });
    }
  }
  // Only uses that existed before: a declaration new in this change has no old users.
  const existed = new Set(uses(cmp.before.model).map((u) => `${u.name}\0${u.symbol}`));
  for (const use of uses(cmp.after.model)) {
    cmp.checkBudget();
    const change = cmp.changedTypedefs.get(use.name);
    if (
      !change ||
      use.symbol === use.name ||
      cmp.changedTypedefs.has(use.symbol) ||
      !existed.has(`${use.name}\0${use.symbol}`)
    )
      continue;
    report(cmp, {
      rule: cRules["c/typedef-changed"],
      line: use.line,
      symbol: use.symbol,
      message: `\`${use.symbol}\` uses typedef \`${use.name}\`, which changes from \`${change.before}\` to \`${change.after}\`.`,
    });
  }
}

interface Use {
  name: string;
  symbol: string;
  line: number;
}

function uses(model: HeaderModel): Use[] {
  const out: Use[] = [];
  const seen = new Set<string>();
  const add = (t: CType, symbol: string, line: number) => {
    for (const name of namesIn(t)) {
      const key = `${name}\0${symbol}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name, symbol, line });
    }
  };
  const record = (rec: RecordDef, prefix: string) => {
    for (const f of rec.fields) {
      if (f.type.k === "record" && !f.type.rec.name) record(f.type.rec, f.name ? `${prefix}.${f.name}` : prefix);
      else add(f.type, `${prefix}.${f.name ?? "(anonymous)"}`, f.line);
    }
  };
  for (const rec of model.records) if (rec.name) record(rec, `${rec.kind} ${rec.name}`);
  for (const td of model.typedefs) {
    if (td.type.k === "record" && !td.type.rec.name) record(td.type.rec, td.name);
    else add(td.type, td.name, td.line);
  }
  for (const f of model.functions)
    add({ k: "func", ret: f.ret, params: f.params, variadic: f.variadic }, `${f.name}()`, f.line);
  for (const g of model.globals) add(g.type, g.name, g.line);
  return out;
}

function namesIn(t: CType): string[] {
  switch (t.k) {
    case "name":
      return [t.name];
    case "ptr":
    case "ref":
      return namesIn(t.to);
    case "array":
      return namesIn(t.of);
    case "func":
      return [...namesIn(t.ret), ...t.params.flatMap((p) => namesIn(p.type))];
    default:
      return [];
  }
}
