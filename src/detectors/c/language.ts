import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Language, Parser, type Node, type Tree } from "web-tree-sitter";

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

const CXX_EXTENSIONS = /\.(hpp|hh|hxx|inl|h\+\+)$/i;

/**
 * Parses a header. `.hpp`-like files use the C++ grammar; a `.h` file uses C unless C leaves
 * ERROR nodes that the C++ grammar has fewer of (a C++ header named `.h`).
 */
export function parseHeader(path: string, text: string): ParsedTree {
  if (!parsers) throw new Error("C grammars not loaded: call the detector's init() first");
  if (CXX_EXTENSIONS.test(path)) return { tree: cppParser().parse(text)!, language: "cpp" };
  const c = parsers.c.parse(text)!;
  // The C grammar reads `namespace N { … }` without an error (as a function), so look for
  // C++ outright too.
  if (!c.rootNode.hasError && !looksLikeCxx(text)) return { tree: c, language: "c" };
  const cpp = cppParser().parse(text)!;
  const cppErrors = countErrors(cpp.rootNode);
  const cErrors = countErrors(c.rootNode);
  if (cppErrors < cErrors || (cppErrors === 0 && cErrors === 0)) {
    c.delete();
    return { tree: cpp, language: "cpp" };
  }
  cpp.delete();
  return { tree: c, language: "c" };
}

/** Number of ERROR / MISSING nodes, to choose the grammar that understood more. */
export function countErrors(node: Node): number {
  if (!node.hasError) return 0;
  if (node.isError || node.isMissing) return 1;
  let n = 0;
  for (const child of node.children) if (child) n += countErrors(child);
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
