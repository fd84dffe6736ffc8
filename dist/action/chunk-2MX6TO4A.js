import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  cmakeCommands,
  mesonCalls
} from "./chunk-D3N2DVUJ.js";
import {
  isHeaderPath
} from "./chunk-KZHQCXJL.js";
import {
  globProblem,
  init_glob,
  isInterfacePath,
  matchesAny
} from "./chunk-EWA356II.js";
import {
  defineRules
} from "./chunk-IWR2HKIX.js";

// src/detectors/c/public-headers.ts
import { posix as posix3 } from "node:path";

// src/config/defaults.ts
function defaultConfig() {
  return {
    interfaces: {
      include: ["include/uapi/**", "**/*.h", "**/*.hpp", "**/*.proto", "**/*.d.ts"],
      exclude: []
    },
    rules: {},
    paths: { exclude: [] },
    statements: { abi: "ABI impact", "cross-package": "Cross-package impact", fork: "Fork impact" },
    labels: { abi: "abi-break", "cross-package": "cross-package", fork: "fork-impact" },
    c: { headers: [], private: [] },
    proto: { rules: "wire" },
    packages: {},
    fork: { remote: "upstream", "upstream-paths": ["**"], "local-paths": [], vendored: {} },
    watch: [],
    ack: { permission: "write", label: "impact-acknowledged" },
    compare: { against: "merge-base", tags: "v*", unreleased: "notice" },
    versions: { bump: "release" },
    limits: {
      files: 3e3,
      "bytes-per-file": 5 * 1024 * 1024,
      "review-time-ms": 12e4,
      "body-chars": 65536
    }
  };
}
function mergeDefaults(user) {
  const merged = mergeValue(defaultConfig(), user);
  merged.watch = merged.watch.map(withWatchDefaults);
  return merged;
}
function mergeValue(base, over) {
  if (!isMapping(base) || !isMapping(over)) return over === void 0 ? base : over;
  const out = { ...base };
  for (const [key, value] of Object.entries(over))
    setOwn(out, key, mergeValue(Object.hasOwn(base, key) ? base[key] : void 0, value));
  return out;
}
function withWatchDefaults(entry) {
  return { paths: [], symbols: [], notify: [], "require-ack": false, ...entry };
}
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function stripNulls(value, schema) {
  if (!schema) return value;
  if (Array.isArray(value)) return value.map((item) => stripNulls(item, schema?.items));
  if (!isMapping(value)) return value;
  const properties = schema?.properties ?? {};
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    const known = Object.hasOwn(properties, key);
    if (child === null && known) continue;
    setOwn(out, key, stripNulls(child, known ? properties[key] : void 0));
  }
  return out;
}
function setOwn(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// src/detectors/c/public-headers.ts
init_glob();

// src/detectors/c/include-closure.ts
import { posix } from "node:path";
var MAX_INCLUDED_FILES = 64;
var INCLUDE = /^[ \t]*#[ \t]*include[ \t]*([<"])([^>"\n]+)[>"]/gm;
function includeNames(text) {
  return includeSites(text).map(({ name, quoted }) => ({ name, quoted }));
}
function includeSites(text) {
  const out = [];
  let line = 1;
  let at = 0;
  for (const m of text.matchAll(INCLUDE)) {
    for (let i = text.indexOf("\n", at); i !== -1 && i < m.index; i = text.indexOf("\n", i + 1)) line++;
    at = m.index;
    out.push({ name: m[2].trim(), quoted: m[1] === '"', line });
  }
  return out;
}
function includeCandidates(name, from, paths) {
  if (name.includes("..") && !name.startsWith("../")) return [];
  const local = posix.normalize(posix.join(posix.dirname(from), name));
  if (local.startsWith("../")) return [];
  const guesses = [local, `include/${name}`, name];
  if (!paths) return [...new Set(guesses)];
  const found = guesses.filter((p) => paths.has(p));
  if (found.length) return [found[0]];
  const suffix = `/${name}`;
  let best;
  for (const p of paths) if (p.endsWith(suffix) && !isTestPath(p) && (!best || p.length < best.length)) best = p;
  return best ? [best] : [];
}
function isTestPath(path) {
  return /(^|\/)(tests?|testing|unittests?|mocks?|fuzz|fuzzing|googletest)(\/|$)/i.test(path);
}
function* closureWalk(start, paths) {
  const out = {};
  const seen = new Set(start.map((s) => s.path));
  let frontier = start;
  while (frontier.length && Object.keys(out).length < MAX_INCLUDED_FILES) {
    const groups = [];
    for (const f of frontier)
      for (const text of f.texts)
        for (const inc of text ? includeNames(text) : []) {
          const candidates = includeCandidates(inc.name, f.path, paths).filter((p) => !seen.has(p));
          candidates.forEach((p) => seen.add(p));
          if (candidates.length) groups.push(candidates);
        }
    if (!groups.length) break;
    const texts = yield groups.flat();
    let k = 0;
    const next = [];
    for (const group of groups) {
      const hit = group.map((p) => ({ p, text: texts[k++] ?? null })).find((x) => x.text !== null);
      if (!hit || Object.keys(out).length >= MAX_INCLUDED_FILES) continue;
      out[hit.p] = hit.text;
      next.push({ path: hit.p, texts: [hit.text] });
    }
    frontier = next;
  }
  return out;
}
async function readIncludeClosure(options) {
  const walk = closureWalk(options.start, options.paths);
  let step = walk.next();
  while (!step.done) step = walk.next(await options.read(step.value));
  return step.value;
}
function includeClosureOf(start, available) {
  const walk = closureWalk(start, new Set(Object.keys(available)));
  let step = walk.next();
  while (!step.done) step = walk.next(step.value.map((p) => available[p] ?? null));
  return step.value;
}

// src/detectors/c/install-lists.ts
init_glob();
import { posix as posix2 } from "node:path";

// src/detectors/c/makefile-installs.ts
var MAX_ROUNDS = 8;
var MAX_LINE = 64 * 1024;
var UNKNOWN = "\0";
var HEADER = /\.(h|hh|hpp|hxx|inl)$/i;
var INSTALL_COMMAND = /\$[({]INSTALL[A-Za-z_]*[)}]|(^|[\s;&|@(-])install\s+-/;
var COPY_COMMAND = /(^|[\s;&|@(-])(cp|\$[({]CP[)}])\s/;
var INCLUDE_DESTINATION = /\$[({]\w*inc\w*[)}]|(\$[({]\w+[)}]|\s)\S*\/include\b/i;
function makefileInstalls(text) {
  const lines = text.replace(/\\\r?\n/g, " ").split(/\r?\n/);
  const vars = assignments(lines);
  const out = [];
  for (const line of lines) {
    if (!line.startsWith("	")) continue;
    if (!INSTALL_COMMAND.test(line) && !COPY_COMMAND.test(line)) continue;
    if (!INCLUDE_DESTINATION.test(line)) continue;
    const words = expand(line, vars).split(/[\s;]+/).map((w) => w.replace(/^["']+|["',]+$/g, ""));
    for (const w of words)
      if (HEADER.test(w) && !w.includes(UNKNOWN) && !w.includes("$") && !w.startsWith("/")) out.push(w);
  }
  return out;
}
function assignments(lines) {
  const vars = /* @__PURE__ */ new Map();
  for (const line of lines) {
    if (line.startsWith("	")) continue;
    const m = /^\s*(?:export\s+|override\s+)?([A-Za-z0-9_.-]+)\s*(\?=|::=|:=|\+=|=)\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, name, op, raw] = m;
    const value = raw.replace(/\s+#.*$/, "").trim();
    if (op === "?=" && vars.has(name)) continue;
    vars.set(name, op === "+=" ? `${vars.get(name) ?? ""} ${value}`.trim() : value);
  }
  return vars;
}
function expand(line, vars) {
  let out = line;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let room = MAX_LINE - out.length;
    const next = out.replace(/\$[({]([^$(){}]*)[)}]/g, (_, ref) => {
      const value = room > 0 ? reference(ref, vars) : UNKNOWN;
      room -= value.length;
      return room >= 0 ? value : UNKNOWN;
    });
    if (next === out) break;
    out = next;
  }
  return out;
}
function reference(ref, vars) {
  const call = /^(wildcard|notdir|addprefix|addsuffix|strip|sort)\s+([\s\S]*)$/.exec(ref);
  if (!call) return vars.get(ref.trim()) ?? UNKNOWN;
  const [, fn, args] = call;
  const words = (s) => s.split(/\s+/).filter(Boolean);
  if (fn === "addprefix" || fn === "addsuffix") {
    const comma = args.indexOf(",");
    if (comma < 0) return UNKNOWN;
    const fix = args.slice(0, comma).trim();
    return words(args.slice(comma + 1)).map((w) => fn === "addprefix" ? fix + w : w + fix).join(" ");
  }
  if (fn === "notdir")
    return words(args).map((w) => w.slice(w.lastIndexOf("/") + 1)).join(" ");
  return words(args).join(" ");
}

// src/detectors/c/install-lists.ts
var INSTALL_FILES = ["CMakeLists.txt", "meson.build", "Makefile.am", "Makefile", "Makefile.in", "GNUmakefile"];
var MAX_INSTALL_FILES = 64;
var MAX_GLOBS = 32;
var MAX_INSTALL_FILE_BYTES = 512 * 1024;
var HEADER2 = /\.(h|hh|hpp|hxx|inl)$/i;
function isSideTreePath(path) {
  const above = path.split(/(?:^|\/)include\//)[0];
  return /(^|\/)(programs?|contrib|examples?|oss-?fuzz|fuzzers?|samples?|demos?|tools|benchmarks?|bench|docs?|third[_-]?party|3rdparty|vendor|vendored|deps|external)(\/|$)/i.test(
    above
  ) || isTestPath(path);
}
function isInstallFile(path) {
  return INSTALL_FILES.includes(posix2.basename(path)) && !isSideTreePath(posix2.dirname(path));
}
function installFilesIn(paths) {
  const depth = (p) => p.split("/").length;
  return [...new Set(paths)].filter(isInstallFile).sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, MAX_INSTALL_FILES);
}
function installFilesWanted(paths, changed) {
  return changed.some((p) => HEADER2.test(p)) ? installFilesIn(paths) : [];
}
function installLists(files, present) {
  const lists = { paths: /* @__PURE__ */ new Set(), names: /* @__PURE__ */ new Set(), globs: [], from: [] };
  const headers = [...present].filter((p) => HEADER2.test(p));
  for (const [path, text] of Object.entries(files)) {
    if (text.length > MAX_INSTALL_FILE_BYTES) continue;
    const base = posix2.basename(path);
    const dir = posix2.dirname(path);
    const entries = base === "CMakeLists.txt" ? cmakeInstalls(text) : base === "meson.build" ? mesonInstalls(text) : base === "Makefile.am" ? automakeInstalls(text) : makefileInstalls(text).map((value) => ({ kind: "file", value }));
    let installs = false;
    for (const e of entries) installs = add(lists, dir, e, { present, headers }) || installs;
    if (installs) lists.from.push(path);
  }
  lists.from.sort();
  return lists;
}
function add(lists, dir, e, tree) {
  const rel = (v) => posix2.normalize(v.startsWith(ROOT) ? v.slice(ROOT.length) || "." : dir === "." ? v : `${dir}/${v}`).replace(/\/+$/, "");
  if (e.kind === "file" && !HEADER2.test(e.value)) return false;
  const outside = rel(e.value).startsWith("../");
  if (outside && (e.kind === "dir" || e.value.includes("*"))) return false;
  if (e.kind === "dir" || e.value.includes("*")) {
    const glob = e.kind === "dir" ? `${rel(e.value)}/**` : rel(e.value);
    if (lists.globs.length >= MAX_GLOBS || globProblem(glob)) return false;
    if (!tree.headers.some((p) => matchesAny(p, [glob]))) return false;
    lists.globs.push(glob);
    return true;
  }
  const path = rel(e.value);
  if (tree.present.has(path)) lists.paths.add(path);
  else lists.names.add(posix2.basename(e.value));
  return true;
}
var MAX_VALUE = 64 * 1024;
var SOURCE_DIR = /^\$\{(PROJECT_SOURCE_DIR|CMAKE_SOURCE_DIR|CMAKE_CURRENT_SOURCE_DIR|CMAKE_CURRENT_LIST_DIR)\}\/?/;
var ROOT = "/";
var INSTALL_KEYWORDS = /* @__PURE__ */ new Set([
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
  "MESSAGE_NEVER"
]);
function cmakeInstalls(text) {
  const vars = /* @__PURE__ */ new Map();
  const expand2 = (s) => {
    let out2 = s;
    for (let k = 0; k < 5 && out2.length <= MAX_VALUE && /\$\{[A-Za-z0-9_.+-]+\}/.test(out2); k++)
      out2 = out2.replace(
        /\$\{([A-Za-z0-9_.+-]+)\}/g,
        (all, v) => vars.get(v) ?? (SOURCE_DIR.test(all) ? all : "")
      );
    return out2;
  };
  const values = (args) => args.flatMap((a) => {
    const v = a.length > MAX_VALUE ? "" : expand2(a);
    return v.length > MAX_VALUE ? [] : v.split(";");
  }).map(
    (v) => v.trim().replace(SOURCE_DIR, (_, name) => name.startsWith("CMAKE_CURRENT") || ownProject ? "" : ROOT)
  ).filter((v) => v && !v.startsWith("$") && !v.startsWith("/"));
  const commands = cmakeCommands(text);
  const ownProject = commands.some((c) => c.name.toLowerCase() === "project");
  const out = [];
  for (const cmd of commands) {
    const name = cmd.name.toLowerCase();
    if (name === "set" && cmd.args[0]) vars.set(cmd.args[0], values(cmd.args.slice(1)).join(";"));
    else if (name === "list" && cmd.args[0]?.toUpperCase() === "APPEND" && cmd.args[1]) {
      const prev = vars.get(cmd.args[1]);
      vars.set(cmd.args[1], [...prev ? [prev] : [], ...values(cmd.args.slice(2))].join(";"));
    } else if (name === "file" && /^GLOB(_RECURSE)?$/i.test(cmd.args[0] ?? "") && cmd.args[1])
      vars.set(
        cmd.args[1],
        values(cmd.args.slice(2).filter((a) => !/^(RELATIVE|CONFIGURE_DEPENDS)$/.test(a))).join(";")
      );
    else if (name === "install" || name.endsWith("_install")) {
      const kind = cmd.args[0]?.toUpperCase();
      if (kind !== "FILES" && kind !== "DIRECTORY") continue;
      const end = cmd.args.findIndex((a, i) => i > 0 && INSTALL_KEYWORDS.has(a.toUpperCase()));
      const at = cmd.args.findIndex((a) => a.toUpperCase() === "DESTINATION");
      const headersOnly = cmd.args.some((a) => /\*\.(h|hh|hpp|hxx)\b/i.test(a));
      if (kind === "DIRECTORY" && !/inc/i.test(at < 0 ? "" : cmd.args[at + 1] ?? "") && !headersOnly) continue;
      for (const v of values(cmd.args.slice(1, end < 0 ? void 0 : end)))
        out.push({ kind: kind === "FILES" ? "file" : "dir", value: v });
    } else {
      const at = cmd.args.indexOf("PUBLIC_HEADER");
      if (at >= 0 && (name === "set_target_properties" || name === "set_property"))
        for (const v of values([cmd.args[at + 1] ?? ""])) out.push({ kind: "file", value: v });
    }
  }
  return out;
}
function mesonInstalls(text) {
  const { calls, assignments: assignments2 } = mesonCalls(text);
  const stringOf = (name) => {
    const v = assignments2.get(name);
    return v?.kind === "string" ? v.value : void 0;
  };
  const path = (expr) => {
    const joined = /^join_paths\(([A-Za-z_]\w*),(.+)\)$/.exec(expr) ?? /^([A-Za-z_]\w*)\/(.+)$/.exec(expr);
    if (!joined) return expr;
    const root = stringOf(joined[1]);
    return root === void 0 ? joined[2] : `${root}/${joined[2]}`;
  };
  const strings = (v, depth = 0) => !v || depth > 5 ? [] : v.kind === "string" ? [v.value] : v.kind === "ident" ? strings(assignments2.get(v.value), depth + 1) : v.value.replace(/^\[|\]$/g, "").split(/,(?![^(]*\))/).map(path);
  return calls.filter((c) => c.name === "install_headers").flatMap((c) => c.positional.flatMap(strings)).map((value) => ({ kind: "file", value }));
}
function automakeInstalls(text) {
  const vars = /* @__PURE__ */ new Map();
  const installed = [];
  for (const line of text.replace(/\\\r?\n/g, " ").split("\n")) {
    const m = /^\s*([A-Za-z0-9_]+)\s*(\+?=)\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, name, op, value] = m;
    vars.set(name, op === "+=" ? `${vars.get(name) ?? ""} ${value}` : value);
    if (name.endsWith("_HEADERS") && !/^(noinst|EXTRA|check|dist_noinst|nodist_noinst)_/.test(name))
      installed.push(name);
  }
  let room = MAX_VALUE;
  const expand2 = (v, depth = 0) => v.split(/\s+/).filter(Boolean).flatMap((w) => {
    if (--room < 0) return [];
    const ref = /^\$[({]([A-Za-z0-9_]+)[)}]$/.exec(w);
    return ref ? depth < 5 ? expand2(vars.get(ref[1]) ?? "", depth + 1) : [] : [w];
  });
  return [...new Set(installed)].flatMap(
    (n) => expand2(vars.get(n) ?? "").map((value) => ({ kind: "file", value }))
  );
}

// src/detectors/c/public-headers.ts
var cache = /* @__PURE__ */ new WeakMap();
var DEFAULT_INCLUDE = JSON.stringify(defaultConfig().interfaces.include);
var INCLUDE_DIR = /(^|\/)include\//;
function headerVisibility(path, cs, config) {
  return settledVisibility(path, config) ?? visibilityIn(path, repositoryFacts(cs));
}
function interfaceHeaderPairs(cs, config) {
  return cs.files.filter(
    (f) => !f.skipped && isHeaderPath(f.path, config) && headerVisibility(f.path, cs, config).public
  );
}
function interfaceHeaders(cs, config) {
  return interfaceHeaderPairs(cs, config).map((f) => ({ path: f.path, texts: [f.before, f.after] }));
}
function settledVisibility(path, config) {
  if (matchesAny(path, config.c.headers)) return { public: true, why: "listed in c.headers" };
  if (!isInterfacePath(path, config)) return { public: false, why: "outside interfaces.include" };
  if (JSON.stringify(config.interfaces.include) !== DEFAULT_INCLUDE)
    return { public: true, why: "matches interfaces.include" };
  if (isTestPath(path)) return { public: false, why: "a test header" };
  return void 0;
}
function visibilityIn(path, { lists, includeDirs }) {
  const side = isSideTreePath(path);
  if (lists.from.length) {
    const by = `the install lists of ${lists.from.join(", ")}`;
    const installed = lists.paths.has(path) || matchesAny(path, lists.globs) || // a name whose path was not resolved: never a program's or a contrib project's header of that name
    !side && lists.names.has(posix3.basename(path));
    return installed ? { public: true, why: `installed by ${by}` } : { public: false, why: `not installed by ${by}` };
  }
  if (side)
    return {
      public: false,
      why: "a header of a program, contrib project, example or tool, installed by no build file"
    };
  if (includeDirs)
    return INCLUDE_DIR.test(path) ? { public: true, why: "under include/" } : { public: false, why: "outside the repository's include/ directories" };
  return { public: true, why: "no install list and no include/ directory: every header counts" };
}
function visibilitySettled(headers, found, config) {
  const pending = headers.filter((p) => !settledVisibility(p, config));
  if (!pending.length) return true;
  const files = Object.fromEntries(installFilesIn(Object.keys(found)).map((p) => [p, found[p]]));
  const lists = installLists(files, /* @__PURE__ */ new Set([...Object.keys(found), ...headers]));
  return pending.every(
    (p) => lists.from.length > 0 ? visibilityIn(p, { lists, includeDirs: false }).public : INCLUDE_DIR.test(p) && !isSideTreePath(p)
  );
}
function repositoryFacts(cs) {
  const hit = cache.get(cs);
  if (hit) return hit;
  const paths = [...cs.workspace?.paths ?? [], ...cs.files.map((f) => f.path)];
  const present = new Set(paths);
  const side = (which) => {
    const texts = {};
    for (const [p, text] of Object.entries(cs.workspace?.files ?? {})) if (isInstallFile(p)) texts[p] = text;
    for (const f of cs.files) {
      if (!isInstallFile(f.path)) continue;
      const text = f[which];
      if (text !== null) texts[f.path] = text;
      else if (f.status === (which === "before" ? "added" : "removed") || f.skipped) delete texts[f.path];
    }
    return installLists(Object.fromEntries(installFilesIn(Object.keys(texts)).map((p) => [p, texts[p]])), present);
  };
  const [before, after] = [side("before"), side("after")];
  const lists = {
    paths: /* @__PURE__ */ new Set([...before.paths, ...after.paths]),
    names: /* @__PURE__ */ new Set([...before.names, ...after.names]),
    globs: [.../* @__PURE__ */ new Set([...before.globs, ...after.globs])],
    from: [.../* @__PURE__ */ new Set([...before.from, ...after.from])].sort()
  };
  const includeDirs = paths.some((p) => /(^|\/)include\/.*\.(h|hh|hpp|hxx)$/i.test(p) && !isSideTreePath(p));
  const facts = { lists, includeDirs };
  cache.set(cs, facts);
  return facts;
}

// src/detectors/c/rule-specs.ts
var IN_PRIVATE_RECORD = "notice in a struct private by convention (`*_internal`, the project's prefix followed by `__` as in `uv__io_s`, only embedded as a keep-out member, or `c.private`)";
var cRules = defineRules("c", {
  "c/field-removed": {
    category: "abi",
    severity: "error",
    severityNote: IN_PRIVATE_RECORD,
    summary: "A struct/union member was removed.",
    why: "Code naming it no longer compiles; binaries built against the old layout read the wrong bytes. A member whose record is written inline on one side and by name on the other (`union { \u2026 } data;` \u2194 `union ev_data data;`) is compared member by member, so `ev->data.note` still compiling is no removal.",
    fix: "**Fix:** keep the member (rename it `__reserved\u2026` if unused).",
    fixtures: {
      positive: [
        "field-removed",
        "anonymous-union-named-member-removed",
        "windows-struct-known-layout-names-condition",
        "private-record-changes-are-notices",
        "public-record-beside-private-one-is-error",
        "internal-prefix-names-are-notices"
      ],
      negative: [
        "no-break-reserved-field-used",
        "no-break-anonymous-union-named",
        "windows-only-struct-unknown-layout-is-notice"
      ]
    }
  },
  "c/field-type-changed": {
    category: "abi",
    severity: "error",
    severityNote: `${IN_PRIVATE_RECORD}; notice when the member only loses its own qualifiers; warning when an integer only changes signedness at the same size and alignment on every ABI (notice when the member is private or the struct only handed out by the library)`,
    summary: "A member's type changed in a way the ABI sees.",
    why: "`__u32` \u2192 `uint32_t` is not a change; `__u32` \u2192 `__u16` is. Size, signedness or meaning changes for compiled users: an **error** when the size or the representation changes (`int` \u2192 `float`, `long` \u2192 `void *` of the same size), and when qualifiers are added or change behind a pointer (`char *` \u2192 `const char *`: C++ code storing it in a `char *` no longer compiles). Where the layout is kept the bytes built binaries read and write are the same: a member that only loses its own qualifiers (`const uint16_t major` \u2192 `uint16_t major`) is a **notice** \u2014 every use still compiles; a signedness change between integers (or int-sized enums) of the same size and alignment on LP64 and ILP32 (`long uid` \u2192 `unsigned long uid`) is a **warning** \u2014 source comparing the member with a negative value or printing it may warn \u2014 and a **notice** when the member is private by convention or the struct is only handed out by the library (a function returns a pointer to it and no interface declares it by value), which fills it. Bit-fields keep the error.",
    fix: "**Fix:** add a new member instead, or version the struct.",
    fixtures: {
      positive: [
        "field-type-changed",
        "no-relief-member-retyped-to-pointer-or-float-is-error",
        "member-integer-signedness-changed-is-warning",
        "member-signedness-in-handed-out-struct-is-notice",
        "member-const-dropped-is-notice",
        "no-relief-member-const-added-is-error"
      ],
      negative: [
        "no-break-typedef-spelling",
        "no-break-int-respelled-as-signed-fixed-width",
        "no-break-members-wrapped-in-struct-group"
      ]
    }
  },
  "c/field-reordered": {
    category: "abi",
    severity: "error",
    severityNote: IN_PRIVATE_RECORD,
    summary: "Members kept their names but changed declaration order, so their offsets move.",
    why: "Binaries built against the old order read and write each moved member at its old offset. Members of a union all sit at offset 0, so reordering them is not a finding.",
    fix: "**Fix:** restore the order; put new members at the end.",
    fixtures: {
      positive: [
        "field-reordered",
        "private-record-changes-are-notices",
        "private-by-config-is-notice",
        "public-record-beside-private-one-is-error"
      ],
      negative: ["union-members-reordered-is-not-a-move"]
    }
  },
  "c/field-inserted": {
    category: "abi",
    severity: "error",
    severityNote: IN_PRIVATE_RECORD,
    summary: "A member was inserted before existing members and later offsets shift.",
    why: "The message names the first move (`offset of flags moves 16\u219224 on LP64`); old binaries read every later member at its old offset. With an unknown layout, insertion before existing members is reported by order; in a partly known struct, an insertion in the known prefix that moves where the unknown tail begins is reported too. A member placed in a padding hole moves nothing: that is `c/field-in-padding`.",
    fix: "**Fix:** append instead, or use reserved space.",
    fixtures: {
      positive: [
        "field-inserted",
        "field-inserted-before-unknown-members",
        "signed-fixed-width-member-inserted-moves-ilp32"
      ],
      negative: ["field-in-padding-hole-is-error"]
    }
  },
  "c/field-appended": {
    category: "abi",
    severity: "warning",
    severityNote: `error when users allocate, embed, copy or index it (by-value use, ioctl argument, UAPI header); notice when extensible by convention or only handed out by the library; ${IN_PRIVATE_RECORD}`,
    summary: "A member was added after all existing members and the struct grows.",
    why: "Whether growth breaks users depends on who allocates the struct, and the message names the reason:\n\n- **error** when the headers of the change (after it) show users depending on its size: passed by value to or returned by value from a function (also through a typedef), the type of a global, the element type of an array anywhere (array parameter, global, array typedef, array member), embedded by value in another struct before another member (that member's offset moves), the argument of an ioctl (its number encodes the size), or declared in a UAPI header (`uapi/`) without a leading size or version member \u2014 user space allocates and copies it by its compiled size;\n- **notice** when it is extensible by convention \u2014 a size/version member among its first two (`size`, `argsz`, `struct_size`, `cbSize`, `version`, `iVersion`, \u2026: the caller says which version it built), or a table of function pointers next to a version macro or `*version*()` function users check before touching new slots \u2014 or when it is only handed out by the library (a function returns a pointer to it and no interface declares it by value);\n- **warning** when the headers say neither.\n\nUses in headers outside the change are not seen.",
    fix: "**State it:** say how the size is negotiated.",
    fixtures: {
      positive: [
        "field-appended-is-warning",
        "field-appended-to-struct-used-by-value-is-error",
        "field-appended-to-uapi-struct-is-error",
        "field-appended-to-extensible-struct-is-notice",
        "field-appended-test-header-is-no-evidence"
      ],
      negative: ["field-in-padding-hole-is-error"]
    }
  },
  "c/field-in-padding": {
    category: "abi",
    severity: "error",
    severityNote: IN_PRIVATE_RECORD,
    summary: "A new member sits where the record had padding (a hole, unused bits or tail padding); nothing moves.",
    why: "The layout table shows no offset or size change, but binaries built against the old header never write those bytes: the library then reads whatever the caller's stack or heap held there. `abidiff` reports the same change as incompatible. The message names the offsets, as the layout table prints them.",
    fix: "**Fix:** take the space from an explicit reserved member that callers already zero (`c/reserved-field-used`), or add a flag or size that says the member is valid.",
    fixtures: { positive: ["field-in-padding-hole-is-error"], negative: ["reserved-field-used-is-notice"] }
  },
  "c/field-replaced-same-layout": {
    category: "abi",
    severity: "warning",
    severityNote: "notice when the member is private by convention",
    summary: "Members were removed or retyped and their bytes hold the new members; the record's size, alignment and every other offset are unchanged (`void *q[2]` \u2192 `struct queue q`).",
    why: "Built binaries are unaffected: they keep reading and writing the same bytes. Source that names the old member must change, so it is a **warning** \u2014 or a **notice** when the member is private by convention: declared inside a `*_PRIVATE` macro (`UV_LOOP_PRIVATE_FIELDS`), documented private by a comment in the struct (`/* private */` before it, up to `/* public */`, or on its line), or named with a leading `_`. A retyped arithmetic member (`int` \u2192 `float`) changes what the bytes mean and stays `c/field-type-changed`; a member placed in former padding is `c/field-in-padding`.",
    fix: "**State it** if code outside the library touches the member.",
    fixtures: {
      positive: [
        "member-replaced-same-layout-is-warning",
        "private-member-replaced-same-layout-is-notice",
        "member-replaced-before-unexpanded-macro-is-warning",
        "private-by-config-is-notice"
      ],
      negative: ["field-type-changed"]
    }
  },
  "c/size-changed": {
    category: "abi",
    severity: "error",
    severityNote: IN_PRIVATE_RECORD,
    summary: "The record's size changed on LP64 and/or ILP32, not explained by appended members alone.",
    why: "`struct kvm_run grows from 2352 to 2360 bytes on LP64 (offset of s moves 304\u2192312)`: every `sizeof`, array stride and ioctl number using it changes. Growth by appended members alone is `c/field-appended`.",
    fix: "**Fix:** keep the size (use padding or reserved members) or version the struct.",
    fixtures: {
      positive: [
        "size-changed",
        "private-record-changes-are-notices",
        "public-record-beside-private-one-is-error",
        "typedef-from-header-included-unconditionally-still-counts"
      ],
      negative: [
        "field-appended-is-warning",
        "no-break-macro-defined-in-swapped-branches",
        "no-break-typedef-from-header-included-only-under-skipped-branch"
      ]
    }
  },
  "c/alignment-changed": {
    category: "abi",
    severity: "error",
    severityNote: IN_PRIVATE_RECORD,
    summary: "The record's alignment changed (e.g. a member gained `aligned(8)`).",
    why: "Structs embedding it and arrays of it change layout even where its own size did not. An alignment change that comes with a packing change is reported as `c/packing-changed` only.",
    fix: "**Fix:** keep the alignment, or state it.",
    fixtures: { positive: ["alignment-changed"], negative: ["packing-changed"] }
  },
  "c/packing-changed": {
    category: "abi",
    severity: "error",
    severityNote: IN_PRIVATE_RECORD,
    summary: "`__attribute__((packed))` or `aligned(n)` on the record was added, removed or changed.",
    why: "Member offsets and the size usually change with it (the message says how), so binaries built against the old layout read the wrong bytes.",
    fix: "**Fix:** revert, or version the struct.",
    fixtures: { positive: ["packing-changed"], negative: ["alignment-changed"] }
  },
  "c/bitfield-changed": {
    category: "abi",
    severity: "error",
    severityNote: IN_PRIVATE_RECORD,
    summary: "A bit-field's width or bit position changed (`3 bits at bit 0` \u2192 `4 bits at bit 0`).",
    why: "Old binaries read and write the wrong bits.",
    fix: "**Fix:** keep widths; take new bits from a reserved bit-field.",
    fixtures: { positive: ["bitfield-changed"], negative: ["field-in-padding-hole-is-error"] }
  },
  "c/layout-differs-32-64": {
    category: "abi",
    severity: "warning",
    severityNote: IN_PRIVATE_RECORD,
    summary: "A new or changed struct has different LP64 and ILP32 layouts.",
    why: "A `__u64` after a `__u32`, a `long` or a pointer: 32-bit processes on a 64-bit kernel see other offsets \u2014 the compat-ioctl trap.",
    fix: "**Fix:** use fixed-width types, `__aligned_u64`, explicit padding; or state the compat handling.",
    fixtures: { positive: ["layout-differs-32-64-is-warning"], negative: ["no-break-added-struct-without-holes"] }
  },
  "c/implicit-padding": {
    category: "abi",
    severity: "notice",
    summary: "A new struct has holes or tail padding (`3 bytes after kind (offset 1) on LP64`).",
    why: "Holes leak kernel stack bytes and cannot be reused safely later.",
    fix: "**Fix:** make them explicit `__u8 pad[n]` members that the kernel checks are zero.",
    fixtures: { positive: ["implicit-padding-is-notice"], negative: ["no-break-added-struct-without-holes"] }
  },
  "c/reserved-field-used": {
    category: "abi",
    severity: "notice",
    summary: "A reserved member was replaced by members of the same total size at the same place.",
    why: "Reserved members are named `reserved*`, `__reserved*`, `pad*`, `__pad*`, `unused*` or `spare*`. No offset or size changes, but old binaries may have left garbage there.",
    fix: "**State it:** say how the kernel tells the new fields are valid (a flag, a size).",
    fixtures: {
      positive: [
        "reserved-field-used-is-notice",
        "no-break-reserved-field-used",
        "reserved-field-used-before-unknown-members-is-notice"
      ],
      negative: ["field-in-padding-hole-is-error"]
    }
  },
  "c/flex-array-migration": {
    category: "abi",
    severity: "notice",
    summary: "A trailing `[0]` or `[1]` array became a C99 flexible array member `[]`.",
    why: "Offsets are unchanged; the struct's `sizeof` may change (for `[1]`), which matters to code allocating with it.",
    fix: "**State it** where users allocate the struct with `sizeof`.",
    fixtures: {
      positive: ["flex-array-migration-is-notice"],
      negative: ["zero-length-array-resized-is-not-flex-migration"]
    }
  },
  "c/type-removed": {
    category: "abi",
    severity: "error",
    severityNote: "notice for a struct or typedef private by convention (the project's prefix followed by `__`, `*_internal`, `c.private`)",
    summary: "A named struct, union, enum or typedef was removed from the header.",
    why: "Code using it no longer compiles. `typedef struct { \u2026 } T` \u2194 `typedef struct T { \u2026 } T` (or `typedef struct T T;` with the body elsewhere) is one record spelled two ways: its members are compared. A struct or typedef private by convention is a **notice**: configured in `c.private`, named `*_internal`, or named with the project's prefix followed by a double underscore (`uv__io_cb`, `git__buf`) \u2014 the prefix counts as the project's when a function in the headers in view carries it with a single underscore (`uv_loop_init`), so a `__` name in another namespace (`vendor__frame_cb`) keeps the error. Public declarations that used it change too and are reported themselves. The placeholder body of an opaque struct (`struct state { int dummy; };`, one member named `dummy`/`unused`/`reserved`/`placeholder`/`opaque`) removed while the headers still name the tag and only ever held pointers to it is no removal: the tag stays an incomplete type and every pointer to it compiles. A body with real members is (users reached them through the pointers).",
    fix: "**Fix:** keep it (deprecated), or state the removal.",
    fixtures: {
      positive: [
        "type-removed",
        "function-moved-to-header-not-included",
        "internal-prefix-names-are-notices",
        "no-relief-double-underscore-outside-project-prefix",
        "opaque-struct-body-with-members-removed",
        "typedef-removed-beside-unknown-macro"
      ],
      negative: [
        "no-break-opaque-struct-placeholder-body-removed",
        "no-break-typedef-misread-around-unknown-macro",
        "no-break-enum-renamed-with-macro-alias",
        "no-break-typedef-struct-respelled",
        "version-marker-typedef-renamed-is-notice"
      ]
    }
  },
  "c/enum-value-changed": {
    category: "abi",
    severity: "error",
    summary: "An enum constant's resolved value changed.",
    why: "A member inserted before it, an explicit value edited, or a constant it is computed from changed. Compiled users keep the old number.",
    fix: "**Fix:** append new members at the end; never renumber.",
    fixtures: {
      positive: [
        "enum-value-changed",
        "enum-inserted-mid-enum-before-sentinel-is-error",
        "enum-last-value-renumbered-is-error",
        "enum-bound-named-not-last-or-sizing-is-error"
      ],
      negative: [
        "no-break-enum-member-appended",
        "enum-trailing-sentinel-by-shape-is-notice",
        "enum-trailing-last-sentinel-grows-is-notice"
      ]
    }
  },
  "c/enum-member-removed": {
    category: "abi",
    severity: "error",
    summary: "An enum constant was removed (named or anonymous enum).",
    why: "Code naming it no longer compiles. A constant renamed whose old name stays as `#define OLD NEW`, with the same value, is not removed.",
    fix: "**Fix:** keep it, possibly as a deprecated alias.",
    fixtures: { positive: ["enum-member-removed"], negative: ["no-break-enum-renamed-with-macro-alias"] }
  },
  "c/enum-sentinel-moved": {
    category: "abi",
    severity: "notice",
    summary: "A trailing sentinel (a count, size or bound: `__FOO_MAX`, `FOO_COUNT`, `error_size`, `ERROR_maxCode`) moved only because members were added before it.",
    why: "A sentinel is recognised by shape, not by one name: it is among the last members of its enum (only placeholders no one names \u2014 a leading `_`, `dummy`, `unused` \u2014 may follow it), its name has a bound word first or last (`max`, `count`, `size`, `last`, `end`, `num`, `nr`, `total`, `limit`; `NR_FOO`, `FOO_MAX`, camelCase `maxCode`), and its value is the previous member's + 1, the previous member's, the previous member's \u2212 1 (netlink's `FOO_MAX = __FOO_MAX - 1` written inside the enum) or the count of members before it. When its enum gained members and it moves, that is how the enum is designed to grow; the placeholders after it move too and are reported the same way. Also a macro of such a name whose text is unchanged, such as `#define FOO_MAX (__FOO_MAX - 1)`. A bound written with an explicit value (the last enumerator, or a macro; the bound word may be fused, `CURLINFO_LASTONE`, `CURLOPT_LASTENTRY`) is a sentinel when it moves up by exactly the number of names its family gained (the enum's new members and new macros sharing its prefix, `CURLPROXY_`), one past a new one that took its old value, or one past the largest value of its family in its header on both sides (the kernel's `__NR_syscalls`), and sizes or numbers nothing in view. A member before the sentinel that changes value is still `c/enum-value-changed`, and so is a bound with an explicit value that was edited otherwise. Code sizing arrays with the sentinel changes meaning.",
    fix: "**State it** where users size arrays or validate input with it.",
    fixtures: {
      positive: [
        "enum-sentinel-moved-is-notice",
        "enum-trailing-sentinel-by-shape-is-notice",
        "enum-netlink-max-inside-enum-is-notice",
        "enum-trailing-last-sentinel-grows-is-notice",
        "macro-flag-mask-and-syscall-count-grow-not-errors",
        "enum-inserted-mid-enum-before-sentinel-is-error"
      ],
      negative: [
        "no-break-enum-member-appended",
        "enum-last-value-renumbered-is-error",
        "enum-bound-named-not-last-or-sizing-is-error",
        "macro-mask-or-count-not-grown-by-its-family-is-error"
      ]
    }
  },
  "c/enum-underlying-changed": {
    category: "abi",
    severity: "error",
    summary: "The enum's storage changed: a fixed underlying type (`enum e : __u8`), `packed`, or values that no longer fit in `int`.",
    why: "Every member and parameter of that enum type changes size.",
    fix: "**Fix:** keep the storage, or version the types that use the enum.",
    fixtures: { positive: ["enum-underlying-changed"], negative: ["no-break-enum-member-appended"] }
  },
  "c/function-removed": {
    category: "abi",
    severity: "error",
    summary: "A non-static function prototype was removed.",
    why: "Binaries calling it fail to link or load. Like every removal (`c/global-removed`, `c/type-removed`, `c/macro-removed`, `c/enum-member-removed`), it is not reported when the name is still declared, the same kind of declaration, in a header users of this one still get \u2014 moved to a header it includes, or to one its umbrella header includes (the header named like its directory, `include/git2.h` for `include/git2/*.h` or `curl/curl.h` for `curl/*.h`, or one that only includes others); a header that includes it but declares things of its own (`git2/sys/errors.h`) is no umbrella \u2014 nor when the name is still in a region of the new text the parser could not read: `c/parse-incomplete` then names it as not checked. A macro moved that way keeps its value or is `c/macro-value-changed` (an alias is followed: `#define OLD_MAJOR NEW_MAJOR` is `NEW_MAJOR`'s value).",
    fix: "**Fix:** keep it (deprecated) or bump the soname.",
    fixtures: {
      positive: [
        "function-removed",
        "function-removed-behind-calling-convention-macro",
        "function-removed-behind-prototype-macro",
        "function-renamed-inside-attribute-macro-argument",
        "function-removed-behind-linker-scoping-export-macro",
        "function-removed-from-installed-header",
        "interfaces-include-scopes-c-detector",
        "function-removed-beside-parse-failure",
        "function-moved-to-header-not-included",
        "declaration-removed-from-every-branch",
        "declarations-moved-to-header-the-umbrella-does-not-include",
        "function-removed-behind-windows-cdecl-export-macro"
      ],
      negative: [
        "no-break-export-macro-with-windows-cdecl-branch",
        "no-break-declaration-moved-between-branches",
        "no-break-macros-moved-to-header-the-umbrella-includes",
        "no-break-added-under-version-guard",
        "no-break-static-inline-body",
        "parse-failure-is-not-removal",
        "no-break-declarations-moved-to-included-header",
        "no-break-calling-convention-macro-from-included-header",
        "no-break-header-not-installed-by-cmake",
        "no-break-prototype-macro-with-kr-branch",
        "no-break-declaration-in-attribute-macro-argument",
        "no-break-export-macro-with-linker-scoping-branch"
      ]
    }
  },
  "c/function-return-changed": {
    category: "abi",
    severity: "error",
    severityNote: "notice for `void` \u2192 a scalar, enum or pointer return, and between integer types of the same size (at least `int`'s)",
    summary: "The return type changed (by the ABI's view of it).",
    why: "Callers compiled against the old prototype read the result as the old type. A `void` function that starts returning a scalar, enum or pointer is a **notice**: old callers ignore the result register (function pointers of the old type need a cast). Returning a record by value instead of `void` stays an error: the result is written through a hidden pointer old callers do not pass. An integer result that becomes another integer or an enum of the same size, at least `int`'s on every ABI (`unsigned` \u2192 `int`), is a **notice**: the same bits come back in the same register.",
    fix: "**Fix:** add a new function.",
    fixtures: {
      positive: [
        "function-return-changed",
        "typedef-from-unchanged-header-return-changed",
        "caller-compatible-signature-change-is-notice",
        "same-size-integer-param-is-notice",
        "function-return-changed-behind-deprecation-macro"
      ],
      negative: [
        "no-break-param-renamed",
        "no-break-typedef-from-unchanged-header",
        "no-break-deprecation-macro-before-export-macro"
      ]
    }
  },
  "c/function-param-added": {
    category: "abi",
    severity: "error",
    summary: "The function takes more parameters.",
    why: "Old callers pass garbage for them. Parameters are matched by name (or, unnamed, by type), so one parameter inserted before others is one finding that says the later arguments shift, not a type change at every later position.",
    fix: "**Fix:** add `foo2()`.",
    fixtures: {
      positive: ["function-param-added", "function-param-removed-mid-list-is-one-finding"],
      negative: ["no-break-param-renamed"]
    }
  },
  "c/function-param-removed": {
    category: "abi",
    severity: "error",
    summary: "The function takes fewer parameters.",
    why: "Source passing the old arguments no longer compiles, and old binaries pass arguments the function no longer reads. One parameter removed from the middle is one finding (parameters are matched by name, or by type when unnamed), which says the later arguments shift.",
    fix: "**Fix:** keep the old signature and add a new function.",
    fixtures: {
      positive: ["function-param-removed", "function-param-removed-mid-list-is-one-finding"],
      negative: ["no-break-param-renamed"]
    }
  },
  "c/function-param-type-changed": {
    category: "abi",
    severity: "error",
    severityNote: "notice when both types are integers (or enums) of the same size, at least `int`'s, on every ABI (`unsigned int` \u2192 an int-sized enum)",
    summary: "A parameter's type changed (top-level `const` and parameter names are ignored).",
    why: "Callers compiled against the old prototype pass the old type. Between integer types of the same size, at least `int`'s, on LP64 and ILP32 (`unsigned int` \u2192 an enum whose values fit in `int`, `int` \u2192 `uid_t`) it is a **notice**: the argument travels in the same register with the same bits and C converts every old argument implicitly (C++ callers passing a plain integer to an enum parameter need a cast, the message says so). Narrower integers stay an error: callers extend them by their own type's signedness.",
    fix: "**Fix:** add a new function.",
    fixtures: {
      positive: [
        "function-param-type-changed",
        "same-size-integer-param-is-notice",
        "experimental-branch-change-is-notice"
      ],
      negative: ["no-break-top-level-param-const"]
    }
  },
  "c/function-qualifier-changed": {
    category: "abi",
    severity: "error",
    severityNote: "notice when every caller still compiles (const added to a parameter's pointee, dropped from the returned pointee)",
    summary: "Only `const`/`volatile` on a pointee changed (`void *` \u2192 `const void *`).",
    why: "The calling convention does not change. Qualifiers added to what a parameter points to (`char *` \u2192 `const char *`) or dropped from what the function returns are a **notice**: every argument old callers pass still converts implicitly. Only the first level counts: `char **` \u2192 `const char **` does not convert in C. The other direction (a parameter loses `const`, a returned pointer gains it) breaks callers' source (an error in C++), and stays an error.",
    fix: '**State it**, or level it down with `rules: { "c/function-qualifier-changed": warning }`.',
    fixtures: {
      positive: ["function-qualifier-changed", "caller-compatible-signature-change-is-notice"],
      negative: ["no-break-top-level-param-const"]
    }
  },
  "c/variadic-changed": {
    category: "abi",
    severity: "error",
    summary: "The function gained or lost `...`.",
    why: "On x86_64 variadic calls pass arguments differently (`%al`), so old callers and the new function disagree.",
    fix: "**Fix:** add a new function and keep the old one.",
    fixtures: { positive: ["variadic-changed"], negative: ["no-break-param-renamed"] }
  },
  "c/global-removed": {
    category: "abi",
    severity: "error",
    summary: "An `extern` (or non-static) global variable was removed.",
    why: "Binaries using it fail to link or load.",
    fix: "**Fix:** keep it (deprecated) or bump the soname.",
    fixtures: { positive: ["global-removed"], negative: ["no-break-global-initializer-changed"] }
  },
  "c/global-type-changed": {
    category: "abi",
    severity: "error",
    summary: "A global variable's type changed; its size and copy relocations change.",
    why: "A global is identified by its name and judged by its declared type; its initializer is not part of either. A changed initializer alone (`int level = 10;` \u2192 `= 20;`, also for `const` globals) gives no finding: users still link to the same symbol of the same size, and a header-defined value is a behaviour change for the PR to describe, not a layout or linkage break. (abi-compliance-checker calls a `const` value change `Global_Data_Value_Changed`, severity Low; we do not report it.) `static` globals are private to each translation unit and not compared.",
    fix: "**Fix:** add a new global and keep the old one, or state it.",
    fixtures: { positive: ["global-type-changed"], negative: ["no-break-global-initializer-changed"] }
  },
  "c/typedef-changed": {
    category: "abi",
    severity: "error",
    summary: "A typedef resolves to another type (`typedef unsigned int id_t` \u2192 `unsigned long`).",
    why: "One finding per typedef: at its definition, naming the pre-existing uses (members, parameters, returns, globals) in the changed headers and the headers they include whose declared type changes with it. Only a typedef defined in a header outside the change is reported where it is used, at the first use in each header. A use whose declaration still resolves to the same type is no change, and a typedef of an anonymous enum or struct (`typedef enum { \u2026 } T`) is that type's name: `T` gaining a member changes no function-pointer typedef that takes a `T` (the enum and struct rules judge the member).",
    severityNote: "A warning when a function typedef becomes a pointer-to-function typedef of the same signature (or back) and every declaration using it keeps its type (`cb_fn *f` \u2192 `cb_fn f`): the ABI is unchanged, users' declarations must follow. A warning naming the condition when the typedef changes only in an `#if` branch the default configuration (GCC on Linux, no `-D` flags) does not compile: definitions are paired branch by branch \u2014 one under `A && B` with the other side's under `A`, so a branch split out of another (`#ifdef Z_SOLO` \u2192 `Z_SOLO && _WIN64` / `Z_SOLO && !_WIN64`) is compared, while one under a condition the other side never had is an addition \u2014 and reported when the size or alignment differs under the data models that branch is for (LLP64 under `_WIN64`: `long` stays 4 bytes; LP64 and ILP32 otherwise). The same size spelled differently (`size_t` \u2194 `unsigned long`) in such a branch is no finding.",
    fix: "**Fix:** introduce a new typedef.",
    fixtures: {
      positive: [
        "typedef-changed-across-headers",
        "typedef-function-to-pointer-is-warning",
        "typedef-split-into-windows-branch-is-warning"
      ],
      negative: [
        "no-break-typedef-gains-branch-of-same-size",
        "no-break-typedef-spelling",
        "no-break-function-pointer-typedef-added",
        "callback-typedef-unchanged-when-its-enum-or-struct-grows"
      ]
    }
  },
  "c/macro-value-changed": {
    category: "abi",
    severity: "error",
    severityNote: "warning for a bound or default (`*_MIN`, `*_MAX`, `*_DEFAULT`, `*_NEXT`) that sizes nothing in the headers in view, and for a mask of flags that grew by naming more flags (`FOO_FEATURES (A | B)` \u2192 `(A | B | C)`); notice for an all-bits mask narrowed to the bits its flag family uses (`FOO_ALL (~0L)` \u2192 `0xffffffff`)",
    summary: "An object-like macro's value changed.",
    why: "Compared as a resolved integer where it is a constant expression (`(1 << 4)` and `0x10` are equal), on each modelled ABI (LP64, ILP32: a value that differs only where `sizeof(void *) == 16` is no change); a braced initializer (`FOO_INIT_OPTIONS`) element by element (`{ FOO_default, 0 }` equals `{ 0, 0 }` when `FOO_default` is 0; all-zero initializers are equal whatever their braces, `{ 0, NULL }` and `{ 0, { NULL } }`); else as token text. Also fired when the text is unchanged but a constant it uses changed. Compiled users keep the old value: an **error** for a flag, code, magic number or size the library interprets. A **warning** for a bound or default (`FOO_LEVEL_MIN`, `FOO_BLOCK_MAX`, `FOO_LEVEL_DEFAULT`, `FOO_OPTION_NEXT` \u2014 the first value not yet taken) that no array length, bit-field width, alignment or enumerator in the headers in view uses, even through other macros: it tells callers what the library accepts, the library judges the values at run time, and no compiled layout changes (abi-compliance-checker rates a changed constant low severity for the same reason). A bound that sizes a member stays an error. Also a **warning**, for the same reason, a mask of flags that grew by naming more of them (the kernel's `UFFD_API_FEATURES`, `BPF_F_REDIRECT_FLAGS`): every name the old body used is still used, on each ABI the new value keeps every old bit and gains only bits the newly named flags set, and it sizes nothing in view \u2014 an old binary's mask still names the same flags; a mask that drops a flag or gains a bit no name sets stays an error. A **notice** for an all-bits mask narrowed to the bits its flags use, or widened back (`FOO_PROTO_ALL (~0L)` \u2192 `((unsigned long)0xffffffff)`, `FOO_AUTH_ANY (~FOO_AUTH_X)` \u2192 `(~FOO_AUTH_X & 0xffffffff)`): one side is a complement (every high bit set), and on each ABI both values agree on every bit up to the highest one set by the other macros of its family (the name up to its last `_`; unchanged, non-negative, at least two single-bit flags) \u2014 each defined flag keeps its bit and an old binary's extra high bits name no flag. A mask that drops a defined flag, or a plain value moving in high bits (`FOO_EV_QLEN 0x10000` \u2192 `0x20000`), stays an error.",
    fix: "**Fix:** keep the value and add a new macro, or state it.",
    fixtures: {
      positive: [
        "macro-value-changed",
        "size-changed",
        "macro-value-changed-beside-version-bump",
        "define-constants-to-enum-value-changed",
        "initializer-macro-value-changed",
        "size-macro-changed-on-ilp32-only",
        "macro-bound-changed-is-warning",
        "macro-bound-sizing-member-is-error",
        "declarations-moved-to-header-the-umbrella-does-not-include",
        "flag-mask-narrowed-to-defined-bits-is-notice",
        "no-relief-mask-drops-a-defined-flag-bit",
        "macro-flag-mask-and-syscall-count-grow-not-errors",
        "macro-mask-or-count-not-grown-by-its-family-is-error"
      ],
      negative: [
        "no-break-macro-same-value",
        "no-break-macro-defined-in-swapped-branches",
        "version-macro-changed-is-notice",
        "no-break-initializer-macro-spelled-with-enum-names",
        "no-break-size-macro-differs-only-on-128-bit-pointers",
        "no-break-zero-initializer-macro-rebraced"
      ]
    }
  },
  "c/version-macro-changed": {
    category: "abi",
    severity: "notice",
    summary: "A version macro changed (`FOO_VERSION_MINOR 51` \u2192 `52`, `FOO_VERSION_NUMBER`, `*_SOURCE_ID`).",
    why: "A version macro is one whose name has a version word (`VERSION`, `VER`, `VERNUM`, `SOVERSION`, `SOURCE_ID`), any macro of a version header (`version.h`, `curlver.h`, `*_version.h`, `version_nano.h`), or a version part (`*_RELEASE`, `*_BUILD_*`, `*_RC`, `*_SUFFIX`) changing together with such macros in the same header. Version numbers change at every release and every version-bump commit; compiled users keeping the value they were built with is how they tell versions apart, so this is not a break (`c/macro-value-changed` is not reported for them). Likewise a version-marker typedef, whose name is the version (`typedef char *foo_version_1_6_40;` \u2192 `foo_version_1_6_41_git`): it is renamed at every release so that the library's own sources fail to compile against a mismatched header, and no user names it (not `c/type-removed`).",
    fix: "Nothing to do; the notice records the new version.",
    fixtures: {
      positive: [
        "version-macro-changed-is-notice",
        "macro-value-changed-beside-version-bump",
        "version-marker-typedef-renamed-is-notice"
      ],
      negative: ["macro-value-changed"]
    }
  },
  "c/macro-removed": {
    category: "abi",
    severity: "error",
    summary: "An object-like macro was removed.",
    why: "Code using it no longer compiles. Include guards are ignored. A macro that became an enum constant of the same name and value (`#define LOG_ERROR 0` \u2192 `enum { LOG_ERROR }`) is the same constant re-spelled; with another value it is `c/macro-value-changed`.",
    fix: "**Fix:** keep it (deprecated), or state the removal.",
    fixtures: {
      positive: ["macro-removed", "function-moved-to-header-not-included"],
      negative: [
        "no-break-include-guard-rename",
        "no-break-define-constants-to-enum",
        "no-break-macros-moved-to-header-the-umbrella-includes"
      ]
    }
  },
  "c/ioctl-number-changed": {
    category: "abi",
    severity: "error",
    summary: "An `_IO`/`_IOR`/`_IOW`/`_IOWR(type, nr, argtype)` macro encodes another number.",
    why: "The number is `dir<<30 | size<<16 | type<<8 | nr`, size = `sizeof(argtype)` per ABI: it changes when an argument changed, **or when the argument type's size changed** with the macro text untouched. The message gives old and new numbers per ABI and the size change. Old binaries send a request the kernel no longer recognises.",
    fix: "**Fix:** keep the struct size (reserved space) or add a new ioctl number.",
    fixtures: { positive: ["ioctl-number-changed-by-struct-size"], negative: ["ioctl-argument-reserved-field-used"] }
  },
  "c/macro-changed": {
    category: "abi",
    severity: "warning",
    summary: "A function-like macro's parameters or expansion changed, or it was removed; or a member-list macro (`UV_HANDLE_FIELDS`) changed.",
    why: "Code compiled against it keeps the old expansion; source using it may break. A member-list macro's effect on binaries is the layout of the structs expanding it, which are compared where they are in the change.",
    fix: "**State it:** say what code using the macro must change, or keep the old macro beside a new one.",
    fixtures: {
      positive: ["macro-changed-is-warning", "private-member-replaced-same-layout-is-notice"],
      negative: ["no-break-static-inline-body"]
    }
  },
  "c/header-removed": {
    category: "abi",
    severity: "error",
    summary: "A header was deleted.",
    why: "Every `#include` of it breaks.",
    fix: "**Fix:** leave a forwarding header.",
    fixtures: { positive: ["header-removed"], negative: ["header-renamed-is-warning"] }
  },
  "c/header-renamed": {
    category: "abi",
    severity: "warning",
    summary: "A header moved (a rename, or a delete plus an add of the same file name in the PR).",
    why: "Includes of the old path break; its declarations are compared old-path \u2192 new-path.",
    fix: "**Fix:** keep a forwarding header.",
    fixtures: { positive: ["header-renamed-is-warning"], negative: ["no-break-include-guard-rename"] }
  },
  "c/platform-layout-unknown": {
    category: "abi",
    severity: "notice",
    summary: "A struct in a branch the default target does not compile (`#ifdef _WIN32`, a Windows-only header) changed, and its layout there cannot be computed.",
    why: "Layouts are computed for the default target (GCC on Linux, LP64 and ILP32). A Windows-only body built from `HANDLE`, `CRITICAL_SECTION`, `SRWLOCK` or other types of system headers that are not in view has no layout the detector can know, so its removed, inserted or retyped members cannot be told apart from a size-preserving rewrite (new members plus padding that keeps `sizeof`). One notice names the branch, the members that come and go, and the type that is unknown, instead of member errors that would be guesses.",
    fix: "**State it** after checking `sizeof` and the member offsets on that platform (a `static_assert` in its build).",
    fixtures: {
      positive: ["windows-only-struct-unknown-layout-is-notice"],
      negative: ["windows-struct-known-layout-names-condition"]
    }
  },
  "c/compat-shim-removed": {
    category: "abi",
    severity: "warning",
    summary: "A type or macro that only a toolchain compatibility branch declared (`#if defined(_MSC_VER)`, legacy MinGW, classic Mac OS compilers such as `__MWERKS__`) was removed.",
    why: "Such branches supply what one compiler's own headers lack (`ssize_t` for MSVC, `struct pollfd` for the old MinGW); every other toolchain gets the name from its system headers, so only code built with that toolchain loses it \u2014 a support decision to state, not a break for everyone. A function or variable removed from such a branch stays `c/function-removed`/`c/global-removed` (binaries link against it). Declarations of one statement are one finding.",
    fix: "**State it:** say whether that toolchain is still supported.",
    fixtures: {
      positive: ["compat-shim-removed-is-warning", "compat-switch-for-classic-mac-compilers-removed-is-warning"],
      negative: ["declaration-removed-from-every-branch"]
    }
  },
  "c/parse-incomplete": {
    category: "abi",
    severity: "notice",
    summary: "The head version has regions tree-sitter could not parse that the base version did not have.",
    why: 'Attribute or macro soup the detector could not expand; findings cover what parsed. Reformatting does not trigger it (regions are compared by tokens), nor does the `extern "C"` wrapper idiom. A declaration whose name is still in such a region, or in the declaration around it (the region can be the unknown word alone: `typedef void (CONV *log_fn)(\u2026);` with `CONV` defined nowhere in view), is never reported removed: the notice lists it as not checked.',
    fix: "**State it** after checking those lines by hand.",
    fixtures: {
      positive: [
        "parse-incomplete-is-notice",
        "parse-failure-is-not-removal",
        "no-break-typedef-misread-around-unknown-macro"
      ],
      negative: ["no-break-extern-c-wrapper"]
    }
  }
});

// src/detectors/cpp/rule-specs.ts
var STATE_IT = "**State it:** say which binaries must be rebuilt (a new soname, a major version), or keep the old layout.";
var AS_C_FIELD = "As the matching `c/field-*` rule, for data members of C++ classes; static members are not layout and are not compared.";
var cppRules = defineRules("cpp", {
  "cpp/virtual-method-added": {
    category: "abi",
    severity: "error",
    summary: "A virtual method was added.",
    why: "Derived classes compiled against the old header have the old vtable; adding it anywhere but the end of the most-derived class also moves later slots.",
    fix: STATE_IT,
    fixtures: { positive: ["virtual-method-added"], negative: ["vtable-kept-by-non-virtual-changes"] }
  },
  "cpp/virtual-method-reordered": {
    category: "abi",
    severity: "error",
    summary: "Virtual methods changed order.",
    why: "Calls through the vtable compiled against the old order go to the wrong slot.",
    fix: "**Fix:** restore the order; add new virtual methods at the end.",
    fixtures: { positive: ["virtual-method-reordered"], negative: ["vtable-kept-by-non-virtual-changes"] }
  },
  "cpp/virtual-method-removed": {
    category: "abi",
    severity: "error",
    summary: "A virtual method was removed.",
    why: "Later vtable slots move, and overrides in other binaries break.",
    fix: "**Fix:** keep the method (deprecated), or state it.",
    fixtures: { positive: ["virtual-method-removed"], negative: ["vtable-kept-by-non-virtual-changes"] }
  },
  "cpp/base-class-changed": {
    category: "abi",
    severity: "error",
    summary: "The base class list (names, order, access, `virtual`) changed.",
    why: "Object layout, vtables and pointer conversions change.",
    fix: STATE_IT,
    fixtures: { positive: ["base-class-changed"], negative: ["vtable-kept-by-non-virtual-changes"] }
  },
  "cpp/class-field-removed": {
    category: "abi",
    severity: "error",
    summary: "A data member of a class was removed.",
    why: `${AS_C_FIELD} Code naming it no longer compiles; binaries built against the old layout read the wrong bytes.`,
    fix: "**Fix:** keep the member.",
    fixtures: { positive: ["class-field-removed"], negative: ["class-static-members-are-not-layout"] }
  },
  "cpp/class-field-type-changed": {
    category: "abi",
    severity: "error",
    severityNote: "as `c/field-type-changed`: a notice when a member only loses its own qualifiers, a warning (or notice) when an integer only changes signedness",
    summary: "A data member of a class changed type in a way the ABI sees.",
    why: `${AS_C_FIELD} Size, signedness or meaning changes for compiled users.`,
    fix: "**Fix:** add a new member instead, or version the class.",
    fixtures: { positive: ["class-field-type-changed"], negative: ["class-static-members-are-not-layout"] }
  },
  "cpp/class-field-reordered": {
    category: "abi",
    severity: "error",
    summary: "Data members of a class changed declaration order, so their offsets move.",
    why: `${AS_C_FIELD} Binaries built against the old order read each moved member at its old offset.`,
    fix: "**Fix:** restore the order; put new members at the end.",
    fixtures: { positive: ["class-field-reordered"], negative: ["class-static-members-are-not-layout"] }
  },
  "cpp/class-field-inserted": {
    category: "abi",
    severity: "error",
    summary: "A data member was inserted before existing members of a class and later offsets shift.",
    why: `${AS_C_FIELD} Old binaries read every later member at its old offset.`,
    fix: "**Fix:** append instead, or use reserved space.",
    fixtures: { positive: ["class-field-inserted"], negative: ["class-static-members-are-not-layout"] }
  },
  "cpp/class-field-appended": {
    category: "abi",
    severity: "warning",
    severityNote: "error when the class is used by value",
    summary: "A data member was appended to a class and the class grows.",
    why: `${AS_C_FIELD} Like \`c/field-appended\`, an appended member is an error when the changed headers use the class by value (a bare class name in its namespace counts); uses inside member function signatures are not seen.`,
    fix: "**State it:** say how the size is negotiated, or who allocates the class.",
    fixtures: {
      positive: ["class-field-appended-is-warning", "class-field-appended-passed-by-value-is-error"],
      negative: ["class-static-members-are-not-layout"]
    }
  },
  "cpp/method-removed": {
    category: "abi",
    severity: "error",
    summary: "A non-virtual method was removed.",
    why: "Binaries calling it fail to link.",
    fix: "**Fix:** keep the method (deprecated), or state it.",
    fixtures: { positive: ["method-removed"], negative: ["no-break-param-name-and-new-method"] }
  },
  "cpp/method-signature-changed": {
    category: "abi",
    severity: "error",
    summary: "A method kept its name but its parameter types, return type or qualifiers changed.",
    why: "The mangled name changes and old binaries fail to link. Parameter names are not part of it.",
    fix: "**Fix:** add an overload and keep the old one.",
    fixtures: { positive: ["method-signature-changed"], negative: ["no-break-param-name-and-new-method"] }
  }
});

// src/detectors/c/umbrella-headers.ts
import { posix as posix4 } from "node:path";
function umbrellaCandidates(path, paths) {
  return umbrellaGuesses(path).filter((p) => paths.has(p));
}
function umbrellaGuesses(path) {
  const dir = posix4.dirname(path);
  if (dir === "." || !/\.h(h|pp|xx)?$/.test(path)) return [];
  const name = posix4.basename(dir);
  if (LAYOUT_DIRS.has(name)) return [];
  const parent = posix4.dirname(dir);
  return [parent === "." ? `${name}.h` : `${parent}/${name}.h`, `${dir}/${name}.h`].filter(
    (p) => p !== path && !isTestPath(p)
  );
}
var LAYOUT_DIRS = /* @__PURE__ */ new Set(["include", "inc", "src", "source", "lib", "headers", "public", "api"]);
var MAX_UMBRELLAS = 16;
function umbrellaHeadersWanted(paths, changed) {
  const tree = new Set(paths);
  const changedSet = new Set(changed);
  const out = /* @__PURE__ */ new Set();
  for (const c of changed) for (const u of umbrellaCandidates(c, tree)) if (!changedSet.has(u)) out.add(u);
  return [...out].sort().slice(0, MAX_UMBRELLAS);
}
function umbrellaTexts(cs, changed) {
  const ws = cs.workspace;
  if (!ws) return [];
  return umbrellaHeadersWanted(ws.paths, changed).flatMap((p) => {
    const text = ws.files[p];
    return typeof text === "string" ? [[p, text]] : [];
  });
}

export {
  defaultConfig,
  mergeDefaults,
  isMapping,
  stripNulls,
  cRules,
  cppRules,
  includeNames,
  includeSites,
  includeCandidates,
  readIncludeClosure,
  includeClosureOf,
  installFilesWanted,
  headerVisibility,
  interfaceHeaderPairs,
  interfaceHeaders,
  visibilitySettled,
  umbrellaCandidates,
  umbrellaGuesses,
  umbrellaHeadersWanted,
  umbrellaTexts
};
