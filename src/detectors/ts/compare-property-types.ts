import { tsRules } from "./rule-specs.js";
import { emit, type CompareContext, type Direction, type Usage } from "./compare-context.js";
import type { Member, TypeRef } from "./model.js";

/** True when a property is a get/set pair whose setter takes another type than its getter returns. */
function splitAccessor(m: Member): boolean {
  return m.writeType !== undefined && m.writeType.key !== m.type?.key;
}

/**
 * Compares the types of two versions of a property. A get/set pair with different types on
 * either side is compared twice: the getter's type as read by users, the setter's as written
 * (a narrowed setter breaks assignments even when the getter is unchanged).
 */
export function comparePropertyTypes(
  b: Member,
  a: Member,
  ctx: CompareContext,
  where: { symbol: string; usage: Usage; isClass: boolean },
): void {
  const { symbol, usage } = where;
  const { direction, reason } = usage;
  if (!splitAccessor(b) && !splitAccessor(a)) {
    if (b.type && a.type && b.type.key !== a.type.key)
      changed(ctx, symbol, a.line, { before: b.type, after: a.type, direction, reason }, "changed type");
    return;
  }
  // Users of a class only read its getter and call its setter; an interface may also be built by users.
  const built = !where.isClass && direction !== "out";
  if (b.type && a.type && b.type.key !== a.type.key)
    changed(
      ctx,
      symbol,
      a.line,
      { before: b.type, after: a.type, direction: built ? "both" : "out", reason },
      "changed its read (getter) type",
    );
  const bw = b.writeType ?? b.type;
  const aw = a.writeType ?? a.type;
  if (a.readonly || !bw || !aw || bw.key === aw.key) return;
  changed(
    ctx,
    symbol,
    a.line,
    { before: bw, after: aw, direction: built ? "both" : "in", reason },
    "changed its write (setter) type",
  );
}

function changed(
  ctx: CompareContext,
  symbol: string,
  line: number,
  question: { before: TypeRef; after: TypeRef; direction: Direction; reason: string },
  what: string,
): void {
  emit(ctx, {
    rule: tsRules["ts/property-type-changed"],
    line,
    symbol,
    message: `\`${symbol}\` ${what} from \`${question.before.text}\` to \`${question.after.text}\`.`,
    question,
  });
}
