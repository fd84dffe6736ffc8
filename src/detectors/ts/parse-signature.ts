import ts from "./typescript.cjs";
import { normalizeType, typeRef } from "./print-type.js";
import { canonical, withTypeParams } from "./type-param-scope.js";
import type { Param, Signature, TypeParam, Visibility } from "./model.js";

/** 1-based line of a node's first token. */
export function lineOf(node: ts.Node, sf: ts.SourceFile): number {
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
}

export function typeParamsOf(
  list: ts.NodeArray<ts.TypeParameterDeclaration> | undefined,
  sf: ts.SourceFile,
): TypeParam[] {
  return (list ?? []).map((tp) => ({
    name: tp.name.text,
    constraint: tp.constraint ? typeRef(tp.constraint, sf) : undefined,
    defaultKey: tp.default ? canonical(normalizeType(tp.default, sf)) : undefined,
    default: tp.default ? typeRef(tp.default, sf) : undefined,
    hasDefault: tp.default !== undefined,
  }));
}

export function visibilityOf(node: ts.Node): Visibility {
  const flags = ts.getCombinedModifierFlags(node as ts.Declaration);
  if (flags & ts.ModifierFlags.Private) return "private";
  if (flags & ts.ModifierFlags.Protected) return "protected";
  return "public";
}

function paramOf(p: ts.ParameterDeclaration, sf: ts.SourceFile): Param {
  return {
    name: ts.isIdentifier(p.name) ? p.name.text : normalizeType(p.name, sf),
    type: p.type ? typeRef(p.type, sf) : undefined,
    optional: p.questionToken !== undefined || p.initializer !== undefined,
    rest: p.dotDotDotToken !== undefined,
  };
}

/** A call, construct, method or function signature as data. `this` parameters are left out. */
export function signatureOf(node: ts.SignatureDeclarationBase, sf: ts.SourceFile): Signature {
  return withTypeParams(typeParamNames(node.typeParameters), () => readSignature(node, sf));
}

export function typeParamNames(list: ts.NodeArray<ts.TypeParameterDeclaration> | undefined): string[] {
  return (list ?? []).map((tp) => tp.name.text);
}

function readSignature(node: ts.SignatureDeclarationBase, sf: ts.SourceFile): Signature {
  const params = node.parameters
    .filter((p) => !(ts.isIdentifier(p.name) && p.name.text === "this"))
    .map((p) => paramOf(p, sf));
  const typeParams = typeParamsOf(node.typeParameters, sf);
  const returns = node.type ? typeRef(node.type, sf) : undefined;
  const text = [
    typeParams.map((t) => `${canonical(t.name)}:${t.constraint?.key ?? ""}:${t.defaultKey ?? ""}`).join(","),
    params.map((p) => `${p.rest ? "..." : ""}${p.optional ? "?" : ""}${p.type?.key ?? "any"}`).join(","),
    returns?.key ?? "",
  ].join("|");
  const at = { file: sf.fileName, pos: node.getStart(sf), end: node.end };
  return { typeParams, params, returns, line: lineOf(node, sf), text, visibility: visibilityOf(node), at };
}
