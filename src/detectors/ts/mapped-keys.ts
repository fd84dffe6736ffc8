import ts from "./typescript.cjs";
import { resolve, type ApiNode } from "./api-surface.js";
import type { Side, TwoSidedProgram } from "./program.js";

/**
 * Keys added to a module-private alias that serves only as the key set of mapped types
 * (`type Names = "Accept" | "Authorization"` used as `[K in Names]: Value`). Consumers cannot name
 * it, so they meet it only as the properties those mapped types make: each key added is a property
 * added to every type built from it. When the checker resolves each added key to an optional
 * property of each of those types (a `?` modifier, `Partial<…>` around them), the change only adds
 * optional properties, which breaks no consumer whichever way the types are used (semver-ts).
 * Returns the names of the types that gained the keys, and the keys; undefined when any of this
 * does not hold (the alias is compared as usual).
 */
export function keysAddedAsOptional(
  tp: TwoSidedProgram,
  b: ApiNode,
  a: ApiNode,
  checkBudget: (units?: number) => void,
): { keys: string[]; types: string[] } | undefined {
  const { checker } = tp;
  const [bd, ad] = [privateAlias(tp, b), privateAlias(tp, a)];
  if (!bd || !ad) return undefined;
  const [tb, ta] = [checker.getTypeFromTypeNode(bd.type), checker.getTypeFromTypeNode(ad.type)];
  if (!checker.isTypeAssignableTo(tb, ta)) return undefined; // a key was removed
  const added = (ta.isUnion() ? ta.types : [ta]).filter((t) => !checker.isTypeAssignableTo(t, tb));
  const keys = added.map((t) => (t.isStringLiteral() || t.isNumberLiteral() ? String(t.value) : undefined));
  if (!keys.length || keys.some((k) => k === undefined)) return undefined;
  const usesBefore = mappedTypesKeyedBy(tp, "before", b.symbol, checkBudget);
  const usesAfter = mappedTypesKeyedBy(tp, "after", a.symbol, checkBudget);
  if (!usesBefore?.length || !usesAfter?.length) return undefined;
  const types = new Set<string>();
  for (const mapped of usesAfter) {
    const outer = outermostType(mapped);
    const built = checker.getTypeFromTypeNode(outer);
    for (const key of keys) {
      const property = checker.getPropertyOfType(built, key!);
      if (!property || !(property.flags & ts.SymbolFlags.Optional)) return undefined;
    }
    types.add(ownerName(outer));
  }
  return { keys: keys as string[], types: [...types] };
}

/** The alias's one declaration, when it is a non-generic alias a module keeps to itself. */
function privateAlias(tp: TwoSidedProgram, node: ApiNode): ts.TypeAliasDeclaration | undefined {
  const [d, ...more] = node.declarations;
  if (!d || more.length || !ts.isTypeAliasDeclaration(d) || d.typeParameters?.length) return undefined;
  const sf = d.getSourceFile();
  if (tp.scripts.has(sf.fileName) || !ts.isExternalModule(sf) || d.parent !== sf) return undefined;
  // A declaration file without `export {}` (or another explicit export) exports every declaration.
  const file = tp.checker.getSymbolAtLocation(sf);
  if (!file || tp.checker.getExportsOfModule(file).some((e) => resolve(tp.checker, e) === node.symbol))
    return undefined;
  return d;
}

/**
 * Every mapped type of one side's files keyed by the alias (`[K in Alias]`); undefined when the
 * alias is used any other way (as a value's type, inside a union, behind `keyof`…).
 */
function mappedTypesKeyedBy(
  tp: TwoSidedProgram,
  side: Side,
  symbol: ts.Symbol,
  checkBudget: (units?: number) => void,
): ts.MappedTypeNode[] | undefined {
  const { checker } = tp;
  const out: ts.MappedTypeNode[] = [];
  let other = false;
  const visit = (n: ts.Node): void => {
    if (other) return;
    if (ts.isIdentifier(n) && n.text === symbol.name && !ts.isTypeAliasDeclaration(n.parent)) {
      const raw = checker.getSymbolAtLocation(n);
      if (raw && resolve(checker, raw) === symbol) {
        const ref = n.parent;
        const param = ref.parent;
        if (
          ts.isTypeReferenceNode(ref) &&
          param &&
          ts.isTypeParameterDeclaration(param) &&
          param.constraint === ref &&
          ts.isMappedTypeNode(param.parent)
        )
          out.push(param.parent);
        else other = true;
      }
    }
    ts.forEachChild(n, visit);
  };
  for (const sf of tp.program.getSourceFiles()) {
    if (!tp.inSide(sf, side) || !sf.text.includes(symbol.name)) continue;
    checkBudget();
    visit(sf);
  }
  return other ? undefined : out;
}

/** The whole type written around a node (`Partial<Base & { [K in Keys]: V }>`). */
function outermostType(n: ts.TypeNode): ts.TypeNode {
  let t = n;
  while (ts.isTypeNode(t.parent)) t = t.parent;
  return t;
}

/** The declaration a type is written in, by name (`RawAxiosRequestHeaders`, `Options.headers`). */
function ownerName(t: ts.TypeNode): string {
  const names: string[] = [];
  for (let n: ts.Node | undefined = t.parent; n && !ts.isSourceFile(n); n = n.parent) {
    const name = (n as { name?: ts.Node }).name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) names.unshift(name.text);
  }
  return names.join(".") || "an anonymous type";
}
