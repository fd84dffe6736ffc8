import { cRules } from "./rule-specs.js";
import { conditionAt, isPlatformMacro, type LineCondition } from "./conditions.js";
import { flatten } from "./leaves.js";
import { removalOf } from "./removals.js";
import { report, type Compare, type FindingSpec } from "./compare-context.js";
import type { HeaderModel } from "./model.js";
import type { RecordEntry } from "./records.js";
import type { Finding } from "../../engine/types.js";

/**
 * Findings about declarations inside conditional branches (see conditions.ts for the default
 * target). Every branch is compared — a symbol counts as removed only when no branch of the head
 * declares it — and this pass makes what was found say where it lives:
 * - a finding inside a branch names the condition (`Under `#if defined(_WIN32)`: …`);
 * - a record in a branch the default target does not compile whose layout there cannot be
 *   computed (Windows types, system-header types not in view) gets one notice saying so instead of
 *   member and size findings that would be guesses;
 * - a type or macro that only a toolchain compatibility branch declared (`#if defined(_MSC_VER)`,
 *   legacy MinGW), or a platform's own macro defined for toolchains that lack it, and that is now
 *   gone is a warning naming the toolchain, not a removal error;
 * - inside an opt-in experimental branch (`#ifdef NAPI_EXPERIMENTAL`) every finding is a notice.
 */

/** Findings that already say their condition (the record pass named them). */
const named = new WeakSet<Finding>();

const capitalised = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * The finding with its condition in front; inside an opt-in experimental branch
 * (`#ifdef NAPI_EXPERIMENTAL`) a notice, since that interface promises no stability.
 */
function withCondition(f: Finding, cond: LineCondition): Finding {
  const optIn = cond.optIn ? ` (the opt-in experimental \`${cond.optIn}\`, which promises no stability)` : "";
  const out: Finding = {
    ...f,
    severity: cond.optIn ? "notice" : f.severity,
    message: `${capitalised(cond.where)}${optIn}: ${f.message}`,
  };
  named.add(out);
  return out;
}

/** Reports a finding whose message already names its condition (the condition pass leaves it as it is). */
export function reportNamed(cmp: Compare, spec: FindingSpec): void {
  report(cmp, spec);
  named.add(cmp.findings[cmp.findings.length - 1]!);
}

/** How many findings and layout tables there were before a record pair was compared. */
export type Mark = { findings: number; sections: number };

export const markOf = (cmp: Compare): Mark => ({ findings: cmp.findings.length, sections: cmp.sections.length });

/**
 * After one record pair was compared (its findings are those after `mark`): in a branch the
 * default target never compiles, with a layout that cannot be computed there, the member and
 * layout findings (and the table of unknown offsets) become one `c/platform-layout-unknown`
 * notice; otherwise they name the branch.
 */
export function recordInBranch(cmp: Compare, b: RecordEntry, a: RecordEntry, mark: Mark): void {
  const from = mark.findings;
  const found = cmp.findings.slice(from);
  if (!found.length) return;
  const cond = conditionAt(cmp.after.model, a.rec.line) ?? conditionAt(cmp.before.model, b.rec.line);
  if (!cond) return;
  const fb = flatten(b.rec, cmp.before.env);
  const fa = flatten(a.rec, cmp.after.env);
  const why = fa.unknown.lp64 ?? fb.unknown.lp64;
  if (cond.truth !== "false" || !why) {
    cmp.findings.splice(from, found.length, ...found.map((f) => withCondition(f, cond)));
    return;
  }
  cmp.findings.splice(from, found.length);
  cmp.sections.splice(mark.sections);
  const afterNames = new Set(fa.leaves.map((l) => l.path));
  const beforeNames = new Set(fb.leaves.map((l) => l.path));
  const removed = [...beforeNames].filter((n) => !afterNames.has(n));
  const added = [...afterNames].filter((n) => !beforeNames.has(n));
  const changes = [
    removed.length ? `members ${list(removed)} go` : "",
    added.length ? `${list(added)} come` : "",
    !removed.length && !added.length ? "its members change" : "",
  ].filter(Boolean);
  report(cmp, {
    rule: cRules["c/platform-layout-unknown"],
    line: a.rec.line,
    symbol: a.display,
    message: `${capitalised(cond.where)}, which the default target (GCC on Linux) does not compile, \`${a.display}\` changes: ${changes.join(", ")}. Its layout there cannot be computed (${why} — a platform or system-header type not in view), so whether its size and the offsets of its members are kept is unknown — check them on that platform (a \`static_assert\` on \`sizeof\` in its build).`,
  });
  named.add(cmp.findings[cmp.findings.length - 1]!);
}

/**
 * The condition pass over a file's findings (after removals were confirmed): toolchain-shim
 * removals become warnings, and findings inside a branch name its condition.
 */
export function findingsInBranches(cmp: Compare): void {
  const shims = new Map<number, { names: string[]; cond: LineCondition }>();
  const kept: Finding[] = [];
  for (const f of cmp.findings) {
    const removal = removalOf(f);
    const shim =
      removal &&
      removal.kind !== "function" &&
      removal.kind !== "global" &&
      shimCondition(cmp.before.model, rootName(f.symbol) ?? removal.name);
    if (shim) {
      const group = shims.get(shim.line) ?? { names: [], cond: shim.cond };
      group.names.push(f.symbol ?? removal.name);
      shims.set(shim.line, group);
      continue;
    }
    const cond = named.has(f) ? undefined : findingCondition(cmp, f, !!removal);
    kept.push(cond ? withCondition(f, cond) : f);
  }
  cmp.findings.splice(0, cmp.findings.length, ...kept);
  for (const [line, { names, cond }] of shims)
    report(cmp, {
      rule: cRules["c/compat-shim-removed"],
      line,
      symbol: names[0],
      message: `${list(names)} ${names.length === 1 ? "was" : "were"} removed; ${names.length === 1 ? "it was" : "they were"} declared only ${cond.where} — ${
        cond.toolchain
          ? `a compatibility shim for the \`${cond.toolchain}\` toolchain, whose own headers lack ${names.length === 1 ? "it" : "them"}`
          : `a platform's own macro, defined for the toolchains that do not define it`
      }. Only code built with ${cond.toolchain ? "that toolchain" : "those toolchains"} loses ${names.length === 1 ? "it" : "them"}: say whether ${cond.toolchain ? "that toolchain is" : "they are"} still supported.`,
    });
}

const list = (xs: string[]) => xs.map((x) => `\`${x}\``).join(", ");

/**
 * Where every base declaration of `name` sat, if all sat in one branch the default target does not
 * compile and that branch is a compatibility shim: it names a toolchain (`_MSC_VER`), or what it
 * declares is a platform's own macro (`#if defined(_WIN32) && !defined(WIN32)` / `#define WIN32`).
 */
function shimCondition(before: HeaderModel, name: string): { line: number; cond: LineCondition } | undefined {
  const lines = declarationLines(before, name);
  if (!lines.length) return undefined;
  const conds = lines.map((l) => conditionAt(before, l));
  const first = conds[0];
  if (!first || first.truth !== "false" || conds.some((c) => c?.where !== first.where)) return undefined;
  if (!first.toolchain && !(isPlatformMacro(name) && before.macros.some((m) => m.name === name))) return undefined;
  return { line: lines[0]!, cond: first };
}

/**
 * The branch a finding's declaration sits in: on the base side for removals (a removed overload is
 * one variant, at its base line), else the head's (then the base's).
 */
function findingCondition(cmp: Compare, f: Finding, removal: boolean): LineCondition | undefined {
  const root = rootName(f.symbol);
  if (!root) return undefined;
  const gone = removal || f.ruleId === cRules["c/function-removed"].id;
  for (const side of gone ? [cmp.before] : [cmp.after, cmp.before]) {
    const lines = declarationLines(side.model, root);
    if (!lines.length) continue;
    // a removal is gone from every branch it was in; another finding is about the declaration on its line
    const at = !removal && lines.includes(f.line) ? [f.line] : lines;
    const conds = at.map((l) => conditionAt(side.model, l));
    return conds.every((c) => c?.where === conds[0]?.where) ? conds[0] : undefined;
  }
  return undefined;
}

/** The declaration a finding's symbol is about: `struct s.member` → `struct s`, `foo()` → `foo`. */
function rootName(symbol: string | undefined): string | undefined {
  if (!symbol || symbol.includes("/")) return undefined;
  return symbol.replace(/\(\)$/, "").split(".")[0];
}

/** Lines of the declarations named `name` (records as `struct s`, enums as `enum e`, constants by name). */
function declarationLines(m: HeaderModel, name: string): number[] {
  const lines = [
    ...m.functions.filter((x) => x.name === name),
    ...m.globals.filter((x) => x.name === name),
    ...m.typedefs.filter((x) => x.name === name),
    ...m.macros.filter((x) => x.name === name),
    ...m.records.filter((x) => `${x.kind} ${x.name}` === name),
    ...m.enums.filter((x) => `enum ${x.name}` === name),
    ...m.enums.flatMap((e) => e.members.filter((x) => x.name === name)),
  ].map((x) => x.line);
  return [...new Set(lines)].sort((a, b) => a - b);
}
