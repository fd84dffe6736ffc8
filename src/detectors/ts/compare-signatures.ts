import { tsRules } from "./rule-specs.js";
import type { Rule } from "../../engine/rule.js";
import { emit, type CompareContext, type CoverQuestion, type TypeQuestion } from "./compare-context.js";
import type { Signature, TypeParam } from "./model.js";

export type SignatureRole = "function" | "method" | "constructor";

interface Where {
  symbol: string;
  role: SignatureRole;
  /** Set when consumers implement the method (it is on a type they supply): why, in words. */
  implementedBecause?: string;
  /** The overload question the findings of one signature pair are settled by (see checker.ts). */
  cover?: CoverQuestion;
}

/**
 * Compares two overload sets. Unchanged overloads pair by identical text; the rest pair in order
 * and are compared parameter by parameter; before-overloads left over were removed. Those findings
 * are the structural account: each carries the question the checker settles the set by, as the
 * compiler resolves calls — an old overload some new one covers breaks no call, whatever its
 * position (overloads added before it, several consolidated into one generic signature), and
 * a new overload some old one covers breaks no consumer implementation.
 */
export function compareOverloads(before: Signature[], after: Signature[], ctx: CompareContext, where: Where): void {
  const afterLeft = [...after];
  const beforeLeft: Signature[] = [];
  for (const b of before) {
    const i = afterLeft.findIndex((a) => a.text === b.text);
    if (i >= 0) afterLeft.splice(i, 1);
    else beforeLeft.push(b);
  }
  afterLeft.slice(beforeLeft.length).forEach((a) => {
    if (!where.implementedBecause) return;
    emit(ctx, {
      rule: tsRules["ts/member-added-to-implemented-type"],
      line: a.line,
      symbol: where.symbol,
      message: `${label(where)} gained the overload \`${describe(a)}\`; ${where.implementedBecause}, which must now accept that call too.`,
      cover: { target: a, sources: before, of: "implementations" },
    });
  });
  beforeLeft.forEach((b, i) => {
    const cover: CoverQuestion = { target: b, sources: after, of: "calls" };
    const a = afterLeft[i];
    if (a) return compareSignature(b, a, ctx, { ...where, cover });
    emit(ctx, {
      rule: where.role === "constructor" ? tsRules["ts/constructor-changed"] : tsRules["ts/overload-removed"],
      line: after[0]?.line ?? b.line,
      symbol: where.symbol,
      message: `${label(where)} lost the overload \`${describe(b)}\` (${before.length} → ${after.length} overloads); calls matching it no longer compile.`,
      cover,
    });
  });
}

function label(where: Where): string {
  return where.role === "constructor"
    ? `The constructor of ${where.symbol.replace(/\.constructor$/, "")}`
    : `${where.symbol}()`;
}

/** A signature as a reader would write it: `(input: string): object`. */
export function describe(s: Signature): string {
  const params = s.params
    .map((p) => `${p.rest ? "..." : ""}${p.name}${p.optional ? "?" : ""}: ${p.type?.text ?? "any"}`)
    .join(", ");
  const generics = s.typeParams.map((t) => `${t.name}${t.constraint ? ` extends ${t.constraint.text}` : ""}`);
  return `${generics.length ? `<${generics.join(", ")}>` : ""}(${params})${s.returns ? `: ${s.returns.text}` : ""}`;
}

/** The rule of a signature change, or `ts/constructor-changed` for any constructor change. */
function rule(where: Where, r: Rule): Rule {
  return where.role === "constructor" ? tsRules["ts/constructor-changed"] : r;
}

export function compareSignature(b: Signature, a: Signature, ctx: CompareContext, where: Where): void {
  const say = (r: Rule, message: string, question?: TypeQuestion) =>
    emit(ctx, {
      rule: rule(where, r),
      line: a.line,
      symbol: where.symbol,
      message: `${label(where)}: ${message}`,
      question,
      cover: where.cover,
    });
  // Call sites infer a function's type arguments; only explicit ones break, so a warning there.
  compareTypeParams(b.typeParams, a.typeParams, (r, message, question) =>
    r === tsRules["ts/type-param-added-required"] && where.role !== "constructor"
      ? emit(ctx, {
          rule: r,
          severity: "warning",
          line: a.line,
          symbol: where.symbol,
          message: `${label(where)}: ${message} Calls that infer type arguments are unaffected.`,
          question,
          cover: where.cover,
        })
      : say(r, message, question),
  );
  if (where.role === "constructor" && b.visibility === "public" && a.visibility !== "public")
    say(tsRules["ts/class-member-visibility-reduced"], `became ${a.visibility}.`);
  const restA = a.params.findIndex((p) => p.rest);
  const n = Math.max(b.params.length, a.params.length);
  for (let i = 0; i < n; i++) {
    const bp = b.params[i];
    const ap = a.params[i];
    if (bp && !ap) {
      if (restA >= 0 && restA < i) continue; // absorbed by a rest parameter
      say(
        tsRules["ts/param-removed"],
        `parameter \`${bp.name}\` (position ${i + 1}) was removed; calls passing it no longer compile.`,
      );
      continue;
    }
    if (!bp && ap) {
      if (ap.optional || ap.rest) continue;
      say(
        tsRules["ts/function-param-added-required"],
        `required parameter \`${ap.name}\` (position ${i + 1}) was added; existing calls no longer compile.`,
      );
      continue;
    }
    if (!bp || !ap) continue;
    if (bp.rest !== ap.rest) {
      const toRest = ap.rest && ap.type && bp.type && ap.type.key === `${bp.type.key}[]`;
      if (!toRest)
        say(
          tsRules["ts/param-type-changed"],
          `parameter \`${ap.name}\` ${ap.rest ? "became a rest parameter" : "is no longer a rest parameter"}.`,
        );
      continue;
    }
    if (bp.optional && !ap.optional)
      say(
        tsRules["ts/param-became-required"],
        `parameter \`${ap.name}\` (position ${i + 1}) became required; calls omitting it no longer compile.`,
      );
    if (bp.type && ap.type && bp.type.key !== ap.type.key) {
      say(
        tsRules["ts/param-type-changed"],
        `parameter \`${ap.name}\` changed type from \`${bp.type.text}\` to \`${ap.type.text}\`.`,
        { before: bp.type, after: ap.type, direction: "in" },
      );
    }
  }
  if (where.role !== "constructor" && b.returns && a.returns && b.returns.key !== a.returns.key) {
    say(tsRules["ts/return-type-changed"], `return type changed from \`${b.returns.text}\` to \`${a.returns.text}\`.`, {
      before: b.returns,
      after: a.returns,
      direction: "out",
    });
  }
}

type Say = (rule: Rule, message: string, question?: TypeQuestion) => void;

/**
 * Type parameters: one added without a default (references passing the old number of type
 * arguments fail), a constraint that changed (checked like a parameter type: widening is safe),
 * or a default that changed (references omitting the argument now mean another type).
 */
export function compareTypeParams(b: TypeParam[], a: TypeParam[], say: Say): void {
  const required = a.filter((t) => !t.hasDefault).length;
  for (let i = b.length; i < a.length; i++) {
    if (!a[i]!.hasDefault)
      say(
        tsRules["ts/type-param-added-required"],
        `type parameter \`${a[i]!.name}\` was added without a default; references with ${b.length} type argument(s) no longer compile.`,
      );
  }
  if (a.length <= b.length && required > b.filter((t) => !t.hasDefault).length) {
    say(
      tsRules["ts/type-param-added-required"],
      `a type parameter lost its default (${required} now required); references omitting it no longer compile.`,
    );
  }
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [bt, at] = [b[i]!, a[i]!];
    const [bc, ac] = [bt.constraint, at.constraint];
    // Dropping a constraint only widens what callers may pass.
    if (bc?.key !== ac?.key && ac) {
      const from = bc ? `\`${bc.text}\`` : "no constraint";
      const to = ac ? `\`${ac.text}\`` : "no constraint";
      say(
        tsRules["ts/param-type-changed"],
        `the constraint of type parameter \`${at.name}\` changed from ${from} to ${to}.`,
        bc && ac ? { before: bc, after: ac, direction: "in" } : undefined,
      );
    }
    if (bt.default && at.default && bt.defaultKey !== at.defaultKey) {
      say(
        tsRules["ts/param-type-changed"],
        `the default of type parameter \`${at.name}\` changed from \`${bt.default.text}\` to \`${at.default.text}\`; references that omit it now mean another type.`,
        {
          before: bt.default,
          after: at.default,
          direction: "both",
          reason: "references omitting it both pass and receive values of it",
        },
      );
    }
  }
}
