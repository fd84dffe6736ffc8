import { tsRules } from "./rule-specs.js";
import { child, emit, type CompareContext, type Direction } from "./compare-context.js";
import { comparePropertyTypes } from "./compare-property-types.js";
import { compareOverloads } from "./compare-signatures.js";
import type { Member } from "./model.js";

interface Owner {
  symbol: string;
  kind: "class" | "interface";
  /** How users use the owning type (interfaces and type literals). */
  direction: Direction;
  /** The after version's `extends` names: a member moved to a base was not removed. */
  heritage: string[];
  /** The before version's `extends` names: members of a dropped base are lost with it. */
  heritageBefore: string[];
}

const RANK = { public: 0, protected: 1, private: 2 } as const;

/** A before member: declared on the type itself, or inherited from a base it no longer extends. */
interface Old {
  member: Member;
  droppedBase?: string;
  /** Inherited through a generic base: its type is written in the base's parameters. */
  generic?: boolean;
}

/** Compares the members of two versions of a class, interface or object type literal. */
export function compareMembers(
  before: Map<string, Member>,
  after: Map<string, Member>,
  ctx: CompareContext,
  owner: Owner,
): void {
  const dropped = owner.heritageBefore.filter((h) => !owner.heritage.includes(h));
  const olds: Old[] = [...before.values()].map((member) => ({ member }));
  for (const [key, m] of dropped.length ? ctx.inheritedMembers.before(dropped) : []) {
    if (!before.has(key)) olds.push({ member: m.member, droppedBase: m.via, generic: m.generic });
  }
  for (const old of olds) compareOld(old, after, ctx, owner);
  if (owner.kind === "interface" && owner.direction !== "out") reportAddedRequired(before, after, ctx, owner);
}

function compareOld(
  { member: b, droppedBase, generic }: Old,
  after: Map<string, Member>,
  ctx: CompareContext,
  owner: Owner,
): void {
  ctx.checkBudget();
  if (b.visibility === "private") return;
  const a = after.get(b.key);
  const symbol = child(owner.symbol, b.kind === "call" ? "()" : b.kind === "construct" ? "new()" : b.name);
  if (!a && ctx.inheritedAfter(owner.heritage, b.key)) return;
  if (!a) {
    const rule = owner.kind === "class" ? tsRules["ts/class-member-removed"] : tsRules["ts/property-removed"];
    const how = droppedBase
      ? `was inherited from \`${droppedBase}\`, which \`${owner.symbol}\` no longer extends`
      : "was removed";
    emit(ctx, {
      rule,
      line: b.line,
      symbol,
      message: `${describe(b)} \`${symbol}\` ${how}; code using it no longer compiles.`,
    });
    return;
  }
  if (generic) return; // written in the base's type parameters: not comparable as text
  if (RANK[a.visibility] > RANK[b.visibility]) {
    emit(ctx, {
      rule: tsRules["ts/class-member-visibility-reduced"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` went from ${b.visibility} to ${a.visibility}; code outside the class can no longer use it.`,
    });
    return;
  }
  compareMember(b, a, ctx, { owner, symbol });
}

/** Required members users must now write: declared on the type, or inherited from a newly extended base. */
function reportAddedRequired(
  before: Map<string, Member>,
  after: Map<string, Member>,
  ctx: CompareContext,
  owner: Owner,
): void {
  const added = owner.heritage.filter((h) => !owner.heritageBefore.includes(h));
  const had = ctx.inheritedMembers.before(owner.heritageBefore);
  const news: Array<{ member: Member; via?: string }> = [...after.values()].map((member) => ({ member }));
  for (const [key, m] of added.length ? ctx.inheritedMembers.after(added) : [])
    if (!after.has(key)) news.push({ member: m.member, via: m.via });
  for (const { member: a, via } of news) {
    if (
      before.has(a.key) ||
      had.has(a.key) ||
      a.optional ||
      a.kind === "index" ||
      a.kind === "call" ||
      a.kind === "construct"
    )
      continue;
    const symbol = child(owner.symbol, a.name);
    const what = `${a.kind === "method" ? "method" : "property"} \`${symbol}\``;
    emit(ctx, {
      rule: tsRules["ts/property-became-required"],
      line: a.line,
      symbol,
      message: via
        ? `Required ${what} is now inherited from \`${via}\`, which \`${owner.symbol}\` now extends; objects written without it no longer compile.`
        : `Required ${what} was added to a type users build; objects written without it no longer compile.`,
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
    if (bs.length && as.length && !b.optional && !a.optional && !(a.readonly && !b.readonly))
      return compareOverloads(bs, as, ctx, { symbol, role: "method" });
    emit(ctx, {
      rule: tsRules["ts/property-type-changed"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` changed from a ${b.kind} to a ${a.kind}.`,
    });
    return;
  }
  if (!isProperty(b)) return compareOverloads(b.signatures, a.signatures, ctx, { symbol, role: "method" });
  // Class properties are read by users and written unless readonly; interfaces follow their usage.
  const direction: Direction = owner.kind === "class" ? (b.readonly ? "out" : "both") : owner.direction;
  if (!b.readonly && a.readonly) {
    emit(ctx, {
      rule: tsRules["ts/property-became-readonly"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` became readonly; code assigning to it no longer compiles.`,
    });
  }
  if (b.optional && !a.optional && direction !== "out") {
    emit(ctx, {
      rule: tsRules["ts/property-became-required"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` became required; objects written without it no longer compile.`,
    });
  }
  if (!b.optional && a.optional && direction !== "in") {
    emit(ctx, {
      rule: tsRules["ts/property-type-changed"],
      severity: direction === "out" || owner.kind === "class" ? "error" : "warning",
      line: a.line,
      symbol,
      message: `\`${symbol}\` became optional; code reading it must now handle \`undefined\`.`,
    });
  }
  comparePropertyTypes(b, a, ctx, { symbol, direction, isClass: owner.kind === "class" });
}
