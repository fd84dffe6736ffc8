import { tsRules } from "./rule-specs.js";
import { child, emit, type CompareContext } from "./compare-context.js";
import { compareMembers } from "./compare-members.js";
import { compareOverloads, compareTypeParams } from "./compare-signatures.js";
import type { ClassDecl, Decl, EnumDecl, Entry, Signature, Surface, TypeAliasDecl, InterfaceDecl } from "./model.js";

/** Names a star re-export provides, when its target is known on that side. */
export type StarResolver = (side: "before" | "after", module: string) => string[] | undefined;

interface Scope {
  prefix: string;
  nested: boolean;
  resolveStar: StarResolver;
}

/** Compares two exported surfaces: removed exports, removed star re-exports, changed entries. */
export function compareSurfaces(b: Surface, a: Surface, ctx: CompareContext, scope: Scope): void {
  for (const [name, be] of b.exports) {
    ctx.checkBudget();
    const ae = a.exports.get(name);
    if (ae) compareEntry(be, ae, ctx, scope);
    else if (!providedByStar(name, a, scope)) removed(name, be.line, ctx, scope);
  }
  const afterStars = new Set(a.stars.map((s) => s.module));
  for (const star of b.stars) {
    if (afterStars.has(star.module)) continue;
    const names = scope.resolveStar("before", star.module);
    if (!names) {
      emit(ctx, {
        rule: tsRules["ts/export-removed"],
        line: star.line,
        symbol: `* from "${star.module}"`,
        message: `\`export * from "${star.module}"\` was removed; everything it re-exported is no longer exported.`,
      });
      continue;
    }
    for (const name of names) {
      if (!a.exports.has(name) && !providedByStar(name, a, scope)) {
        emit(ctx, {
          rule: tsRules["ts/export-removed"],
          line: star.line,
          symbol: child(scope.prefix, name),
          message: `\`${name}\` is no longer exported: \`export * from "${star.module}"\` was removed.`,
        });
      }
    }
  }
}

function providedByStar(name: string, a: Surface, scope: Scope): boolean {
  return a.stars.some((s) => scope.resolveStar("after", s.module)?.includes(name));
}

function removed(name: string, line: number, ctx: CompareContext, scope: Scope): void {
  const symbol = child(scope.prefix, name);
  if (name === "default" || name === "export=") {
    emit(ctx, {
      rule: tsRules["ts/default-export-changed"],
      line,
      symbol,
      message: `The ${name === "default" ? "default export" : "`export =`"} was removed; imports of it fail.`,
    });
  } else if (scope.nested) {
    emit(ctx, {
      rule: tsRules["ts/namespace-member-removed"],
      line,
      symbol,
      message: `\`${symbol}\` was removed from namespace \`${scope.prefix}\`; code using it no longer compiles.`,
    });
  } else {
    emit(ctx, {
      rule: tsRules["ts/export-removed"],
      line,
      symbol,
      message: `\`${name}\` is no longer exported; imports of it fail.`,
    });
  }
}

const VALUE_KINDS = new Set<Decl["kind"]>(["function", "class", "enum", "variable", "namespace", "alias"]);
const TYPE_KINDS = new Set<Decl["kind"]>(["class", "interface", "enum", "type", "alias"]);
const kinds = (e: Entry) => e.decls.map((d) => d.kind).join(" + ") || "unknown";

function compareEntry(b: Entry, a: Entry, ctx: CompareContext, scope: Scope): void {
  // `export default Client` / `export = Client`: members read as `Client.x`, not `default.x`.
  const symbol = child(scope.prefix, b.target && b.target === a.target ? b.target : b.name);
  if (b.name === "default" || b.name === "export=") {
    const what = b.name === "default" ? "default export" : "`export =`";
    if (b.target !== a.target || kinds(b) !== kinds(a)) {
      const from = b.target ? `\`${b.target}\`` : `a ${kinds(b)}`;
      const to = a.target ? `\`${a.target}\`` : `a ${kinds(a)}`;
      emit(ctx, {
        rule: tsRules["ts/default-export-changed"],
        line: a.line,
        symbol,
        message: `The ${what} changed from ${from} to ${to}.`,
      });
      return;
    }
  }
  const lost: Decl[] = [];
  for (const bd of b.decls) {
    const ad = a.decls.find((d) => d.kind === bd.kind) ?? a.decls.find((d) => isObjectLike(d) && isObjectLike(bd));
    if (ad) compareDecl(bd, ad, ctx, { ...scope, symbol, name: b.name });
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
    return emit(ctx, {
      rule: tsRules["ts/property-type-changed"],
      line: a.line,
      symbol,
      message: `Exported ${b.isConst ? "constant" : "variable"} \`${symbol}\` changed type from \`${b.type.text}\` to \`${a.type.text}\`.`,
      question: { before: b.type, after: a.type, direction },
    });
  }
  if (b.kind === "namespace" && a.kind === "namespace")
    return compareSurfaces(b.surface, a.surface, ctx, { ...scope, prefix: symbol, nested: true });
  if (b.kind === "alias" && a.kind === "alias" && b.target !== a.target) {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
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
  if (bm && am)
    return compareMembers(bm, am, ctx, {
      symbol: scope.symbol,
      kind: "interface",
      direction: ctx.usageOf(scope.name),
      heritage: a.kind === "interface" ? a.heritage : [],
      heritageBefore: b.kind === "interface" ? b.heritage : [],
    });
  if (b.kind === "type" && a.kind === "type" && b.type.key !== a.type.key) {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
      line: a.line,
      symbol: scope.symbol,
      message: `Type alias \`${scope.symbol}\` changed from \`${b.type.text}\` to \`${a.type.text}\`.`,
      question: { before: b.type, after: a.type, direction: "both" },
    });
  } else if (b.kind !== a.kind) {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
      line: a.line,
      symbol: scope.symbol,
      message: `\`${scope.symbol}\` changed from ${b.kind === "type" ? "a type alias" : "an interface"} to ${a.kind === "type" ? "a type alias" : "an interface"} whose shape could not be compared member by member.`,
    });
  }
}

const IMPLICIT_CTOR: Signature = { typeParams: [], params: [], line: 0, text: "||", visibility: "public" };

function compareClass(b: ClassDecl, a: ClassDecl, ctx: CompareContext, symbol: string): void {
  if (!b.abstract && a.abstract) {
    emit(ctx, {
      rule: tsRules["ts/constructor-changed"],
      line: a.line,
      symbol: `${symbol}.constructor`,
      message: `Class \`${symbol}\` became abstract; \`new ${symbol}()\` no longer compiles.`,
    });
  }
  // A class without a constructor has an implicit `()` one, unless it inherits its base's.
  const implicit = (own: Signature[], inherited: Signature[] | undefined, extendsOther: boolean, line: number) => {
    if (own.length) return own;
    const base = extendsOther ? inherited : [];
    return base && base.length ? base.map((s) => ({ ...s, line })) : base ? [{ ...IMPLICIT_CTOR, line }] : undefined;
  };
  const bc = implicit(b.ctors, ctx.inheritedCtors.before(b.heritage), b.extendsOther, b.line);
  const ac = implicit(a.ctors, ctx.inheritedCtors.after(a.heritage), a.extendsOther, a.line);
  if (bc && ac) compareOverloads(bc, ac, ctx, { symbol: `${symbol}.constructor`, role: "constructor" });
  compareMembers(b.members, a.members, ctx, {
    symbol,
    kind: "class",
    direction: "both",
    heritage: a.heritage,
    heritageBefore: b.heritage,
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
