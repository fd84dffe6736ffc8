import ts from "./typescript.cjs";
import { finding } from "../../engine/rule.js";
import { tsRules } from "./rule-specs.js";
import { apiSurface, PATH_SEPARATOR, resolve, type ApiNode } from "./api-surface.js";
import { declarationText, entryOf } from "./api-decls.js";
import { findTypeNode, settleWithChecker, type References } from "./checker.js";
import { signatureOf } from "./parse-signature.js";
import { hasHiddenMembers, importReference } from "./generic-types.js";
import { compareEntry, reportRemoved } from "./compare-surface.js";
import { baseNames, effectiveCtors, memberTable } from "./inherited.js";
import { emitDeclarations, GENERATED, type EmittedDeclarations } from "./source-declarations.js";
import { mergeTwins, type EntryFindings } from "./twins.js";
import { keysAddedAsOptional } from "./mapped-keys.js";
import { OUT, IN, varianceOf, type Variance } from "./variance.js";
import {
  parseDiagnostics,
  SIDES,
  twoSidedProgram,
  type Side,
  type SideReader,
  type TwoSidedProgram,
} from "./program.js";
import { emit, type CompareContext, type Pending, type Usage } from "./compare-context.js";
import type { TsUnit, UnitEntry } from "./package-units.js";
import type { Signature, TypeRef } from "./model.js";
import type { Sides } from "../../engine/sides.js";
import type { Finding } from "../../engine/types.js";

/** What comparing one unit found, and which of its changed files it could not read. */
export interface UnitOutcome {
  findings: Finding[];
  /** Changed files that do not parse: their generic finding stays. */
  failed: Set<string>;
  /** The comparison program, for the symbols of the changed files (undefined when none was built). */
  program?: TwoSidedProgram;
  /** Repository paths the program holds each side under (generated declarations included). */
  emitted: Record<Side, EmittedDeclarations | undefined>;
}

interface Input {
  unit: Extract<TsUnit, { kind: "package" | "file" }>;
  sides: Sides;
  /** The unit's changed files: `before` under its previous path. */
  changed: Array<{ path: string; previousPath?: string }>;
  checkBudget: (units?: number) => void;
}

const DECLARATION = /\.d\.[cm]?ts$/;

/**
 * Compares the API of one unit (a package's entry points, or one declaration file): exports by
 * path through the checker, each changed declaration by its kind and by how consumers use it,
 * type changes settled by the checker, twins (`.d.ts` / `.d.cts` / `.d.mts`, conditions) stated once.
 */
export function compareUnit(input: Input): UnitOutcome {
  const { unit, sides, checkBudget } = input;
  const emitted: UnitOutcome["emitted"] = { before: undefined, after: undefined };
  const failed = new Set<string>();
  const findings: Finding[] = [];
  const entries = unitEntries(input);
  const readers = {} as Record<Side, SideReader>;
  for (const side of SIDES) {
    const base = sides[side];
    readers[side] = { read: base, listed: (p) => sides.paths.has(p) };
    const sources = entries.map((e) => e.files[side]).filter((f): f is string => !!f && !DECLARATION.test(f));
    if (!sources.length || unit.kind !== "package") continue;
    const setup = unit.source[side];
    if (!setup) continue;
    const out = emitDeclarations(setup, [...new Set(sources)], base, checkBudget);
    emitted[side] = out;
    for (const f of out.unparsed) if (changedText(sides, f)) failed.add(f);
    readers[side] = { read: (p) => out.files.get(p) ?? base(p), listed: (p) => sides.paths.has(p) };
    for (const e of entries) {
      const f = e.files[side];
      if (f && !DECLARATION.test(f)) e.files[side] = out.entryOf(f);
    }
    if (out.problems.length || sources.some((s) => !out.entryOf(s))) {
      findings.push(notGenerated(unit, setup.path, sources, out.problems));
      return { findings, failed, emitted };
    }
  }
  if (failed.size) return { findings: parseFailures(failed, sides), failed, emitted };

  const roots = { before: files(entries, "before"), after: files(entries, "after") };
  const tp = twoSidedProgram(roots, readers, checkBudget);
  for (const sf of tp.program.getSourceFiles()) {
    const at = tp.origin(sf);
    if (!at || at.path.includes(`${GENERATED}/`)) continue;
    if ((parseDiagnostics(sf).length || sf.text.includes("\u0000")) && changedText(sides, at.path)) failed.add(at.path);
  }
  if (failed.size) return { findings: parseFailures(failed, sides), failed, program: tp, emitted };
  if (tp.missing.size) findings.push(partlyRead(unit, tp.missing));
  if (unchanged(tp)) return { findings, failed, program: tp, emitted };

  const inSide = (side: Side) => (d: ts.Node) => tp.inSide(d.getSourceFile(), side);
  const surfaces = SIDES.map(
    (side) => new Map(entries.map((e) => [e, e.files[side] ? apiSurface(tp, side, e.files[side]!) : undefined])),
  );
  const [surfaceBefore, surfaceAfter] = surfaces as [
    Map<UnitEntry, Map<string, ApiNode> | undefined>,
    Map<UnitEntry, Map<string, ApiNode> | undefined>,
  ];
  const variance: Record<Side, Variance> = {
    before: varianceOf(tp.checker, allNodes(surfaceBefore), inSide("before"), checkBudget),
    after: varianceOf(tp.checker, allNodes(surfaceAfter), inSide("after"), checkBudget),
  };
  const perEntry: EntryFindings[] = [];
  // Each old declaration's new version (same API path, or same name when unexported): the
  // comparison file names both versions' types through the new one (see generic-types.ts).
  const counterpart = new Map<ts.Symbol, ts.Symbol>();
  const references: References = {
    before: (symbol) => {
      const now = counterpart.get(symbol);
      const text = now ? importReference(tp, now) : undefined;
      if (text) return { text, nominal: false };
      const old = importReference(tp, symbol);
      return old ? { text: old, nominal: hasHiddenMembers(symbol) } : undefined;
    },
    after: (symbol) => {
      const text = importReference(tp, symbol);
      return text ? { text, nominal: false } : undefined;
    },
  };
  for (const entry of entries) {
    const b = surfaceBefore.get(entry);
    const a = surfaceAfter.get(entry);
    if (!b || !a || skipsEntry(entry, unit, sides)) continue;
    const pending = compareSurfaces(b, a, { tp, sides, entry, variance, checkBudget, inSide, counterpart });
    const settled = settleWithChecker(pending, tp, references, checkBudget).map((p) => p.finding);
    perEntry.push({ entry, findings: settled.map((f) => fromGenerated(f, emitted)), root: exportEqualsRoot(a) });
  }
  findings.push(...mergeTwins(perEntry));
  return { findings, failed, program: tp, emitted };
}

/**
 * A `require` entry whose old declarations are an ES module (`.d.mts`, or `.d.ts` in a
 * `"type": "module"` package) could not be required by a TypeScript consumer (TS1479): nothing
 * compiled against it, so it is not compared (a package fixing its CommonJS types breaks nobody).
 */
function skipsEntry(entry: UnitEntry, unit: Input["unit"], sides: Sides): boolean {
  const old = entry.files.before;
  if (!old || unit.kind !== "package" || !entry.modes.every((m) => m === "require")) return false;
  if (/\.d\.mts$|\.mts$/.test(old)) return true;
  if (!/\.d\.ts$|\.tsx?$/.test(old)) return false;
  try {
    return (JSON.parse(sides.before(unit.manifest) ?? "{}") as { type?: unknown }).type === "module";
  } catch {
    return false;
  }
}

function unitEntries(input: Input): UnitEntry[] {
  const { unit, changed, sides } = input;
  if (unit.kind === "package") return unit.entries.map((e) => ({ ...e, files: { ...e.files } }));
  const pair = changed.find((c) => c.path === unit.path || c.previousPath === unit.path);
  const beforePath = pair?.previousPath ?? unit.path;
  return [
    {
      subpath: ".",
      modes: [],
      files: {
        before: sides.before(beforePath) !== undefined ? beforePath : undefined,
        after: sides.after(pair?.path ?? unit.path) !== undefined ? (pair?.path ?? unit.path) : undefined,
      },
    },
  ];
}

function files(entries: UnitEntry[], side: Side): string[] {
  return [...new Set(entries.map((e) => e.files[side]).filter((f): f is string => !!f))];
}

function allNodes(surfaces: Map<UnitEntry, Map<string, ApiNode> | undefined>): ApiNode[] {
  return [...surfaces.values()].flatMap((s) => [...(s?.values() ?? [])]);
}

function changedText(sides: Sides, path: string): boolean {
  return sides.before(path) !== sides.after(path);
}

/** True when every file of the program reads the same on both sides: nothing to compare. */
function unchanged(tp: TwoSidedProgram): boolean {
  const text: Record<Side, Map<string, string>> = { before: new Map(), after: new Map() };
  for (const sf of tp.program.getSourceFiles()) {
    const at = tp.origin(sf);
    if (at) text[at.side].set(at.path, sf.text);
    if (at && tp.shared.has(at.path)) text.after.set(at.path, sf.text);
  }
  if (text.before.size !== text.after.size) return false;
  for (const [path, t] of text.before) if (text.after.get(path) !== t) return false;
  return true;
}

interface Compare {
  tp: TwoSidedProgram;
  sides: Sides;
  entry: UnitEntry;
  variance: Record<Side, Variance>;
  checkBudget: (units?: number) => void;
  inSide: (side: Side) => (d: ts.Node) => boolean;
  counterpart: Map<ts.Symbol, ts.Symbol>;
}

/**
 * One entry's two API surfaces: exports removed (the topmost path only), exports whose
 * declarations changed, and the unexported declarations the API reaches (paired by name), each
 * compared with the context of how consumers use it.
 */
function compareSurfaces(before: Map<string, ApiNode>, after: Map<string, ApiNode>, c: Compare): Pending[] {
  const pending: Pending[] = [];
  for (const [key, b] of before) {
    const a = after.get(key);
    if (a) c.counterpart.set(b.symbol, a.symbol);
  }
  const internal = SIDES.map((side) =>
    internalNodes(side === "before" ? before : after, c.variance[side], c.inSide(side)),
  );
  for (const [name, b] of internal[0]!) {
    const a = internal[1]!.get(name);
    if (a) c.counterpart.set(b.symbol, a.symbol);
  }
  for (const [key, b] of before) {
    c.checkBudget();
    const a = after.get(key);
    if (!a) {
      const parent = b.path.slice(0, -1).join(PATH_SEPARATOR);
      if (parent && !after.has(parent)) continue; // reported with its namespace
      const at = removalSite(b, c);
      const ctx = context(c, pending, at.path, b, undefined);
      const prefix = b.path.slice(0, -1).join(".");
      reportRemoved(b.path[b.path.length - 1]!, {
        line: at.line,
        ctx,
        scope: { prefix, nested: b.path.length > 1 },
      });
      continue;
    }
    if (declarationText(b) === declarationText(a)) continue;
    compareNodes(b, a, pending, c);
  }
  // Declarations the API reaches without exporting them: consumers build or read them all the same.
  for (const [name, b] of internal[0]!) {
    const a = internal[1]!.get(name);
    if (!a || declarationText(b) === declarationText(a)) continue;
    const optional = keysAddedAsOptional(c.tp, b, a, c.checkBudget);
    if (optional) reportOptionalKeys(b, a, optional, pending, c);
    else compareNodes(b, a, pending, c);
  }
  return pending;
}

/** A private key-set alias that only added optional properties to the types built from it: a notice. */
function reportOptionalKeys(
  b: ApiNode,
  a: ApiNode,
  { keys, types }: { keys: string[]; types: string[] },
  pending: Pending[],
  c: Compare,
): void {
  const decl = a.declarations[0]!;
  const sf = decl.getSourceFile();
  const ctx = context(c, pending, c.tp.origin(sf)?.path ?? c.entry.files.after ?? "", b, a);
  const list = (xs: string[]) => xs.map((x) => `\`${x}\``).join(", ");
  emit(ctx, {
    rule: tsRules["ts/type-alias-changed"],
    severity: "notice",
    line: sf.getLineAndCharacterOfPosition(decl.getStart()).line + 1,
    symbol: a.path.join("."),
    message: `Type alias \`${a.path.join(".")}\` gained ${list(keys)}; it only lists the keys of ${list(types)}, ${types.length > 1 ? "each of which" : "which"} gained ${keys.length > 1 ? "them as optional properties" : "it as an optional property"}: code that compiled against ${types.length > 1 ? "them" : "it"} still does.`,
  });
}

function compareNodes(b: ApiNode, a: ApiNode, pending: Pending[], c: Compare): void {
  const path = c.tp.origin((a.declarations[0] ?? b.declarations[0])?.getSourceFile() ?? ({} as ts.SourceFile))?.path;
  const ctx = context(c, pending, path ?? c.entry.files.after ?? "", b, a);
  const prefix = b.path.slice(0, -1).join(".");
  compareEntry(entryOf(b, c.checkBudget), entryOf(a, c.checkBudget), ctx, { prefix, nested: b.path.length > 1 });
}

/** Unexported declarations the API reaches, by name (names declared twice on a side are left out). */
function internalNodes(
  api: Map<string, ApiNode>,
  variance: Variance,
  inSide: (d: ts.Node) => boolean,
): Map<string, ApiNode> {
  const exported = new Set([...api.values()].map((n) => n.symbol));
  const out = new Map<string, ApiNode>();
  const twice = new Set<string>();
  for (const symbol of variance.reachable) {
    if (exported.has(symbol)) continue;
    const declarations = (symbol.declarations ?? []).filter(inSide);
    if (
      !declarations.length ||
      !(symbol.flags & (ts.SymbolFlags.Type | ts.SymbolFlags.Function | ts.SymbolFlags.Variable))
    )
      continue;
    if (out.has(symbol.name)) twice.add(symbol.name);
    out.set(symbol.name, { path: [symbol.name], symbol, declarations });
  }
  for (const name of twice) out.delete(name);
  return out;
}

function context(c: Compare, pending: Pending[], path: string, b: ApiNode, a: ApiNode | undefined): CompareContext {
  const { checker } = c.tp;
  const owners = { before: b, after: a ?? b };
  return {
    path,
    pending,
    checkBudget: c.checkBudget,
    usage: usageOf(c, b, a),
    members: (side, own) => memberTable(checker, { symbol: owners[side].symbol, inPackage: c.inSide(side) }, own),
    ctors: (side, line) => effectiveCtors(checker, { symbol: owners[side].symbol, inPackage: c.inSide(side) }, line),
    bases: (side) => baseNames(checker, owners[side].symbol),
    signaturesOf: (type) => namedSignatures(c.tp, type),
    derivedHave: (side, name) => {
      const derived = c.variance[side].throughDerived(owners[side].symbol);
      return (
        derived !== undefined &&
        derived.every((d) => checker.getPropertyOfType(checker.getDeclaredTypeOfSymbol(d), name) !== undefined)
      );
    },
  };
}

/** The signatures of the function a type names: `typeof fn`, or an alias of a function type. */
function namedSignatures(tp: TwoSidedProgram, type: TypeRef): Signature[] | undefined {
  const sf = tp.program.getSourceFile(type.file);
  const node = sf && findTypeNode(sf, type.pos, type.end);
  if (!node) return undefined;
  const name = ts.isTypeQueryNode(node) ? node.exprName : ts.isTypeReferenceNode(node) ? node.typeName : undefined;
  if (!name || (ts.isTypeReferenceNode(node) && node.typeArguments?.length)) return undefined;
  const raw = tp.checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name);
  const decls = (raw ? resolve(tp.checker, raw).declarations : undefined) ?? [];
  if (!decls.length || !decls.every((d) => tp.origin(d.getSourceFile()))) return undefined;
  const out: Signature[] = [];
  for (const d of decls) {
    if (ts.isFunctionDeclaration(d) && !(d.body && decls.length > 1)) out.push(signatureOf(d, d.getSourceFile()));
    else if (ts.isTypeAliasDeclaration(d) && !d.typeParameters && functionTypes(d.type))
      // A union of function types is called as the intersection of its members: as overloads it accepts no less.
      out.push(...functionTypes(d.type)!.map((f) => signatureOf(f, d.getSourceFile())));
    else if (!ts.isModuleDeclaration(d)) return undefined;
  }
  return out.length ? out : undefined;
}

/** A function type, or a union of them (parenthesized), as a list; undefined for any other type. */
function functionTypes(t: ts.TypeNode): ts.FunctionTypeNode[] | undefined {
  const bare = (n: ts.TypeNode): ts.TypeNode => (ts.isParenthesizedTypeNode(n) ? bare(n.type) : n);
  const members = ts.isUnionTypeNode(t) ? t.types.map(bare) : [bare(t)];
  return members.every(ts.isFunctionTypeNode) ? members : undefined;
}

/** How consumers use a declaration: its polarity on either side, with the first use found. */
function usageOf(c: Compare, b: ApiNode, a: ApiNode | undefined): Usage {
  const constructed = c.variance.before.constructed(b.symbol) && (!a || c.variance.after.constructed(a.symbol));
  return { ...polarityOf(c, b, a), constructed, assignedOnly: assignedOnly(c, b, a) };
}

/** The assignment that is the only way consumers supply the declaration, on every side they do. */
function assignedOnly(c: Compare, b: ApiNode, a: ApiNode | undefined): string | undefined {
  let use: string | undefined;
  for (const [v, symbol] of [
    [c.variance.before, b.symbol] as const,
    ...(a ? [[c.variance.after, a.symbol] as const] : []),
  ]) {
    if (!(v.polarity(symbol) & IN)) continue;
    if (!v.assignedOnly(symbol)) return undefined;
    use = v.use(symbol, IN);
  }
  return use;
}

function polarityOf(c: Compare, b: ApiNode, a: ApiNode | undefined): Usage {
  const bits = c.variance.before.polarity(b.symbol) | (a ? c.variance.after.polarity(a.symbol) : 0);
  const use = (bit: number) =>
    (a && c.variance.after.use(a.symbol, bit)) ?? c.variance.before.use(b.symbol, bit) ?? "an exported declaration";
  if (bits === IN) return { direction: "in", reason: `consumers pass it in (${use(IN)})`, unknown: false };
  if (bits === OUT) return { direction: "out", reason: `consumers receive it (${use(OUT)})`, unknown: false };
  if (bits)
    return {
      direction: "both",
      reason: `consumers both pass it in (${use(IN)}) and receive it (${use(OUT)})`,
      unknown: false,
    };
  return {
    direction: "both",
    reason: "no exported function or value uses it, so consumers may both build and read it",
    unknown: true,
  };
}

/**
 * Where a removed export is reported: at its declaration when that file changed, else at the
 * entry file's re-export that no longer carries it (an `export *` or `export { … } from` dropped).
 */
function removalSite(b: ApiNode, c: Compare): { path: string; line: number } {
  const decl = b.declarations[0];
  const at = decl ? c.tp.origin(decl.getSourceFile()) : undefined;
  const entryAfter = c.entry.files.after ?? c.entry.files.before!;
  const line = (n: ts.Node) => n.getSourceFile().getLineAndCharacterOfPosition(n.getStart()).line + 1;
  if (b.exportedAt && c.tp.origin(b.exportedAt.getSourceFile())?.path === c.entry.files.before)
    return { path: entryAfter, line: line(b.exportedAt) };
  if (decl && at && changedText(c.sides, at.path)) return { path: at.path, line: line(decl) };
  const entry = c.entry.files.before ? c.tp.sourceFile("before", c.entry.files.before) : undefined;
  const afterText = c.entry.files.after ? (c.tp.sourceFile("after", c.entry.files.after)?.text ?? "") : "";
  const dropped = entry?.statements.find(
    (s) => ts.isExportDeclaration(s) && s.moduleSpecifier && !afterText.includes(s.getText()),
  );
  return { path: entryAfter, line: dropped ? line(dropped) : 1 };
}

/** `export = debug`: the root name symbols carry (`debug.x`), dropped when twins are matched. */
function exportEqualsRoot(api: Map<string, ApiNode>): string | undefined {
  for (const node of api.values())
    if (node.path.length === 1 && node.target && node.target === node.path[0]) return node.target;
  return undefined;
}

/** A finding in generated declarations, moved to the source line they were generated from. */
function fromGenerated(f: Finding, emitted: UnitOutcome["emitted"]): Finding {
  for (const side of SIDES) {
    const origin = emitted[side]?.origins.get(f.path);
    if (origin) return { ...f, path: origin.source, line: origin.lines[f.line - 1] ?? 1 };
  }
  return f;
}

function parseFailures(failed: Set<string>, sides: Sides): Finding[] {
  const out: Finding[] = [];
  for (const path of failed) {
    for (const side of SIDES) {
      const text = sides[side](path);
      if (text === undefined) continue;
      const problem = syntaxProblem(path, text);
      if (!problem) continue;
      const version = side === "before" ? "base" : "head";
      out.push(
        finding(tsRules["ts/parse-failed"], {
          path,
          line: problem.line,
          message: `The ${version} version of ${path} does not parse as TypeScript: ${problem.reason} (line ${problem.line}). Its API changes could not be compared.`,
        }),
      );
    }
  }
  return out;
}

/** The first syntax error of a file (with how many more), or its NUL bytes. */
export function syntaxProblem(path: string, text: string): { line: number; reason: string } | undefined {
  if (text.includes("\u0000")) return { line: 1, reason: "the file holds binary data (NUL bytes)" };
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  const sf = ts.createSourceFile(
    path,
    text,
    options,
    false,
    /\.tsx$/.test(path) ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const diagnostics = parseDiagnostics(sf);
  if (!diagnostics.length) return undefined;
  const first = diagnostics[0]!;
  const line = sf.getLineAndCharacterOfPosition(first.start).line + 1;
  const more =
    diagnostics.length > 1
      ? ` (and ${diagnostics.length - 1} more syntax error${diagnostics.length > 2 ? "s" : ""})`
      : "";
  return { line, reason: `${ts.flattenDiagnosticMessageText(first.messageText, " ")}${more}` };
}

/** Files the entry points import that the tree holds but the review did not read (over a cap). */
function partlyRead(unit: Input["unit"], missing: Set<string>): Finding {
  const list = [...missing].sort();
  const shown = list
    .slice(0, 5)
    .map((p) => `\`${p}\``)
    .join(", ");
  const more = list.length > 5 ? ` and ${list.length - 5} more` : "";
  const path = unit.kind === "package" ? unit.manifest : unit.path;
  return finding(tsRules["ts/entry-points-unresolved"], {
    path,
    line: 1,
    symbol: unit.kind === "package" ? unit.name : unit.path,
    message: `The entry points import ${shown}${more}, which were not read; the API was compared as far as the files read go, and types from those files could not be judged.`,
  });
}

function notGenerated(
  unit: Extract<TsUnit, { kind: "package" }>,
  tsconfig: string | undefined,
  sources: string[],
  problems: string[],
): Finding {
  const why = problems.length ? `: ${problems.slice(0, 3).join("; ")}` : "";
  return finding(tsRules["ts/entry-points-unresolved"], {
    path: unit.manifest,
    line: 1,
    symbol: unit.name,
    message: `The declarations of \`${unit.name}\` could not be generated from ${sources.map((s) => `\`${s}\``).join(", ")}${tsconfig ? ` with \`${tsconfig}\`` : ""}${why}; its API was not compared.`,
  });
}
