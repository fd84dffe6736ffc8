import ts from "typescript";
import { declOf } from "./parse-decl.js";
import { lineOf } from "./parse-signature.js";
import type { Decl, Entry, FunctionDecl, InterfaceDecl, Surface } from "./model.js";

interface Scope {
  locals: Map<string, Decl[]>;
  imports: Map<string, { module: string; importedName: string; line: number }>;
  /** export name → local name (or undefined for an anonymous default). */
  exported: Map<string, { local?: string; line: number; decl?: Decl }>;
  surface: Surface;
}

/**
 * The exported surface of a source file: what `export` (or, in a global script, every top-level
 * declaration) makes visible. Declaration merging is modelled: interfaces merge members,
 * functions collect overloads, a namespace may share a name with a function or class.
 */
export function surfaceOf(sf: ts.SourceFile, checkBudget: () => void): Surface {
  return blockSurface(sf.statements, sf, checkBudget, ts.isExternalModule(sf) ? "module" : "script");
}

type BlockKind = "module" | "script" | "ambient";

function blockSurface(
  statements: readonly ts.Statement[],
  sf: ts.SourceFile,
  checkBudget: () => void,
  kind: BlockKind,
): Surface {
  const explicit = kind === "module" || (kind === "ambient" && statements.some(hasExportSyntax));
  const scope: Scope = {
    locals: new Map(),
    imports: new Map(),
    exported: new Map(),
    surface: { exports: new Map(), stars: [], isModule: kind === "module" },
  };
  for (const st of statements) {
    checkBudget();
    visitStatement(st, scope, sf, checkBudget, explicit);
  }
  for (const [name, { local, line, decl }] of scope.exported) {
    const decls = decl ? [decl] : local !== undefined ? (scope.locals.get(local) ?? importAlias(scope, local)) : [];
    scope.surface.exports.set(name, {
      name,
      decls,
      line,
      target: name === "default" || name === "export=" ? local : undefined,
    });
  }
  return scope.surface;
}

function hasExportSyntax(st: ts.Statement): boolean {
  return (
    ts.isExportDeclaration(st) ||
    ts.isExportAssignment(st) ||
    (ts.canHaveModifiers(st) && (ts.getCombinedModifierFlags(st as ts.Declaration) & ts.ModifierFlags.Export) !== 0)
  );
}

function importAlias(scope: Scope, local: string): Decl[] {
  const imp = scope.imports.get(local);
  return imp
    ? [
        {
          kind: "alias",
          target: `${imp.importedName} from ${imp.module}`,
          module: imp.module,
          importedName: imp.importedName,
          line: imp.line,
        },
      ]
    : [];
}

function visitStatement(
  st: ts.Statement,
  scope: Scope,
  sf: ts.SourceFile,
  checkBudget: () => void,
  explicit: boolean,
): void {
  const line = lineOf(st, sf);
  const flags = ts.canHaveModifiers(st) ? ts.getCombinedModifierFlags(st as ts.Declaration) : 0;
  const isExported = !explicit || (flags & ts.ModifierFlags.Export) !== 0;
  const isDefault = (flags & ts.ModifierFlags.Default) !== 0;

  if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) return recordImport(st, scope, line);
  if (
    ts.isImportEqualsDeclaration(st) &&
    ts.isExternalModuleReference(st.moduleReference) &&
    ts.isStringLiteral(st.moduleReference.expression)
  ) {
    scope.imports.set(st.name.text, { module: st.moduleReference.expression.text, importedName: "export=", line });
    if (isExported && explicit) scope.exported.set(st.name.text, { local: st.name.text, line });
    return;
  }
  if (ts.isExportDeclaration(st)) return recordExportDeclaration(st, scope, line);
  if (ts.isExportAssignment(st)) {
    const name = st.isExportEquals ? "export=" : "default";
    const local = ts.isIdentifier(st.expression) ? st.expression.text : undefined;
    const decl: Decl | undefined = local ? undefined : { kind: "variable", type: undefined, isConst: true, line };
    scope.exported.set(name, { local, line, decl });
    return;
  }
  if (ts.isModuleDeclaration(st)) return recordNamespace(st, scope, sf, checkBudget, isExported);
  if (ts.isVariableStatement(st)) {
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name)) continue;
      addLocal(scope, d.name.text, declOf(d, sf, checkBudget)!);
      if (isExported) scope.exported.set(d.name.text, { local: d.name.text, line: lineOf(d, sf) });
    }
    return;
  }
  const decl = declOf(st, sf, checkBudget);
  if (!decl) return;
  const named = (st as ts.DeclarationStatement).name;
  const local = named && ts.isIdentifier(named) ? named.text : undefined;
  if (ts.isFunctionDeclaration(st) && st.body && local && hasSiblingOverloads(st, local)) return; // implementation of overloads
  if (local) addLocal(scope, local, decl);
  if (isDefault) scope.exported.set("default", local ? { local, line } : { line, decl });
  else if (isExported && local) scope.exported.set(local, { local, line: scope.exported.get(local)?.line ?? line });
}

function hasSiblingOverloads(fn: ts.FunctionDeclaration, name: string): boolean {
  const parent = fn.parent as ts.SourceFile | ts.ModuleBlock;
  return parent.statements.some((s) => s !== fn && ts.isFunctionDeclaration(s) && s.name?.text === name);
}

/** Merges a declaration into the local table the way TypeScript merges declarations. */
function addLocal(scope: Scope, name: string, decl: Decl): void {
  const list = scope.locals.get(name) ?? [];
  const same = list.find((d) => d.kind === decl.kind);
  if (same && same.kind === "function") (same as FunctionDecl).signatures.push(...(decl as FunctionDecl).signatures);
  else if (same && same.kind === "interface")
    for (const [k, m] of (decl as InterfaceDecl).members) (same as InterfaceDecl).members.set(k, m);
  else if (same && same.kind === "namespace" && decl.kind === "namespace") {
    for (const [k, e] of decl.surface.exports) same.surface.exports.set(k, e);
    same.surface.stars.push(...decl.surface.stars);
  } else list.push(decl);
  scope.locals.set(name, list);
}

function recordImport(st: ts.ImportDeclaration, scope: Scope, line: number): void {
  const module = (st.moduleSpecifier as ts.StringLiteral).text;
  const clause = st.importClause;
  if (!clause) return;
  if (clause.name) scope.imports.set(clause.name.text, { module, importedName: "default", line });
  const nb = clause.namedBindings;
  if (nb && ts.isNamespaceImport(nb)) scope.imports.set(nb.name.text, { module, importedName: "*", line });
  if (nb && ts.isNamedImports(nb))
    for (const el of nb.elements)
      scope.imports.set(el.name.text, { module, importedName: (el.propertyName ?? el.name).text, line });
}

function recordExportDeclaration(st: ts.ExportDeclaration, scope: Scope, line: number): void {
  const module = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
  const clause = st.exportClause;
  if (module !== undefined && !clause) {
    scope.surface.stars.push({ module, line });
    return;
  }
  if (clause && ts.isNamespaceExport(clause) && module !== undefined) {
    scope.exported.set(clause.name.text, {
      line,
      decl: { kind: "alias", target: `* from ${module}`, module, importedName: "*", line },
    });
    return;
  }
  if (!clause || !ts.isNamedExports(clause)) return;
  for (const el of clause.elements) {
    const exportName = el.name.text;
    const localName = (el.propertyName ?? el.name).text;
    if (module !== undefined) {
      scope.exported.set(exportName, {
        line,
        decl: { kind: "alias", target: `${localName} from ${module}`, module, importedName: localName, line },
      });
    } else scope.exported.set(exportName, { local: localName, line });
  }
}

function recordNamespace(
  st: ts.ModuleDeclaration,
  scope: Scope,
  sf: ts.SourceFile,
  checkBudget: () => void,
  isExported: boolean,
): void {
  const line = lineOf(st, sf);
  let body = st.body;
  const names = [st.name.text];
  while (body && ts.isModuleDeclaration(body)) {
    names.push(body.name.text);
    body = body.body;
  }
  const statements = body && ts.isModuleBlock(body) ? body.statements : [];
  const ambientString = ts.isStringLiteral(st.name);
  const inner = blockSurface(statements, sf, checkBudget, "ambient");
  // `namespace A.B { }` nests B inside A.
  let decl: Decl = { kind: "namespace", surface: inner, line };
  for (let i = names.length - 1; i > 0; i--) {
    const inner: Entry = { name: names[i]!, decls: [decl], line };
    const exports = new Map<string, Entry>([[names[i]!, inner]]);
    decl = { kind: "namespace", surface: { exports, stars: [], isModule: false }, line };
  }
  const name = ambientString
    ? `module "${names[0]}"`
    : st.name.text === "global" && st.flags & ts.NodeFlags.GlobalAugmentation
      ? "global"
      : names[0]!;
  addLocal(scope, name, decl);
  if (isExported || ambientString || name === "global")
    scope.exported.set(name, { local: name, line: scope.exported.get(name)?.line ?? line });
}
