import { finding, type Rule } from "../../engine/rule.js";
import type { Finding, Severity } from "../../engine/types.js";
import type { InheritedMember } from "./inherited.js";
import type { Signature, TypeRef } from "./model.js";

/**
 * Which way a changed type flows. `in`: users pass it (widening is safe); `out`: users receive it
 * (narrowing is safe); `both`: only an equivalent type is safe.
 */
export type Direction = "in" | "out" | "both";

/** A type change the checker may settle later, when both versions resolve inside the ChangeSet. */
export interface TypeQuestion {
  before: TypeRef;
  after: TypeRef;
  direction: Direction;
}

export interface Pending {
  finding: Finding;
  question?: TypeQuestion;
}

export interface CompareContext {
  path: string;
  pending: Pending[];
  checkBudget: () => void;
  /** Name → how users use the type (see usage.ts). */
  usageOf: (name: string) => Direction;
  /** True when a base named in `heritage` (after the change) declares the member `key`. */
  inheritedAfter: (heritage: string[], key: string) => boolean;
  /** Constructors inherited through `heritage` on each side; undefined when the base is unknown. */
  inheritedCtors: {
    before: (heritage: string[]) => Signature[] | undefined;
    after: (heritage: string[]) => Signature[] | undefined;
  };
  /** Members reachable through `heritage` on each side (bases exported from the same file). */
  inheritedMembers: {
    before: (heritage: string[]) => Map<string, InheritedMember>;
    after: (heritage: string[]) => Map<string, InheritedMember>;
  };
}

export function emit(
  ctx: CompareContext,
  {
    rule,
    question,
    ...facts
  }: {
    rule: Rule;
    /** Only where the rule's severityNote says the facts change it. */
    severity?: Severity;
    line: number;
    symbol: string;
    message: string;
    question?: TypeQuestion;
  },
): void {
  ctx.pending.push({ finding: finding(rule, { path: ctx.path, ...facts }), question });
}

/** Joins a parent symbol and a member name: `Foo.bar`, or `bar` at the top. */
export function child(parent: string, name: string): string {
  return parent ? `${parent}.${name}` : name;
}
