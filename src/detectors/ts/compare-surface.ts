import { tsRules } from "./rule-specs.js";
import { child, emit, type CompareContext } from "./compare-context.js";
import { compareMembers } from "./compare-members.js";
import { compareOverloads, compareTypeParams } from "./compare-signatures.js";
import type { ClassDecl, Decl, EnumDecl, Entry, TypeAliasDecl, InterfaceDecl } from "./model.js";

/** Where a declaration sits: its export path (`Foo.bar` inside namespace `Foo`) and whether nested. */
export interface Scope {
  prefix: string;
  nested: boolean;
}

/** A name consumers imported is gone: an export, a namespace member, or the default export. */
export function reportRemoved(
  name: string,
  where: { line: number; ctx: CompareContext; scope: Scope; via?: string },
): void {
  const { line, ctx, scope } = where;
  const symbol = child(scope.prefix, name);
  const via = where.via ? ` (${where.via})` : "";
  if (name === "default" || name === "export=") {
    emit(ctx, {
      rule: tsRules["ts/default-export-changed"],
      line,
      symbol,
      message: `The ${name === "default" ? "default export" : "`export =`"} was removed${via}; imports of it fail.`,
    });
  } else if (scope.nested) {
    emit(ctx, {
      rule: tsRules["ts/namespace-member-removed"],
      line,
      symbol,
      message: `\`${symbol}\` was removed from namespace \`${scope.prefix}\`${via}; code using it no longer compiles.`,
    });
  } else {
    emit(ctx, {
      rule: tsRules["ts/export-removed"],
      line,
      symbol,
      message: `\`${name}\` is no longer exported${via}; imports of it fail.`,
    });
  }
}

const VALUE_KINDS = new Set<Decl["kind"]>(["function", "class", "enum", "variable", "namespace", "alias"]);
const TYPE_KINDS = new Set<Decl["kind"]>(["class", "interface", "enum", "type", "alias"]);
const KIND_NAMES: Record<Decl["kind"], string> = {
  function: "function",
  class: "class",
  interface: "interface",
  enum: "enum",
  type: "type alias",
  variable: "variable",
  namespace: "namespace",
  alias: "re-export",
};
const kinds = (e: Entry) => e.decls.map((d) => KIND_NAMES[d.kind]).join(" + ") || "unknown";

/**
 * Compares two versions of one export. A default export (or `export =`) that now points at
 * another declaration is compared like any export; its findings say so.
 */
export function compareEntry(b: Entry, a: Entry, ctx: CompareContext, scope: Scope): void {
  // `export default Client` / `export = Client`: members read as `Client.x`, not `default.x`.
  const symbol = child(scope.prefix, b.target && b.target === a.target ? b.target : b.name);
  const from = ctx.pending.length;
  compareKinds(b, a, ctx, { ...scope, symbol, name: b.name });
  if ((b.name === "default" || b.name === "export=") && b.target !== a.target && b.target && a.target) {
    const what = b.name === "default" ? "The default export" : "`export =`";
    for (const p of ctx.pending.slice(from))
      p.finding.message = `${what} now points at \`${a.target}\` instead of \`${b.target}\`: ${p.finding.message}`;
  }
}

function compareKinds(b: Entry, a: Entry, ctx: CompareContext, scope: DeclScope): void {
  const { symbol } = scope;
  const lost: Decl[] = [];
  for (const bd of b.decls) {
    const ad = a.decls.find((d) => d.kind === bd.kind) ?? a.decls.find((d) => isObjectLike(d) && isObjectLike(bd));
    if (ad) compareDecl(bd, ad, ctx, scope);
    else lost.push(bd);
  }
  if (!lost.length) return;
  const noLongerCallable =
    lost.some((d) => d.kind === "function") && a.decls.every((d) => d.kind === "variable" && d.callable === false);
  if (noLongerCallable) {
    emit(ctx, {
      rule: scope.nested ? tsRules["ts/namespace-member-removed"] : tsRules["ts/export-removed"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` is no longer a function (was ${kinds(b)}, now a ${kinds(a)} of a type that cannot be called); calls to it no longer compile.`,
    });
    return;
  }
  const valueLost = lost.some((d) => VALUE_KINDS.has(d.kind)) && !a.decls.some((d) => VALUE_KINDS.has(d.kind));
  const typeLost = lost.some((d) => TYPE_KINDS.has(d.kind)) && !a.decls.some((d) => TYPE_KINDS.has(d.kind));
  if (valueLost || typeLost) {
    const what = valueLost ? "a value" : "a type";
    emit(ctx, {
      rule: scope.nested ? tsRules["ts/namespace-member-removed"] : tsRules["ts/export-removed"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` is no longer ${what} (was ${kinds(b)}, now ${kinds(a)}); code using it that way no longer compiles.`,
    });
  } else {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
      severity: "warning",
      line: a.line,
      symbol,
      message: `\`${symbol}\` changed kind from ${kinds(b)} to ${kinds(a)}; check its uses still compile.`,
    });
  }
}

function isObjectLike(d: Decl): d is InterfaceDecl | TypeAliasDecl {
  return d.kind === "interface" || d.kind === "type";
}

type DeclScope = Scope & { symbol: string; name: string };

function compareDecl(b: Decl, a: Decl, ctx: CompareContext, scope: DeclScope): void {
  const { symbol } = scope;
  const typeParams = (x: Decl) => ("typeParams" in x ? x.typeParams : []);
  compareTypeParams(typeParams(b), typeParams(a), (rule, message, question) =>
    emit(ctx, { rule, line: a.line, symbol, message: `\`${symbol}\`: ${message}`, question }),
  );
  if (b.kind === "function" && a.kind === "function")
    return compareOverloads(b.signatures, a.signatures, ctx, { symbol, role: "function" });
  if (b.kind === "class" && a.kind === "class") return compareClass(b, a, ctx, symbol);
  if (b.kind === "enum" && a.kind === "enum") return compareEnum(b, a, ctx, symbol);
  if (isObjectLike(b) && isObjectLike(a)) return compareObjectLike(b, a, ctx, scope);
  if (b.kind === "variable" && a.kind === "variable" && b.type && a.type && b.type.key !== a.type.key) {
    const direction = b.isConst ? "out" : "both";
    const reason = b.isConst ? `consumers read \`${symbol}\`` : `consumers read \`${symbol}\` and may assign it`;
    return emit(ctx, {
      rule: tsRules["ts/property-type-changed"],
      line: a.line,
      symbol,
      message: `Exported ${b.isConst ? "constant" : "variable"} \`${symbol}\` changed type from \`${b.type.text}\` to \`${a.type.text}\`.`,
      question: { before: b.type, after: a.type, direction, reason },
    });
  }
  // A namespace's members are exports of their own (see api-surface.ts): nothing to compare here.
  if (b.kind === "alias" && a.kind === "alias" && b.target !== a.target) {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
      severity: "warning",
      line: a.line,
      symbol,
      message: `\`${symbol}\` is now re-exported from \`${a.target}\` instead of \`${b.target}\`; check the two are the same API.`,
    });
  }
}

function compareObjectLike(
  b: InterfaceDecl | TypeAliasDecl,
  a: InterfaceDecl | TypeAliasDecl,
  ctx: CompareContext,
  scope: DeclScope,
): void {
  const bm = b.kind === "interface" ? b.members : b.members;
  const am = a.kind === "interface" ? a.members : a.members;
  if (bm && am) return compareMembers(bm, am, ctx, { symbol: scope.symbol, kind: "interface", usage: ctx.usage });
  if (b.kind === "type" && a.kind === "type" && b.type.key !== a.type.key) {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
      severity: "warning",
      line: a.line,
      symbol: scope.symbol,
      message: `Type alias \`${scope.symbol}\` changed from \`${b.type.text}\` to \`${a.type.text}\`.`,
      question: { before: b.type, after: a.type, direction: ctx.usage.direction, reason: ctx.usage.reason },
    });
  } else if (b.kind !== a.kind) {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
      severity: "warning",
      line: a.line,
      symbol: scope.symbol,
      message: `\`${scope.symbol}\` changed from ${b.kind === "type" ? "a type alias" : "an interface"} to ${a.kind === "type" ? "a type alias" : "an interface"} whose shape could not be compared member by member.`,
    });
  }
}

function compareClass(b: ClassDecl, a: ClassDecl, ctx: CompareContext, symbol: string): void {
  if (!b.abstract && a.abstract) {
    emit(ctx, {
      rule: tsRules["ts/constructor-changed"],
      line: a.line,
      symbol: `${symbol}.constructor`,
      message: `Class \`${symbol}\` became abstract; \`new ${symbol}()\` no longer compiles.`,
    });
  }
  // Own constructors, else the base's, else the implicit `()`: what `new X(…)` accepts.
  const bc = b.ctors.length ? b.ctors : ctx.ctors("before", b.line);
  const ac = a.ctors.length ? a.ctors : ctx.ctors("after", a.line);
  if (bc && ac) compareOverloads(bc, ac, ctx, { symbol: `${symbol}.constructor`, role: "constructor" });
  compareMembers(b.members, a.members, ctx, {
    symbol,
    kind: "class",
    usage: { direction: "both", reason: `consumers use instances of \`${symbol}\``, unknown: false },
  });
}

function compareEnum(b: EnumDecl, a: EnumDecl, ctx: CompareContext, symbol: string): void {
  for (const [name, bm] of b.members) {
    const am = a.members.get(name);
    const s = child(symbol, name);
    if (!am)
      emit(ctx, {
        rule: tsRules["ts/enum-member-removed"],
        line: bm.line,
        symbol: s,
        message: `Enum member \`${s}\` was removed; code using it no longer compiles.`,
      });
    else if (am.value !== bm.value) {
      emit(ctx, {
        rule: tsRules["ts/enum-value-changed"],
        line: am.line,
        symbol: s,
        message: `Enum member \`${s}\` changed value from \`${bm.value}\` to \`${am.value}\`; stored or sent values now mean something else.`,
      });
    }
  }
}
