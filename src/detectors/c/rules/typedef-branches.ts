import { cRules } from "../rule-specs.js";
import { canonical, spell } from "../spell.js";
import { byName, type Compare } from "../compare-context.js";
import { conditionAt, conjunctsAt, windowsModels } from "../conditions.js";
import { reportNamed } from "../branch-findings.js";
import { typeLayout } from "../layout.js";
import type { Env } from "../env.js";
import type { CType, HeaderModel, Typedef } from "../model.js";

/**
 * A typedef defined differently in `#if` branches, compared branch by branch. The environment
 * resolves each name to the definition a build without `-D` flags compiles (changedTypedefs
 * compares those); this pass compares the others. A definition is paired with the most specific
 * definition of the other side whose conditions it narrows (`#ifdef Z_SOLO` split into
 * `Z_SOLO && _WIN64` / `Z_SOLO && !_WIN64`: each half was the `Z_SOLO` one before), so a branch
 * split out of another is a change in the configurations it selects, not an added variant — and a
 * definition under a condition the other side never had (a new `#ifdef Z_SOLO`) is an addition.
 *
 * Only the ABI is judged there: the size or alignment under the data models the branch can be
 * compiled for (64-bit Windows is LLP64 — `long` stays 4 bytes — under `_WIN64`; LP64 and ILP32
 * otherwise). A different spelling of the same size (`size_t` ↔ `unsigned long`) is no finding.
 * The default target does not compile the branch, so a change there is a warning naming it.
 */
export function compareTypedefBranches(cmp: Compare): void {
  const before = byName(cmp.before.model.typedefs, (t) => t.name);
  const after = byName(cmp.after.model.typedefs, (t) => t.name);
  for (const [name, heads] of after) {
    const bases = before.get(name);
    if (!bases || (bases.length === 1 && heads.length === 1)) continue;
    const reported = new Set<string>();
    const pairs = [
      ...pairsByNarrowing(cmp.after.model, heads, cmp.before.model, bases).map(([h, b]) => [b, h] as const),
      ...pairsByNarrowing(cmp.before.model, bases, cmp.after.model, heads),
    ];
    for (const [b, h] of pairs) {
      cmp.checkBudget();
      // the pair a build without -D compiles is the environment's (changedTypedefs)
      if (cmp.before.env.typedefs.get(name) === b && cmp.after.env.typedefs.get(name) === h) continue;
      if (isTagBody(b.type) || isTagBody(h.type)) continue;
      if (canonical(b.type, cmp.before.env) === canonical(h.type, cmp.after.env)) continue;
      // the narrower of the two definitions says which configurations change
      const [model, line] =
        conjunctsAt(cmp.after.model, h.line).size >= conjunctsAt(cmp.before.model, b.line).size
          ? [cmp.after.model, h.line]
          : [cmp.before.model, b.line];
      const cond = conditionAt(model, line);
      if (!cond || reported.has(cond.where)) continue;
      const differs = sizeDifference(cmp, b.type, h.type, conjunctsAt(model, line));
      if (!differs) continue;
      reported.add(cond.where);
      reportNamed(cmp, {
        rule: cRules["c/typedef-changed"],
        severity: "warning",
        line: h.line,
        symbol: name,
        message: `${cond.where[0]!.toUpperCase()}${cond.where.slice(1)} (not the default configuration: GCC on Linux, no \`-D\` flags): typedef \`${name}\` changes from \`${spell(b.type)}\` to \`${spell(h.type)}\` — ${differs}. Code compiled for that configuration against the old header and a library built with the new one disagree on it: every function, member and global using \`${name}\` changes its ABI there.`,
      });
    }
  }
}

/**
 * Each definition of `from` with the definition of `to` whose conditions it narrows most closely
 * (every conjunct of the other's is one of its own; the most conjuncts win), when there is one.
 */
function pairsByNarrowing(
  fromModel: HeaderModel,
  from: readonly Typedef[],
  toModel: HeaderModel,
  to: readonly Typedef[],
): [Typedef, Typedef][] {
  const out: [Typedef, Typedef][] = [];
  for (const f of from) {
    const mine = conjunctsAt(fromModel, f.line);
    let best: { t: Typedef; n: number } | undefined;
    for (const t of to) {
      const theirs = conjunctsAt(toModel, t.line);
      if ([...theirs].every((c) => mine.has(c)) && (!best || theirs.size > best.n)) best = { t, n: theirs.size };
    }
    if (best) out.push([f, best.t]);
  }
  return out;
}

/** `typedef struct { … } T`, `typedef enum { … } T`: the record and enum rules judge those. */
const isTagBody = (t: CType) => t.k === "record" || t.k === "enum";

type DataModel = "lp64" | "ilp32" | "win64" | "win32";

const MODEL_NAMES: Record<DataModel, string> = {
  lp64: "LP64",
  ilp32: "ILP32",
  win64: "64-bit Windows (LLP64)",
  win32: "32-bit Windows",
};

/** How the two types' sizes or alignments differ under the data models the branch is for, if they do. */
function sizeDifference(cmp: Compare, b: CType, a: CType, conjuncts: ReadonlySet<string>): string | undefined {
  const windows = windowsModels(conjuncts);
  const models: DataModel[] = windows.length ? windows : ["lp64", "ilp32"];
  const diffs: string[] = [];
  for (const m of models) {
    const x = sizeOn(b, cmp.before.env, m);
    const y = sizeOn(a, cmp.after.env, m);
    if (!x || !y || (x.size === y.size && x.align === y.align)) continue;
    diffs.push(
      x.size !== y.size
        ? `${x.size} → ${y.size} bytes on ${MODEL_NAMES[m]}`
        : `aligned to ${x.align} → ${y.align} bytes on ${MODEL_NAMES[m]}`,
    );
  }
  return diffs.length ? diffs.join(", ") : undefined;
}

/**
 * Size and alignment of a type under a data model. Windows differs from the SysV models only in
 * `long`, 4 bytes on both Windows models (the rest of 64-bit Windows is LP64's sizes, of 32-bit
 * Windows ILP32's); a record holding a `long` is not recomputed for Windows (undefined then).
 */
function sizeOn(t: CType, env: Env, model: DataModel): { size: number; align: number } | undefined {
  const abi = model === "win64" || model === "lp64" ? "lp64" : "ilp32";
  if (model === "win64" || model === "win32") {
    const base = scalarName(t, env);
    if (base === undefined) return undefined;
    if (/^(signed |unsigned )?long( int)?$/.test(base)) return { size: 4, align: 4 };
  }
  const l = typeLayout(t, env, abi);
  return l.ok ? { size: l.size, align: l.align } : undefined;
}

/** The scalar a type names through its typedefs (`z_size_t` → `unsigned long`); undefined for pointers, records, arrays. */
function scalarName(t: CType, env: Env, depth = 0): string | undefined {
  if (depth > 16) return undefined;
  if (t.k === "prim") return t.name;
  if (t.k !== "name") return t.k === "ptr" || t.k === "ref" ? "pointer" : undefined;
  const td = env.typedefs.get(t.name);
  return td ? scalarName(td.type, env, depth + 1) : t.name;
}
