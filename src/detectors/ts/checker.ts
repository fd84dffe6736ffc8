import ts from "typescript";
import { DEFAULT_LIB, libSourceFile, libsLoaded } from "./lib-files.js";
import { comparisonDeclaration, genericForm, type GenericForm } from "./generic-types.js";
import { COMPILER_OPTIONS, type TwoSidedProgram } from "./program.js";
import type { Pending, TypeQuestion } from "./compare-context.js";

type Verdict = "equivalent" | "compatible" | "breaks" | "unknown";

/**
 * Settles type changes with the checker, in the program holding both versions. A change is
 * judged only when every name in both type nodes resolves inside the program (no unresolved
 * imports, no `any` inside): equivalent types are dropped; a change the way the use allows
 * (a parameter widened, a return or read-only value narrowed) becomes a notice; a change the
 * other way is an error that says which use breaks. What cannot be judged stays as the
 * structural comparison said.
 */
export function settleWithChecker(pending: Pending[], tp: TwoSidedProgram, checkBudget: () => void): Pending[] {
  if (!pending.some((p) => p.question) || !libsLoaded()) return pending;
  checkBudget();
  const { program, checker } = tp;
  const judged = pending.map((p) => (p.question ? judge(p.question, program, checker) : "unknown"));
  const verdicts = settleGeneric(judged, pending, checkBudget);
  const out: Pending[] = [];
  for (const [i, p] of pending.entries()) {
    checkBudget();
    const verdict = verdicts[i];
    const q = p.question;
    if (!q || verdict === "unknown") out.push(p);
    else if (verdict === "equivalent") continue;
    else if (verdict === "compatible") {
      const how =
        q.direction === "in"
          ? "widened: every value accepted before is still accepted"
          : "narrowed: every value returned now was a valid value before";
      out.push({
        finding: {
          ...p.finding,
          severity: "notice",
          message: `${p.finding.message} The type was only ${how}, so existing code still compiles.`,
        },
      });
    } else {
      out.push({
        finding: { ...p.finding, severity: "error", message: `${p.finding.message} ${breakage(q)}` },
      });
    }
  }
  return out;
}

/** Which use of the type the change breaks, in words. */
function breakage(q: TypeQuestion): string {
  if (q.direction === "in")
    return `The new type rejects values the old one accepted; ${q.reason ?? "callers pass them in"}.`;
  if (q.direction === "out")
    return `The new type allows values the old one did not; ${q.reason ?? "callers receive them"}.`;
  return `The two types are not interchangeable; ${q.reason ?? "consumers both pass and receive them"}.`;
}

/** Types mentioning type parameters: related later in a program of their own (see generic-types.ts). */
interface GenericPair {
  before: GenericForm;
  after: GenericForm;
}

function judge(q: TypeQuestion, program: ts.Program, checker: ts.TypeChecker): Verdict | GenericPair {
  const bsf = program.getSourceFile(q.before.file);
  const asf = program.getSourceFile(q.after.file);
  const bn = bsf && findTypeNode(bsf, q.before.pos, q.before.end);
  const an = asf && findTypeNode(asf, q.after.pos, q.after.end);
  if (!bsf || !asf || !bn || !an) return "unknown";
  const top = anyChange(bn, an, q.direction);
  if (top) return top;
  const [bi, ai] = [inspect(bn, checker), inspect(an, checker)];
  if (!bi.selfContained || !ai.selfContained) {
    const before = genericForm(bn, bsf, checker);
    const after = genericForm(an, asf, checker);
    return before && after && (before.params.size || after.params.size) ? { before, after } : "unknown";
  }
  const verdict = relate(checker.getTypeFromTypeNode(bn), checker.getTypeFromTypeNode(an), q.direction, checker);
  // Two versions of a class with private members are never assignable: that proves nothing.
  return verdict === "breaks" && (bi.nominal || ai.nominal) ? "unknown" : verdict;
}

/**
 * Settles the type-parameter questions in one small program (the default library plus one
 * declaration per question), where both versions share the same type parameters.
 */
function settleGeneric(judged: Array<Verdict | GenericPair>, pending: Pending[], checkBudget: () => void): Verdict[] {
  const decls = judged.map((j, i) =>
    typeof j === "string" ? undefined : comparisonDeclaration(`__q${i}`, j.before, j.after),
  );
  const verdicts = judged.map((j) => (typeof j === "string" ? j : "unknown"));
  if (!decls.some(Boolean)) return verdicts;
  checkBudget();
  const text = `export {};\n${decls.filter(Boolean).join("\n")}\n`;
  const program = ts.createProgram({
    rootNames: ["/generic.ts"],
    options: COMPILER_OPTIONS,
    host: syntheticHost(text),
  });
  const sf = program.getSourceFile("/generic.ts");
  if (!sf || program.getSyntacticDiagnostics(sf).length) return verdicts;
  const checker = program.getTypeChecker();
  // A declaration the checker reports on (a library generic given the wrong arguments…) proves nothing.
  const flagged = program.getSemanticDiagnostics(sf).map((d) => d.start ?? -1);
  for (const st of sf.statements) {
    if (!ts.isFunctionDeclaration(st) || !st.name || flagged.some((at) => at >= st.pos && at < st.end)) continue;
    const i = Number(st.name.text.slice(3));
    const [bp, ap] = st.parameters;
    if (!bp?.type || !ap?.type) continue;
    verdicts[i] = relate(
      checker.getTypeFromTypeNode(bp.type),
      checker.getTypeFromTypeNode(ap.type),
      pending[i]!.question!.direction,
      checker,
    );
  }
  return verdicts;
}

function syntheticHost(text: string): ts.CompilerHost {
  return {
    getDefaultLibFileName: () => `/lib/${DEFAULT_LIB}`,
    getDefaultLibLocation: () => "/lib",
    writeFile: () => {},
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    directoryExists: (d) => d === "/" || d === "/lib",
    getDirectories: () => [],
    getSourceFile: (fileName, languageVersion) =>
      fileName.startsWith("/lib/")
        ? libSourceFile(fileName.slice(5))
        : fileName === "/generic.ts"
          ? ts.createSourceFile(fileName, text, languageVersion, true)
          : undefined,
    fileExists: (f) => (f.startsWith("/lib/") ? libSourceFile(f.slice(5)) !== undefined : f === "/generic.ts"),
    readFile: (f) => (f === "/generic.ts" ? text : undefined),
  };
}

function relate(tb: ts.Type, ta: ts.Type, direction: TypeQuestion["direction"], checker: ts.TypeChecker): Verdict {
  const isAny = (t: ts.Type) => (t.flags & ts.TypeFlags.Any) !== 0;
  if (isAny(tb) || isAny(ta)) return "unknown"; // `any` is assignable both ways and proves nothing
  const widened = checker.isTypeAssignableTo(tb, ta);
  const narrowed = checker.isTypeAssignableTo(ta, tb);
  if (widened && narrowed) return "equivalent";
  if ((direction === "in" && widened) || (direction === "out" && narrowed)) return "compatible";
  return "breaks";
}

/**
 * A change to or from a bare `any` / `unknown`: a type that became `any` accepts and yields
 * anything consumers wrote; a parameter that became `unknown` accepts every value. Anything else
 * involving `any` is left undecided (it is assignable both ways, which proves nothing).
 */
function anyChange(bn: ts.TypeNode, an: ts.TypeNode, direction: TypeQuestion["direction"]): Verdict | undefined {
  const bare = (n: ts.TypeNode, kind: ts.SyntaxKind) => n.kind === kind;
  if (bare(an, ts.SyntaxKind.AnyKeyword)) return "compatible";
  if (direction === "in" && bare(an, ts.SyntaxKind.UnknownKeyword)) return "compatible";
  return undefined;
}

/** The type node spanning exactly [start, end) in a file of the program. */
function findTypeNode(sf: ts.SourceFile, start: number, end: number): ts.TypeNode | undefined {
  let found: ts.TypeNode | undefined;
  const visit = (n: ts.Node): void => {
    if (found || n.end < end || n.pos > start) return;
    if (ts.isTypeNode(n) && n.getStart(sf) === start && n.end === end) {
      found = n;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/**
 * Whether the checker can judge a type node: every type name resolves to a declaration inside
 * the program, none is a type parameter, and no part is `any` (an unresolved import or an `any`
 * anywhere makes the two types assignable both ways, which would prove nothing). `nominal` when
 * it names a package class with private or protected members: two versions of such a class are
 * never assignable to each other.
 */
function inspect(node: ts.Node, checker: ts.TypeChecker): { selfContained: boolean; nominal: boolean } {
  let ok = true;
  let nominal = false;
  const visit = (n: ts.Node): void => {
    if (!ok) return;
    if (
      n.kind === ts.SyntaxKind.AnyKeyword ||
      ts.isImportTypeNode(n) ||
      ts.isInferTypeNode(n) ||
      ts.isMappedTypeNode(n)
    ) {
      ok = false; // any, types from outside the ChangeSet, binders the two versions name separately
      return;
    }
    const name = ts.isTypeReferenceNode(n) ? n.typeName : ts.isTypeQueryNode(n) ? n.exprName : undefined;
    if (name) {
      let symbol = checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (!symbol || symbol.flags === ts.SymbolFlags.None || symbol.flags & ts.SymbolFlags.TypeParameter) ok = false;
      else if (ts.isTypeReferenceNode(n) && checker.getTypeFromTypeNode(n).flags & ts.TypeFlags.Any) ok = false;
      else if (symbol.flags & ts.SymbolFlags.Class && hasHiddenMembers(symbol)) nominal = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return { selfContained: ok, nominal };
}

function hasHiddenMembers(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some(
    (d) =>
      !d.getSourceFile().fileName.startsWith("/lib/") &&
      ts.isClassLike(d) &&
      d.members.some(
        (m) =>
          (m.name && ts.isPrivateIdentifier(m.name)) ||
          (ts.getCombinedModifierFlags(m) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) !== 0,
      ),
  );
}
