import ts from "typescript";

/**
 * A type that mentions type parameters, rewritten so the two versions can be related: each
 * type parameter becomes `__P<position>` (its position counted from the outermost declaration
 * inwards, like comparison keys), and every other name is a global from the default library.
 */
export interface GenericForm {
  text: string;
  /** Position → the constraint's text (undefined when unconstrained). */
  params: Map<number, string | undefined>;
}

const REJECT = new Set([
  ts.SyntaxKind.AnyKeyword,
  ts.SyntaxKind.ImportType,
  ts.SyntaxKind.InferType,
  ts.SyntaxKind.MappedType,
  ts.SyntaxKind.TypeQuery,
  ts.SyntaxKind.ThisType,
]);

/** The node as a {@link GenericForm}, or undefined when it names anything but type parameters and library globals. */
export function genericForm(node: ts.TypeNode, sf: ts.SourceFile, checker: ts.TypeChecker): GenericForm | undefined {
  const params = new Map<number, string | undefined>();
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let ok = true;
  const visit = (n: ts.Node, inConstraint: boolean): void => {
    if (!ok) return;
    if (REJECT.has(n.kind)) return void (ok = false);
    if (ts.isTypeReferenceNode(n)) {
      let symbol = checker.getSymbolAtLocation(ts.isQualifiedName(n.typeName) ? n.typeName.right : n.typeName);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const decl = symbol?.declarations?.[0];
      if (!symbol || !decl) return void (ok = false);
      if (symbol.flags & ts.SymbolFlags.TypeParameter) {
        // Constraints naming other type parameters, and parameters bound inside the type itself, are not handled.
        if (inConstraint || !ts.isTypeParameterDeclaration(decl) || (decl.pos >= node.pos && decl.end <= node.end))
          return void (ok = false);
        const at = positionOf(decl);
        const constraint = decl.constraint ? genericForm(decl.constraint, decl.getSourceFile(), checker) : undefined;
        if (decl.constraint && (!constraint || constraint.params.size)) return void (ok = false);
        params.set(at, constraint?.text);
        edits.push({ start: n.typeName.getStart(sf), end: n.typeName.end, text: `__P${at}` });
      } else if (!symbol.declarations!.every((d) => d.getSourceFile().fileName.startsWith("/lib/"))) {
        return void (ok = false); // declared in the package: not visible from the comparison file
      }
    }
    ts.forEachChild(n, (c) => visit(c, inConstraint));
  };
  visit(node, false);
  if (!ok) return undefined;
  const start = node.getStart(sf);
  let text = "";
  let at = start;
  for (const e of edits.sort((x, y) => x.start - y.start)) {
    text += sf.text.slice(at, e.start) + e.text;
    at = e.end;
  }
  text += sf.text.slice(at, node.end);
  return { text, params };
}

/** Position of a type parameter among all those in scope, outermost declaration first. */
function positionOf(decl: ts.TypeParameterDeclaration): number {
  const lists: (readonly ts.TypeParameterDeclaration[])[] = [];
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) {
    const tps = (n as { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> }).typeParameters;
    if (tps?.length) lists.unshift(tps);
  }
  let offset = 0;
  for (const list of lists) {
    const i = list.indexOf(decl);
    if (i >= 0) return offset + i;
    offset += list.length;
  }
  return -1;
}

/**
 * The declaration relating two forms under ONE set of type parameters, so the checker compares
 * `T | undefined` with `T` for the same `T`. Undefined when the two sides constrain a parameter differently.
 */
export function comparisonDeclaration(name: string, b: GenericForm, a: GenericForm): string | undefined {
  const params = new Map(b.params);
  for (const [at, c] of a.params) {
    if (params.has(at) && params.get(at) !== c) return undefined;
    params.set(at, c);
  }
  if ([...params.keys()].some((k) => k < 0)) return undefined;
  const list = [...params]
    .sort(([x], [y]) => x - y)
    .map(([at, c]) => `__P${at}${c === undefined ? "" : ` extends ${c}`}`);
  return `declare function ${name}<${list.join(", ")}>(before: ${b.text}, after: ${a.text}): void;`;
}
