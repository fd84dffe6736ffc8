import ts from "./typescript.cjs";
import type { SymbolEntry } from "../../engine/types.js";

/**
 * Top-level names a file exports (every top-level declaration of a global script), for
 * cross-detector rules (fork parallel interfaces, watch lists). Syntax only: no types are read.
 */
export function symbolsOf(sf: ts.SourceFile, path: string, script: boolean): SymbolEntry[] {
  const byName = new Map<string, SymbolEntry>();
  const line = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const add = (name: string, kind: SymbolEntry["kind"], at: ts.Node) => {
    const seen = byName.get(name);
    if (!seen) byName.set(name, { name, kind, path, line: line(at) });
    else if (seen.kind === "export" && kind !== "export") seen.kind = kind;
  };
  for (const st of sf.statements) {
    const flags = ts.canHaveModifiers(st) ? ts.getCombinedModifierFlags(st as ts.Declaration) : 0;
    const exported = script || (flags & ts.ModifierFlags.Export) !== 0;
    if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) add(el.name.text, "export", st);
      continue;
    }
    if (ts.isExportAssignment(st)) {
      add(st.isExportEquals ? "export=" : "default", "export", st);
      continue;
    }
    if (!exported) continue;
    const name = flags & ts.ModifierFlags.Default ? "default" : undefined;
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) add(d.name.text, "export", d);
    } else if (ts.isClassDeclaration(st)) add(name ?? st.name?.text ?? "default", "class", st);
    else if (ts.isFunctionDeclaration(st)) add(name ?? st.name?.text ?? "default", "function", st);
    else if (
      (ts.isInterfaceDeclaration(st) ||
        ts.isTypeAliasDeclaration(st) ||
        ts.isEnumDeclaration(st) ||
        ts.isModuleDeclaration(st)) &&
      ts.isIdentifier(st.name)
    )
      add(name ?? st.name.text, "export", st);
  }
  return [...byName.values()];
}
