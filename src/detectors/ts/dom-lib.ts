import ts from "./typescript.cjs";
import { dirname, join } from "node:path";
import { DOM_GLOBALS } from "./dom-globals.js";
import { ES_LIB, FULL_LIB, isDomLibFile, libClosure } from "./lib-files.js";

/**
 * Whether a comparison program built on ES2022 alone must be rebuilt with the DOM: one of its
 * files references a DOM lib (`/// <reference lib="dom" />`), or a package file looks up a name
 * (a type reference, `typeof x`, an `extends` clause, an expression) that is a global only the
 * DOM declares and that the checker cannot resolve without it. A name the package declares itself
 * (an import, a local type) resolves, so it needs nothing; nor does one the package declares as a
 * global of its own (a global script's declaration, a `declare global` block — @types/node's
 * `Blob`, `URL` and `Console`): in the comparison program those are hidden (every global script
 * is made a module so the two versions do not merge), but in a consumer's program they are what
 * the name means, merged with the DOM's only where the consumer also has the DOM lib. Runs after
 * the checker is created (every file bound, parent pointers set); visits only files that name a
 * DOM global.
 */
export function needsDom(program: ts.Program, checker: ts.TypeChecker, scripts: ReadonlySet<string>): boolean {
  let ownGlobals: Set<string> | undefined;
  for (const sf of program.getSourceFiles()) {
    if (sf.fileName.startsWith("/lib/")) {
      if (isDomLibFile(sf.fileName.slice(5))) return true;
      continue;
    }
    if (!namesDomGlobal(sf)) continue;
    // Only a name the package does not declare as a global itself can need the DOM: a file
    // naming none of those is not walked (@types/node's files name the DOM globals it declares).
    const own = (ownGlobals ??= packageGlobals(program, scripts));
    if (!namesDomGlobal(sf, own)) continue;
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isIdentifier(node)) {
        found = DOM_GLOBALS.has(node.text) && !own.has(node.text) && isLookedUp(node) && !resolves(checker, node);
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    if (found) return true;
  }
  return false;
}

/**
 * The names the package's files declare as globals in a consumer's program: the top-level
 * declarations of global scripts, and those of `declare global` blocks, also inside an ambient
 * module (`declare module "fs" { global { … } }`).
 */
function packageGlobals(program: ts.Program, scripts: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const add = (st: ts.Statement, global: boolean): void => {
    if (ts.isModuleDeclaration(st)) {
      const inner = st.body && ts.isModuleBlock(st.body) ? st.body.statements : [];
      if (st.flags & ts.NodeFlags.GlobalAugmentation) for (const s of inner) add(s, true);
      else if (ts.isStringLiteral(st.name)) for (const s of inner) add(s, false);
      else if (global) out.add(st.name.text);
      return;
    }
    if (!global) return;
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) out.add(d.name.text);
    } else if (
      (ts.isInterfaceDeclaration(st) ||
        ts.isClassDeclaration(st) ||
        ts.isFunctionDeclaration(st) ||
        ts.isTypeAliasDeclaration(st) ||
        ts.isEnumDeclaration(st)) &&
      st.name
    )
      out.add(st.name.text);
  };
  for (const sf of program.getSourceFiles())
    if (!sf.fileName.startsWith("/lib/")) for (const st of sf.statements) add(st, scripts.has(sf.fileName));
  return out;
}

/** An unresolved type name gets a symbol of its own from the checker, one without declarations. */
function resolves(checker: ts.TypeChecker, id: ts.Identifier): boolean {
  return !!checker.getSymbolAtLocation(id)?.declarations?.length;
}

/**
 * True when some identifier of the file is spelled like a DOM global (the parser's own list of
 * them), leaving out the names in `except`.
 */
function namesDomGlobal(sf: ts.SourceFile, except?: ReadonlySet<string>): boolean {
  const identifiers = (sf as unknown as { identifiers?: ReadonlyMap<string, string> }).identifiers;
  if (!identifiers) return true;
  for (const name of identifiers.keys()) if (DOM_GLOBALS.has(name) && !except?.has(name)) return true;
  return false;
}

/** An identifier the checker looks up by name in scope (not a member name, not a declaration's name). */
function isLookedUp(id: ts.Identifier): boolean {
  const p = id.parent;
  if (!p) return false;
  if (ts.isTypeReferenceNode(p)) return p.typeName === id;
  // `globalThis.Blob` looks `Blob` up among the globals.
  const ofGlobalThis = (left: ts.Node) => ts.isIdentifier(left) && left.text === "globalThis";
  if (ts.isQualifiedName(p)) return p.left === id || ofGlobalThis(p.left);
  if (ts.isPropertyAccessExpression(p) && p.name === id) return ofGlobalThis(p.expression);
  if (ts.isTypeQueryNode(p)) return p.exprName === id;
  if (ts.isExpressionWithTypeArguments(p) || ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p))
    return p.expression === id;
  if (ts.isExportAssignment(p) || ts.isComputedPropertyName(p)) return p.expression === id;
  if (ts.isImportEqualsDeclaration(p)) return p.moduleReference === id;
  if (ts.isExportSpecifier(p)) return !p.parent.parent.moduleSpecifier && (p.propertyName ?? p.name) === id;
  return false;
}

/**
 * The global names the DOM part of {@link FULL_LIB} declares and {@link ES_LIB} does not, read by
 * parsing the installed TypeScript's lib files: what dom-globals.ts must list
 * (`npm run build && node scripts/write-dom-globals.js` rewrites it; a test compares the two).
 */
export function domGlobalsOfInstalledTypescript(): string[] {
  const dir = dirname(ts.getDefaultLibFilePath({}));
  const read = (name: string) => ts.sys.readFile(join(dir, name));
  const full = libClosure(FULL_LIB, new Map(), read);
  const es = libClosure(ES_LIB, new Map(), read);
  const declared = (names: Iterable<string>) => {
    const out = new Set<string>();
    for (const name of names) {
      const sf = ts.createSourceFile(name, full.get(name)!, ts.ScriptTarget.ES2022, false);
      for (const st of sf.statements) {
        if (ts.isVariableStatement(st))
          for (const d of st.declarationList.declarations) out.add((d.name as ts.Identifier).text);
        else if ("name" in st && st.name && ts.isIdentifier(st.name as ts.Node))
          out.add((st.name as ts.Identifier).text);
      }
    }
    return out;
  };
  const esNames = declared(es.keys());
  return [...declared([...full.keys()].filter((n) => !es.has(n)))].filter((n) => !esNames.has(n)).sort();
}
