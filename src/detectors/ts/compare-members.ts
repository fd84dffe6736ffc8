import { child, emit, type CompareContext, type Direction } from "./compare-context.js";
import { compareOverloads } from "./compare-signatures.js";
import type { Member } from "./model.js";

interface Owner {
  symbol: string;
  kind: "class" | "interface";
  /** How users use the owning type (interfaces and type literals). */
  direction: Direction;
  /** The after version's `extends` names: a member moved to a base was not removed. */
  heritage: string[];
}

const RANK = { public: 0, protected: 1, private: 2 } as const;

/** Compares the members of two versions of a class, interface or object type literal. */
export function compareMembers(before: Map<string, Member>, after: Map<string, Member>, ctx: CompareContext, owner: Owner): void {
  for (const [key, b] of before) {
    ctx.checkBudget();
    if (b.visibility === "private") continue;
    const a = after.get(key);
    const symbol = child(owner.symbol, b.kind === "call" ? "()" : b.kind === "construct" ? "new()" : b.name);
    if (!a && ctx.inheritedAfter(owner.heritage, key)) continue;
    if (!a) {
      const rule = owner.kind === "class" ? "class-member-removed" : "property-removed";
      emit(ctx, { rule, line: b.line, symbol, message: `${describe(b)} \`${symbol}\` was removed; code using it no longer compiles.` });
      continue;
    }
    if (RANK[a.visibility] > RANK[b.visibility]) {
      emit(ctx, { rule: "class-member-visibility-reduced", line: a.line, symbol, message: `\`${symbol}\` went from ${b.visibility} to ${a.visibility}; code outside the class can no longer use it.` });
      continue;
    }
    compareMember(b, a, ctx, { owner, symbol });
  }
  if (owner.kind !== "interface" || owner.direction === "out") return;
  for (const [key, a] of after) {
    if (before.has(key) || a.optional || a.kind === "index" || a.kind === "call" || a.kind === "construct") continue;
    const symbol = child(owner.symbol, a.name);
    emit(ctx, {
      rule: "property-became-required",
      line: a.line,
      symbol,
      message: `Required ${a.kind === "method" ? "method" : "property"} \`${symbol}\` was added to a type users build; objects written without it no longer compile.`,
    });
  }
}

function describe(m: Member): string {
  if (m.kind === "method") return m.isStatic ? "Static method" : "Method";
  if (m.kind === "index") return "Index signature";
  if (m.kind === "call") return "Call signature";
  if (m.kind === "construct") return "Construct signature";
  return m.isStatic ? "Static property" : "Property";
}

function compareMember(b: Member, a: Member, ctx: CompareContext, where: { owner: Owner; symbol: string }): void {
  const { owner, symbol } = where;
  const isProperty = (m: Member) => m.kind === "property" || m.kind === "index";
  if (isProperty(b) !== isProperty(a)) {
    // `m(): T` and `m: () => T` are the same member to callers: compare their signatures.
    const [bs, as] = [b.signatures, a.signatures];
    if (bs.length && as.length && !b.optional && !a.optional && !(a.readonly && !b.readonly)) return compareOverloads(bs, as, ctx, { symbol, role: "method" });
    emit(ctx, { rule: "property-type-changed", line: a.line, symbol, message: `\`${symbol}\` changed from a ${b.kind} to a ${a.kind}.` });
    return;
  }
  if (!isProperty(b)) return compareOverloads(b.signatures, a.signatures, ctx, { symbol, role: "method" });
  // Class properties are read by users and written unless readonly; interfaces follow their usage.
  const direction: Direction = owner.kind === "class" ? (b.readonly ? "out" : "both") : owner.direction;
  if (!b.readonly && a.readonly) {
    emit(ctx, { rule: "property-became-readonly", line: a.line, symbol, message: `\`${symbol}\` became readonly; code assigning to it no longer compiles.` });
  }
  if (b.optional && !a.optional && direction !== "out") {
    emit(ctx, { rule: "property-became-required", line: a.line, symbol, message: `\`${symbol}\` became required; objects written without it no longer compile.` });
  }
  if (!b.optional && a.optional && direction !== "in") {
    emit(ctx, {
      rule: "property-type-changed",
      severity: direction === "out" || owner.kind === "class" ? "error" : "warning",
      line: a.line,
      symbol,
      message: `\`${symbol}\` became optional; code reading it must now handle \`undefined\`.`,
    });
  }
  if (b.type && a.type && b.type.key !== a.type.key) {
    emit(ctx, {
      rule: "property-type-changed",
      line: a.line,
      symbol,
      message: `\`${symbol}\` changed type from \`${b.type.text}\` to \`${a.type.text}\`.`,
      question: { before: b.type, after: a.type, direction },
    });
  }
}
