import ts from "./typescript.cjs";
import { posix } from "node:path";
import { FULL_LIB, libSourceFile } from "./lib-files.js";
import { parseUnits } from "../../engine/budget.js";

/** The settings a package builds its declarations with, read from its tsconfig. */
export interface TsconfigSetup {
  /** Package directory ("" = repository root). */
  dir: string;
  /** The tsconfig file read, when there is one. */
  path: string | undefined;
  options: ts.CompilerOptions;
  /** Repository directories the sources may sit in, most likely first (`rootDir`, `src`, …). */
  rootDirs: string[];
  /** The build folder (`outDir` / `declarationDir`) as a repository path, when set. */
  outDir?: string;
}

/** Declarations generated from one side's sources, by the virtual repository path they sit at. */
export interface EmittedDeclarations {
  files: Map<string, string>;
  /** Virtual path → the source file it was generated from, and its line for each generated line. */
  origins: Map<string, { source: string; lines: number[] }>;
  /** The virtual declaration path generated for a source entry. */
  entryOf: (source: string) => string | undefined;
  /** Errors that stopped the emit (empty when it ran). */
  problems: string[];
  /** Source files (repository paths) with syntax errors. */
  unparsed: string[];
}

const REPO = "/repo";
const EMIT = "/emit";
const TSCONFIGS = ["tsconfig.build.json", "tsconfig.lib.json", "tsconfig.json"];
/** Virtual folder the generated declarations are placed in, mirroring the source tree. */
export const GENERATED = ".impactgate-declarations";

/**
 * The tsconfig a package builds with: the first of tsconfig.build.json, tsconfig.lib.json,
 * tsconfig.json in the package folder (else the repository root's tsconfig.json), its `extends`
 * chain followed inside the repository. Undefined when there is none.
 */
export function findTsconfig(dir: string, read: (path: string) => string | undefined): TsconfigSetup | undefined {
  const at = (d: string, f: string) => (d ? `${d}/${f}` : f);
  const path = [...TSCONFIGS.map((f) => at(dir, f)), ...(dir ? ["tsconfig.json"] : [])].find(
    (p) => read(p) !== undefined,
  );
  if (!path) return undefined;
  const host: ts.ParseConfigHost = {
    useCaseSensitiveFileNames: true,
    readDirectory: () => [],
    fileExists: (f) => f.startsWith(`${REPO}/`) && read(f.slice(REPO.length + 1)) !== undefined,
    readFile: (f) => (f.startsWith(`${REPO}/`) ? read(f.slice(REPO.length + 1)) : undefined),
  };
  const json = ts.parseConfigFileTextToJson(path, read(path)!);
  if (json.error || !json.config || typeof json.config !== "object") return undefined;
  const parsed = ts.parseJsonConfigFileContent(json.config, host, posix.join(REPO, posix.dirname(path)));
  const options = parsed.options;
  const repoPath = (abs: string | undefined) =>
    abs && abs.startsWith(`${REPO}/`) ? abs.slice(REPO.length + 1) : abs === REPO ? "" : undefined;
  const rootDir = repoPath(options.rootDir);
  const guesses = ["src", "lib", "source", ""].map((d) => (dir ? (d ? `${dir}/${d}` : dir) : d));
  return {
    dir,
    path,
    options,
    rootDirs: rootDir !== undefined ? [rootDir, ...guesses.filter((g) => g !== rootDir)] : guesses,
    outDir: repoPath(options.declarationDir ?? options.outDir),
  };
}

const STEM = /(\.d)?\.([cm]?)(ts|js|tsx)$/;

/**
 * The source file a build target comes from (`dist/index.d.ts` → `src/index.ts`): the target
 * with the build folder taken off, looked up under the source roots with TypeScript extensions.
 */
export function sourceEntry(
  setup: TsconfigSetup,
  target: string,
  exists: (path: string) => boolean,
): string | undefined {
  if (/\.[cm]?tsx?$/.test(target) && !/\.d\.[cm]?ts$/.test(target) && exists(target)) return target;
  const m = STEM.exec(target);
  if (!m) return undefined;
  const flavour = m[2] ?? "";
  const inPackage = setup.dir ? posix.relative(setup.dir, target) : target;
  if (inPackage.startsWith("..")) return undefined;
  const rels: string[] = [];
  const outDir = setup.outDir !== undefined && setup.dir ? posix.relative(setup.dir, setup.outDir) : setup.outDir;
  if (outDir && inPackage.startsWith(`${outDir}/`)) rels.push(inPackage.slice(outDir.length + 1));
  // Without an outDir (a bundler builds it), drop leading folders: dist/esm/index → esm/index → index.
  const parts = inPackage.split("/");
  for (let i = 1; i < parts.length; i++) rels.push(parts.slice(i).join("/"));
  const extensions = flavour ? [`.${flavour}ts`] : [".ts", ".tsx"];
  for (const rel of rels) {
    const stem = rel.replace(STEM, "");
    for (const root of setup.rootDirs) {
      for (const ext of extensions) {
        const candidate = root ? `${root}/${stem}${ext}` : `${stem}${ext}`;
        if (exists(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/**
 * Generates the declarations of one side's TypeScript sources in memory, the way `tsc
 * --emitDeclarationOnly` would with the package's settings, without type-checking the bodies
 * (`noCheck`). The generated files mirror the sources under {@link GENERATED}, so relative
 * imports between them resolve, and a declaration map leads every line back to its source.
 */
export function emitDeclarations(
  setup: TsconfigSetup,
  entries: string[],
  read: (path: string) => string | undefined,
  checkBudget: (units?: number) => void,
): EmittedDeclarations {
  const root = commonRoot(entries, setup);
  const virtualRoot = root ? `${root}/${GENERATED}` : GENERATED;
  const options: ts.CompilerOptions = {
    ...setup.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: true,
    noCheck: true,
    skipLibCheck: true,
    removeComments: true,
    noEmitOnError: false,
    composite: false,
    incremental: false,
    tsBuildInfoFile: undefined,
    sourceMap: false,
    inlineSourceMap: false,
    outDir: undefined,
    outFile: undefined,
    declarationDir: EMIT,
    rootDir: root ? `${REPO}/${root}` : REPO,
    types: [],
    lib: undefined,
    noLib: false,
    allowJs: false,
    plugins: undefined,
  };
  const text = (f: string) => (f.startsWith(`${REPO}/`) ? read(f.slice(REPO.length + 1)) : undefined);
  const host: ts.CompilerHost = {
    getSourceFile: (f, languageVersion) => {
      if (f.startsWith("/lib/")) return libSourceFile(f.slice(5));
      const t = text(f);
      if (t === undefined) return undefined;
      checkBudget(parseUnits(t.length));
      return ts.createSourceFile(f, t, languageVersion, true);
    },
    // With the DOM, as tsc defaults to: a body's inferred types may name DOM types.
    getDefaultLibFileName: () => `/lib/${FULL_LIB}`,
    getDefaultLibLocation: () => "/lib",
    writeFile: () => {},
    getCurrentDirectory: () => (setup.dir ? `${REPO}/${setup.dir}` : REPO),
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (f) => (f.startsWith("/lib/") ? libSourceFile(f.slice(5)) !== undefined : text(f) !== undefined),
    readFile: text,
    directoryExists: (d) => d === "/" || d.startsWith(REPO) || d === "/lib",
    getDirectories: () => [],
  };
  const program = ts.createProgram({ rootNames: entries.map((e) => `${REPO}/${e}`), options, host });
  const unparsed = program
    .getSourceFiles()
    .filter((sf) => sf.fileName.startsWith(`${REPO}/`) && program.getSyntacticDiagnostics(sf).length)
    .map((sf) => sf.fileName.slice(REPO.length + 1));
  const files = new Map<string, string>();
  const maps = new Map<string, string>();
  const problems: string[] = [];
  const toVirtual = (f: string) => `${virtualRoot}/${f.slice(EMIT.length + 1)}`;
  const result = program.emit(undefined, (fileName, data) => {
    checkBudget(parseUnits(data.length));
    if (!fileName.startsWith(`${EMIT}/`)) return;
    if (fileName.endsWith(".map")) maps.set(fileName.slice(0, -4), data);
    else files.set(toVirtual(fileName), data);
  });
  if (result.emitSkipped)
    problems.push(...result.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, " ")));
  const origins = new Map<string, { source: string; lines: number[] }>();
  for (const [emitted, map] of maps) {
    const origin = originOf(map, posix.dirname(emitted));
    if (origin) origins.set(toVirtual(emitted), origin);
  }
  const bySource = new Map([...origins].map(([path, o]) => [o.source, path]));
  return { files, origins, entryOf: (source) => bySource.get(source), problems, unparsed };
}

/** The deepest folder holding every entry and a source root: what `rootDir` defaults to. */
function commonRoot(entries: string[], setup: TsconfigSetup): string {
  const root = setup.rootDirs[0] ?? setup.dir;
  if (entries.every((e) => root === "" || e.startsWith(`${root}/`))) return root;
  let common = posix.dirname(entries[0]!);
  for (const e of entries) while (common !== "." && !e.startsWith(`${common}/`)) common = posix.dirname(common);
  return common === "." ? "" : common;
}

/**
 * Reads a declaration map: the source a generated file comes from and, for each generated line,
 * the source line of its first mapping (0-based in the map, 1-based here).
 */
function originOf(mapText: string, emittedDir: string): { source: string; lines: number[] } | undefined {
  let map: { sources?: unknown; mappings?: unknown };
  try {
    map = JSON.parse(mapText) as typeof map;
  } catch {
    return undefined;
  }
  const sources = Array.isArray(map.sources) ? map.sources : [];
  if (typeof sources[0] !== "string" || typeof map.mappings !== "string") return undefined;
  // Sources are relative to the generated file (under /emit), and sat under /repo.
  const absolute = posix.normalize(posix.join(emittedDir, sources[0]));
  if (!absolute.startsWith(`${REPO}/`)) return undefined;
  const source = absolute.slice(REPO.length + 1);
  const lines: number[] = [];
  let sourceLine = 0;
  for (const [i, line] of map.mappings.split(";").entries()) {
    let first: number | undefined;
    for (const segment of line.split(",")) {
      const values = decodeVlq(segment);
      if (values.length >= 4) {
        sourceLine += values[2]!;
        first ??= sourceLine;
      }
    }
    lines[i] = (first ?? lines[i - 1] ?? 0) + 1;
  }
  return { source, lines };
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The numbers of one source-map segment (base64 VLQ). */
function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    if (digit < 0) return out;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}
