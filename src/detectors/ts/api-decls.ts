import ts from "./typescript.cjs";
import { declOf } from "./parse-decl.js";
import { lineOf } from "./parse-signature.js";
import type { ApiNode } from "./api-surface.js";
import type { Decl, Entry, FunctionDecl, InterfaceDecl } from "./model.js";

/**
 * The text that decides whether a declaration changed: its own declarations (a namespace's body
 * left out: its members are nodes of their own), whatever file they sit in. Equal text on both
 * sides means nothing to compare, so a declaration that only moved is unchanged.
 */
export function declarationText(node: ApiNode): string {
  if (node.external) return node.external;
  const parts: string[] = [];
  for (const d of node.declarations) {
    if (ts.isModuleDeclaration(d) || ts.isSourceFile(d)) continue;
    const statement = ts.isVariableDeclaration(d) ? d.parent.parent : d;
    parts.push(statement.getText());
  }
  return parts.join("\n");
}

/** The model of one side of an API node, declarations merged the way TypeScript merges them. */
export function entryOf(node: ApiNode, checkBudget: (units?: number) => void): Entry {
  const name = node.path[node.path.length - 1]!;
  if (node.external) {
    const [importedName, module] = node.external.split(" from ");
    return {
      name,
      line: 1,
      decls: [
        { kind: "alias", target: node.external, module: module ?? "", importedName: importedName ?? name, line: 1 },
      ],
      target: node.target,
    };
  }
  const decls: Decl[] = [];
  let line: number | undefined;
  let namespaceLine: number | undefined;
  for (const d of node.declarations) {
    checkBudget();
    const decl = declFor(d, d.getSourceFile(), checkBudget);
    if (!decl) continue;
    if (decl.kind === "namespace") namespaceLine ??= decl.line;
    else line ??= decl.line;
    merge(decls, decl);
  }
  return { name, decls, line: line ?? namespaceLine ?? 1, target: node.target };
}

function declFor(d: ts.Declaration, sf: ts.SourceFile, checkBudget: (units?: number) => void): Decl | undefined {
  const line = () => lineOf(d, sf);
  if (ts.isSourceFile(d) || ts.isModuleDeclaration(d)) return { kind: "namespace", line: line() };
  if (ts.isExportAssignment(d)) return { kind: "variable", isConst: true, line: line() };
  if (
    ts.isFunctionDeclaration(d) ||
    ts.isClassDeclaration(d) ||
    ts.isInterfaceDeclaration(d) ||
    ts.isTypeAliasDeclaration(d) ||
    ts.isEnumDeclaration(d) ||
    ts.isVariableDeclaration(d)
  ) {
    // Overloads are declarations of one symbol; an implementation body next to them is not API.
    if (ts.isFunctionDeclaration(d) && d.body && hasOverloadSiblings(d)) return undefined;
    return declOf(d, sf, checkBudget);
  }
  return undefined;
}

function hasOverloadSiblings(fn: ts.FunctionDeclaration): boolean {
  const name = fn.name?.text;
  const parent = fn.parent as ts.SourceFile | ts.ModuleBlock;
  return (
    name !== undefined &&
    parent.statements.some((s) => s !== fn && ts.isFunctionDeclaration(s) && s.name?.text === name)
  );
}

/** Merges a declaration into a list the way TypeScript merges declarations of one name. */
function merge(list: Decl[], decl: Decl): void {
  const same = list.find((d) => d.kind === decl.kind);
  if (same?.kind === "function") same.signatures.push(...(decl as FunctionDecl).signatures);
  else if (same?.kind === "interface") {
    for (const [k, m] of (decl as InterfaceDecl).members) same.members.set(k, m);
    same.heritage.push(...(decl as InterfaceDecl).heritage);
  } else if (same?.kind === "namespace") return;
  else list.push(decl);
}
