import ts from "./typescript.cjs";
import { membersOf } from "./parse-members.js";
import { signatureOf } from "./parse-signature.js";
import type { Member, Signature } from "./model.js";

/** A member of a class or interface as users see it: declared on the type or inherited. */
export interface SeenMember {
  member: Member;
  /** The base that declares it, when inherited. */
  via?: string;
  /** Inherited through a generic base: its type is written in the base's type parameters. */
  generic?: boolean;
}

/** Every member users see on the type, by key (`static:` prefixed for statics). */
export type MemberTable = Map<string, SeenMember>;

/** One version of a class or interface, as the checker resolves it. */
export interface Owner {
  symbol: ts.Symbol;
  /** Declarations of this version (the other side's merge partners left out). */
  inPackage: (d: ts.Node) => boolean;
}

/**
 * The members users see on a class or interface: its own (already read) plus those the checker
 * finds inherited through `extends`, wherever the base is declared (another file, a namespace,
 * an import). Members of bases outside the package are present but carry no model, so they are
 * never reported removed while still inherited.
 */
export function memberTable(checker: ts.TypeChecker, owner: Owner, own: Map<string, Member>): MemberTable {
  const table: MemberTable = new Map();
  for (const [key, member] of own) table.set(key, { member });
  const isClass = (owner.symbol.flags & ts.SymbolFlags.Class) !== 0;
  const sides: Array<[ts.Type, string]> = [[checker.getDeclaredTypeOfSymbol(owner.symbol), ""]];
  if (isClass) sides.push([checker.getTypeOfSymbol(owner.symbol), "static:"]);
  const ownDecls = new Set(owner.symbol.declarations ?? []);
  for (const [type, prefix] of sides) {
    for (const prop of checker.getPropertiesOfType(type)) {
      if (prefix && prop.name === "prototype") continue;
      const decls = (prop.declarations ?? []).filter((d) => !ownDecls.has(declaringType(d) as ts.Declaration));
      if (!decls.length) continue;
      const base = declaringType(decls[0]!);
      const via =
        base && (ts.isClassLike(base) || ts.isInterfaceDeclaration(base)) ? (base.name?.text ?? "base") : "base";
      const generic =
        base !== undefined &&
        (ts.isClassLike(base) || ts.isInterfaceDeclaration(base)) &&
        (base.typeParameters?.length ?? 0) > 0;
      const modelled = decls
        .filter(owner.inPackage)
        .map((d) => (ts.isParameter(d) ? d.parent : d))
        .filter(isMemberNode);
      for (const d of modelled) {
        for (const [key, member] of membersOf([d], d.getSourceFile(), () => {}))
          if (!table.has(key)) table.set(key, { member, via, generic });
      }
      if (!modelled.length) {
        const key = `${prefix}${prop.name}`;
        if (!table.has(key)) table.set(key, { member: externalMember(prop.name, Boolean(prefix)), via, generic: true });
      }
    }
  }
  return table;
}

/** Names of every base of a class or interface, transitively. */
export function baseNames(checker: ts.TypeChecker, symbol: ts.Symbol): Set<string> {
  const out = new Set<string>();
  const walk = (type: ts.Type, depth: number) => {
    if (depth > 10 || !(type.flags & ts.TypeFlags.Object)) return;
    const target = (type as ts.TypeReference).target ?? type;
    if (
      !(target as ts.InterfaceType).objectFlags ||
      !((target as ts.ObjectType).objectFlags & ts.ObjectFlags.ClassOrInterface)
    )
      return;
    for (const base of checker.getBaseTypes(target as ts.InterfaceType)) {
      const name = base.symbol?.name;
      if (name) out.add(name);
      walk(base, depth + 1);
    }
  };
  walk(checker.getDeclaredTypeOfSymbol(symbol), 0);
  return out;
}

/**
 * The constructors `new X(…)` accepts: declared, inherited from a base, or the implicit `()`.
 * Undefined when one comes from a base outside the package (its parameters are unknown here).
 */
export function effectiveCtors(checker: ts.TypeChecker, owner: Owner, line: number): Signature[] | undefined {
  const type = checker.getTypeOfSymbol(owner.symbol);
  const out: Signature[] = [];
  for (const sig of checker.getSignaturesOfType(type, ts.SignatureKind.Construct)) {
    const d = sig.getDeclaration() as ts.SignatureDeclaration | undefined;
    if (!d) {
      out.push({ typeParams: [], params: [], line, text: "||", visibility: "public" });
      continue;
    }
    if (!ts.isConstructorDeclaration(d) || !owner.inPackage(d)) return undefined;
    out.push({ ...signatureOf(d, d.getSourceFile()), line: ownLine(d, owner, line) });
  }
  return out;
}

function ownLine(d: ts.Node, owner: Owner, line: number): number {
  return (owner.symbol.declarations ?? []).includes(d.parent as ts.Declaration)
    ? d.getSourceFile().getLineAndCharacterOfPosition(d.getStart()).line + 1
    : line;
}

/** The class, interface or type literal a member (or constructor parameter property) belongs to. */
function declaringType(d: ts.Node): ts.Node | undefined {
  for (let n: ts.Node | undefined = d.parent; n; n = n.parent)
    if (ts.isClassLike(n) || ts.isInterfaceDeclaration(n) || ts.isTypeLiteralNode(n)) return n;
  return undefined;
}

function isMemberNode(d: ts.Node): d is ts.ClassElement | ts.TypeElement {
  return ts.isClassElement(d) || ts.isTypeElement(d);
}

function externalMember(name: string, isStatic: boolean): Member {
  return {
    key: isStatic ? `static:${name}` : name,
    name,
    kind: "property",
    signatures: [],
    optional: false,
    readonly: false,
    isStatic,
    visibility: "public",
    line: 0,
  };
}
