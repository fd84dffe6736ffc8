import ts from "./typescript.cjs";
import { ES_LIB, FULL_LIB, libSourceFile } from "./lib-files.js";
import { needsDom } from "./dom-lib.js";
import { parseUnits } from "../../engine/budget.js";
import { sharedPaths, type Resolution } from "./shared-files.js";

export type Side = "before" | "after";
export const SIDES: readonly Side[] = ["before", "after"];

/** The files of one side by repository path, and the paths known to exist there without contents. */
export interface SideReader {
  read: (path: string) => string | undefined;
  /** True when the tree holds the path even though its text was not read (it counts as missing). */
  listed: (path: string) => boolean;
}

/** Both versions of a package in ONE program, so the checker can relate a type of each. */
export interface TwoSidedProgram {
  program: ts.Program;
  checker: ts.TypeChecker;
  sourceFile: (side: Side, path: string) => ts.SourceFile | undefined;
  /** A program file by name; a head-side name of a shared file gives the file both sides hold. */
  file: (fileName: string) => ts.SourceFile | undefined;
  /** The name the program holds a file under: a shared file's head-side name gives its base-side one. */
  programName: (fileName: string) => string;
  /**
   * Repository path of a program file and its side; undefined for lib files. A file both sides
   * share (see shared-files.ts) is the base side's: ask {@link inSide} whether a side holds it.
   */
  origin: (sf: ts.SourceFile) => { side: Side; path: string } | undefined;
  /** True when the file is one of the side's own (its own version, or one both sides share). */
  inSide: (sf: ts.SourceFile, side: Side) => boolean;
  /** Repository paths whose unchanged file the program holds once for both sides. */
  shared: ReadonlySet<string>;
  /** Files an import or reference wanted that the tree lists but whose text the ChangeSet lacks. */
  missing: Set<string>;
  /** Program file names of global scripts (declarations visible without an import). */
  scripts: Set<string>;
  /** The program's default lib file (`/lib/…`): ES2022, with the DOM when the package needs it. */
  libFile: string;
}

export const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowArbitraryExtensions: true,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

const EXPORT_NOTHING = "\nexport {};\n";
/**
 * An `import` or `export` at the start of a line: a file without one is most likely a global
 * script (an @types package's `declare module "fs" { … }` files), parsed with `export {}` appended
 * straight away; a wrong guess costs a second parse, never a different tree (see sourceFileOf).
 */
const TOP_LEVEL_MODULE_SYNTAX = /^(?:export|import)\b/m;

/** Whether programs share unchanged files between the sides (tests and benches compare without). */
export const fileSharing = { enabled: true };

/** Thrown when a head-side file augments a file both sides share: the program is built again unshared. */
class AugmentsSharedFile extends Error {}

/**
 * One program holding both versions under `/before/` and `/after/`. A global script gets
 * `export {}` appended (through an incremental reparse, so a large file is not parsed twice):
 * the globals of the two versions must not merge into one declaration. The default lib is ES2022;
 * a package that needs the DOM (see dom-lib.ts) gets a second program with it, built from the
 * same parsed files (its first checker has bound them, so only the DOM is bound anew).
 *
 * A file whose text and dependencies are the same on both sides is held once, under `/before/`
 * (see shared-files.ts): the head side's imports of it resolve there and its head-side name is
 * not loaded, so it is parsed and bound once. Both sides' types from it are then the same types.
 */
export function twoSidedProgram(
  roots: Record<Side, string[]>,
  sides: Record<Side, SideReader>,
  checkBudget: (units?: number) => void,
): TwoSidedProgram {
  const missing = new Set<string>();
  const scripts = new Set<string>();
  // Repository paths found to be global scripts on one side: the other side's version of the
  // file is most likely one too, and is parsed with `export {}` appended straight away.
  const scriptPaths = new Set<string>();
  const split = (fileName: string): { side: Side; path: string } | undefined => {
    const m = /^\/(before|after)\/(.*)$/.exec(fileName);
    return m ? { side: m[1] as Side, path: m[2]! } : undefined;
  };
  const text = (fileName: string): string | undefined => {
    const at = split(fileName);
    return at ? sides[at.side].read(at.path) : undefined;
  };
  const exists = (fileName: string): boolean => {
    if (fileName.startsWith("/lib/")) return libSourceFile(fileName.slice(5)) !== undefined;
    const at = split(fileName);
    if (!at) return false;
    if (sides[at.side].read(at.path) !== undefined) return true;
    if (sides[at.side].listed(at.path)) missing.add(at.path);
    return false;
  };
  // Both builds (without, then with the DOM) share the package's parsed files.
  const parsed = new Map<string, ts.SourceFile | undefined>();
  // What each base-side file resolved, and the paths shared once the head side is first asked for.
  const resolutions = new Map<string, Resolution[]>();
  let shared: Set<string> | undefined = fileSharing.enabled ? undefined : new Set();
  const sharedPath = (fileName: string): string | undefined => {
    const at = fileName.startsWith("/after/") ? fileName.slice("/after/".length) : undefined;
    return at !== undefined && shared?.has(at) ? at : undefined;
  };
  const host = (lib: string): ts.CompilerHost =>
    withModuleResolution(baseHost(lib), (result, literal, containingFile, mode) => {
      const target = result.resolvedModule?.resolvedFileName;
      const augments = literal.parent !== undefined && ts.isModuleDeclaration(literal.parent);
      if (!shared && containingFile.startsWith("/before/")) {
        const list = resolutions.get(containingFile) ?? [];
        list.push({ name: literal.text, mode, resolved: target, augments });
        resolutions.set(containingFile, list);
      }
      const at = target ? sharedPath(target) : undefined;
      if (at === undefined) return result;
      if (augments) throw new AugmentsSharedFile(at);
      return renamed(result, `/before/${at}`);
    });
  const baseHost = (lib: string): ts.CompilerHost => ({
    getSourceFile: (fileName, languageVersion) => {
      if (fileName.startsWith("/lib/")) return libSourceFile(fileName.slice(5));
      if (!shared && fileName.startsWith("/after/")) shared = shareUnchanged();
      // Held once under its base-side name, which the head side's imports resolve to.
      if (sharedPath(fileName) !== undefined) return undefined;
      if (parsed.has(fileName)) return parsed.get(fileName);
      const t = text(fileName);
      let sf: ts.SourceFile | undefined;
      if (t !== undefined) {
        checkBudget(parseUnits(t.length));
        const path = split(fileName)!.path;
        sf = sourceFileOf(fileName, t, languageVersion, scriptPaths.has(path) || !TOP_LEVEL_MODULE_SYNTAX.test(t));
        if (sf.text !== t) {
          scripts.add(fileName);
          scriptPaths.add(path);
        }
      }
      parsed.set(fileName, sf);
      return sf;
    },
    getDefaultLibFileName: () => lib,
    getDefaultLibLocation: () => "/lib",
    writeFile: () => {},
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: exists,
    readFile: (f) => text(f),
    directoryExists: (d) => d === "/" || d.startsWith("/before") || d.startsWith("/after") || d === "/lib",
    getDirectories: () => [],
  });
  const shareUnchanged = () => {
    // Neither the program's cache nor its `missing` record: only what the head side would resolve.
    const quiet = { ...baseHost(""), fileExists: (f: string) => text(f) !== undefined };
    const cache = ts.createModuleResolutionCache("/", (f) => f, COMPILER_OPTIONS);
    return sharedPaths(
      parsed,
      resolutions,
      sides,
      (name, containingFile, mode) =>
        ts.resolveModuleName(name, containingFile, COMPILER_OPTIONS, quiet, cache, undefined, mode).resolvedModule
          ?.resolvedFileName,
    );
  };
  const rootNames = [...roots.before.map((p) => `/before/${p}`), ...roots.after.map((p) => `/after/${p}`)];
  const build = (lib: string) => {
    let program: ts.Program;
    try {
      program = ts.createProgram({ rootNames, options: COMPILER_OPTIONS, host: host(lib) });
    } catch (err) {
      if (!(err instanceof AugmentsSharedFile)) throw err;
      shared = new Set();
      program = ts.createProgram({ rootNames, options: COMPILER_OPTIONS, host: host(lib) });
    }
    return { program, checker: program.getTypeChecker(), libFile: lib };
  };
  const origins = new WeakMap<ts.SourceFile, { side: Side; path: string } | undefined>();
  let built = build(`/lib/${ES_LIB}`);
  if (needsDom(built.program, built.checker, scripts)) built = build(`/lib/${FULL_LIB}`);
  const programName = (fileName: string) => {
    const at = sharedPath(fileName);
    return at === undefined ? fileName : `/before/${at}`;
  };
  const file = (fileName: string) => built.program.getSourceFile(programName(fileName));
  const origin = (sf: ts.SourceFile) => {
    // Asked for every declaration the comparison meets: the file name is matched once.
    if (!origins.has(sf)) origins.set(sf, split(sf.fileName));
    return origins.get(sf);
  };
  return {
    ...built,
    sourceFile: (side, path) => file(`/${side}/${path}`),
    file,
    programName,
    origin,
    inSide: (sf, side) => {
      const at = origin(sf);
      return at !== undefined && (at.side === side || (at.side === "before" && !!shared?.has(at.path)));
    },
    shared: shared ?? new Set(),
    missing,
    scripts,
  };
}

/**
 * A compiler host resolving module names the compiler's own way (`ts.resolveModuleName` with a
 * resolution cache, what the compiler does for a host without this hook), each result passed
 * through `each`, which may rename the file it resolved to.
 */
export function withModuleResolution(
  host: ts.CompilerHost,
  each: (
    result: ts.ResolvedModuleWithFailedLookupLocations,
    literal: ts.StringLiteralLike,
    containingFile: string,
    mode: ts.ResolutionMode,
  ) => ts.ResolvedModuleWithFailedLookupLocations,
): ts.CompilerHost {
  const cache = ts.createModuleResolutionCache("/", (f) => f, COMPILER_OPTIONS);
  const out: ts.CompilerHost = {
    ...host,
    getModuleResolutionCache: () => cache,
    resolveModuleNameLiterals: (literals, containingFile, _redirected, options, containingSourceFile) =>
      literals.map((literal) => {
        const mode = ts.getModeForUsageLocation(containingSourceFile, literal, options);
        const result = ts.resolveModuleName(literal.text, containingFile, options, out, cache, undefined, mode);
        return each(result, literal, containingFile, mode);
      }),
  };
  return out;
}

/** A module resolution pointed at another name of the file it found. */
export function renamed(
  result: ts.ResolvedModuleWithFailedLookupLocations,
  fileName: string,
): ts.ResolvedModuleWithFailedLookupLocations {
  return { ...result, resolvedModule: { ...result.resolvedModule!, resolvedFileName: fileName } };
}

/**
 * A program file. Parent pointers are left to the binder, which sets them on every file the
 * checker binds (all of them, when the program's checker is created). A declaration file expected
 * to be a global script is parsed once with `export {}` appended and kept when that statement is its only
 * module indicator; otherwise (and for every other file) the text is parsed as written, and a
 * script found then gets the statement through an incremental reparse.
 */
function sourceFileOf(
  fileName: string,
  text: string,
  languageVersion: ts.ScriptTarget | ts.CreateSourceFileOptions,
  likelyScript: boolean,
) {
  const options: ts.CreateSourceFileOptions =
    typeof languageVersion === "object" ? { ...languageVersion } : { languageVersion };
  // JSDoc is not part of the API surface; skipping it makes large files parse 2-3x faster.
  options.jsDocParsingMode = ts.JSDocParsingMode.ParseNone;
  const kind = /\.tsx$/.test(fileName) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  // Declaration files only: they hold no `import.meta`, the one indicator that is not a statement.
  if (likelyScript && /\.d\.[cm]?ts$/.test(fileName)) {
    const sf = ts.createSourceFile(fileName, text + EXPORT_NOTHING, options, false, kind);
    const indicator = (sf as unknown as { externalModuleIndicator?: unknown }).externalModuleIndicator;
    if (indicator === sf.statements[sf.statements.length - 1] && !parseDiagnostics(sf).length) return sf;
  }
  const sf = ts.createSourceFile(fileName, text, options, false, kind);
  if (ts.isExternalModule(sf) || parseDiagnostics(sf).length) return sf;
  return ts.updateSourceFile(sf, text + EXPORT_NOTHING, {
    span: { start: text.length, length: 0 },
    newLength: EXPORT_NOTHING.length,
  });
}

/** Syntax errors of a file (what `tsc` reports first); not in the public typings. */
export function parseDiagnostics(sf: ts.SourceFile): readonly ts.DiagnosticWithLocation[] {
  return (sf as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
}
