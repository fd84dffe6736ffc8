import ts from "typescript";
import { DEFAULT_LIB, libSourceFile, libsLoaded } from "./lib-files.js";
import { comparisonDeclaration, genericForm, type GenericForm } from "./generic-types.js";
import type { Pending, TypeQuestion } from "./compare-context.js";

type Verdict = "equivalent" | "compatible" | "unknown";

/** The files of one side, by repository path (only declaration and source files are read). */
export type SideFiles = (path: string) => string | undefined;

interface Input {
  beforePath: string;
  afterPath: string;
  checkBudget: () => void;
  before: SideFiles;
  after: SideFiles;
}

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/**
 * Settles type changes with the checker. Types from two programs cannot be related, so ONE
 * program holds both versions under `/before/` and `/after/` roots; every file gets `export {}`
 * appended so global declarations of the two versions do not merge. A change is settled only
 * when every name in both type nodes resolves inside the ChangeSet (no unresolved imports, no
 * type parameters): equivalent types are dropped, parameter widening and return narrowing
 * become notices, and everything else stays as the structural diff said.
 */
export function settleWithChecker(pending: Pending[], input: Input): Pending[] {
  const questions = pending.filter((p) => p.question);
  if (!questions.length || !libsLoaded()) return pending;
  input.checkBudget();
  const program = ts.createProgram({
    rootNames: [`/before/${input.beforePath}`, `/after/${input.afterPath}`],
    options: OPTIONS,
    host: host(input),
  });
  const checker = program.getTypeChecker();
  const bsf = program.getSourceFile(`/before/${input.beforePath}`);
  const asf = program.getSourceFile(`/after/${input.afterPath}`);
  if (!bsf || !asf) return pending;
  const judged = pending.map((p) => (p.question ? judge(p.question, bsf, asf, checker) : "unknown"));
  const verdicts = settleGeneric(judged, pending, input.checkBudget);
  const out: Pending[] = [];
  for (const [i, p] of pending.entries()) {
    input.checkBudget();
    const verdict = verdicts[i];
    if (verdict === "equivalent") continue;
    if (verdict === "compatible") {
      const how =
        p.question!.direction === "in"
          ? "widened: every value accepted before is still accepted"
          : "narrowed: every value returned now was a valid value before";
      out.push({
        finding: {
          ...p.finding,
          severity: "notice",
          message: `${p.finding.message} The type was only ${how}, so existing code still compiles.`,
        },
      });
    } else out.push(p);
  }
  return out;
}

/** Types mentioning type parameters: related later in a program of their own (see generic-types.ts). */
interface GenericPair {
  before: GenericForm;
  after: GenericForm;
}

function judge(
  q: TypeQuestion,
  bsf: ts.SourceFile,
  asf: ts.SourceFile,
  checker: ts.TypeChecker,
): Verdict | GenericPair {
  const bn = findTypeNode(bsf, q.before.pos, q.before.end);
  const an = findTypeNode(asf, q.after.pos, q.after.end);
  if (!bn || !an) return "unknown";
  if (!selfContained(bn, checker) || !selfContained(an, checker)) {
    const before = genericForm(bn, bsf, checker);
    const after = genericForm(an, asf, checker);
    return before && after && (before.params.size || after.params.size) ? { before, after } : "unknown";
  }
  return relate(checker.getTypeFromTypeNode(bn), checker.getTypeFromTypeNode(an), q.direction, checker);
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
  const program = ts.createProgram({ rootNames: ["/generic.ts"], options: OPTIONS, host: syntheticHost(text) });
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
    ...host({ beforePath: "", afterPath: "", checkBudget: () => {}, before: () => undefined, after: () => undefined }),
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
  const q = { direction };
  const isAny = (t: ts.Type) => (t.flags & ts.TypeFlags.Any) !== 0;
  if (isAny(tb) || isAny(ta)) return "unknown"; // `any` is assignable both ways and proves nothing
  const widened = checker.isTypeAssignableTo(tb, ta);
  const narrowed = checker.isTypeAssignableTo(ta, tb);
  if (widened && narrowed) return "equivalent";
  if ((q.direction === "in" && widened) || (q.direction === "out" && narrowed)) return "compatible";
  return "unknown";
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
 * True when every type name in the node resolves to a declaration inside the program, none is a
 * type parameter, and no part is `any`: an unresolved import or an `any` anywhere makes the two
 * types assignable both ways, which would prove nothing.
 */
function selfContained(node: ts.Node, checker: ts.TypeChecker): boolean {
  let ok = true;
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
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return ok;
}

function host(input: Input): ts.CompilerHost {
  const read = (fileName: string): string | undefined => {
    const side = fileName.startsWith("/before/")
      ? input.before
      : fileName.startsWith("/after/")
        ? input.after
        : undefined;
    const text = side?.(fileName.replace(/^\/(before|after)\//, ""));
    return text === undefined ? undefined : `${text}\nexport {};\n`;
  };
  return {
    getSourceFile: (fileName, languageVersion) => {
      if (fileName.startsWith("/lib/")) return libSourceFile(fileName.slice(5));
      const text = read(fileName);
      return text === undefined ? undefined : ts.createSourceFile(fileName, text, languageVersion, true);
    },
    getDefaultLibFileName: () => `/lib/${DEFAULT_LIB}`,
    getDefaultLibLocation: () => "/lib",
    writeFile: () => {},
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (f) => (f.startsWith("/lib/") ? libSourceFile(f.slice(5)) !== undefined : read(f) !== undefined),
    readFile: (f) => read(f),
    directoryExists: (d) => d.startsWith("/before") || d.startsWith("/after") || d === "/lib" || d === "/",
    getDirectories: () => [],
  };
}
