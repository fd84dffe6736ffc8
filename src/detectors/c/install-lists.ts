import { posix } from "node:path";
import { cmakeCommands } from "../manifest/cmake-commands.js";
import { mesonCalls, type MesonValue } from "../manifest/meson-calls.js";

/** Build files whose install lists say which headers users get. */
export const INSTALL_FILES = ["CMakeLists.txt", "meson.build", "Makefile.am", "Makefile"];

/** What the build files install: header file names, directories (repo paths), and whether any list was seen. */
export interface InstallLists {
  /** Installed header names (basenames; a glob such as `*.h` keeps its directory). */
  names: Set<string>;
  /** Globs of repository paths (`include/**`, `lib/*.h`). */
  globs: string[];
  /** A header install statement was seen at all: then a header not in it is private. */
  found: boolean;
}

const HEADER = /\.(h|hh|hpp|hxx|inl)$/i;

/**
 * The build files to read for the headers a change touches: CMake, meson, automake and make files
 * in each changed header's directory and every directory above it. Pure: the CLI and the app
 * add these to the manifests they fetch.
 */
export function installFilesWanted(paths: readonly string[], changed: readonly string[]): string[] {
  const present = new Set(paths);
  const out = new Set<string>();
  for (const path of changed) {
    if (!HEADER.test(path)) continue;
    for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
      for (const name of INSTALL_FILES) {
        const p = dir === "." ? name : `${dir}/${name}`;
        if (present.has(p)) out.add(p);
      }
      if (dir === "." || dir === "/") break;
    }
  }
  return [...out].sort();
}

/** The install lists of the build files among `files` (path → text). */
export function installLists(files: Readonly<Record<string, string>>): InstallLists {
  const lists: InstallLists = { names: new Set(), globs: [], found: false };
  for (const [path, text] of Object.entries(files)) {
    const base = posix.basename(path);
    const dir = posix.dirname(path);
    const entries =
      base === "CMakeLists.txt"
        ? cmakeInstalls(text)
        : base === "meson.build"
          ? mesonInstalls(text)
          : base === "Makefile.am"
            ? automakeInstalls(text)
            : base === "Makefile"
              ? makeInstalls(text)
              : [];
    for (const e of entries) add(lists, dir, e);
  }
  return lists;
}

interface Entry {
  kind: "file" | "dir";
  /** As written, relative to the build file's directory (source-dir variables removed). */
  value: string;
}

function add(lists: InstallLists, dir: string, e: Entry): void {
  const rel = (v: string) => posix.normalize(dir === "." ? v : `${dir}/${v}`).replace(/\/+$/, "");
  if (e.kind === "dir") {
    lists.globs.push(`${rel(e.value)}/**`);
    lists.found = true;
    return;
  }
  if (e.value.includes("*")) {
    lists.globs.push(rel(e.value));
    lists.found = true;
  } else if (HEADER.test(e.value)) {
    lists.names.add(posix.basename(e.value));
    lists.found = true;
  }
}

const SOURCE_DIR = /^\$\{(PROJECT_SOURCE_DIR|CMAKE_SOURCE_DIR|CMAKE_CURRENT_SOURCE_DIR|CMAKE_CURRENT_LIST_DIR)\}\/?/;
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
    for (let k = 0; k < 5 && /\$\{[A-Za-z0-9_.+-]+\}/.test(out); k++)
      out = out.replace(
        /\$\{([A-Za-z0-9_.+-]+)\}/g,
        (all, v: string) => vars.get(v) ?? (SOURCE_DIR.test(all) ? all : ""),
      );
    return out;
  };
  const values = (args: string[]) =>
    args
      .flatMap((a) => expand(a).split(";"))
      .map((v) => v.trim().replace(SOURCE_DIR, ""))
      // a leading `/` is what an unknown variable (`${PROJECT_BINARY_DIR}`, generated files) left
      .filter((v) => v && !v.startsWith("$") && !v.startsWith("/"));
  const out: Entry[] = [];
  for (const cmd of cmakeCommands(text)) {
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

/** `install_headers('a.h', root / 'lib/b.h', headers_list)`. */
function mesonInstalls(text: string): Entry[] {
  const { calls, assignments } = mesonCalls(text);
  const strings = (v: MesonValue | undefined): string[] =>
    !v
      ? []
      : v.kind === "string"
        ? [v.value]
        : v.kind === "ident"
          ? strings(assignments.get(v.value))
          : [...v.value.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
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
  const expand = (v: string, depth = 0): string[] =>
    v
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((w) => {
        const ref = /^\$[({]([A-Za-z0-9_]+)[)}]$/.exec(w);
        return ref ? (depth < 5 ? expand(vars.get(ref[1]!) ?? "", depth + 1) : []) : [w];
      });
  return [...new Set(installed)].flatMap((n) =>
    expand(vars.get(n) ?? "").map((value) => ({ kind: "file" as const, value })),
  );
}

/** Plain makefiles: header names on `install`/`$(INSTALL…)` recipe lines. */
function makeInstalls(text: string): Entry[] {
  return text
    .split("\n")
    .filter((l) => /\$\(INSTALL[A-Z_]*\)|\binstall\s+-/.test(l))
    .flatMap((l) => l.split(/\s+/))
    .filter((w) => HEADER.test(w) && !w.includes("$"))
    .map((value) => ({ kind: "file" as const, value }));
}
