import ts from "./typescript.cjs";
import { resolve, type ApiNode } from "./api-surface.js";
import { child } from "./compare-context.js";

/** Consumers receive values of the type (return values, properties of what the library hands out). */
export const OUT = 1;
/** Consumers supply values of the type (parameters, options, callbacks and objects they implement). */
export const IN = 2;
/**
 * Consumers may supply values of the type only by assigning a mutable property of an object the
 * library made (`instance.interceptors = …`), usually with another object the library made. It
 * counts as {@link IN} everywhere except for members added to the type (see `assignedOnly`).
 */
const ASSIGNED = 4;

/** How consumers use each declaration the API reaches, with the first use found each way. */
export interface Variance {
  /** OUT | IN bits; 0 when no exported value uses the declaration (consumers may do either). */
  polarity: (symbol: ts.Symbol) => number;
  /**
   * True when the only way consumers supply the type is assigning a mutable property of an object
   * the library made: they do not otherwise build its objects (semver-ts: not user-constructible).
   */
  assignedOnly: (symbol: ts.Symbol) => boolean;
  /** A description of the first use found in that direction (`parameter \`config\` of \`request()\``). */
  use: (symbol: ts.Symbol, bit: number) => string | undefined;
  /** Every declaration of the package the API reaches, exported or not. */
  reachable: Set<ts.Symbol>;
  /**
   * The types a declaration is a base of, when that is its only use: a change to it matters
   * only as far as it changes them. Undefined when something uses it directly.
   */
  throughDerived: (symbol: ts.Symbol) => ts.Symbol[] | undefined;
  /**
   * True for an interface whose objects consumers get from a constructor the library hands out
   * (`new (name?: string) => Command`, the pre-`class` pattern): they do not write them as literals.
   */
  constructed: (symbol: ts.Symbol) => boolean;
}

/** What a function's parameters are: received by whoever writes it, supplied by whoever calls it. */
const flip = (p: number) => (p & OUT ? IN : 0) | (p & (IN | ASSIGNED) ? OUT : 0);

/**
 * Classifies every declaration the API reaches by variance of use. Exported values are handed
 * to consumers (OUT): a function's parameters are then supplied by them (IN) and its return value
 * received (OUT); a callback's parameters flip again. Types follow where they are used:
 * properties keep their owner's polarity, `extends` passes it to the base, type arguments keep it.
 * Types no exported value reaches stay 0 (unknown: consumers may both build and read them), but
 * their members' types are classified as if consumers received them.
 * Names are resolved with the checker, so this follows imports, re-exports, namespaces and files.
 */
export function varianceOf(
  checker: ts.TypeChecker,
  api: Iterable<ApiNode>,
  inPackage: (d: ts.Node) => boolean,
  checkBudget: (units?: number) => void,
): Variance {
  const bits = new Map<ts.Symbol, number>();
  const uses = new Map<ts.Symbol, { [bit: number]: string }>();
  const reachable = new Set<ts.Symbol>();
  const direct = new Map<ts.Symbol, number>();
  const derivedOf = new Map<ts.Symbol, Set<ts.Symbol>>();
  const constructed = new Set<ts.Symbol>();
  // A declaration is walked again for each polarity it gains: resolve each name once.
  const resolved = new Map<ts.Node, ts.Symbol | undefined>();
  const symbolAt = (n: ts.Node): ts.Symbol | undefined => {
    if (!resolved.has(n)) resolved.set(n, checker.getSymbolAtLocation(n));
    return resolved.get(n);
  };

  const visitSymbol = (raw: ts.Symbol, pol: number, via: string, derived?: ts.Symbol): void => {
    const symbol = resolve(checker, raw);
    const decls = (symbol.declarations ?? []).filter(inPackage);
    if (!decls.length) return;
    if (derived) derivedOf.set(symbol, (derivedOf.get(symbol) ?? new Set()).add(derived));
    else if (pol) direct.set(symbol, (direct.get(symbol) ?? 0) | pol);
    const had = bits.get(symbol);
    if (had !== undefined && (had & pol) === pol) return;
    checkBudget();
    bits.set(symbol, (had ?? 0) | pol);
    reachable.add(symbol);
    const u = uses.get(symbol) ?? {};
    for (const bit of [OUT, IN, ASSIGNED]) if (pol & bit && !((had ?? 0) & bit)) u[bit] ??= via;
    uses.set(symbol, u);
    for (const d of decls) visitDecl(d, pol, via);
  };

  // Declarations walked with a polarity: walking one again with none finds only symbols the
  // first walk reached (each visited, so its bits are set), a no-op the reachability pass skips.
  const walked = new Set<ts.Node>();
  const visitDecl = (d: ts.Node, pol: number, via: string): void => {
    if (pol) walked.add(d);
    if (ts.isFunctionLike(d) && !ts.isIndexSignatureDeclaration(d)) return visitSignature(d, pol, via);
    if (ts.isClassLike(d) || ts.isInterfaceDeclaration(d)) {
      const self = d.name ? checker.getSymbolAtLocation(d.name) : undefined;
      for (const clause of d.heritageClauses ?? [])
        for (const t of clause.types) visitBase(t, pol, `${via}, as a base of \`${nameOf(d)}\``, self);
      for (const m of d.members as ts.NodeArray<ts.Node>) visitMember(m, memberPolarity(d, m, pol), via, nameOf(d));
      return;
    }
    if (ts.isTypeAliasDeclaration(d)) return visitType(d.type, pol, via);
    if (ts.isVariableDeclaration(d)) {
      const mutable = !(ts.getCombinedNodeFlags(d) & ts.NodeFlags.Const);
      return visitType(d.type, mutable ? pol | flip(pol) : pol, via);
    }
    if (ts.isPropertySignature(d) || ts.isPropertyDeclaration(d)) return visitType(d.type, pol, via);
  };

  const visitMember = (m: ts.Node, pol: number, via: string, owner: string): void => {
    if (ts.isConstructorDeclaration(m)) return visitSignature(m, pol, `new ${owner}()`);
    // Where consumers may first assign: the use names the property.
    if ((ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) && pol & ASSIGNED && pol !== ASSIGNED) {
      visitType(m.type, pol & ~ASSIGNED, via);
      return visitType(m.type, ASSIGNED, `assigning \`${child(owner, nameText(m.name))}\``);
    }
    if (ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) return visitType(m.type, pol, via);
    if (ts.isIndexSignatureDeclaration(m)) return visitType(m.type, pol, via);
    if (ts.isFunctionLike(m)) {
      const name = m.name ? `${owner ? `${owner}.` : ""}${nameText(m.name)}()` : `${owner}()`;
      return visitSignature(m, pol, name);
    }
  };

  const visitSignature = (s: ts.SignatureDeclaration, pol: number, label: string): void => {
    const callee = label.endsWith("()") ? label : s.name ? `${nameText(s.name)}()` : label;
    const named = callee.endsWith("()");
    // A function consumers write (a callback, a method of a type they implement) gets its
    // parameters from the library and hands its return value to it.
    const written = pol !== 0 && !(pol & OUT);
    if ((ts.isConstructorTypeNode(s) || ts.isConstructSignatureDeclaration(s)) && pol & OUT && s.type) {
      const made = ts.isTypeReferenceNode(s.type) ? s.type.typeName : undefined;
      const symbol = made && symbolAt(ts.isQualifiedName(made) ? made.right : made);
      if (symbol) constructed.add(resolve(checker, symbol));
    }
    for (const p of s.parameters) {
      const name = ts.isIdentifier(p.name) ? p.name.text : "…";
      if (name === "this") continue;
      const via = !named
        ? label
        : written
          ? `parameter \`${name}\` of the \`${callee}\` consumers write`
          : `parameter \`${name}\` of \`${callee}\``;
      if (ts.isSetAccessor(s)) visitType(p.type, flip(pol), label);
      else visitType(p.type, flip(pol), via);
    }
    const returns = !named
      ? label
      : written
        ? `what the \`${callee}\` consumers write returns`
        : `the return value of \`${callee}\``;
    if (ts.isGetAccessor(s)) visitType(s.type, pol, label);
    else visitType(s.type, pol, returns);
  };

  const visitBase = (t: ts.ExpressionWithTypeArguments, pol: number, via: string, derived?: ts.Symbol): void => {
    const at = ts.isPropertyAccessExpression(t.expression) ? t.expression.name : t.expression;
    const symbol = symbolAt(at);
    if (symbol) visitSymbol(symbol, pol, via, derived);
    for (const arg of t.typeArguments ?? []) visitType(arg, pol, via);
  };

  const visitType = (node: ts.Node | undefined, pol: number, via: string): void => {
    if (!node) return;
    if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node)) {
      const name = ts.isTypeReferenceNode(node) ? node.typeName : node.expression;
      const at = ts.isQualifiedName(name) ? name.right : ts.isPropertyAccessExpression(name) ? name.name : name;
      const symbol = symbolAt(at);
      if (symbol && !(symbol.flags & ts.SymbolFlags.TypeParameter)) visitSymbol(symbol, pol, via);
      for (const arg of node.typeArguments ?? []) visitType(arg, pol, via);
      return;
    }
    if (ts.isTypeQueryNode(node)) {
      const at = ts.isQualifiedName(node.exprName) ? node.exprName.right : node.exprName;
      const symbol = symbolAt(at);
      if (symbol) visitSymbol(symbol, pol, via);
      return;
    }
    if (ts.isImportTypeNode(node) && node.qualifier) {
      const at = ts.isQualifiedName(node.qualifier) ? node.qualifier.right : node.qualifier;
      const symbol = symbolAt(at);
      if (symbol) visitSymbol(symbol, pol, via);
      for (const arg of node.typeArguments ?? []) visitType(arg, pol, via);
      return;
    }
    if (ts.isFunctionTypeNode(node) || ts.isConstructorTypeNode(node)) return visitSignature(node, pol, via);
    if (ts.isTypeLiteralNode(node)) {
      for (const m of node.members) visitMember(m, pol, via, "");
      return;
    }
    ts.forEachChild(node, (child) => visitType(child, pol, via));
  };

  // 1. what exported values hand out, with polarity; 2. everything the API names, for reachability
  const nodes = [...api];
  for (const node of nodes) {
    const values = node.declarations.filter(isValueDeclaration);
    if (!values.length) continue;
    bits.set(node.symbol, (bits.get(node.symbol) ?? 0) | OUT);
    direct.set(node.symbol, (direct.get(node.symbol) ?? 0) | OUT);
    reachable.add(node.symbol);
    const label = node.path.join(".");
    for (const d of values) {
      if (ts.isFunctionDeclaration(d)) {
        walked.add(d);
        visitSignature(d, OUT, `${label}()`);
      } else visitDecl(d, OUT, `\`${label}\``);
    }
  }
  // An exported type no value reaches: consumers hold objects of it and call them, so what its
  // members take and return flows as for a received value (what a mutable property holds flows
  // both ways: whoever holds the object may assign it); the type itself stays unknown.
  for (const node of nodes) {
    reachable.add(node.symbol);
    const label = node.path.join(".");
    for (const d of node.declarations) {
      if (!bits.get(node.symbol)) {
        const members = ts.isClassLike(d) || ts.isInterfaceDeclaration(d) ? d.members : undefined;
        const literal = ts.isTypeAliasDeclaration(d) && ts.isTypeLiteralNode(d.type) ? d.type.members : undefined;
        for (const m of (members ?? literal ?? []) as ts.NodeArray<ts.Node>) {
          // Whoever builds it may also assign its mutable properties.
          const pol = isMutableProperty(m) ? OUT | IN : OUT;
          visitMember(m, pol, `\`${label}\``, label);
        }
      }
      if (!walked.has(d)) visitDecl(d, 0, `\`${label}\``);
    }
  }
  return {
    polarity: (s) => {
      const b = bits.get(s) ?? 0;
      return (b & (OUT | IN)) | (b & ASSIGNED ? IN : 0);
    },
    assignedOnly: (s) => ((bits.get(s) ?? 0) & (IN | ASSIGNED)) === ASSIGNED,
    use: (s, bit) => uses.get(s)?.[bit] ?? (bit === IN ? uses.get(s)?.[ASSIGNED] : undefined),
    reachable,
    constructed: (s) => constructed.has(s),
    throughDerived: (s) => (direct.get(s) || !derivedOf.has(s) ? undefined : [...derivedOf.get(s)!]),
  };
}

/**
 * Consumers get a class's objects from `new`, even where they pass them back in: they call its
 * methods and read its properties (and may assign the mutable ones), they do not write its methods —
 * except the abstract ones a subclass must. An interface's members keep the interface's polarity.
 */
function memberPolarity(owner: ts.ClassLikeDeclaration | ts.InterfaceDeclaration, m: ts.Node, pol: number): number {
  if (!ts.isClassLike(owner) || !pol) return pol;
  if (ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Abstract) return pol;
  return isMutableProperty(m) ? OUT | ASSIGNED : OUT;
}

function isMutableProperty(m: ts.Node): boolean {
  return (
    (ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) &&
    !(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Readonly)
  );
}

function isValueDeclaration(d: ts.Declaration): boolean {
  return ts.isFunctionDeclaration(d) || ts.isClassDeclaration(d) || ts.isVariableDeclaration(d);
}

/** A member's name as written; an identifier's without re-scanning the source for its start. */
function nameText(name: ts.PropertyName): string {
  return ts.isIdentifier(name) || ts.isPrivateIdentifier(name) ? name.text : name.getText();
}

function nameOf(d: ts.ClassLikeDeclaration | ts.InterfaceDeclaration): string {
  return d.name?.text ?? "default";
}
