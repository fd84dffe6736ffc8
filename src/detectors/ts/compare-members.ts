import { tsRules } from "./rule-specs.js";
import { child, emit, type CompareContext, type Direction, type Usage } from "./compare-context.js";
import { comparePropertyTypes } from "./compare-property-types.js";
import { compareOverloads } from "./compare-signatures.js";
import type { SeenMember } from "./inherited.js";
import type { Member } from "./model.js";

interface Owner {
  symbol: string;
  kind: "class" | "interface";
  /** How users use the owning type (interfaces and type literals). */
  usage: Usage;
}

const RANK = { public: 0, protected: 1, private: 2 } as const;

/**
 * Compares the members of two versions of a class, interface or object type literal, as users
 * see them: inherited members count (a member moved to a base was not removed; one inherited from
 * a base the type no longer extends was), but a member both versions inherit is left to the base's
 * own comparison, so one change to a base is reported once.
 */
export function compareMembers(
  before: Map<string, Member>,
  after: Map<string, Member>,
  ctx: CompareContext,
  owner: Owner,
): void {
  const seenBefore = ctx.members("before", before);
  const seenAfter = ctx.members("after", after);
  const basesAfter = ctx.bases("after");
  for (const [key, old] of seenBefore) {
    ctx.checkBudget();
    compareOld(old, seenAfter.get(key), ctx, { owner, basesAfter });
  }
  if (owner.kind === "interface") reportAdded(seenBefore, seenAfter, ctx, { owner, basesBefore: ctx.bases("before") });
}

function compareOld(
  old: SeenMember,
  now: SeenMember | undefined,
  ctx: CompareContext,
  where: { owner: Owner; basesAfter: Set<string> },
): void {
  const { owner } = where;
  const b = old.member;
  if (b.visibility === "private") return;
  const symbol = child(owner.symbol, b.kind === "call" ? "()" : b.kind === "construct" ? "new()" : b.name);
  if (!now) {
    // A base that still lost the member reports it itself; an unmodelled (external) one cannot be judged;
    // a base whose extending types all still have it only moved it down to them.
    if ((old.via && where.basesAfter.has(old.via)) || b.line === 0 || ctx.derivedHave("after", b.name)) return;
    const rule = owner.kind === "class" ? tsRules["ts/class-member-removed"] : tsRules["ts/property-removed"];
    const how = old.via
      ? `was inherited from \`${old.via}\`, which \`${owner.symbol}\` no longer extends`
      : "was removed";
    emit(ctx, {
      rule,
      line: b.line,
      symbol,
      message: `${describe(b)} \`${symbol}\` ${how}; code using it no longer compiles.`,
    });
    return;
  }
  // Inherited on both sides: the base compares it. Written in a generic base's parameters: not comparable as text.
  if ((old.via && now.via) || old.generic || now.generic) return;
  const a = now.member;
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

/**
 * Members added to an interface: a required one breaks objects users write (unless only the
 * library creates the type); an optional one breaks classes that implement a type users supply.
 */
function reportAdded(
  before: Map<string, SeenMember>,
  after: Map<string, SeenMember>,
  ctx: CompareContext,
  where: { owner: Owner; basesBefore: Set<string> },
): void {
  const { owner } = where;
  const direction = owner.usage.direction;
  // Objects only the library creates (or its constructor makes) gain members without breaking anyone.
  if (direction === "out" || owner.usage.constructed) return;
  for (const [key, { member: a, via }] of after) {
    // A base the type already extended gained it: reported at the base. A base whose extending
    // types all had it already: the member only moved up from them.
    if (before.has(key) || (via && where.basesBefore.has(via)) || a.line === 0) continue;
    if (ctx.derivedHave("before", a.name)) continue;
    if (a.kind === "index" || a.kind === "call" || a.kind === "construct") continue;
    const symbol = child(owner.symbol, a.name);
    const what = `${a.kind === "method" ? "method" : "property"} \`${symbol}\``;
    if (a.optional) {
      if (!owner.usage.unknown && implementable(after))
        emit(ctx, {
          rule: tsRules["ts/member-added-to-implemented-type"],
          severity: "warning",
          line: a.line,
          symbol,
          message: `Optional ${what} was added; ${owner.usage.reason} and may implement it with a class, which no longer compiles if it already has a \`${a.name}\` of another type.`,
        });
      continue;
    }
    const how = via ? `is now inherited from \`${via}\`, which \`${owner.symbol}\` now extends` : "was added";
    emit(ctx, {
      rule: tsRules["ts/property-became-required"],
      line: a.line,
      symbol,
      ...required(owner.usage, `Required ${what} ${how}`),
    });
  }
}

/**
 * A member objects of the type must now have: a break for objects consumers write, a warning
 * when they supply the type only by assigning a property of an object the library made (they
 * normally assign another object it made, which has the member).
 */
function required(usage: Usage, what: string): { message: string; severity?: "warning" } {
  if (usage.assignedOnly)
    return {
      severity: "warning",
      message: `${what}; consumers supply it only by ${usage.assignedOnly}, normally with an object the library made, which has it: only objects they write themselves for it no longer compile.`,
    };
  return { message: `${what}; ${usage.reason}, so objects written without it no longer compile.` };
}

/** A type with methods or call signatures: consumers supplying it usually implement it with a class. */
function implementable(members: Map<string, SeenMember>): boolean {
  return [...members.values()].some((m) => m.member.kind === "method" || m.member.kind === "call");
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
    // `m(): T` and `m: () => T` (or `m: typeof fn`) are the same member to callers: compare their signatures.
    const signatures = (m: Member) =>
      (m.signatures.length ? m.signatures : m.type ? ctx.signaturesOf(m.type) : []) ?? [];
    const [bs, as] = [signatures(b), signatures(a)];
    if (bs.length && as.length && !b.optional && !a.optional && !(a.readonly && !b.readonly)) {
      emit(ctx, {
        rule: tsRules["ts/property-type-changed"],
        severity: "notice",
        line: a.line,
        symbol,
        message: `\`${symbol}\` changed from a ${isProperty(b) ? "function-valued property" : "method"} to a ${isProperty(a) ? "function-valued property" : "method"}; calls compile either way.`,
      });
      return compareOverloads(bs, as, ctx, { symbol, role: "method" });
    }
    emit(ctx, {
      rule: tsRules["ts/property-type-changed"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` changed from a ${b.kind} to a ${a.kind}.`,
    });
    return;
  }
  if (!isProperty(b)) {
    const implemented =
      owner.kind === "interface" && owner.usage.direction !== "out" && !owner.usage.unknown && !owner.usage.constructed;
    return compareOverloads(b.signatures, a.signatures, ctx, {
      symbol,
      role: "method",
      implementedBecause: implemented ? `${owner.usage.reason} and may implement it with a class` : undefined,
    });
  }
  // Class properties are read by users and written unless readonly; interfaces follow their usage.
  const usage: Usage =
    owner.kind === "class"
      ? {
          direction: b.readonly ? "out" : "both",
          reason: b.readonly ? `consumers read \`${symbol}\`` : `consumers read \`${symbol}\` and may assign it`,
          unknown: false,
        }
      : owner.usage;
  const direction: Direction = usage.direction;
  if (!b.readonly && a.readonly) {
    emit(ctx, {
      rule: tsRules["ts/property-became-readonly"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` became readonly; code assigning to it no longer compiles.`,
    });
  }
  if (b.optional && !a.optional && direction !== "out" && !usage.constructed) {
    emit(ctx, {
      rule: tsRules["ts/property-became-required"],
      line: a.line,
      symbol,
      ...required(usage, `\`${symbol}\` became required`),
    });
  }
  if (!b.optional && a.optional && direction !== "in") {
    emit(ctx, {
      rule: tsRules["ts/property-type-changed"],
      // Only a type consumers are known to read makes this certain.
      severity: usage.unknown ? "warning" : "error",
      line: a.line,
      symbol,
      message: `\`${symbol}\` became optional; ${usage.reason}, so code reading it must now handle \`undefined\`.`,
    });
  }
  comparePropertyTypes(b, a, ctx, { symbol, usage, isClass: owner.kind === "class" });
}
