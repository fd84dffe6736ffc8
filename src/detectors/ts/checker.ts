import ts from "./typescript.cjs";
import { libSourceFile, libsLoaded } from "./lib-files.js";
import {
  comparisonDeclaration,
  comparisonForm,
  hasHiddenMembers,
  type ComparisonForm,
  type Reference,
} from "./generic-types.js";
import { parseUnits } from "../../engine/budget.js";
import { normalizeType } from "./print-type.js";
import { COMPILER_OPTIONS, renamed, withModuleResolution, type TwoSidedProgram } from "./program.js";
import { coverRelations, covers, type CoverRelation } from "./overload-cover.js";
import { describe } from "./compare-signatures.js";
import type { CoverQuestion, Pending, TypeQuestion } from "./compare-context.js";
import type { Signature } from "./model.js";
import type { Finding } from "../../engine/types.js";

/** `became-any`: compatible because the new type is `any`, which every use compiles against. */
type Verdict = "equivalent" | "compatible" | "became-any" | "breaks" | "unknown";

/** How each version names a package declaration in the comparison file (see generic-types.ts). */
export interface References {
  before: Reference;
  after: Reference;
}

/**
 * Settles type changes with the checker. The two versions of a changed type are related in one
 * comparison file, modulo named types (each package declaration they name is the same one on
 * both sides; its own change is judged where it is declared): equivalent types are dropped; a
 * change the way the use allows (a parameter widened, a return or read-only value narrowed) is a
 * notice; a change the other way is an error that says which use breaks. A type that cannot be
 * written there (a global script's declarations, an unresolved import) is related in the program
 * holding both versions instead. What cannot be judged (an unresolved name, `any` in the old
 * type) stays as the structural comparison said.
 */
export function settleWithChecker(
  pending: Pending[],
  tp: TwoSidedProgram,
  references: References,
  checkBudget: (units?: number) => void,
): Pending[] {
  if (!pending.some((p) => p.question || p.cover) || !libsLoaded()) return pending;
  checkBudget();
  const judged = pending.map((p) => (p.question ? judge(p.question, tp, references) : "unknown"));
  const covers = [...new Set(pending.flatMap((p) => (p.cover ? [p.cover] : [])))];
  const relations = covers.flatMap((q, i) =>
    coverRelations(i, q, tp, {
      target: q.of === "calls" ? references.before : references.after,
      sources: q.of === "calls" ? references.after : references.before,
    }),
  );
  const { verdicts, coveredBy, related } = settleForms({ judged, pending, relations, tp, checkBudget });
  const cover = new Map(covers.map((q, i) => [q, coveredBy.get(i)]));
  const uncovered = new Set(covers.filter((_, i) => related.has(i) && !coveredBy.has(i)));
  const out: Pending[] = [];
  for (const [i, p] of pending.entries()) {
    checkBudget();
    const verdict = verdicts[i];
    const q = p.question;
    let settled: Finding;
    if (!q || verdict === "unknown") settled = p.finding;
    else if (verdict === "equivalent") continue;
    else if (verdict === "compatible" || verdict === "became-any") {
      const how =
        verdict === "became-any"
          ? "The new type is `any`: code that used the old one compiles against it whatever it did."
          : `The type was only ${
              q.direction === "in"
                ? "widened: every value accepted before is still accepted"
                : "narrowed: every value returned now was a valid value before"
            }, so existing code still compiles.`;
      settled = { ...p.finding, severity: "notice", message: `${p.finding.message} ${how}` };
    } else settled = { ...p.finding, severity: "error", message: `${p.finding.message} ${breakage(q)}` };
    const by = p.cover && cover.get(p.cover);
    // Said of the structural change, without what the checker concluded about one type in it.
    if (p.cover && by !== undefined && settled.severity === "error")
      settled = coveredFinding(p.finding, p.cover, p.cover.sources[by]!);
    else if (p.cover && uncovered.has(p.cover) && settled.severity === "error")
      settled = { ...settled, message: `${settled.message} ${uncoveredNote(p.cover)}` };
    out.push({ finding: settled });
  }
  return out;
}

/**
 * True when every call spelling the old overload's type arguments still compiles against the new
 * one: it had none, or the new one starts with the same constrained parameters and defaults the rest.
 */
function typeArgumentsKept(old: Signature, now: Signature): boolean {
  const n = old.typeParams.length;
  return (
    n === 0 ||
    (now.typeParams.length >= n &&
      old.typeParams.every((t, i) => t.constraint?.key === now.typeParams[i]!.constraint?.key) &&
      now.typeParams.slice(n).every((t) => t.hasDefault))
  );
}

/** Why an error about one overload stands: the checker found no overload of the other set covering it. */
function uncoveredNote(q: CoverQuestion): string {
  return q.of === "calls"
    ? `No new overload accepts every call the old overload \`${describe(q.target)}\` did.`
    : `No old overload fits the new one, so implementations of the old set need it added.`;
}

/**
 * An error about one overload whose set still serves every call (or implementation) it did: a
 * notice saying which overload covers it, or a warning when the covering overload declares other
 * type parameters (a call spelling the old type arguments explicitly may not compile).
 */
function coveredFinding(f: Finding, q: CoverQuestion, by: Signature): Finding {
  const explicit = q.of === "calls" && !typeArgumentsKept(q.target, by);
  const why =
    q.of === "calls"
      ? `Every call the old overload \`${describe(q.target)}\` accepted still compiles: the new overload \`${describe(by)}\` takes its arguments and returns what its result was used as.`
      : `Implementations of the old overload \`${describe(by)}\` already fit the new one.`;
  const typeArgs = explicit ? " Only calls that spell its type arguments explicitly may no longer compile." : "";
  return { ...f, severity: explicit ? "warning" : "notice", message: `${f.message} ${why}${typeArgs}` };
}

/** Which use of the type the change breaks, in words. */
function breakage(q: TypeQuestion): string {
  if (q.direction === "in")
    return `The new type rejects values the old one accepted; ${q.reason ?? "callers pass them in"}.`;
  if (q.direction === "out")
    return `The new type allows values the old one did not; ${q.reason ?? "callers receive them"}.`;
  return `The two types are not interchangeable; ${q.reason ?? "consumers both pass and receive them"}.`;
}

/** A question written as two forms, related in the comparison file. */
interface FormPair {
  before: ComparisonForm;
  after: ComparisonForm;
}

function judge(q: TypeQuestion, tp: TwoSidedProgram, references: References): Verdict | FormPair {
  const { program, checker } = tp;
  const bsf = program.getSourceFile(q.before.file);
  const asf = program.getSourceFile(q.after.file);
  const bn = bsf && findTypeNode(bsf, q.before.pos, q.before.end);
  const an = asf && findTypeNode(asf, q.after.pos, q.after.end);
  if (!bsf || !asf || !bn || !an) return "unknown";
  const top = anyChange(bn, an, q.direction);
  if (top) return top;
  const predicate = predicateChange(bn, an);
  if (predicate === "judge") {
    const [bp, ap] = [bn, an] as [ts.TypePredicateNode, ts.TypePredicateNode];
    return judge({ ...q, before: refOf(bp.type!, bsf), after: refOf(ap.type!, asf), direction: "out" }, tp, references);
  }
  if (predicate) return predicate;
  const members = resolves(bn, checker) && resolves(an, checker) ? unionMembersChanged(bn, an, bsf, asf) : undefined;
  if (members === "equivalent") return "equivalent";
  if ((members === "widened" && q.direction === "in") || (members === "narrowed" && q.direction === "out"))
    return "compatible";
  const before = comparisonForm(bn, bsf, checker, references.before);
  const after = before && comparisonForm(an, asf, checker, references.after);
  if (before && after) return before.hasAny ? "unknown" : { before, after };
  // Not writable in the comparison file: related where both versions are.
  const [bi, ai] = [inspect(bn, checker, false), inspect(an, checker, true)];
  if (!bi.selfContained || !ai.selfContained) return "unknown";
  const verdict = relate(checker.getTypeFromTypeNode(bn), checker.getTypeFromTypeNode(an), q.direction, checker);
  // Two versions of a class with private members are never assignable: that proves nothing.
  return verdict === "breaks" && (bi.nominal || ai.nominal) ? "unknown" : verdict;
}

/**
 * Relates, in one comparison file that sees both versions' files (the program's own source files,
 * reused): the questions written as forms (one declaration per question, both versions sharing the
 * same type parameters), and the cover questions' relations (see overload-cover.ts).
 */
function settleForms(input: {
  judged: Array<Verdict | FormPair>;
  pending: Pending[];
  relations: CoverRelation[];
  tp: TwoSidedProgram;
  checkBudget: (units?: number) => void;
}): { verdicts: Verdict[]; coveredBy: Map<number, number>; related: Set<number> } {
  const { judged, pending, relations, tp, checkBudget } = input;
  const decls = judged.map((j, i) =>
    typeof j === "string" ? undefined : comparisonDeclaration(`__q${i}`, [j.before, j.after]),
  );
  const verdicts = judged.map((j) => (typeof j === "string" ? j : "unknown"));
  const coveredBy = new Map<number, number>();
  const related = new Set<number>();
  const all = [...decls.filter((d): d is string => !!d), ...relations.map((r) => r.declaration)];
  if (!all.length) return { verdicts, coveredBy, related };
  const text = `export {};\n${all.join("\n")}\n`;
  checkBudget(parseUnits(text.length));
  const program = ts.createProgram({
    rootNames: [COMPARISON_FILE],
    options: COMPILER_OPTIONS,
    host: comparisonHost(text, tp),
    oldProgram: tp.program,
  });
  const sf = program.getSourceFile(COMPARISON_FILE);
  if (!sf || program.getSyntacticDiagnostics(sf).length) return { verdicts, coveredBy, related };
  const checker = program.getTypeChecker();
  // A declaration the checker reports on (a generic given the wrong arguments…) proves nothing.
  const flagged = program.getSemanticDiagnostics(sf).map((d) => d.start ?? -1);
  const relation = new Map(relations.map((r) => [`__c${r.question}_${r.source}`, r]));
  for (const st of sf.statements) {
    checkBudget();
    if (!ts.isFunctionDeclaration(st) || !st.name || flagged.some((at) => at >= st.pos && at < st.end)) continue;
    const r = relation.get(st.name.text);
    if (r) {
      related.add(r.question);
      if (!coveredBy.has(r.question) && covers(st, checker)) coveredBy.set(r.question, r.source);
      continue;
    }
    const i = Number(st.name.text.slice(3));
    const [bp, ap] = st.parameters;
    if (!bp?.type || !ap?.type) continue;
    const verdict = relate(
      checker.getTypeFromTypeNode(bp.type),
      checker.getTypeFromTypeNode(ap.type),
      pending[i]!.question!.direction,
      checker,
    );
    const pair = judged[i] as FormPair;
    verdicts[i] = verdict === "breaks" && (pair.before.nominal || pair.after.nominal) ? "unknown" : verdict;
  }
  return { verdicts, coveredBy, related };
}

const COMPARISON_FILE = "/compare.ts";

/**
 * The comparison file, next to the files (and lib) of the program holding both versions; a module
 * name resolving to a head-side name of a file both sides share resolves to the file it is held as.
 */
function comparisonHost(text: string, tp: TwoSidedProgram): ts.CompilerHost {
  const { program, libFile } = tp;
  const own = (f: string) => (f === COMPARISON_FILE ? text : tp.file(f)?.text);
  const host: ts.CompilerHost = {
    getDefaultLibFileName: () => libFile,
    getDefaultLibLocation: () => "/lib",
    writeFile: () => {},
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    directoryExists: () => true,
    getDirectories: () => [],
    getSourceFile: (fileName, languageVersion) =>
      fileName.startsWith("/lib/")
        ? libSourceFile(fileName.slice(5))
        : fileName === COMPARISON_FILE
          ? ts.createSourceFile(fileName, text, languageVersion, true)
          : program.getSourceFile(fileName),
    fileExists: (f) => (f.startsWith("/lib/") ? libSourceFile(f.slice(5)) !== undefined : own(f) !== undefined),
    readFile: own,
  };
  return withModuleResolution(host, (result) => {
    const target = result.resolvedModule?.resolvedFileName;
    const name = target && tp.programName(target);
    return name && name !== target ? renamed(result, name) : result;
  });
}

const isAny = (t: ts.Type) => (t.flags & ts.TypeFlags.Any) !== 0;
/** `any` as declared (not the checker's error type for a name it could not resolve, also an `any`). */
const declaredAny = (t: ts.Type) => isAny(t) && (t as { intrinsicName?: string }).intrinsicName === "any";

function relate(tb: ts.Type, ta: ts.Type, direction: TypeQuestion["direction"], checker: ts.TypeChecker): Verdict {
  // A type that became `any` through an alias accepts and yields anything consumers wrote.
  if (declaredAny(ta) && !isAny(tb)) return "became-any";
  if (isAny(tb) || isAny(ta)) return "unknown"; // `any` is assignable both ways and proves nothing
  const widened = checker.isTypeAssignableTo(tb, ta);
  const narrowed = checker.isTypeAssignableTo(ta, tb);
  if (widened && narrowed) return "equivalent";
  if ((direction === "in" && widened) || (direction === "out" && narrowed)) return "compatible";
  return "breaks";
}

/**
 * Two types that differ only by the members of a union, where the union's values are the type's
 * own (the type itself, an array's elements, inside parentheses or `readonly`): "widened" when
 * every old member is still there, "narrowed" when no member was added. Each name means the same
 * declaration on both sides (its own change is judged where it is declared), so this settles a
 * change the checker cannot relate directly, such as a union naming a class whose two versions
 * differ, or types the comparison file cannot name.
 */
function unionMembersChanged(
  bn: ts.TypeNode,
  an: ts.TypeNode,
  bsf: ts.SourceFile,
  asf: ts.SourceFile,
): "equivalent" | "widened" | "narrowed" | undefined {
  const arrayOf = (n: ts.TypeNode) =>
    ts.isTypeReferenceNode(n) && /^(Readonly)?Array$/.test(n.typeName.getText()) && n.typeArguments?.length === 1
      ? n.typeArguments[0]
      : undefined;
  const inner = (n: ts.TypeNode): ts.TypeNode | undefined =>
    ts.isParenthesizedTypeNode(n)
      ? n.type
      : ts.isArrayTypeNode(n)
        ? n.elementType
        : ts.isTypeOperatorNode(n) && n.operator === ts.SyntaxKind.ReadonlyKeyword
          ? n.type
          : arrayOf(n);
  const kindOf = (n: ts.TypeNode) =>
    ts.isTypeOperatorNode(n)
      ? `${n.kind}:${n.operator}`
      : ts.isTypeReferenceNode(n)
        ? n.typeName.getText()
        : `${n.kind}`;
  const [bi, ai] = [inner(bn), inner(an)];
  if (bi && ai) return kindOf(bn) === kindOf(an) ? unionMembersChanged(bi, ai, bsf, asf) : undefined;
  const set = (n: ts.TypeNode, sf: ts.SourceFile) =>
    new Set((ts.isUnionTypeNode(n) ? n.types : [n]).map((t) => normalizeType(t, sf)));
  const [b, a] = [set(bn, bsf), set(an, asf)];
  if (!ts.isUnionTypeNode(bn) && !ts.isUnionTypeNode(an)) return undefined;
  const kept = [...b].every((t) => a.has(t));
  const none = [...a].every((t) => b.has(t));
  if (kept && none) return "equivalent";
  return kept ? "widened" : none ? "narrowed" : undefined;
}

/**
 * True when every name the type node uses resolves to a declaration (not an unresolved import)
 * that is no type parameter: widening a parameter that mentions one changes what calls infer for it.
 */
function resolves(node: ts.Node, checker: ts.TypeChecker): boolean {
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (!ok) return;
    const name = ts.isTypeReferenceNode(n) ? n.typeName : ts.isTypeQueryNode(n) ? n.exprName : undefined;
    if (name) {
      let symbol = checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (!symbol?.declarations?.length || symbol.flags & ts.SymbolFlags.TypeParameter) ok = false;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return ok;
}

/**
 * A change to or from a bare `any` / `unknown`: a type that became `any` accepts and yields
 * anything consumers wrote; a parameter that became `unknown` accepts every value. Anything else
 * involving `any` is left undecided (it is assignable both ways, which proves nothing).
 */
function anyChange(bn: ts.TypeNode, an: ts.TypeNode, direction: TypeQuestion["direction"]): Verdict | undefined {
  const bare = (n: ts.TypeNode, kind: ts.SyntaxKind) => n.kind === kind;
  if (bare(an, ts.SyntaxKind.AnyKeyword)) return checkedByConditional(an) ? "unknown" : "became-any";
  if (direction === "in" && bare(an, ts.SyntaxKind.UnknownKeyword)) return "compatible";
  return undefined;
}

/**
 * A type parameter's default that a conditional type of its declaration checks
 * (`type Sel<T = any> = T extends "n" ? A : B`): `any` there selects both branches, so references
 * omitting the argument do not simply become `any` — they may resolve to a wider union.
 */
function checkedByConditional(n: ts.TypeNode): boolean {
  const param = n.parent;
  if (!ts.isTypeParameterDeclaration(param) || param.default !== n) return false;
  const checks = (x: ts.Node): boolean =>
    (ts.isConditionalTypeNode(x) &&
      ts.isTypeReferenceNode(x.checkType) &&
      ts.isIdentifier(x.checkType.typeName) &&
      x.checkType.typeName.text === param.name.text) ||
    ts.forEachChild(x, checks) === true;
  return checks(param.parent);
}

/**
 * A return type that is or was a type predicate (`value is Cancel`): the call still returns a
 * boolean, so adding a predicate is compatible and dropping one breaks code relying on the
 * narrowing; two predicates on the same parameter compare their narrowed types ("judge").
 */
function predicateChange(bn: ts.TypeNode, an: ts.TypeNode): Verdict | "judge" | undefined {
  const isPredicate = (n: ts.TypeNode): n is ts.TypePredicateNode => ts.isTypePredicateNode(n);
  if (!isPredicate(bn) && !isPredicate(an)) return undefined;
  if (!isPredicate(bn))
    return bn.kind === ts.SyntaxKind.BooleanKeyword && isPredicate(an) && !an.assertsModifier
      ? "compatible"
      : "unknown";
  if (!isPredicate(an)) return "breaks";
  const sameTarget =
    bn.parameterName.getText() === an.parameterName.getText() && !bn.assertsModifier === !an.assertsModifier;
  return sameTarget && bn.type && an.type ? "judge" : "unknown";
}

function refOf(node: ts.TypeNode, sf: ts.SourceFile): TypeQuestion["before"] {
  return {
    text: node.getText(sf),
    key: node.getText(sf),
    refs: [],
    file: sf.fileName,
    pos: node.getStart(sf),
    end: node.end,
  };
}

/** The type node spanning exactly [start, end) in a file of the program. */
export function findTypeNode(sf: ts.SourceFile, start: number, end: number): ts.TypeNode | undefined {
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
function inspect(
  node: ts.Node,
  checker: ts.TypeChecker,
  anyAllowed: boolean,
): { selfContained: boolean; nominal: boolean } {
  let ok = true;
  let nominal = false;
  const visit = (n: ts.Node): void => {
    if (!ok) return;
    if (
      (n.kind === ts.SyntaxKind.AnyKeyword && !anyAllowed) ||
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
      else if (ts.isTypeReferenceNode(n) && !(anyAllowed && declaredAny(checker.getTypeFromTypeNode(n)))) {
        // the checker's error type (a name it could not resolve) is an `any` too, and proves nothing
        if (checker.getTypeFromTypeNode(n).flags & ts.TypeFlags.Any) ok = false;
      } else if (symbol.flags & ts.SymbolFlags.Class && hasHiddenMembers(symbol)) nominal = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return { selfContained: ok, nominal };
}
