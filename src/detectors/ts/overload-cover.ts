import ts from "./typescript.cjs";
import { comparisonDeclaration, comparisonForm, type ComparisonForm, type Reference } from "./generic-types.js";
import type { CoverQuestion } from "./compare-context.js";
import type { Signature } from "./model.js";
import type { TwoSidedProgram } from "./program.js";

/** `this` in a signature: one type parameter both versions share (the same object either way). */
const THIS = "__This";
/** Sources related per question at most (a set of 17 overloads is common; hundreds are not). */
const MAX_SOURCES = 40;

/** One relation of a cover question: source `source` of the question, written as a declaration. */
export interface CoverRelation {
  /** Index of the question. */
  question: number;
  source: number;
  declaration: string;
}

/**
 * The declarations relating a cover question's target to each of its sources, one per source:
 * `declare function __c<q>_<k><__This, …>(f0: <target>, f1: <source>): void`, each signature
 * written as a function type in the comparison file (see generic-types.ts) with its own type
 * parameters kept. `any` is written as the values it stands for (`unknown` in parameters, `never`
 * in returns and callbacks' parameters) in the target, and where it would be `never` in the source
 * (`any` is not assignable to `never`): an old parameter of type `any` then does not show that a
 * new one accepts everything. Sources that cannot be written there are left out.
 */
export function coverRelations(
  question: number,
  q: CoverQuestion,
  tp: TwoSidedProgram,
  references: { target: Reference; sources: Reference },
): CoverRelation[] {
  const target = writeSignature(q.target, tp, references.target, true);
  if (!target) return [];
  const out: CoverRelation[] = [];
  for (const [k, source] of q.sources.slice(0, MAX_SOURCES).entries()) {
    if (!arityCovers(source, q.target)) continue;
    const s = writeSignature(source, tp, references.sources, false);
    const declaration = s && comparisonDeclaration(`__c${question}_${k}`, [target, s], [THIS]);
    if (declaration) out.push({ question, source: k, declaration });
  }
  return out;
}

/** True when the source (new overload set member) is assignable to the target: it covers it. */
export function covers(declaration: ts.FunctionDeclaration, checker: ts.TypeChecker): boolean {
  const [target, source] = declaration.parameters;
  if (!target?.type || !source?.type) return false;
  return checker.isTypeAssignableTo(checker.getTypeFromTypeNode(source.type), checker.getTypeFromTypeNode(target.type));
}

/**
 * The checker lets a function with fewer parameters stand for one with more (it ignores extra
 * arguments), but a call passing them does not compile: the source must take at least as many
 * arguments as the target, and require no more.
 */
function arityCovers(source: Signature, target: Signature): boolean {
  const min = (s: Signature) => s.params.filter((p) => !p.optional && !p.rest).length;
  const max = (s: Signature) => (s.params.some((p) => p.rest) ? Infinity : s.params.length);
  return min(source) <= min(target) && max(source) >= max(target);
}

/** A signature as a function type in the comparison file, or undefined when it cannot be written there. */
function writeSignature(
  sig: Signature,
  tp: TwoSidedProgram,
  reference: Reference,
  target: boolean,
): ComparisonForm | undefined {
  const sf = sig.at && tp.program.getSourceFile(sig.at.file);
  const node = sf && sig.at && findSignature(sf, sig.at.pos, sig.at.end);
  if (!sf || !node || (!target && node.parameters.some((p) => p.type && infersFromUnion(p.type, node))))
    return undefined;
  const parts: ComparisonForm[] = [];
  const write = (t: ts.TypeNode | undefined, output = false): string | undefined => {
    if (!t) return output ? "never" : target ? "unknown" : "any"; // implicitly `any`
    const strictAny = { output, neverOnly: !target };
    const form = comparisonForm(t, sf, tp.checker, reference, { own: node, thisAs: THIS, strictAny });
    if (form) parts.push(form);
    return form?.text;
  };
  const generics: string[] = [];
  for (const p of node.typeParameters ?? []) {
    const constraint = p.constraint && write(p.constraint);
    const fallback = p.default && write(p.default);
    if ((p.constraint && !constraint) || (p.default && !fallback)) return undefined;
    generics.push(`${p.name.text}${constraint ? ` extends ${constraint}` : ""}${fallback ? ` = ${fallback}` : ""}`);
  }
  const params: string[] = [];
  for (const [i, p] of node.parameters.entries()) {
    const type = write(p.type);
    if (type === undefined) return undefined;
    const name = ts.isIdentifier(p.name) ? p.name.text : `p${i}`;
    params.push(`${p.dotDotDotToken ? "..." : ""}${name}${p.questionToken || p.initializer ? "?" : ""}: ${type}`);
  }
  const returns = ts.isConstructorDeclaration(node) ? "void" : write(node.type, true);
  if (returns === undefined) return undefined;
  return {
    text: `(${generics.length ? `<${generics.join(", ")}>` : ""}(${params.join(", ")}) => ${returns})`,
    params: mergeParams(parts),
    hasAny: false,
    nominal: parts.some((f) => f.nominal),
  };
}

/** The type parameters of enclosing declarations the parts use; the first constraint seen wins (comparisonDeclaration checks agreement across forms). */
function mergeParams(parts: ComparisonForm[]): Map<number, string | undefined> {
  const out = new Map<number, string | undefined>();
  for (const part of parts) for (const [at, c] of part.params) if (!out.has(at)) out.set(at, c);
  return out;
}

/**
 * True when a parameter's type holds a union with one of the signature's own type parameters as a
 * bare member (`value: V | number`): what a call infers for it then depends on which member the
 * argument matches (`echo(5)` infers nothing for `V` now), which relating the signatures with an
 * opaque `V` does not show.
 */
function infersFromUnion(type: ts.TypeNode, own: ts.SignatureDeclaration): boolean {
  const names = new Set((own.typeParameters ?? []).map((t) => t.name.text));
  if (!names.size) return false;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isUnionTypeNode(n))
      found = n.types.some(
        (t) => ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && names.has(t.typeName.text),
      );
    ts.forEachChild(n, visit);
  };
  visit(type);
  return found;
}

/** The signature declaration spanning exactly [start, end) in a file of the program. */
function findSignature(sf: ts.SourceFile, start: number, end: number): ts.SignatureDeclaration | undefined {
  let found: ts.SignatureDeclaration | undefined;
  const visit = (n: ts.Node): void => {
    if (found || n.end < end || n.pos > start) return;
    if (ts.isFunctionLike(n) && n.getStart(sf) === start && n.end === end) {
      found = n;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}
