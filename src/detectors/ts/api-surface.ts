import ts from "./typescript.cjs";
import { posix } from "node:path";
import type { Side, TwoSidedProgram } from "./program.js";

/**
 * One exported declaration as consumers reach it through an entry point: its export path
 * (`AxiosRequestConfig`, `debug.disable`, `module "*.svg".raw`) and the declarations of this side
 * that make it up. Re-exports, `export *`, `export =` and declarations moved between files are
 * already followed by the checker, so the same path on both sides is the same API.
 */
export interface ApiNode {
  path: string[];
  symbol: ts.Symbol;
  declarations: ts.Declaration[];
  /** A re-export of a module outside the ChangeSet: `name from module`, compared as text. */
  external?: string;
  /** `export default x` / `export = x`: the name of the declaration it points at. */
  target?: string;
  /** The node a removal of it is reported at (the export statement that carried it). */
  exportedAt?: ts.Node;
}

/** Entry paths are joined with this for map keys (export names cannot contain it). */
export const PATH_SEPARATOR = "\u0000";

const MAX_DEPTH = 8;

/**
 * The API one entry file exposes: every export (and, for a global script, every top-level
 * declaration, ambient module and `declare global` member), namespaces expanded into members.
 */
export function apiSurface(tp: TwoSidedProgram, side: Side, entry: string): Map<string, ApiNode> {
  const { checker } = tp;
  const sf = tp.sourceFile(side, entry);
  const out = new Map<string, ApiNode>();
  if (!sf) return out;
  const ours = (d: ts.Node) => tp.inSide(d.getSourceFile(), side);
  const visiting = new Set<ts.Symbol>();

  const add = (path: string[], exported: ts.Symbol, depth: number, exportedAt?: ts.Node): void => {
    const symbol = resolve(checker, exported);
    const declarations = (symbol.declarations ?? []).filter(ours);
    const node: ApiNode = { path, symbol, declarations, exportedAt };
    if (!declarations.length) node.external = externalName(exported);
    out.set(path.join(PATH_SEPARATOR), node);
    if (depth >= MAX_DEPTH || visiting.has(symbol) || !declarations.length) return;
    const namespace = declarations.some((d) => ts.isModuleDeclaration(d) || ts.isSourceFile(d));
    if (!namespace) return;
    visiting.add(symbol);
    for (const member of checker.getExportsOfModule(symbol))
      add([...path, member.name], ownMember(member, declarations) ?? member, depth + 1);
    visiting.delete(symbol);
  };
  // Both versions' `declare global` blocks merge into one global scope, where a type alias declared
  // on both sides keeps only the first: this side's own is still in its namespace block's table.
  const ownMember = (member: ts.Symbol, namespaces: ts.Declaration[]): ts.Symbol | undefined => {
    if (resolve(checker, member).declarations?.some(ours)) return undefined;
    for (const d of namespaces) {
      const own = (d as { symbol?: ts.Symbol }).symbol?.exports?.get(member.escapedName);
      if (own?.declarations?.some(ours)) return own;
    }
    return undefined;
  };

  const moduleSymbol = tp.scripts.has(sf.fileName) ? undefined : checker.getSymbolAtLocation(sf);
  if (moduleSymbol) {
    const exportEquals = moduleSymbol.exports?.get(ts.InternalSymbolName.ExportEquals);
    if (exportEquals) {
      // `export = debug`: members read as `debug.x`, the way the declaration names them.
      const target = resolve(checker, exportEquals);
      const name = target.declarations?.length ? target.name : "export=";
      add([name], exportEquals, 0, exportStatement(exportEquals));
      out.get(name)!.target = name;
    } else {
      for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
        add([symbol.name], symbol, 0, exportStatement(symbol));
        if (symbol.name === "default") {
          const node = out.get("default")!;
          const named = node.declarations.find((d) => (d as ts.NamedDeclaration).name);
          node.target = named ? ((named as ts.NamedDeclaration).name?.getText() ?? undefined) : undefined;
        }
      }
    }
  }
  // Globals: a script's top-level declarations, and `declare global` / ambient modules anywhere,
  // in the entry and in every file it pulls in with `/// <reference path>` (how @types packages
  // assemble their ambient modules).
  for (const file of referenceClosure(tp, sf)) {
    const script = file === sf ? moduleSymbol === undefined : tp.scripts.has(file.fileName);
    for (const st of file.statements) {
      if (ts.isModuleDeclaration(st) && ts.isStringLiteral(st.name)) {
        const symbol = checker.getSymbolAtLocation(st.name) ?? (st as unknown as { symbol?: ts.Symbol }).symbol;
        if (symbol) add([`module "${st.name.text}"`], symbol, 0);
        continue;
      }
      if (ts.isModuleDeclaration(st) && st.flags & ts.NodeFlags.GlobalAugmentation) {
        const body = st.body && ts.isModuleBlock(st.body) ? st.body.statements : [];
        for (const inner of body) for (const s of declaredSymbols(checker, inner)) add(["global", s.name], s, 1);
        continue;
      }
      if (script) for (const s of declaredSymbols(checker, st)) add([s.name], s, 0);
    }
  }
  return out;
}

/** The entry and the files it references with `/// <reference path>`, transitively (same side). */
function referenceClosure(tp: TwoSidedProgram, entry: ts.SourceFile): ts.SourceFile[] {
  const seen = new Map([[entry.fileName, entry]]);
  for (const sf of seen.values()) {
    for (const ref of sf.referencedFiles) {
      const at = posix.resolve(posix.dirname(sf.fileName), ref.fileName);
      const target = tp.file(at) ?? tp.file(`${at}.d.ts`);
      if (target && !seen.has(target.fileName)) seen.set(target.fileName, target);
    }
  }
  return [...seen.values()];
}

/** Follows aliases (re-exports, `import x = …`) to the declared symbol; an unresolved one stays. */
export function resolve(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  if (!(symbol.flags & ts.SymbolFlags.Alias)) return symbol;
  const target = checker.getAliasedSymbol(symbol);
  return target.declarations?.length ? target : symbol;
}

/** `Foo from other-package` for a re-export the checker could not follow. */
function externalName(symbol: ts.Symbol): string {
  for (const d of symbol.declarations ?? []) {
    const decl: ts.Node = d;
    const spec = ts.isExportSpecifier(decl)
      ? decl.parent.parent.moduleSpecifier
      : ts.isImportSpecifier(decl)
        ? decl.parent.parent.parent.moduleSpecifier
        : ts.isNamespaceImport(decl) || ts.isImportClause(decl)
          ? (ts.isImportClause(decl) ? decl : decl.parent).parent.moduleSpecifier
          : ts.isNamespaceExport(decl)
            ? decl.parent.moduleSpecifier
            : undefined;
    const name = ts.isExportSpecifier(decl) || ts.isImportSpecifier(decl) ? (decl.propertyName ?? decl.name).text : "*";
    if (spec && ts.isStringLiteral(spec)) return `${name} from ${spec.text}`;
  }
  return symbol.name;
}

/** The statement an export comes from in its entry, when it is a re-export or an export list. */
function exportStatement(symbol: ts.Symbol): ts.Node | undefined {
  const d = symbol.declarations?.[0];
  if (!d) return undefined;
  if (ts.isExportSpecifier(d)) return d.parent.parent;
  if (ts.isExportAssignment(d) || ts.isNamespaceExport(d)) return ts.isNamespaceExport(d) ? d.parent : d;
  return undefined;
}

/** Symbols a top-level statement declares (a variable statement may declare several). */
function declaredSymbols(checker: ts.TypeChecker, st: ts.Statement): ts.Symbol[] {
  const names: ts.Node[] = [];
  if (ts.isVariableStatement(st)) {
    for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name);
  } else if (
    (ts.isFunctionDeclaration(st) ||
      ts.isClassDeclaration(st) ||
      ts.isInterfaceDeclaration(st) ||
      ts.isTypeAliasDeclaration(st) ||
      ts.isEnumDeclaration(st) ||
      ts.isModuleDeclaration(st)) &&
    st.name &&
    ts.isIdentifier(st.name)
  ) {
    names.push(st.name);
  }
  return names.map((n) => checker.getSymbolAtLocation(n)).filter((s): s is ts.Symbol => s !== undefined);
}
