import ts from "./typescript.cjs";
import { dirname, join } from "node:path";

/** The default library the checker program uses: ES2022 with the DOM, like most packages. */
export const DEFAULT_LIB = "lib.es2022.full.d.ts";

let texts: Map<string, string> | undefined;
const parsed = new Map<string, ts.SourceFile>();

/**
 * Reads and parses the TypeScript package's own lib files (the reference closure of
 * {@link DEFAULT_LIB}). Called from the detector's `init()`, the one place a detector may read
 * its parser's files, so `analyze` stays free of file-system access and no file's time budget
 * pays for parsing the 2 MB of the default library (every comparison program holds it).
 */
export function loadLibFiles(): void {
  if (texts) return;
  const dir = dirname(ts.getDefaultLibFilePath({}));
  const loaded = new Map<string, string>();
  const queue = [DEFAULT_LIB];
  while (queue.length) {
    const name = queue.pop()!;
    if (loaded.has(name)) continue;
    const text = ts.sys.readFile(join(dir, name));
    if (text === undefined) continue;
    loaded.set(name, text);
    for (const ref of ts.preProcessFile(text, true, true).libReferenceDirectives)
      queue.push(`lib.${ref.fileName.toLowerCase()}.d.ts`);
  }
  texts = loaded;
  for (const name of loaded.keys()) libSourceFile(name);
}

/** A lib file, parsed once per process and shared by every checker program. */
export function libSourceFile(name: string): ts.SourceFile | undefined {
  const cached = parsed.get(name);
  if (cached) return cached;
  const text = texts?.get(name);
  if (text === undefined) return undefined;
  const options = { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  // No parent pointers: the binder sets them when the first program's checker binds the file.
  const sf = ts.createSourceFile(`/lib/${name}`, text, options, false);
  parsed.set(name, sf);
  return sf;
}

export function libsLoaded(): boolean {
  return texts !== undefined;
}
