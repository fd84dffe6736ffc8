import { finding, type Rule } from "../../engine/rule.js";
import type { Finding, Severity } from "../../engine/types.js";
import type { MemberTable } from "./inherited.js";
import type { Member, Signature, TypeRef } from "./model.js";
import type { Side } from "./program.js";

/**
 * Which way a changed type flows. `in`: users pass it (widening is safe); `out`: users receive it
 * (narrowing is safe); `both`: only an equivalent type is safe.
 */
export type Direction = "in" | "out" | "both";

/** How consumers use the declaration being compared, and the use that shows it (for messages). */
export interface Usage {
  direction: Direction;
  /** Why, in words: "callers pass it in (parameter `config` of `request()`)". */
  reason: string;
  /** True when no exported value uses the type: consumers may both build and read it. */
  unknown: boolean;
  /** Its objects come from a constructor the library hands out, never from literals consumers write. */
  constructed?: boolean;
  /**
   * Consumers supply it only by assigning a mutable property of an object the library made (the
   * use names it), normally with another object the library made: they do not build it otherwise.
   */
  assignedOnly?: string;
}

/** A type change the checker may settle later, when both versions resolve inside the program. */
export interface TypeQuestion {
  before: TypeRef;
  after: TypeRef;
  direction: Direction;
  /** Why this direction: the use a change the wrong way breaks. */
  reason?: string;
}

/**
 * Whether an overload set still serves what one overload did, as the compiler decides it: some
 * `sources` signature is assignable to `target` (it takes the target's parameters and returns
 * what the target's return allows) and takes as many arguments. For a function the library
 * implements, the target is an old overload and the sources the new set: every old call still
 * resolves. For one consumers implement, the target is a new overload and the sources the old
 * set: an implementation of the old set still fits it.
 */
export interface CoverQuestion {
  target: Signature;
  sources: Signature[];
  /** Whose code it protects: the library's callers, or consumers' implementations. */
  of: "calls" | "implementations";
}

export interface Pending {
  finding: Finding;
  question?: TypeQuestion;
  /** Set on the findings about one overload: an error among them is no break when it is covered. */
  cover?: CoverQuestion;
}

export interface CompareContext {
  /** Where findings about the declaration being compared are reported. */
  path: string;
  pending: Pending[];
  checkBudget: (units?: number) => void;
  /** How consumers use the declaration being compared. */
  usage: Usage;
  /** The members users see on the compared class or interface on one side, inherited ones included. */
  members: (side: Side, own: Map<string, Member>) => MemberTable;
  /** The constructors `new X()` accepts on one side; undefined when a base outside the package supplies them. */
  ctors: (side: Side, line: number) => Signature[] | undefined;
  /** Names of every base the compared class or interface extends on one side. */
  bases: (side: Side) => Set<string>;
  /**
   * True when the compared type is used only as a base and every type extending it has a member
   * `name` on that side: moving a member between a base and the types extending it changes nothing.
   */
  derivedHave: (side: Side, name: string) => boolean;
  /**
   * The call signatures a property's type names (`typeof fn`, an alias of a function type), so a
   * method and a property holding the same function compare by signature; undefined otherwise.
   */
  signaturesOf: (type: TypeRef) => Signature[] | undefined;
}

export function emit(
  ctx: CompareContext,
  {
    rule,
    question,
    cover,
    ...facts
  }: {
    rule: Rule;
    /** Only where the rule's severityNote says the facts change it. */
    severity?: Severity;
    line: number;
    symbol: string;
    message: string;
    question?: TypeQuestion;
    cover?: CoverQuestion;
  },
): void {
  ctx.pending.push({ finding: finding(rule, { path: ctx.path, ...facts }), question, cover });
}

/** Joins a parent symbol and a member name: `Foo.bar`, or `bar` at the top. */
export function child(parent: string, name: string): string {
  return parent ? `${parent}.${name}` : name;
}
