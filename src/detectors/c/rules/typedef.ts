import { cRules } from "../rule-specs.js";
import { canonical, spell } from "../spell.js";
import { report, type Compare } from "../compare-context.js";
import { versionMarkerSuccessor } from "../version-macros.js";
import { compareTypedefBranches } from "./typedef-branches.js";
import { typedefPrivateWhy } from "./privacy.js";
import { nothingChanged } from "../settled.js";
import type { Env } from "../env.js";
import type { CType, HeaderModel, RecordDef, Typedef } from "../model.js";

/**
 * Typedef names whose resolved type differs between the sides, over all changed headers.
 * Typedefs of inline struct/enum bodies are left to the record and enum rules.
 */
export function changedTypedefs(before: Env, after: Env): Map<string, { before: string; after: string }> {
  const out = new Map<string, { before: string; after: string }>();
  // every typedef, and every name its type resolves through, defined alike on both sides (without
  // building the models of the unchanged headers beside the changed ones: settled.ts)
  if (nothingChanged(before, after)) return out;
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

/**
 * `type-removed` for typedefs; for a typedef that resolves to another type, one `typedef-changed`:
 * at its definition, naming the pre-existing uses in the changed headers (and those they include)
 * whose declared type changes with it — or, when it is defined in a header outside the change, at
 * its first use in each header that uses it. A use whose declaration resolves
 * to the same type as before is no change (`cb_fn *f` ↔ `cb_fn f` when `cb_fn` became a pointer).
 */
export function compareTypedefs(cmp: Compare): void {
  const after = new Set(cmp.after.model.typedefs.map((t) => t.name));
  for (const td of cmp.before.model.typedefs) {
    const successor = after.has(td.name) ? undefined : versionMarkerSuccessor(td.name, [...after]);
    if (successor)
      report(cmp, {
        rule: cRules["c/version-macro-changed"],
        line: td.line,
        symbol: td.name,
        message: `Version-marker typedef \`${td.name}\` is now \`${successor}\`: its name is the version, renamed at every release so that the library's sources cannot be compiled against a mismatched header; users do not name it.`,
      });
    else if (!after.has(td.name)) {
      const why = typedefPrivateWhy(td.name, cmp.before.env, cmp.privateNames);
      report(cmp, {
        rule: cRules["c/type-removed"],
        ...(why ? { severity: "notice" as const } : {}),
        line: td.line,
        symbol: td.name,
        message: why
          ? `Typedef \`${td.name}\` was removed; it is private by convention (${why}): code that uses the library's functions and public types never names it.`
          : `Typedef \`${td.name}\` was removed; code using it no longer compiles.`,
      });
    }
  }
  compareTypedefBranches(cmp);
  if (!cmp.changedTypedefs.size) return;
  const changedUses = usesThatChange(cmp, [cmp.before.model], [cmp.after.model]);
  // At a definition: the uses in every header of the change and the headers they include.
  let everyUse: Map<string, Use[]> | undefined;
  const allUses = () => (everyUse ??= usesThatChange(cmp, cmp.before.env.models, cmp.after.env.models));
  const defined = new Map(cmp.after.model.typedefs.map((t) => [t.name, t]));
  for (const [name, change] of cmp.changedTypedefs) {
    cmp.checkBudget();
    const def = defined.get(name);
    const list = (def ? allUses() : changedUses).get(name) ?? [];
    // Defined in another header of the change: reported there, once.
    if (!def && (!list.length || cmp.changedHeaderTypedefs.has(name))) continue;
    const shown = list.slice(0, 6).map((u) => `\`${u.symbol}\``);
    if (list.length > 6) shown.push(`${list.length - 6} more`);
    const usedBy = list.length ? `; uses that change with it: ${shown.join(", ")}` : "";
    if (!def) {
      report(cmp, {
        rule: cRules["c/typedef-changed"],
        line: list[0]!.line,
        symbol: list[0]!.symbol,
        message: `Typedef \`${name}\` (defined in another header) changes from \`${change.before}\` to \`${change.after}\`${usedBy}.`,
      });
      continue;
    }
    const respelled = !list.length && pointerRespelling(cmp, name);
    report(cmp, {
      rule: cRules["c/typedef-changed"],
      ...(respelled ? { severity: "warning" as const } : {}),
      line: def.line,
      symbol: name,
      message: respelled
        ? `Typedef \`${name}\` changes from \`${change.before}\` to \`${change.after}\`: ${respelled}. Every declaration in these headers keeps its type, so the ABI is unchanged; users' code that declares with \`${name}\` must follow.`
        : `Typedef \`${name}\` changes from \`${change.before}\` to \`${change.after}\`; every use of it changes with it${usedBy}.`,
    });
  }
}

/** Uses that existed before (a new declaration has no old users) whose declared type resolves differently now. */
function usesThatChange(
  cmp: Compare,
  beforeModels: readonly HeaderModel[],
  afterModels: readonly HeaderModel[],
): Map<string, Use[]> {
  const old = new Map(beforeModels.flatMap(uses).map((u) => [`${u.name}\0${u.symbol}`, u]));
  const out = new Map<string, Use[]>();
  const seen = new Set<string>();
  for (const use of afterModels.flatMap(uses)) {
    const key = `${use.name}\0${use.symbol}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cmp.checkBudget();
    const was = old.get(key);
    if (!was || !cmp.changedTypedefs.has(use.name) || use.symbol === use.name || cmp.changedTypedefs.has(use.symbol))
      continue;
    if (canonical(was.decl, cmp.before.env) === canonical(use.decl, cmp.after.env)) continue;
    const list = out.get(use.name);
    if (list) list.push(use);
    else out.set(use.name, [use]);
  }
  return out;
}

/** How a function typedef became a pointer-to-function typedef of the same signature, or back. */
function pointerRespelling(cmp: Compare, name: string): string | undefined {
  const b = cmp.before.env.typedefs.get(name)?.type;
  const a = cmp.after.env.typedefs.get(name)?.type;
  if (!b || !a) return undefined;
  const same = (x: CType, y: CType) => canonical(x, cmp.before.env) === canonical(y, cmp.after.env);
  if (b.k === "func" && a.k === "ptr" && a.to.k === "func" && same(b, a.to))
    return "a function type became a pointer to the same function type";
  if (a.k === "func" && b.k === "ptr" && b.to.k === "func" && same(b.to, a))
    return "a pointer-to-function type became the function type itself";
  return undefined;
}

interface Use {
  name: string;
  symbol: string;
  line: number;
  /** The type of the declaration the use is in (the member's, the function's, the global's). */
  decl: CType;
}

function uses(model: HeaderModel): Use[] {
  const out: Use[] = [];
  const seen = new Set<string>();
  const add = (t: CType, symbol: string, line: number) => {
    for (const name of namesIn(t)) {
      const key = `${name}\0${symbol}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name, symbol, line, decl: t });
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
