import ts from "./typescript.cjs";
import { normalizeType, typeRef } from "./print-type.js";
import { literalInitializer, membersOf } from "./parse-members.js";
import { lineOf, signatureOf, typeParamNames, typeParamsOf } from "./parse-signature.js";
import { withTypeParams } from "./type-param-scope.js";
import type { ClassDecl, Decl, EnumDecl, Signature } from "./model.js";

/** Turns one declaration statement into model data (namespaces are handled by the caller). */
export function declOf(
  node: ts.Statement | ts.VariableDeclaration,
  sf: ts.SourceFile,
  checkBudget: () => void,
): Decl | undefined {
  const generic =
    ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)
      ? node.typeParameters
      : undefined;
  return withTypeParams(typeParamNames(generic), () => readDecl(node, sf, checkBudget));
}

function readDecl(
  node: ts.Statement | ts.VariableDeclaration,
  sf: ts.SourceFile,
  checkBudget: () => void,
): Decl | undefined {
  const line = lineOf(node, sf);
  if (ts.isFunctionDeclaration(node)) return { kind: "function", signatures: [signatureOf(node, sf)], line };
  if (ts.isClassDeclaration(node)) return classOf(node, sf, checkBudget);
  if (ts.isInterfaceDeclaration(node)) {
    return {
      kind: "interface",
      typeParams: typeParamsOf(node.typeParameters, sf),
      members: membersOf(node.members, sf, checkBudget),
      heritage: heritageOf(node),
      line,
    };
  }
  if (ts.isEnumDeclaration(node)) return enumOf(node, sf);
  if (ts.isTypeAliasDeclaration(node)) {
    const members = ts.isTypeLiteralNode(node.type) ? membersOf(node.type.members, sf, checkBudget) : undefined;
    return {
      kind: "type",
      typeParams: typeParamsOf(node.typeParameters, sf),
      type: typeRef(node.type, sf),
      members,
      line,
    };
  }
  if (ts.isVariableDeclaration(node)) {
    const isConst = (ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const) !== 0;
    const type = node.type ?? literalInitializer(node.initializer);
    return {
      kind: "variable",
      type: type ? typeRef(type, sf) : undefined,
      isConst,
      callable: node.type ? callable(node.type) : type ? false : undefined,
      line,
    };
  }
  return undefined;
}

/** The rightmost names of the `extends` clause (`ns.Base<T>` → `Base`). */
function heritageOf(node: ts.ClassDeclaration | ts.InterfaceDeclaration): string[] {
  const out: string[] = [];
  for (const clause of node.heritageClauses ?? []) {
    if (clause.token !== ts.SyntaxKind.ExtendsKeyword) continue;
    for (const t of clause.types) {
      const e = t.expression;
      if (ts.isIdentifier(e)) out.push(e.text);
      else if (ts.isPropertyAccessExpression(e)) out.push(e.name.text);
    }
  }
  return out;
}

function callable(type: ts.TypeNode): boolean | undefined {
  if (ts.isFunctionTypeNode(type) || ts.isConstructorTypeNode(type)) return true;
  if (ts.isTypeLiteralNode(type)) return type.members.some(ts.isCallSignatureDeclaration) || undefined;
  if (ts.isLiteralTypeNode(type) || ts.isArrayTypeNode(type) || ts.isTupleTypeNode(type)) return false;
  const keywords = [
    ts.SyntaxKind.StringKeyword,
    ts.SyntaxKind.NumberKeyword,
    ts.SyntaxKind.BooleanKeyword,
    ts.SyntaxKind.BigIntKeyword,
    ts.SyntaxKind.SymbolKeyword,
    ts.SyntaxKind.UndefinedKeyword,
    ts.SyntaxKind.NullKeyword,
    ts.SyntaxKind.VoidKeyword,
    ts.SyntaxKind.NeverKeyword,
  ];
  return keywords.includes(type.kind) ? false : undefined;
}

function classOf(node: ts.ClassDeclaration, sf: ts.SourceFile, checkBudget: () => void): ClassDecl {
  const ctorNodes = node.members.filter(ts.isConstructorDeclaration);
  const declared = ctorNodes.length > 1 ? ctorNodes.filter((c) => !c.body) : ctorNodes;
  const ctors: Signature[] = declared.map((c) => signatureOf(c, sf));
  return {
    kind: "class",
    typeParams: typeParamsOf(node.typeParameters, sf),
    members: membersOf(node.members, sf, checkBudget),
    ctors,
    abstract: (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Abstract) !== 0,
    extendsOther: (node.heritageClauses ?? []).some((h) => h.token === ts.SyntaxKind.ExtendsKeyword),
    heritage: heritageOf(node),
    line: lineOf(node, sf),
  };
}

/** Enum members with their values; implicit values are computed the way the compiler does. */
function enumOf(node: ts.EnumDeclaration, sf: ts.SourceFile): EnumDecl {
  const members: EnumDecl["members"] = new Map();
  let previous: string | undefined;
  for (const m of node.members) {
    const name = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText(sf);
    let value: string;
    if (m.initializer) value = normalizeType(m.initializer, sf);
    else if (previous === undefined) value = "0";
    else if (/^-?\d+$/.test(previous)) value = String(Number(previous) + 1);
    else value = `(${previous}) + 1`;
    members.set(name, { value, line: lineOf(m, sf) });
    previous = value;
  }
  return { kind: "enum", members, line: lineOf(node, sf) };
}
