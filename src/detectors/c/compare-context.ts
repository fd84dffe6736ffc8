import type { Env } from "./env.js";
import type { HeaderModel } from "./model.js";
import { finding, type Rule } from "../../engine/rule.js";
import type { Finding, ReportSection, Severity } from "../../engine/types.js";

/** One side of the comparison: this file's model and the changeset-wide environment. */
export interface Side {
  model: HeaderModel;
  env: Env;
}

/** What every rule group gets: both sides, the output lists and the budget. */
export interface Compare {
  path: string;
  before: Side;
  after: Side;
  /** Typedef names whose resolved type differs between the sides (across all changed headers). */
  changedTypedefs: Map<string, { before: string; after: string }>;
  /** Typedef names defined in the change set's headers: their change is reported where they are defined. */
  changedHeaderTypedefs: ReadonlySet<string>;
  /** `c.private`: globs of record names and `record.member` paths private by convention. */
  privateNames: readonly string[];
  findings: Finding[];
  sections: ReportSection[];
  checkBudget(): void;
}

export interface FindingSpec {
  rule: Rule;
  /** Only where the rule's severityNote says the facts change it. */
  severity?: Severity;
  line: number;
  symbol?: string;
  message: string;
}

/** Adds a finding of `spec.rule` about this file. */
export function report(cmp: Compare, { rule, ...facts }: FindingSpec): void {
  const f = finding(rule, { path: cmp.path, ...facts });
  // One member of a mirrored group — the kernel's `__struct_group(TAG, NAME, …)` declares the same
  // members loose and as the named struct NAME, one layout — is one finding, about the loose name.
  const mirror = cmp.findings.findIndex(
    (g) => g.ruleId === f.ruleId && g.line === f.line && mirrored(g.symbol, f.symbol),
  );
  if (mirror < 0) cmp.findings.push(f);
  else if ((f.symbol ?? "").length < (cmp.findings[mirror]!.symbol ?? "").length) cmp.findings[mirror] = f;
}

/** `struct s.grp.m` and `struct s.m`: the same member path but for one group name before the last. */
function mirrored(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return false;
  const [long, short] = a.length > b.length ? [a.split("."), b.split(".")] : [b.split("."), a.split(".")];
  return (
    long.length === short.length + 1 &&
    long.at(-1) === short.at(-1) &&
    short.slice(0, -1).every((seg, i) => seg === long[i])
  );
}

/** Groups declarations by name; several definitions of one name come from `#if` branches. */
export function byName<T>(items: readonly T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Pairs the variants of one name: variants equal on both sides (by `shape`) cancel out, so
 * reordering `#if` branches is no change; what remains is paired by `branch` (the condition the
 * variant sits under) where given, then in order.
 */
export function pairVariants<T>(
  before: T[],
  after: T[],
  shape: (t: T, side: "before" | "after") => string,
  branch?: (t: T, side: "before" | "after") => string,
): [T, T][] {
  const b = before.map((t) => ({ t, s: shape(t, "before") }));
  const a = after.map((t) => ({ t, s: shape(t, "after") }));
  const take = <X>(list: X[], i: number) => list.splice(i, 1)[0]!;
  let restB = b.filter((x) => {
    const i = a.findIndex((y) => y.s === x.s);
    if (i < 0) return true;
    take(a, i);
    return false;
  });
  const pairs: [T, T][] = [];
  if (branch)
    restB = restB.filter((x) => {
      const i = a.findIndex((y) => branch(y.t, "after") === branch(x.t, "before"));
      if (i < 0) return true;
      pairs.push([x.t, take(a, i).t]);
      return false;
    });
  return [...pairs, ...restB.slice(0, a.length).map((x, i): [T, T] => [x.t, a[i]!.t])];
}

/** Variants of `before` with no equal variant after and none left to pair with (removed overloads). */
export function unpairedBefore<T>(before: T[], after: T[], shape: (t: T, side: "before" | "after") => string): T[] {
  // Distinct shapes only: a prototype declared twice is one declaration.
  const a = new Set(after.map((t) => shape(t, "after")));
  const b = new Map(before.map((t) => [shape(t, "before"), t]));
  const gone = [...b].filter(([s]) => !a.has(s)).map(([, t]) => t);
  const fresh = [...a].filter((s) => !b.has(s));
  return gone.slice(fresh.length);
}
