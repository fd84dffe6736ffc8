import ts from "./typescript.cjs";
import { dirname, join } from "node:path";

/**
 * The default library of a comparison program: ES2022 without the DOM. Most packages' declarations
 * name nothing the DOM declares, and the DOM is five sixths of the 2.8 MB of ES2022 + DOM.
 */
export const ES_LIB = "lib.es2022.d.ts";
/**
 * ES2022 with the DOM (what TypeScript defaults to for target ES2022): the default library of a
 * program whose files name a DOM global (see dom-lib.ts) or reference a DOM lib themselves.
 */
export const FULL_LIB = "lib.es2022.full.d.ts";

let texts: Map<string, string> | undefined;
let esFiles: Set<string> | undefined;
/** True once the DOM part of {@link FULL_LIB} was read too. */
let fullRead = false;
const parsed = new Map<string, ts.SourceFile>();

/** A lib file's text from the installed TypeScript package. */
function readLib(name: string): string | undefined {
  return ts.sys.readFile(join(dirname(ts.getDefaultLibFilePath({})), name));
}

/**
 * Reads the TypeScript package's lib files of {@link ES_LIB} (its reference closure) and parses
 * them. Called from the detector's `init()`, so no file's time budget pays for parsing the half
 * megabyte every comparison program holds. The DOM files (2.3 MB more, which most packages never
 * need) are read and parsed the first time a program asks for one (once per process).
 */
export function loadLibFiles(): void {
  if (texts) return;
  texts = libClosure(ES_LIB, new Map(), readLib);
  esFiles = new Set(texts.keys());
  for (const name of esFiles) libSourceFile(name);
}

/** `root` and the lib files it references, transitively (`/// <reference lib="…" />`). */
export function libClosure(
  root: string,
  into: Map<string, string>,
  read: (name: string) => string | undefined,
): Map<string, string> {
  const queue = [root];
  while (queue.length) {
    const name = queue.pop()!;
    if (into.has(name)) continue;
    const text = read(name);
    if (text === undefined) continue;
    into.set(name, text);
    // Lib references are pragmas in the leading comments: reading imports too would scan the
    // whole text (≈ 0.25 s of CPU for the 2.8 MB of ES2022 + DOM, once per process).
    for (const ref of ts.preProcessFile(text, false).libReferenceDirectives)
      queue.push(`lib.${ref.fileName.toLowerCase()}.d.ts`);
  }
  return into;
}

/** A lib file, parsed once per process and shared by every checker program. */
export function libSourceFile(name: string): ts.SourceFile | undefined {
  const cached = parsed.get(name);
  if (cached) return cached;
  if (texts && !texts.has(name) && !fullRead) {
    // A lib file ES2022 does not reference: the DOM part (or a name that is no lib file at all).
    fullRead = true;
    libClosure(FULL_LIB, texts, readLib);
  }
  const text = texts?.get(name);
  if (text === undefined) return undefined;
  const options = { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  // No parent pointers: the binder sets them when the first program's checker binds the file.
  const sf = ts.createSourceFile(`/lib/${name}`, text, options, false);
  parsed.set(name, sf);
  return sf;
}

/** True for a lib file of the DOM part of {@link FULL_LIB} (lib.dom.d.ts, lib.dom.iterable.d.ts…). */
export function isDomLibFile(name: string): boolean {
  return !!texts?.has(name) && !esFiles?.has(name);
}

export function libsLoaded(): boolean {
  return texts !== undefined;
}
