import ts from "./typescript.cjs";
import { resolve } from "./api-surface.js";
import type { TwoSidedProgram } from "./program.js";

/**
 * A type node rewritten so the two versions can be related in one comparison file, "modulo named
 * types": each type parameter of an enclosing declaration becomes `__P<position>` (counted from
 * the outermost declaration inwards, so both versions share them), library globals keep their
 * names, and every package declaration it names becomes an import type of ONE version of that
 * declaration — the new one when it still exists under the same API path. A type that only
 * mentions `Options` is then related as written, while the change to `Options` itself is judged
 * where `Options` is declared, by its own use.
 */
export interface ComparisonForm {
  text: string;
  /** Position → the constraint's text (undefined when unconstrained). */
  params: Map<number, string | undefined>;
  /** The node, or the constraint of a type parameter it uses, contains `any` (assignable both ways: as the old type it proves nothing). */
  hasAny: boolean;
  /** It names an old-only class with private members, which no other class is assignable to. */
  nominal: boolean;
}

/** The text naming a package declaration from the comparison file, or undefined when it cannot be named. */
export type Reference = (symbol: ts.Symbol) => { text: string; nominal: boolean } | undefined;

const REJECT = new Set([ts.SyntaxKind.ImportType, ts.SyntaxKind.ThisType]);

/** How a signature's parts are written (see overload-cover.ts); plain type questions use none. */
export interface FormOptions {
  /** A signature whose own type parameters stand as written (the form is one of its parts). */
  own?: ts.Node;
  /** What `this` is written as (a type parameter both versions share); `this` is rejected without it. */
  thisAs?: string;
  /**
   * Write `any` as the set of values it stands for, for relating signatures (see overload-cover.ts):
   * `unknown` where values flow in (a parameter), `never` where they flow out (a return, a
   * callback's parameter), since `any` is assignable both ways and would prove nothing. `output`
   * when the node is a return type; `neverOnly` keeps `any` where it would become `unknown`.
   */
  strictAny?: { output: boolean; neverOnly: boolean };
}

/** The node as a {@link ComparisonForm}, or undefined when it names something that cannot be named there. */
export function comparisonForm(
  node: ts.TypeNode,
  sf: ts.SourceFile,
  checker: ts.TypeChecker,
  reference: Reference,
  options: FormOptions = {},
): ComparisonForm | undefined {
  const params = new Map<number, string | undefined>();
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let ok = true;
  let hasAny = false;
  let nominal = false;
  const bound = (decl: ts.Node) =>
    (decl.pos >= node.pos && decl.end <= node.end) || (options.own !== undefined && decl.parent === options.own);
  const visit = (n: ts.Node, inConstraint: boolean): void => {
    if (!ok) return;
    if (n.kind === ts.SyntaxKind.ThisType && options.thisAs)
      return void edits.push({ start: n.getStart(sf), end: n.end, text: options.thisAs });
    if (REJECT.has(n.kind)) return void (ok = false);
    if (n.kind === ts.SyntaxKind.AnyKeyword) {
      hasAny = true;
      const strict = options.strictAny && strictAny(n, node, options.strictAny.output);
      if (strict && !(strict === "unknown" && options.strictAny?.neverOnly))
        edits.push({ start: n.getStart(sf), end: n.end, text: strict });
    }
    const name = ts.isTypeReferenceNode(n) ? n.typeName : ts.isTypeQueryNode(n) ? n.exprName : undefined;
    if (name) {
      const raw = checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name);
      const symbol = raw && resolve(checker, raw);
      const decl = symbol?.declarations?.[0];
      if (!symbol || !decl) return void (ok = false);
      if (symbol.flags & ts.SymbolFlags.TypeParameter) {
        if (bound(decl)) {
          // bound inside the type itself (`K in keyof T`, `infer U`): its name stands as written
        } else if (inConstraint || !ts.isTypeParameterDeclaration(decl)) return void (ok = false);
        else {
          const at = positionOf(decl);
          const constraint = decl.constraint
            ? comparisonForm(decl.constraint, decl.getSourceFile(), checker, reference)
            : undefined;
          if (decl.constraint && (!constraint || constraint.params.size)) return void (ok = false);
          // `T extends any`: values of T are as unchecked as `any` itself, so it proves nothing either.
          hasAny ||= constraint?.hasAny === true;
          params.set(at, constraint?.text);
          edits.push({ start: name.getStart(sf), end: name.end, text: `__P${at}` });
        }
      } else if (!symbol.declarations!.every((d) => d.getSourceFile().fileName.startsWith("/lib/"))) {
        const ref = bound(decl) ? undefined : reference(symbol);
        if (!ref) return void (ok = false);
        nominal ||= ref.nominal;
        edits.push({ start: name.getStart(sf), end: name.end, text: ref.text });
      }
    }
    ts.forEachChild(n, (c) => visit(c, inConstraint));
  };
  visit(node, false);
  if (!ok) return undefined;
  let text = "";
  let at = node.getStart(sf);
  for (const e of edits.sort((x, y) => x.start - y.start)) {
    text += sf.text.slice(at, e.start) + e.text;
    at = e.end;
  }
  text += sf.text.slice(at, node.end);
  return { text, params, hasAny, nominal };
}

/** `unknown` where values flow in, `never` where they flow out: each parameter list on the way flips it. */
function strictAny(n: ts.Node, root: ts.Node, output: boolean): "unknown" | "never" {
  let flips = output ? 1 : 0;
  for (let p: ts.Node = n; p !== root; p = p.parent) if (ts.isParameter(p)) flips++;
  return flips % 2 ? "never" : "unknown";
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
 * The declaration relating forms under ONE set of type parameters, so the checker compares
 * `T | undefined` with `T` for the same `T`: its parameters are the forms in order (`extra` type
 * parameters first, such as the one `this` is written as). Undefined when two forms constrain a
 * parameter differently.
 */
export function comparisonDeclaration(name: string, forms: ComparisonForm[], extra: string[] = []): string | undefined {
  const params = new Map<number, string | undefined>();
  for (const form of forms)
    for (const [at, c] of form.params) {
      if (params.has(at) && params.get(at) !== c) return undefined;
      params.set(at, c);
    }
  if ([...params.keys()].some((k) => k < 0)) return undefined;
  const list = [
    ...extra,
    ...[...params].sort(([x], [y]) => x - y).map(([at, c]) => `__P${at}${c === undefined ? "" : ` extends ${c}`}`),
  ];
  const generic = list.length ? `<${list.join(", ")}>` : "";
  return `declare function ${name}${generic}(${forms.map((f, i) => `f${i}: ${f.text}`).join(", ")}): void;`;
}

/**
 * How a comparison file names a package declaration: an import type of the file that exports it
 * (through a namespace chain, or the file's `export =`). Declarations a file keeps to itself, and
 * those of global scripts and ambient modules, cannot be named (undefined).
 */
export function importReference(tp: TwoSidedProgram, symbol: ts.Symbol): string | undefined {
  const { checker } = tp;
  const decl = symbol.declarations?.find((d) => tp.origin(d.getSourceFile()) !== undefined);
  if (!decl) return undefined;
  const sf = decl.getSourceFile();
  if (tp.scripts.has(sf.fileName)) return undefined;
  const chain: ts.ModuleDeclaration[] = [];
  for (let n: ts.Node = decl.parent; !ts.isSourceFile(n); n = n.parent) {
    if (ts.isModuleDeclaration(n)) {
      if (!ts.isIdentifier(n.name)) return undefined; // inside `declare module "x"`
      chain.unshift(n);
    }
  }
  const names = [...chain.map((m) => (m.name as ts.Identifier).text), symbol.name];
  const top = chain[0] ? checker.getSymbolAtLocation(chain[0].name) : symbol;
  const file = checker.getSymbolAtLocation(sf);
  if (!top || !file) return undefined;
  const spec = specifierOf(sf.fileName);
  const exported = checker.getExportsOfModule(file).find((e) => e.name === names[0] && resolve(checker, e) === top);
  if (exported) return `import("${spec}").${names.join(".")}`;
  const exportEquals = file.exports?.get(ts.InternalSymbolName.ExportEquals);
  if (exportEquals && resolve(checker, exportEquals) === top && names.length > 1)
    return `import("${spec}").${names.slice(1).join(".")}`;
  return undefined;
}

/** `/after/index.d.cts` → `/after/index.cjs`: the specifier resolving to that file. */
function specifierOf(fileName: string): string {
  return fileName
    .replace(/\.d\.ts$|\.tsx?$/, "")
    .replace(/\.d\.cts$|\.cts$/, ".cjs")
    .replace(/\.d\.mts$|\.mts$/, ".mjs");
}

/** A class with private or protected members: two declarations of it are never assignable. */
export function hasHiddenMembers(symbol: ts.Symbol): boolean {
  return (
    (symbol.flags & ts.SymbolFlags.Class) !== 0 &&
    (symbol.declarations ?? []).some(
      (d) =>
        ts.isClassLike(d) &&
        d.members.some(
          (m) =>
            (m.name && ts.isPrivateIdentifier(m.name)) ||
            (ts.getCombinedModifierFlags(m) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) !== 0,
        ),
    )
  );
}
