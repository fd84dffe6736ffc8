import { posix } from "node:path";
import { globProblem, matchesAny } from "../../engine/glob.js";
import { cmakeCommands } from "../manifest/cmake-commands.js";
import { mesonCalls, type MesonValue } from "../manifest/meson-calls.js";
import { isTestPath } from "./include-closure.js";
import { makefileInstalls } from "./makefile-installs.js";

/** Build files whose install lists say which headers users get. */
export const INSTALL_FILES = ["CMakeLists.txt", "meson.build", "Makefile.am", "Makefile", "Makefile.in", "GNUmakefile"];
/** Build files read per review, shallowest first: an untrusted tree cannot make this unbounded. */
export const MAX_INSTALL_FILES = 64;
/** Directories and globs kept from install lists (each is matched against the tree's headers once). */
const MAX_GLOBS = 32;
/** A build file larger than this is not read for install lists (real ones are a few dozen KiB). */
export const MAX_INSTALL_FILE_BYTES = 512 * 1024;

/** What the build files install: header paths, names and globs, and whether any list was seen. */
export interface InstallLists {
  /** Installed headers whose repository path the build file names (`lib/lz4.h` from `lib/Makefile`). */
  paths: Set<string>;
  /** Installed header names whose path could not be resolved (a variable from another build file). */
  names: Set<string>;
  /** Globs of repository paths (`include/**`, `lib/*.h`). */
  globs: string[];
  /** The build files that install headers: then a header not in them is private. */
  from: string[];
}

const HEADER = /\.(h|hh|hpp|hxx|inl)$/i;

/**
 * Trees beside the library: its programs, contrib projects, examples, tools, benchmarks, docs,
 * vendored dependencies and tests (a directory of that name under `include/` is the library's). Their headers are not the library's interface unless an install
 * list names them by path, and their own build files (minizip's `Makefile.am`) install a side
 * project, not the library: they are not read.
 */
export function isSideTreePath(path: string): boolean {
  // what lies under an `include/` directory is named by the library (`include/demo/demo.h`)
  const above = path.split(/(?:^|\/)include\//)[0]!;
  return (
    /(^|\/)(programs?|contrib|examples?|oss-?fuzz|fuzzers?|samples?|demos?|tools|benchmarks?|bench|docs?|third[_-]?party|3rdparty|vendor|vendored|deps|external)(\/|$)/i.test(
      above,
    ) || isTestPath(path)
  );
}

/** Whether a path is a build file whose install lists are read. */
export function isInstallFile(path: string): boolean {
  return INSTALL_FILES.includes(posix.basename(path)) && !isSideTreePath(posix.dirname(path));
}

/** The install build files among `paths` that are read: shallowest first, at most {@link MAX_INSTALL_FILES}. */
export function installFilesIn(paths: Iterable<string>): string[] {
  const depth = (p: string) => p.split("/").length;
  return [...new Set(paths)]
    .filter(isInstallFile)
    .sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_INSTALL_FILES);
}

/**
 * The build files to read when a change touches headers: every CMake, meson, automake and make
 * file of the tree outside its side trees (install lines live in `lib/Makefile` or
 * `build/cmake/CMakeLists.txt`, rarely above the header), within {@link installFilesIn}'s bound.
 * Pure: the CLI and the app add these to the files they fetch.
 */
export function installFilesWanted(paths: readonly string[], changed: readonly string[]): string[] {
  return changed.some((p) => HEADER.test(p)) ? installFilesIn(paths) : [];
}

/**
 * The install lists of the build files among `files` (path → text). `present` (the repository's
 * paths) resolves a named header to its path; a name that resolves to no file counts by name.
 */
export function installLists(files: Readonly<Record<string, string>>, present: ReadonlySet<string>): InstallLists {
  const lists: InstallLists = { paths: new Set(), names: new Set(), globs: [], from: [] };
  const headers = [...present].filter((p) => HEADER.test(p));
  for (const [path, text] of Object.entries(files)) {
    if (text.length > MAX_INSTALL_FILE_BYTES) continue;
    const base = posix.basename(path);
    const dir = posix.dirname(path);
    const entries =
      base === "CMakeLists.txt"
        ? cmakeInstalls(text)
        : base === "meson.build"
          ? mesonInstalls(text)
          : base === "Makefile.am"
            ? automakeInstalls(text)
            : makefileInstalls(text).map((value) => ({ kind: "file" as const, value }));
    let installs = false;
    for (const e of entries) installs = add(lists, dir, e, { present, headers }) || installs;
    if (installs) lists.from.push(path);
  }
  lists.from.sort();
  return lists;
}

interface Entry {
  kind: "file" | "dir";
  /** As written, relative to the build file's directory (source-dir variables removed). */
  value: string;
}

/** Adds one install entry; false when it installs no header (a man page, a pkg-config file). */
function add(
  lists: InstallLists,
  dir: string,
  e: Entry,
  tree: { present: ReadonlySet<string>; headers: readonly string[] },
): boolean {
  const rel = (v: string) =>
    posix
      .normalize(v.startsWith(ROOT) ? v.slice(ROOT.length) || "." : dir === "." ? v : `${dir}/${v}`)
      .replace(/\/+$/, "");
  if (e.kind === "file" && !HEADER.test(e.value)) return false;
  // a glob above the repository's root matches none of its files (a port copying `../../*.h`)
  const outside = rel(e.value).startsWith("../");
  if (outside && (e.kind === "dir" || e.value.includes("*"))) return false;
  if (e.kind === "dir" || e.value.includes("*")) {
    // a directory or glob that matches no file was misread (a variable of another build file):
    // counting it would make every header private
    const glob = e.kind === "dir" ? `${rel(e.value)}/**` : rel(e.value);
    if (lists.globs.length >= MAX_GLOBS || globProblem(glob)) return false;
    if (!tree.headers.some((p) => matchesAny(p, [glob]))) return false;
    lists.globs.push(glob);
    return true;
  }
  const path = rel(e.value);
  if (tree.present.has(path)) lists.paths.add(path);
  else lists.names.add(posix.basename(e.value));
  return true;
}

/** Characters of one expanded CMake or automake value: real lists of headers are a few KiB. */
const MAX_VALUE = 64 * 1024;
const SOURCE_DIR = /^\$\{(PROJECT_SOURCE_DIR|CMAKE_SOURCE_DIR|CMAKE_CURRENT_SOURCE_DIR|CMAKE_CURRENT_LIST_DIR)\}\/?/;
/** Starts a value relative to the repository's root (`${PROJECT_SOURCE_DIR}/include/git2` read in `src/libgit2/`). */
const ROOT = "\u0001/";
const INSTALL_KEYWORDS = new Set([
  "DESTINATION",
  "PERMISSIONS",
  "CONFIGURATIONS",
  "COMPONENT",
  "RENAME",
  "OPTIONAL",
  "EXCLUDE_FROM_ALL",
  "FILES_MATCHING",
  "PATTERN",
  "REGEX",
  "TYPE",
  "USE_SOURCE_PERMISSIONS",
  "FILE_PERMISSIONS",
  "DIRECTORY_PERMISSIONS",
  "MESSAGE_NEVER",
]);

/** `install(FILES …)`, `install(DIRECTORY …)` (and project wrappers named `*_install`), `PUBLIC_HEADER`. */
function cmakeInstalls(text: string): Entry[] {
  const vars = new Map<string, string>();
  const expand = (s: string) => {
    let out = s;
    for (let k = 0; k < 5 && out.length <= MAX_VALUE && /\$\{[A-Za-z0-9_.+-]+\}/.test(out); k++)
      out = out.replace(
        /\$\{([A-Za-z0-9_.+-]+)\}/g,
        (all, v: string) => vars.get(v) ?? (SOURCE_DIR.test(all) ? all : ""),
      );
    return out;
  };
  const values = (args: string[]) =>
    args
      // a value past MAX_VALUE is a self-doubling `set`, no list of files
      .flatMap((a) => {
        const v = a.length > MAX_VALUE ? "" : expand(a);
        return v.length > MAX_VALUE ? [] : v.split(";");
      })
      // the current directory's variables are the build file's directory; the project's are the
      // root, unless this file declares the project itself (lz4's `build/cmake/CMakeLists.txt`)
      .map((v) =>
        v.trim().replace(SOURCE_DIR, (_, name: string) => (name.startsWith("CMAKE_CURRENT") || ownProject ? "" : ROOT)),
      )
      // a leading `/` is what an unknown variable (`${PROJECT_BINARY_DIR}`, generated files) left
      .filter((v) => v && !v.startsWith("$") && !v.startsWith("/"));
  const commands = cmakeCommands(text);
  const ownProject = commands.some((c) => c.name.toLowerCase() === "project");
  const out: Entry[] = [];
  for (const cmd of commands) {
    const name = cmd.name.toLowerCase();
    if (name === "set" && cmd.args[0]) vars.set(cmd.args[0], values(cmd.args.slice(1)).join(";"));
    else if (name === "list" && cmd.args[0]?.toUpperCase() === "APPEND" && cmd.args[1]) {
      const prev = vars.get(cmd.args[1]);
      vars.set(cmd.args[1], [...(prev ? [prev] : []), ...values(cmd.args.slice(2))].join(";"));
    } else if (name === "file" && /^GLOB(_RECURSE)?$/i.test(cmd.args[0] ?? "") && cmd.args[1])
      vars.set(
        cmd.args[1],
        values(cmd.args.slice(2).filter((a) => !/^(RELATIVE|CONFIGURE_DEPENDS)$/.test(a))).join(";"),
      );
    else if (name === "install" || name.endsWith("_install")) {
      const kind = cmd.args[0]?.toUpperCase();
      if (kind !== "FILES" && kind !== "DIRECTORY") continue;
      const end = cmd.args.findIndex((a, i) => i > 0 && INSTALL_KEYWORDS.has(a.toUpperCase()));
      // a directory installs headers when it goes to an include directory (not `doc/`, `man/`)
      const at = cmd.args.findIndex((a) => a.toUpperCase() === "DESTINATION");
      const headersOnly = cmd.args.some((a) => /\*\.(h|hh|hpp|hxx)\b/i.test(a));
      if (kind === "DIRECTORY" && !/inc/i.test(at < 0 ? "" : (cmd.args[at + 1] ?? "")) && !headersOnly) continue;
      for (const v of values(cmd.args.slice(1, end < 0 ? undefined : end)))
        out.push({ kind: kind === "FILES" ? "file" : "dir", value: v });
    } else {
      const at = cmd.args.indexOf("PUBLIC_HEADER");
      if (at >= 0 && (name === "set_target_properties" || name === "set_property"))
        for (const v of values([cmd.args[at + 1] ?? ""])) out.push({ kind: "file", value: v });
    }
  }
  return out;
}

/**
 * `install_headers('a.h', root / 'lib/b.h', join_paths(root, 'c.h'), headers_list)`. Meson's
 * tokens come joined without quotes (`root/lib/b.h`, `[a.h,b.h]`): a path under a variable of this
 * file resolves through its string value, one under a variable of another file counts by name.
 */
function mesonInstalls(text: string): Entry[] {
  const { calls, assignments } = mesonCalls(text);
  const stringOf = (name: string) => {
    const v = assignments.get(name);
    return v?.kind === "string" ? v.value : undefined;
  };
  const path = (expr: string): string => {
    const joined = /^join_paths\(([A-Za-z_]\w*),(.+)\)$/.exec(expr) ?? /^([A-Za-z_]\w*)\/(.+)$/.exec(expr);
    if (!joined) return expr;
    const root = stringOf(joined[1]!);
    return root === undefined ? joined[2]! : `${root}/${joined[2]!}`;
  };
  const strings = (v: MesonValue | undefined, depth = 0): string[] =>
    !v || depth > 5
      ? []
      : v.kind === "string"
        ? [v.value]
        : v.kind === "ident"
          ? strings(assignments.get(v.value), depth + 1)
          : v.value
              .replace(/^\[|\]$/g, "")
              .split(/,(?![^(]*\))/)
              .map(path);
  return calls
    .filter((c) => c.name === "install_headers")
    .flatMap((c) => c.positional.flatMap(strings))
    .map((value) => ({ kind: "file" as const, value }));
}

/** `include_HEADERS = …`, `pkginclude_HEADERS`, `nobase_include_HEADERS`, `foo_HEADERS` (never `noinst_`). */
function automakeInstalls(text: string): Entry[] {
  const vars = new Map<string, string>();
  const installed: string[] = [];
  for (const line of text.replace(/\\\r?\n/g, " ").split("\n")) {
    const m = /^\s*([A-Za-z0-9_]+)\s*(\+?=)\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, name, op, value] = m;
    vars.set(name!, op === "+=" ? `${vars.get(name!) ?? ""} ${value}` : value!);
    if (name!.endsWith("_HEADERS") && !/^(noinst|EXTRA|check|dist_noinst|nodist_noinst)_/.test(name!))
      installed.push(name!);
  }
  // words produced in all: `A = $(B) $(B) …` nested five deep must not multiply without end
  let room = MAX_VALUE;
  const expand = (v: string, depth = 0): string[] =>
    v
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((w) => {
        if (--room < 0) return [];
        const ref = /^\$[({]([A-Za-z0-9_]+)[)}]$/.exec(w);
        return ref ? (depth < 5 ? expand(vars.get(ref[1]!) ?? "", depth + 1) : []) : [w];
      });
  return [...new Set(installed)].flatMap((n) =>
    expand(vars.get(n) ?? "").map((value) => ({ kind: "file" as const, value })),
  );
}
