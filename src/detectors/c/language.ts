import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Language, Parser, type Node, type Range, type Tree } from "web-tree-sitter";
import { diffEdits, lineEdits } from "./tree-edits.js";

/**
 * The parsers: C's loaded by `loadGrammars()` (the detectors' `init`), C++'s the first time a
 * header needs it (`cppParser`) — most C changes never do, and its grammar is 3.4 MB of wasm
 * against C's 0.6 MB.
 */
let parsers: { c: Parser; cpp?: Parser } | undefined;

/**
 * V8 runs wasm in a baseline compiler and recompiles a function with its optimising compiler
 * once it has run about 1.8 MB of code ("budget"). Tree-sitter's lexers are large functions that
 * reach that on a header of a few lines: a small `impactgate diff` spent ~0.3 s of CPU optimising
 * code it then barely ran (issue 15). 100 MB lets a small change finish in the baseline code;
 * on a run of 28 headers (0.8 MB a side) CPU was unchanged (3.17 vs 3.20 s, 5 runs each) — the
 * hot functions still get optimised, a little later. An explicit `--wasm-tiering-budget` wins.
 */
const WASM_TIERING_BUDGET = 100_000_000;

export async function loadGrammars(): Promise<void> {
  if (parsers) return;
  if (!process.execArgv.some((a) => a.startsWith("--wasm-tiering-budget")))
    setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
  await Parser.init();
  const c = new Parser();
  c.setLanguage(await Language.load(grammarFile("tree-sitter-c")));
  parsers = { c };
}

/** The C++ parser, loaded synchronously on first use (parseHeader is synchronous). */
function cppParser(): Parser {
  if (!parsers!.cpp) {
    const cpp = new Parser();
    cpp.setLanguage(Language.loadSync(new WebAssembly.Module(readFileSync(grammarFile("tree-sitter-cpp")))));
    parsers!.cpp = cpp;
  }
  return parsers!.cpp;
}

/** A grammar's wasm: beside this code in the Action's bundle (dist/action ships it), else from its npm package. */
function grammarFile(pkg: string): string {
  const bundled = fileURLToPath(new URL(`./${pkg}.wasm`, import.meta.url));
  return existsSync(bundled) ? bundled : createRequire(import.meta.url).resolve(`${pkg}/${pkg}.wasm`);
}

export interface ParsedTree {
  tree: Tree;
  language: "c" | "cpp";
}

/**
 * A text's trees: the C grammar's and/or the C++ grammar's, as far as `parseHeaderTrees` needed
 * them, and which one the header is read with. The caller owns them (`deleteTrees`).
 */
export interface HeaderTrees {
  text: string;
  c?: Tree;
  cpp?: Tree;
  /**
   * The local C++ fallback: the C++ grammar's trees of the declarations the C grammar left errors
   * in, parsed alone, by the id of the C tree's node they stand for (`localFallback`); the model
   * is read from the C tree with these in place (`modelTree`), in `language`.
   */
  regions?: Map<number, Tree>;
  language: "c" | "cpp";
}

const CXX_EXTENSIONS = /\.(hpp|hh|hxx|inl|h\+\+)$/i;

/**
 * Parses a header. `.hpp`-like files use the C++ grammar; a `.h` file uses C unless C leaves
 * ERROR nodes that the C++ grammar has fewer of (a C++ header named `.h`).
 */
export function parseHeader(path: string, text: string): ParsedTree {
  const trees = parseHeaderTrees(path, text);
  const tree = modelTree(trees);
  if (tree !== trees.cpp) trees.cpp?.delete();
  for (const region of trees.regions?.values() ?? []) region.delete();
  return { tree, language: trees.language };
}

/**
 * The tree a header's model is read from: its language's — or with the local fallback's regions,
 * the C tree (read with the regions in place of their nodes) whatever the language.
 */
export function modelTree(trees: HeaderTrees): Tree {
  return trees.regions ? trees.c! : trees[trees.language]!;
}

/**
 * `parseHeader`, keeping every tree it parsed. With `from` (the trees of a related text: the same
 * header before macro blanking or body-macro expansion, which keep lines — `linesKept` — or the
 * other side's version of the header), each grammar that parsed `from` re-parses only the lines
 * that differ: tree-sitter's incremental parse, `tree.edit` per changed run of lines and
 * `parse(text, oldTree)`. The trees
 * it gives are the fresh parse's (node types, ranges, fields, ERROR and MISSING nodes), checked
 * on every header of the kernel's UAPI tree, the corpus and real libraries
 * (`node bench/c-headers/run.js --verify`), so the model — and the findings — do not depend on
 * which way the tree was built.
 */
export function parseHeaderTrees(path: string, text: string, from?: HeaderTrees, linesKept = true): HeaderTrees {
  if (!parsers) throw new Error("C grammars not loaded: call the detector's init() first");
  const edits = from && ((linesKept && lineEdits(from.text, text)) || diffEdits(from.text, text));
  const parse = (parser: Parser, old: Tree | undefined): Tree => {
    if (!old || !edits) return parser.parse(text)!;
    const edited = old.copy();
    for (const e of edits) edited.edit(e);
    let tree: Tree;
    try {
      tree = parser.parse(text, edited)!;
    } finally {
      edited.delete();
    }
    if (!incrementalCheck) return tree;
    const fresh = parser.parse(text)!;
    const difference = treeDifference(tree, fresh);
    incrementalCheck(path, parser === parsers!.c ? "c" : "cpp", difference);
    if (!difference) {
      fresh.delete();
      return tree;
    }
    tree.delete();
    return fresh;
  };
  if (CXX_EXTENSIONS.test(path)) return { text, cpp: parse(cppParser(), from?.cpp), language: "cpp" };
  const c = parse(parsers.c, from?.c);
  // The C grammar reads `namespace N { … }` without an error (as a function), so look for
  // C++ outright too.
  const cxx = looksLikeCxx(text);
  if (!c.rootNode.hasError && !cxx) return { text, c, language: "c" };
  const survey = surveyErrors(c.rootNode, !cxx && !wholeFileFallback);
  const regions = survey.regions && localFallback(path, text, survey.regions);
  // the C++ regions chosen: what the whole-file choice was, C++ (the model is the same)
  if (regions) return { text, c, regions, language: regions.size ? "cpp" : "c" };
  const cpp = parse(cppParser(), from?.cpp);
  // C++ is chosen with fewer errors than C (or none, with C++ syntax): counting stops there
  const cppErrors = countErrors(cpp.rootNode, Math.max(survey.count, 1));
  const cErrors = survey.count;
  return { text, c, cpp, language: cppErrors < cErrors || (cppErrors === 0 && cErrors === 0) ? "cpp" : "c" };
}

/**
 * Where the C grammar left errors in a `.h` file without C++ syntax, the C++ grammar reads those
 * declarations again, each alone (tree-sitter's `includedRanges`: the rest of the text is not
 * read, and the nodes keep the whole text's positions); when their C++ trees have fewer errors
 * than their C ones, in all, they stand for the C ones in the model (`buildModel`'s `regions`) —
 * the choice the whole-file parses made, read where it differs. An error costs the
 * declaration it is in, not a C++ parse of the whole file — `linux/bpf.h`'s 280 KB for a dozen
 * structs of `__bpf_md_ptr(…)` fields and an X-macro in an enum.
 *
 * Only where every error is local (`surveyErrors`: inside the braces of a struct, union or enum
 * body, which both grammars close where the text does, or in a macro definition, one line). An
 * error between declarations (an unknown export macro, a `;` missing) can make each grammar read
 * the following declarations differently, and a region read alone does not see that: on real
 * headers (png.h, lz4frame.h, pcre2's tables) the whole-file C++ reading had fewer errors there.
 * Undefined — the whole file is parsed with C++ as before — when the regions cover more than
 * half the text (the whole-file parse costs no more).
 *
 * A region's C++ error count depends on its text alone (it is parsed alone), so a region met
 * before — the same declaration in the other side's text, or in the text as written and with
 * macros blanked — is not parsed again unless C++ is chosen and its tree is needed
 * (`regionErrors`); and regions stop being read once C++'s errors reach the C regions'.
 */
function localFallback(path: string, text: string, regions: ErrorRegion[]): Map<number, Tree> | undefined {
  let covered = 0;
  let cErrors = 0;
  for (const r of regions) {
    covered += r.range.endIndex - r.range.startIndex;
    cErrors += r.errors;
  }
  if (covered * 2 > text.length) return undefined;
  const cpp = cppParser();
  const trees = new Map<number, Tree>();
  const parseRegion = (r: ErrorRegion) => cpp.parse(text, null, { includedRanges: [r.range] })!;
  let cppErrors = 0;
  for (const r of regions) {
    if (cppErrors >= cErrors) break;
    const source = text.slice(r.range.startIndex, r.range.endIndex);
    let errors = regionErrors.get(source);
    if (errors === undefined || incrementalCheck) {
      const tree = parseRegion(r);
      trees.set(r.node.id, tree);
      const counted = countErrors(tree.rootNode);
      // `--verify`: a remembered count is checked against the parse (`checkIncrementalParses`)
      if (errors !== undefined)
        incrementalCheck!(
          `${path} (region at ${r.range.startIndex}, remembered)`,
          "cpp",
          errors === counted ? undefined : `${counted} errors, ${errors} remembered`,
        );
      errors = counted;
      regionErrors.set(source, errors);
    }
    cppErrors += errors;
  }
  // All regions C++'s or none, by the sum of their errors: the whole-file parses' choice
  // (`parseHeaderTrees`) wherever C++ reads the rest of the text without an error, as C does.
  if (cppErrors < cErrors) {
    for (const r of regions) if (!trees.has(r.node.id)) trees.set(r.node.id, parseRegion(r));
    return trees;
  }
  for (const tree of trees.values()) tree.delete();
  return new Map();
}

/**
 * The C++ error counts of regions already read (`localFallback`), by their text: bounded by
 * characters, the oldest forgotten first. Keys are copies — a slice would keep its whole text.
 */
class RegionErrors {
  private readonly counts = new Map<string, number>();
  private chars = 0;

  constructor(private readonly limit: number) {}

  get(source: string): number | undefined {
    return this.counts.get(source);
  }

  clear(): void {
    this.counts.clear();
    this.chars = 0;
  }

  set(source: string, errors: number): void {
    if (this.counts.has(source) || source.length > this.limit) return;
    for (const oldest of this.counts.keys()) {
      if (this.chars + source.length <= this.limit) break;
      this.counts.delete(oldest);
      this.chars -= oldest.length;
    }
    this.counts.set(Buffer.from(source, "utf16le").toString("utf16le"), errors);
    this.chars += source.length;
  }
}
const regionErrors = new RegionErrors(1024 * 1024);

/** For the benches: forget the regions' error counts, so a run's texts are read as if new. */
export function forgetRegionErrors(): void {
  regionErrors.clear();
}

/**
 * Nodes whose children are declarations at file scope: conditionals, `extern "C"`, namespaces'
 * bodies — where an error region is looked for, and (with templates and ERROR nodes) what
 * `buildModel` walks (parse-header.ts).
 */
export const DECLARATION_CONTAINERS: ReadonlySet<string> = new Set([
  "translation_unit",
  "preproc_if",
  "preproc_ifdef",
  "preproc_else",
  "preproc_elif",
  "preproc_elifdef",
  "linkage_specification",
  "declaration_list",
]);
/** Declarations whose errors may be local: those inside their body's braces. */
const WITH_BODIES = new Set([
  "struct_specifier",
  "union_specifier",
  "enum_specifier",
  "declaration",
  "type_definition",
]);
const BODIES = new Set(["field_declaration_list", "enumerator_list"]);
/** Directives: a line of their own, whatever their errors. */
const DIRECTIVES = new Set(["preproc_def", "preproc_function_def", "preproc_call"]);

interface ErrorRegion {
  node: Node;
  range: Range;
  /** Its ERROR and MISSING nodes in the C tree. */
  errors: number;
}

/**
 * The C tree's errors in one walk: how many (as `countErrors` counts them: the grammar with
 * fewer is chosen) and, when `regions` is asked and every error is local, the declarations
 * holding them (`localFallback`) — as deep as the containers go (a header's include guard holds
 * all of it), each with its range to the `;` after it when that is a token of its own
 * (`struct s { … };` at file scope). An error is local inside the braces of a struct, union or
 * enum body or in a macro definition; an ERROR or MISSING node between declarations, or in any
 * other declaration, is not (the regions are then undefined, and the walk only counts).
 */
function surveyErrors(root: Node, regions: boolean): { count: number; regions?: ErrorRegion[] } {
  const out: ErrorRegion[] = [];
  let local = regions;
  let count = 0;
  const walk = (container: Node): void => {
    const children = container.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (!child.hasError) continue;
      if (DECLARATION_CONTAINERS.has(child.type) && !child.isError) {
        if (child.isMissing) count++;
        walk(child);
        continue;
      }
      if (child.isError || child.isMissing) {
        count++;
        local = false;
        continue;
      }
      const errors = { count: 0, outsideBodies: false };
      bodyErrors(child, DIRECTIVES.has(child.type), errors);
      count += errors.count;
      if (!local || errors.outsideBodies || !(WITH_BODIES.has(child.type) || DIRECTIVES.has(child.type))) {
        local = false;
        continue;
      }
      const next = children[i + 1];
      const end = next && next.type === ";" && !next.isMissing ? next : child;
      out.push({
        node: child,
        range: {
          startIndex: child.startIndex,
          endIndex: end.endIndex,
          startPosition: child.startPosition,
          endPosition: end.endPosition,
        },
        errors: errors.count,
      });
    }
  };
  walk(root);
  // a root that is itself an error counts once, as `countErrors` has it (its children are still
  // where regions are looked for)
  if (root.isError || root.isMissing) count = 1;
  return { count, regions: local ? out : undefined };
}

/**
 * Counts a declaration's ERROR and MISSING nodes (`countErrors`), and notes one outside the body
 * braces that enclose it (`inBody`: a struct, union or enum body closed by its own braces).
 */
function bodyErrors(node: Node, inBody: boolean, errors: { count: number; outsideBodies: boolean }): void {
  if (!node.hasError) return;
  if (node.isError || node.isMissing) {
    errors.count++;
    if (!inBody) errors.outsideBodies = true;
    return;
  }
  const body = inBody || (BODIES.has(node.type) && closedBody(node));
  for (const c of node.children) if (c) bodyErrors(c, body, errors);
}

function closedBody(node: Node): boolean {
  const first = node.firstChild;
  const last = node.lastChild;
  return first?.type === "{" && !first.isMissing && last?.type === "}" && !last.isMissing;
}

let wholeFileFallback = false;

/**
 * For `bench/c-headers/verify-fallback.js`: the C++ grammar reads the whole file wherever C left
 * an error, as before the local fallback, so the models of both ways can be compared.
 */
export function useWholeFileFallback(on: boolean): void {
  wholeFileFallback = on;
}

type IncrementalCheck = (path: string, grammar: "c" | "cpp", difference: string | undefined) => void;
let incrementalCheck: IncrementalCheck | undefined;

/**
 * For the benches' `--verify`: every incremental parse is also parsed afresh, the two trees
 * compared, and `check` told the first difference (undefined: identical); the fresh tree is used.
 * Likewise every region whose C++ error count was remembered (`localFallback`) is parsed, and
 * `check` told whether the count is the one remembered.
 */
export function checkIncrementalParses(check: IncrementalCheck | undefined): void {
  incrementalCheck = check;
}

/**
 * The first difference between two trees, walked in order: a node's type, field, range (indices
 * and rows/columns), MISSING flag or number of children (ERROR is a type); undefined when equal.
 */
export function treeDifference(a: Tree, b: Tree): string | undefined {
  const x = a.walk();
  const y = b.walk();
  try {
    for (;;) {
      if (
        x.nodeTypeId !== y.nodeTypeId ||
        x.currentFieldId !== y.currentFieldId ||
        x.startIndex !== y.startIndex ||
        x.endIndex !== y.endIndex ||
        x.nodeIsMissing !== y.nodeIsMissing ||
        !samePoint(x.startPosition, y.startPosition) ||
        !samePoint(x.endPosition, y.endPosition)
      )
        return `${x.nodeType}@${x.startIndex}-${x.endIndex} (${x.startPosition.row + 1}:${x.startPosition.column}) vs ${y.nodeType}@${y.startIndex}-${y.endIndex} (${y.startPosition.row + 1}:${y.startPosition.column})`;
      const down = x.gotoFirstChild();
      if (down !== y.gotoFirstChild()) return `children of ${x.nodeType}@${x.startIndex} differ`;
      if (down) continue;
      for (;;) {
        const next = x.gotoNextSibling();
        if (next !== y.gotoNextSibling()) return `siblings after ${x.nodeType}@${x.startIndex} differ`;
        if (next) break;
        if (!x.gotoParent()) return undefined;
        y.gotoParent();
      }
    }
  } finally {
    x.delete();
    y.delete();
  }
}

const samePoint = (p: { row: number; column: number }, q: { row: number; column: number }) =>
  p.row === q.row && p.column === q.column;

export function deleteTrees(trees: HeaderTrees): void {
  trees.c?.delete();
  trees.cpp?.delete();
  for (const tree of trees.regions?.values() ?? []) tree.delete();
}

/**
 * Number of ERROR / MISSING nodes, to choose the grammar that understood more — or `limit`, when
 * there are at least that many (the choice needs no more).
 */
function countErrors(node: Node, limit = Infinity): number {
  if (!node.hasError) return 0;
  if (node.isError || node.isMissing) return 1;
  let n = 0;
  for (const child of node.children) {
    if (child) n += countErrors(child, limit - n);
    if (n >= limit) return limit;
  }
  return n;
}

const CXX_MARKERS =
  /\bnamespace\s+\w+\s*\{|\btemplate\s*<|\bclass\s+\w+\s*[:{]|\bvirtual\s|\b(public|private|protected)\s*:|\w::\w/;

/** C++-only syntax outside comments (a `.h` file that is really C++). */
function looksLikeCxx(text: string): boolean {
  return CXX_MARKERS.test(text.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, " "));
}

/** Which grammars this process has loaded so far (the C++ one only once a header needed it). */
export function loadedGrammars(): ("c" | "cpp")[] {
  return parsers ? (parsers.cpp ? ["c", "cpp"] : ["c"]) : [];
}
