import ts from "./typescript.cjs";
import { canonical } from "./type-param-scope.js";
import type { TypeRef } from "./model.js";

const printer = ts.createPrinter({ removeComments: true });
const SIMPLE = /^[\w$.<>[\],\s]*$/;

/**
 * Normalized printed text of a type node: comments and layout dropped, union and intersection
 * members sorted (their order has no meaning), whitespace collapsed. The common shapes (names,
 * generics, arrays, unions, literals) are built directly; the rest goes through the compiler's
 * printer, which is exact but costs a transform per node on large files.
 */
export function normalizeType(node: ts.Node, sf: ts.SourceFile): string {
  if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) {
    const parts = node.types.map((t) => normalizeType(t, sf)).sort();
    return parts.join(ts.isUnionTypeNode(node) ? " | " : " & ");
  }
  if (ts.isTypeReferenceNode(node) && node.typeArguments) {
    // Array<T> is T[] and ReadonlyArray<T> is readonly T[]: one spelling for both.
    const name = node.typeName.getText(sf);
    if ((name === "Array" || name === "ReadonlyArray") && node.typeArguments.length === 1) {
      const element = normalizeType(node.typeArguments[0]!, sf);
      const wrapped = element.includes(" ") ? `(${element})` : element;
      return `${name === "ReadonlyArray" ? "readonly " : ""}${wrapped}[]`;
    }
    return `${node.typeName.getText(sf)}<${node.typeArguments.map((t) => normalizeType(t, sf)).join(", ")}>`;
  }
  if (ts.isArrayTypeNode(node)) return `${normalizeType(node.elementType, sf)}[]`;
  if (ts.isParenthesizedTypeNode(node)) return `(${normalizeType(node.type, sf)})`;
  if (ts.isTypeOperatorNode(node)) return `${ts.tokenToString(node.operator)} ${normalizeType(node.type, sf)}`;
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return JSON.stringify(node.literal.text);
  const raw = node.getText(sf);
  if (SIMPLE.test(raw) && !/\w\s+\w/.test(raw)) return raw.replace(/\s+/g, "").replace(/,/g, ", ");
  return printed(node, sf);
}

function printed(node: ts.Node, sf: ts.SourceFile): string {
  const raw = node.getText(sf);
  const target = raw.includes("|") || raw.includes("&") ? sortUnions(node, sf) : node;
  return printer.printNode(ts.EmitHint.Unspecified, target, sf).replace(/\s+/g, " ").replace(/;\s*}/g, " }").trim();
}

/** The type as data: normalized text, referenced names and the node's span. */
export function typeRef(node: ts.TypeNode | ts.Expression, sf: ts.SourceFile): TypeRef {
  const refs: string[] = [];
  const walk = (n: ts.Node): void => {
    if (ts.isTypeReferenceNode(n)) refs.push(leftmost(n.typeName));
    else if (ts.isExpressionWithTypeArguments(n) && ts.isIdentifier(n.expression)) refs.push(n.expression.text);
    ts.forEachChild(n, walk);
  };
  walk(node);
  const text = normalizeType(node, sf);
  return { text, key: canonical(text), refs, file: sf.fileName, pos: node.getStart(sf), end: node.end };
}

function leftmost(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : leftmost(name.left);
}

function sortUnions(node: ts.Node, sf: ts.SourceFile): ts.Node {
  const result = ts.transform(node, [
    (context) => {
      const visit = (n: ts.Node): ts.Node => {
        const v = ts.visitEachChild(n, visit, context);
        if (ts.isUnionTypeNode(v)) return context.factory.updateUnionTypeNode(v, sortedTypes(v.types, sf));
        if (ts.isIntersectionTypeNode(v))
          return context.factory.updateIntersectionTypeNode(v, sortedTypes(v.types, sf));
        return v;
      };
      return (root) => visit(root);
    },
  ]);
  const out = result.transformed[0]!;
  result.dispose();
  return out;
}

function sortedTypes(types: ts.NodeArray<ts.TypeNode>, sf: ts.SourceFile): ts.NodeArray<ts.TypeNode> {
  const keyed = types.map((t) => ({ t, k: printer.printNode(ts.EmitHint.Unspecified, t, sf) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return ts.factory.createNodeArray(keyed.map((x) => x.t));
}
