import { cRules } from "../rule-specs.js";
import type { Rule } from "../../../engine/rule.js";
import { canonical, spell } from "../spell.js";
import { byName, pairVariants, report, unpairedBefore, type Compare } from "../compare-context.js";
import type { CType, FunctionDecl, GlobalDecl, Param, Quals } from "../model.js";
import type { Env } from "../env.js";
import { ABIS, scalarKey } from "../abi.js";
import { typeLayout } from "../layout.js";
import { settled } from "../settled.js";
import type { Severity } from "../../../engine/types.js";

/** Function prototypes and global variables, paired by name. */
export function compareFunctions(cmp: Compare): void {
  const sig = (side: "before" | "after") => (f: FunctionDecl) =>
    canonical({ k: "func", ret: f.ret, params: f.params, variadic: f.variadic }, cmp[side].env);
  const before = byName(cmp.before.model.functions, (f) => f.name);
  const after = byName(cmp.after.model.functions, (f) => f.name);
  for (const [name, list] of before) {
    cmp.checkBudget();
    const now = after.get(name);
    if (!now) {
      report(cmp, {
        rule: cRules["c/function-removed"],
        line: list[0]!.line,
        symbol: `${name}()`,
        message: `Function \`${name}()\` was removed; binaries calling it fail to link or load.`,
      });
      continue;
    }
    // written alike, every type named meaning the same: equal signatures, nothing to compare (and
    // no type looked up — an unchanged header's model is built only when one is: env.ts)
    if (settled(cmp, list, now, (f) => ({ def: f, line: f.line }))) continue;
    for (const [b, a] of pairVariants(list, now, (f, side) => sig(side)(f))) compareFunction(cmp, b, a);
    for (const gone of unpairedBefore(list, now, (f, side) => sig(side)(f))) {
      const shown = `${name}(${gone.params.map((p) => spell(p.type)).join(", ")}${gone.variadic ? ", ..." : ""})`;
      report(cmp, {
        rule: cRules["c/function-removed"],
        line: gone.line,
        symbol: `${name}()`,
        message: `Overload \`${shown}\` was removed; binaries calling it fail to link or load.`,
      });
    }
  }
  compareGlobals(cmp);
}

function compareFunction(cmp: Compare, b: FunctionDecl, a: FunctionDecl): void {
  const sym = `${a.name}()`;
  const c = (t: CType, side: "before" | "after", quals = true) => canonical(t, cmp[side].env, quals);
  const add = (rule: Rule, message: string, severity?: Severity) =>
    report(cmp, { rule, severity, line: a.line, symbol: sym, message });
  // Same spelling, different meaning is a typedef change: the typedef rule reports it at this use.
  if (spell(b.ret) !== spell(a.ret) && c(b.ret, "before") !== c(a.ret, "after")) {
    const sameWord = sameIntegerWord(b.ret, cmp.before.env, a.ret, cmp.after.env, "result");
    if (c(b.ret, "before", false) === c(a.ret, "after", false)) {
      const compatible = pointeeQualsOnly(a.ret, cmp.after.env, b.ret, cmp.before.env);
      add(
        cRules["c/function-qualifier-changed"],
        `\`${sym}\` return type changes qualifiers: \`${spell(b.ret)}\` → \`${spell(a.ret)}\`${compatible ? "; callers reading the result compile and run unchanged" : "; callers storing the result in the old type no longer compile cleanly (C++: not at all), the ABI is unchanged"}.`,
        compatible ? "notice" : undefined,
      );
    } else if (c(b.ret, "before") === "void" && valueInRegisters(a.ret, cmp.after.env))
      add(
        cRules["c/function-return-changed"],
        `\`${sym}\` now returns \`${spell(a.ret)}\` instead of \`void\`; old callers ignore the result register, so they keep working (function pointers of the old type need a cast).`,
        "notice",
      );
    else if (sameWord)
      add(
        cRules["c/function-return-changed"],
        `\`${sym}\` return type changes from \`${spell(b.ret)}\` to \`${spell(a.ret)}\`; ${sameWord}.`,
        "notice",
      );
    else
      add(
        cRules["c/function-return-changed"],
        `\`${sym}\` return type changes from \`${spell(b.ret)}\` to \`${spell(a.ret)}\`${c(b.ret, "before") === "void" ? "; a record returned by value is written through a hidden pointer old callers do not pass" : ""}.`,
      );
  }
  if (b.variadic !== a.variadic)
    add(
      cRules["c/variadic-changed"],
      `\`${sym}\` ${a.variadic ? "becomes" : "is no longer"} variadic; the calling convention for its arguments changes.`,
    );
  const same = (pb: Param, pa: Param) =>
    spell(pb.type) === spell(pa.type) || c(pb.type, "before") === c(pa.type, "after");
  const { pairs, removed, added } = alignParams(b.params, a.params, same);
  for (const [i, j] of pairs) {
    const pb = b.params[i]!;
    const pa = a.params[j]!;
    if (same(pb, pa)) continue;
    const which = `parameter ${j + 1}${pa.name ? ` (\`${pa.name}\`)` : ""}`;
    if (c(pb.type, "before", false) === c(pa.type, "after", false)) {
      const compatible = pointeeQualsOnly(pb.type, cmp.before.env, pa.type, cmp.after.env);
      add(
        cRules["c/function-qualifier-changed"],
        `\`${sym}\` ${which} changes qualifiers: \`${spell(pb.type)}\` → \`${spell(pa.type)}\`${compatible ? "; every argument old callers pass still converts implicitly, the ABI is unchanged" : "; callers whose arguments no longer convert implicitly get a diagnostic (an error in C++), the ABI is unchanged"}.`,
        compatible ? "notice" : undefined,
      );
    } else {
      const sameWord = sameIntegerWord(pb.type, cmp.before.env, pa.type, cmp.after.env, "argument");
      add(
        cRules["c/function-param-type-changed"],
        `\`${sym}\` ${which} changes type from \`${spell(pb.type)}\` to \`${spell(pa.type)}\`${sameWord ? `; ${sameWord}` : ""}.`,
        sameWord ? "notice" : undefined,
      );
    }
  }
  const listed = (params: Param[], at: number[]) =>
    at
      .map((k) => `\`${spell(params[k]!.type)}${params[k]!.name ? " " + params[k]!.name : ""}\` (parameter ${k + 1})`)
      .join(", ");
  // Not at the end: the arguments after it shift — said here once, not as a type change per position.
  const shifts = (at: number[], total: number) =>
    at.some((k) => k < total - at.length) ? "; every argument after it now arrives in the wrong place" : "";
  if (added.length)
    add(
      cRules["c/function-param-added"],
      `\`${sym}\` takes ${a.params.length} parameters instead of ${b.params.length}: added ${listed(a.params, added)}; existing callers pass garbage for it${shifts(added, a.params.length)}.`,
    );
  if (removed.length)
    add(
      cRules["c/function-param-removed"],
      `\`${sym}\` takes ${a.params.length} parameters instead of ${b.params.length}: removed ${listed(b.params, removed)}${shifts(removed, b.params.length)}.`,
    );
}

/**
 * Which old parameter each new one is. With equal counts, by position. When parameters were
 * added or removed — one removed from the middle is one removal, not a type change at every later
 * position: by name, when both sides name every parameter, the common names keep their order
 * and parameters were only added or only removed; else by type, when the shorter list is the
 * longer one with some taken out; else by position, the rest added or removed at the end.
 */
function alignParams(
  b: Param[],
  a: Param[],
  same: (pb: Param, pa: Param) => boolean,
): { pairs: [number, number][]; removed: number[]; added: number[] } {
  const rest = (pairs: [number, number][]) => ({
    pairs,
    removed: b.map((_, i) => i).filter((i) => !pairs.some(([x]) => x === i)),
    added: a.map((_, j) => j).filter((j) => !pairs.some(([, y]) => y === j)),
  });
  const n = Math.min(b.length, a.length);
  const positional = rest(Array.from({ length: n }, (_, i) => [i, i] as [number, number]));
  if (b.length === a.length) return positional;
  const names = (ps: Param[]) => ps.map((p) => p.name ?? "");
  const nb = names(b);
  const na = names(a);
  const unique = (ns: string[]) => ns.every(Boolean) && new Set(ns).size === ns.length;
  if (unique(nb) && unique(na)) {
    const byName = nb.flatMap((name, i) => (na.includes(name) ? [[i, na.indexOf(name)] as [number, number]] : []));
    const ordered = byName.every(([, j], x) => x === 0 || j > byName[x - 1]![1]);
    const aligned = rest(byName);
    if (byName.length && ordered && (!aligned.removed.length || !aligned.added.length)) return aligned;
  }
  const [short, long, flip] = b.length < a.length ? [b, a, false] : [a, b, true];
  const byType: [number, number][] = [];
  let k = 0;
  for (let i = 0; i < short.length; i++) {
    while (k < long.length && !(flip ? same(long[k]!, short[i]!) : same(short[i]!, long[k]!))) k++;
    if (k === long.length) break;
    byType.push(flip ? [k, i] : [i, k]);
    k++;
  }
  if (byType.length === short.length) return rest(byType);
  return positional;
}

function compareGlobals(cmp: Compare): void {
  const before = byName(cmp.before.model.globals, (g) => g.name);
  const after = byName(cmp.after.model.globals, (g) => g.name);
  const shape = (side: "before" | "after") => (g: GlobalDecl) => canonical(g.type, cmp[side].env);
  for (const [name, list] of before) {
    const now = after.get(name);
    if (!now) {
      report(cmp, {
        rule: cRules["c/global-removed"],
        line: list[0]!.line,
        symbol: name,
        message: `Global variable \`${name}\` was removed; binaries using it fail to link or load.`,
      });
      continue;
    }
    if (settled(cmp, list, now, (g) => ({ def: g, line: g.line }))) continue;
    for (const [b, a] of pairVariants(list, now, (g, side) => shape(side)(g))) {
      if (spell(b.type) === spell(a.type)) continue;
      report(cmp, {
        rule: cRules["c/global-type-changed"],
        line: a.line,
        symbol: name,
        message: `Global variable \`${name}\` changes type from \`${spell(b.type)}\` to \`${spell(a.type)}\`.`,
      });
    }
  }
}

/**
 * `T *` → `const T *`: the qualified type only gains qualifiers on the pointee itself, so every
 * `T *` converts to it implicitly. Only the first level: `T **` → `const T **` does not convert.
 * `narrow` is the side with fewer qualifiers (a parameter before, a return type after).
 */
function pointeeQualsOnly(narrow: CType, narrowEnv: Env, wide: CType, wideEnv: Env): boolean {
  if (narrow.k !== "ptr" || wide.k !== "ptr") return false;
  const bare = (t: CType, env: Env) => canonical({ ...t, q: undefined } as CType, env);
  if (bare(narrow.to, narrowEnv) !== bare(wide.to, wideEnv)) return false;
  const has = new Set<string>(quals(wide.to));
  return quals(narrow.to).every((x) => has.has(x));
}

function quals(t: CType): Quals {
  return "q" in t && t.q ? t.q : [];
}

/**
 * Two integer types of the same size, at least `int`'s, on every ABI (`unsigned int` → an enum
 * whose values fit in `int`, `int` → `unsigned int`): the same register and the same bits, and in
 * C every old argument converts implicitly. Narrower types are left out: callers sign- or
 * zero-extend them by their type. Says why the change is compatible, or undefined.
 */
function sameIntegerWord(b: CType, envB: Env, a: CType, envA: Env, what: "argument" | "result"): string | undefined {
  const kb = integerKind(b, envB);
  const ka = integerKind(a, envA);
  if (!kb || !ka) return undefined;
  for (const abi of ABIS) {
    const sb = typeLayout(b, envB, abi);
    const sa = typeLayout(a, envA, abi);
    if (!sb.ok || !sa.ok || sb.size !== sa.size || sb.size < 4) return undefined;
  }
  // C++ does not convert an integer to an enum implicitly.
  const cxx =
    what === "argument" && ka === "enum" && kb !== "enum"
      ? " (C++ callers passing a plain integer need a cast)"
      : what === "result" && kb === "enum" && ka !== "enum"
        ? " (C++ callers storing it in the enum need a cast)"
        : "";
  return `both are integers of the same size, so the ${what} travels in the same register with the same bits: compiled callers are unaffected and C callers compile unchanged${cxx}`;
}

/** "int" for an integer scalar, "enum" for an enum, through typedefs; undefined otherwise. */
export function integerKind(t: CType, env: Env, depth = 0): "int" | "enum" | undefined {
  if (depth > 16) return undefined;
  switch (t.k) {
    case "enum":
      return "enum";
    case "tag":
      return t.tag === "enum" && env.enums.has(t.name) ? "enum" : undefined;
    case "prim":
    case "name": {
      const td = t.k === "name" ? env.typedefs.get(t.name) : undefined;
      if (td) return integerKind(td.type, env, depth + 1);
      const key = scalarKey(t.name);
      return key && /^[su]\d/.test(key) ? "int" : undefined;
    }
    default:
      return undefined;
  }
}

/** A scalar, enum or pointer result comes back in a register old callers simply ignore. */
function valueInRegisters(t: CType, env: Env, depth = 0): boolean {
  if (depth > 16) return false;
  switch (t.k) {
    case "prim":
      return t.name !== "void";
    case "ptr":
    case "enum":
      return true;
    case "tag":
      return t.tag === "enum";
    case "name": {
      const td = env.typedefs.get(t.name);
      return td ? valueInRegisters(td.type, env, depth + 1) : scalarKey(t.name) !== undefined;
    }
    default:
      return false;
  }
}
