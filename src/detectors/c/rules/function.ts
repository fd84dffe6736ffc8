import { cRules } from "../rule-specs.js";
import type { Rule } from "../../../engine/rule.js";
import { canonical, spell } from "../spell.js";
import { byName, pairVariants, report, unpairedBefore, type Compare } from "../compare-context.js";
import type { CType, FunctionDecl, GlobalDecl, Quals } from "../model.js";
import type { Env } from "../env.js";
import { ABIS, scalarKey } from "../abi.js";
import { typeLayout } from "../layout.js";
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
  const n = Math.min(b.params.length, a.params.length);
  for (let i = 0; i < n; i++) {
    const pb = b.params[i]!;
    const pa = a.params[i]!;
    if (spell(pb.type) === spell(pa.type) || c(pb.type, "before") === c(pa.type, "after")) continue;
    const which = `parameter ${i + 1}${pa.name ? ` (\`${pa.name}\`)` : ""}`;
    if (c(pb.type, "before", false) === c(pa.type, "after", false)) {
      const compatible = pointeeQualsOnly(pb.type, cmp.before.env, pa.type, cmp.after.env);
      add(
        cRules["c/function-qualifier-changed"],
        `\`${sym}\` ${which} changes qualifiers: \`${spell(pb.type)}\` → \`${spell(pa.type)}\`${compatible ? "; every argument old callers pass still converts implicitly, the ABI is unchanged" : "; callers whose arguments no longer convert implicitly get a diagnostic (an error in C++), the ABI is unchanged"}.`,
        compatible ? "notice" : undefined,
      );
    } else {
      const same = sameIntegerWord(pb.type, cmp.before.env, pa.type, cmp.after.env, "argument");
      add(
        cRules["c/function-param-type-changed"],
        `\`${sym}\` ${which} changes type from \`${spell(pb.type)}\` to \`${spell(pa.type)}\`${same ? `; ${same}` : ""}.`,
        same ? "notice" : undefined,
      );
    }
  }
  if (a.params.length > b.params.length)
    add(
      cRules["c/function-param-added"],
      `\`${sym}\` takes ${a.params.length} parameters instead of ${b.params.length}: added ${a.params
        .slice(n)
        .map((p) => `\`${spell(p.type)}${p.name ? " " + p.name : ""}\``)
        .join(", ")}; existing callers pass garbage for it.`,
    );
  if (a.params.length < b.params.length)
    add(
      cRules["c/function-param-removed"],
      `\`${sym}\` takes ${a.params.length} parameters instead of ${b.params.length}: removed ${b.params
        .slice(n)
        .map((p) => `\`${spell(p.type)}${p.name ? " " + p.name : ""}\``)
        .join(", ")}.`,
    );
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
function integerKind(t: CType, env: Env, depth = 0): "int" | "enum" | undefined {
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
