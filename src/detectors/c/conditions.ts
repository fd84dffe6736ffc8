import type { Node } from "web-tree-sitter";
import { tokenize } from "./tokens.js";
import { includeCandidates, includeSites } from "./include-closure.js";
import type { BranchRegion, HeaderModel } from "./model.js";

/**
 * Preprocessor conditions (`#if`, `#ifdef`, `#elif`, `#else`) and what they mean for the
 * **default target**: the configuration whose layouts the detector computes — a GCC-compatible
 * compiler on Linux (LP64 x86_64 and ILP32 i386), not Windows, not MSVC or MinGW, not macOS, the
 * BSDs, Solaris, AIX, z/OS or WebAssembly. Every branch is still read (a declaration in any
 * configuration is interface); the condition only says which users a finding is about and whether
 * the detector can know that branch's layout.
 */

/** How a condition evaluates under the default target. */
export type Truth = "true" | "false" | "unknown";

/** Macros the default target defines, with the value `#if` sees (1 when only defined). */
const DEFINED: ReadonlyMap<string, bigint> = new Map([
  ["__GNUC__", 12n],
  ["__STDC__", 1n],
  ["__STDC_VERSION__", 201710n],
  ["__STDC_HOSTED__", 1n],
  ["__linux__", 1n],
  ["__linux", 1n],
  ["linux", 1n],
  ["__gnu_linux__", 1n],
  ["__unix__", 1n],
  ["__unix", 1n],
  ["unix", 1n],
  ["__ELF__", 1n],
]);

/**
 * Compilers and toolchains other than the default's: a branch that exists only for one of them is
 * a compatibility shim (types and macros its own headers lack).
 */
const TOOLCHAINS = new Set([
  "_MSC_VER",
  "_MSC_FULL_VER",
  "__MINGW32__",
  "__MINGW64__",
  "__MINGW64_VERSION_MAJOR",
  "__MINGW32_MAJOR_VERSION",
  "__BORLANDC__",
  "__WATCOMC__",
  "__DMC__",
  "__SUNPRO_C",
  "__SUNPRO_CC",
  "__INTEL_COMPILER",
  "__IBMC__",
  "__xlC__",
  "__HP_cc",
  "__PGI",
  "__TINYC__",
  // classic Mac OS compilers: Metrowerks CodeWarrior, Apple MPW C and MrC, THINK C, Symantec C
  "__MWERKS__",
  "applec",
  "__MRC__",
  "THINK_C",
  "__SC__",
]);

/** Platforms other than Linux: the default target leaves them undefined. */
const OTHER_PLATFORMS = [
  "_WIN32",
  "_WIN64",
  "WIN32",
  "WIN64",
  "__WIN32__",
  "__WINDOWS__",
  "_WINDOWS",
  "_WIN32_WCE",
  "__SYMBIAN32__",
  "__OS2__",
  "__VMS",
  "__riscos__",
  "__CYGWIN__",
  "__APPLE__",
  "__MACH__",
  "__sun",
  "sun",
  "__SVR4",
  "_AIX",
  "__MVS__",
  "__OS400__",
  "__FreeBSD__",
  "__NetBSD__",
  "__OpenBSD__",
  "__DragonFly__",
  "__HAIKU__",
  "__QNX__",
  "__QNXNTO__",
  "__hpux",
  "__wasm__",
  "__wasm32__",
  "__wasm64__",
  "__EMSCRIPTEN__",
  "__ANDROID__",
  "__Fuchsia__",
];

const UNDEFINED = new Set([...TOOLCHAINS, ...OTHER_PLATFORMS]);

/**
 * Headers of the Windows SDK: a header that includes one unconditionally compiles only on
 * Windows, whatever its includer's `#ifdef _WIN32` (which may not be in view).
 */
const WINDOWS_SDK = new Set([
  "windows.h",
  "winsock2.h",
  "winsock.h",
  "ws2tcpip.h",
  "mswsock.h",
  "windef.h",
  "winbase.h",
  "winnt.h",
  "wtypes.h",
]);

/** The value of a condition node and whether it names a toolchain macro. */
interface Evaluated {
  truth: Truth;
  /**
   * Its value when every macro the default target does not know is undefined (0 in `#if`, as
   * the preprocessor takes an undefined name): the branch a build without `-D` flags takes.
   */
  likely: boolean;
  toolchain?: string;
  /** An opt-in experimental macro the branch requires (`NAPI_EXPERIMENTAL`, `GIT_EXPERIMENTAL_SHA256`). */
  optIn?: string;
}

const EXPERIMENTAL = /^\w*(EXPERIMENTAL|UNSTABLE)\w*$/;

/**
 * The branch regions of a conditional directive node (`preproc_if`, `preproc_ifdef`, and their
 * `#elif`/`#else` alternatives; `alternative` is its `alternative` field, the caller's already),
 * with the conditions of the branches before it (`prior`, each false for this branch to be
 * taken). Lines are 1-based and inclusive.
 */
export function branchRegion(
  node: Node,
  alternative: Node | null,
  prior: readonly Branch[],
): { region: BranchRegion; branch?: Branch } {
  const from = node.startPosition.row + 1;
  // up to the line before `#elif`/`#else`, or to `#endif`
  const to = alternative ? alternative.startPosition.row : node.endPosition.row + 1;
  const type = node.type;
  const own = type === "preproc_else" ? undefined : branchOf(node, type);
  const negated = prior.map(negate);
  const parts = own ? [...negated, own] : negated;
  return {
    region: {
      from,
      to: Math.max(from, to),
      text: parts.map((p) => p.text).join(" && "),
      truth: and(parts.map((p) => p.truth)),
      likely: parts.every((p) => p.likely),
      toolchain: parts.find((p) => p.toolchain)?.toolchain,
      optIn: parts.find((p) => p.optIn)?.optIn,
    },
    branch: own,
  };
}

/** One branch's own condition: its text as an expression, its value, a toolchain macro it names. */
export interface Branch extends Evaluated {
  text: string;
}

function branchOf(node: Node, type: string): Branch {
  if (type === "preproc_ifdef" || type === "preproc_elifdef") {
    const name = node.childForFieldName("name")?.text ?? "?";
    const negated = /^#\s*(ifndef|elifndef)/.test(node.text);
    const v = definedValue(name);
    return {
      text: `${negated ? "!" : ""}defined(${name})`,
      truth: negated ? not(v) : v,
      likely: (v === "true") !== negated,
      toolchain: TOOLCHAINS.has(name) ? name : undefined,
      optIn: !negated && EXPERIMENTAL.test(name) ? name : undefined,
    };
  }
  const cond = node.childForFieldName("condition");
  const text = directiveText(node);
  // `#if FOO_EXPERIMENTAL`, `#if defined(FOO_EXPERIMENTAL) && …`: required, not excluded
  const optIn = /^(?:defined\((\w+)\)|(\w+))(?: &&|$)/.exec(text);
  const base = {
    text,
    toolchain: toolchainIn(text),
    optIn: [optIn?.[1], optIn?.[2]].find((x) => x && EXPERIMENTAL.test(x)),
  };
  if (!cond || cond.hasError) return { ...base, truth: "unknown", likely: true };
  const likely = evaluate(cond, true);
  return { ...base, truth: truthOf(evaluate(cond, false)), likely: likely === undefined || likely !== 0n };
}

function negate(b: Branch): Branch {
  const simple = /^!?defined\(\w+\)$|^\w+$/.test(b.text);
  return {
    text: simple ? (b.text.startsWith("!") ? b.text.slice(1) : `!${b.text}`) : `!(${b.text})`,
    truth: not(b.truth),
    likely: !b.likely,
  };
}

/** The directive's condition as written, normalised (`X >= 9`), continuation lines joined. */
function directiveText(node: Node): string {
  // the node's text is the whole conditional, its branches included: read it line by line only
  // as far as the directive goes
  const text = node.text;
  let end = text.indexOf("\n");
  let first = end < 0 ? text : text.slice(0, end);
  while (/\\\r?$/.test(first) && end >= 0) {
    const next = text.indexOf("\n", end + 1);
    first = first.replace(/\\\r?$/, " ") + (next < 0 ? text.slice(end + 1) : text.slice(end + 1, next));
    end = next;
  }
  return expressionText(first.replace(/^\s*#\s*(if|elif)\b/, ""));
}

/** `defined(A) && !defined(B) || X >= 9`: tokens spaced around binary operators only. */
function expressionText(text: string): string {
  let out = "";
  let prev = "";
  for (const { v } of tokenize(text)) {
    const tight =
      out === "" ||
      prev === "(" ||
      prev === "!" ||
      prev === "~" ||
      v === ")" ||
      v === "," ||
      (v === "(" && /\w$/.test(prev));
    out += (tight ? "" : " ") + v;
    prev = v;
  }
  return out;
}

function toolchainIn(text: string): string | undefined {
  for (const m of text.matchAll(/[A-Za-z_]\w*/g)) if (TOOLCHAINS.has(m[0])) return m[0];
  return undefined;
}

const definedValue = (name: string): Truth => (DEFINED.has(name) ? "true" : UNDEFINED.has(name) ? "false" : "unknown");

const not = (t: Truth): Truth => (t === "unknown" ? t : t === "true" ? "false" : "true");

function and(ts: readonly Truth[]): Truth {
  if (ts.includes("false")) return "false";
  return ts.every((t) => t === "true") ? "true" : "unknown";
}

/** A value `#if` computes: a number, or unknown. */
type Value = bigint | undefined;

const truthOf = (v: Value): Truth => (v === undefined ? "unknown" : v !== 0n ? "true" : "false");

/**
 * Three-valued `#if` arithmetic: `&&`/`||` decide with one side known when they can. With
 * `assume`, a name the default target does not know is undefined (0), as in a build without `-D`.
 */
function evaluate(n: Node, assume: boolean): Value {
  switch (n.type) {
    case "number_literal": {
      const digits = n.text.replace(/[uUlL]+$/, "");
      try {
        return /^0[0-7]+$/.test(digits) ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
      } catch {
        return undefined;
      }
    }
    case "identifier":
      // An identifier the default target leaves undefined is 0 in `#if`; a library's own is unknown.
      return DEFINED.get(n.text) ?? (UNDEFINED.has(n.text) || assume ? 0n : undefined);
    case "preproc_defined": {
      const name = n.namedChildren.find((c) => c?.type === "identifier")?.text ?? "";
      const t = definedValue(name);
      return t === "unknown" ? (assume ? 0n : undefined) : t === "true" ? 1n : 0n;
    }
    case "parenthesized_expression":
      return n.namedChildren[0] ? evaluate(n.namedChildren[0], assume) : undefined;
    case "unary_expression": {
      const arg = n.childForFieldName("argument");
      const v = arg ? evaluate(arg, assume) : undefined;
      if (v === undefined) return undefined;
      const op = n.childForFieldName("operator")?.text;
      return op === "!" ? (v === 0n ? 1n : 0n) : op === "-" ? -v : op === "~" ? ~v : op === "+" ? v : undefined;
    }
    case "binary_expression":
      return binary(n, assume);
    default:
      return undefined;
  }
}

function binary(n: Node, assume: boolean): Value {
  const op = n.childForFieldName("operator")?.text;
  const l = n.childForFieldName("left");
  const r = n.childForFieldName("right");
  const a = l ? evaluate(l, assume) : undefined;
  const b = r ? evaluate(r, assume) : undefined;
  if (op === "&&") {
    if (a === 0n || b === 0n) return 0n;
    return a === undefined || b === undefined ? undefined : 1n;
  }
  if (op === "||") {
    if ((a !== undefined && a !== 0n) || (b !== undefined && b !== 0n)) return 1n;
    return a === undefined || b === undefined ? undefined : 0n;
  }
  if (a === undefined || b === undefined) return undefined;
  const bool = (x: boolean) => (x ? 1n : 0n);
  switch (op) {
    case "==":
      return bool(a === b);
    case "!=":
      return bool(a !== b);
    case "<":
      return bool(a < b);
    case "<=":
      return bool(a <= b);
    case ">":
      return bool(a > b);
    case ">=":
      return bool(a >= b);
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0n ? undefined : a / b;
    case "%":
      return b === 0n ? undefined : a % b;
    case "&":
      return a & b;
    case "|":
      return a | b;
    case "^":
      return a ^ b;
    default:
      return undefined;
  }
}

/** The Windows SDK header an `#include` names, if it names one. */
export function windowsSdkHeader(includePath: string): string | undefined {
  const name = includePath.replace(/^[<"]|[>"]$/g, "").toLowerCase();
  return WINDOWS_SDK.has(name) ? name : undefined;
}

/** What a line of a header sits under, as far as it is not simply compiled by the default target. */
export interface LineCondition {
  /** For messages: "under `#if defined(_WIN32)`", "in a Windows-only header (it includes `<windows.h>`)". */
  where: string;
  truth: Truth;
  /** A toolchain macro the condition names (`_MSC_VER`, `__MINGW32__`): a compatibility shim. */
  toolchain?: string;
  /** An opt-in experimental macro the line requires: no stability promise. */
  optIn?: string;
}

/**
 * The condition a line sits under: the branches enclosing it that the default target does not
 * simply take, and the header's own platform. Undefined when the default target compiles it.
 */
export function conditionAt(model: HeaderModel, line: number): LineCondition | undefined {
  const regions = model.branches.filter((r) => r.from <= line && line <= r.to && r.truth !== "true");
  const parts: string[] = [];
  if (model.platform) parts.push(`in a Windows-only header (it includes \`<${model.platform}>\`)`);
  if (regions.length) parts.push(`under \`#if ${regions.map((r) => r.text).join(" && ")}\``);
  if (!parts.length) return undefined;
  const truth = model.platform ? "false" : and(regions.map((r) => r.truth));
  return {
    where: parts.join(", "),
    truth,
    toolchain: regions.find((r) => r.toolchain)?.toolchain,
    optIn: regions.find((r) => r.optIn)?.optIn,
  };
}

/** Whether a build without `-D` flags compiles this line (see `Evaluated.likely`). */
export function likelyAt(model: HeaderModel, line: number): boolean {
  return model.branches.every((r) => r.likely || r.from > line || line > r.to);
}

/** A platform or toolchain macro (`WIN32`, `_MSC_VER`): the toolchain's own name, not a library's. */
export const isPlatformMacro = (name: string) => DEFINED.has(name) || UNDEFINED.has(name);

/**
 * The conditions a line sits under, as a set of conjuncts (`defined(Z_SOLO)`, `!defined(_WIN64)`,
 * `X >= 9`): every enclosing branch's condition split at its top-level `&&`. A definition whose
 * conjuncts include all of another's is a refinement of it — the same configurations, narrowed.
 */
export function conjunctsAt(model: HeaderModel, line: number): Set<string> {
  const out = new Set<string>();
  for (const r of model.branches) if (r.from <= line && line <= r.to) for (const c of topLevelAnd(r.text)) out.add(c);
  return out;
}

function topLevelAnd(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0 && text.startsWith(" && ", i)) {
      parts.push(text.slice(start, i));
      start = i + 4;
    }
  }
  parts.push(text.slice(start));
  // `(A && B)` as a whole conjunct: its parts are conjuncts too
  return parts.flatMap((p) => (/^\(.*\)$/.test(p) && balanced(p.slice(1, -1)) ? topLevelAnd(p.slice(1, -1)) : [p]));
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Windows macros that say the branch is for 64-bit Windows only, or for Windows (32 or 64 bits). */
const WIN64 = new Set(["_WIN64", "WIN64"]);
const WINDOWS = new Set(["_WIN32", "WIN32", "__WIN32__", "__WINDOWS__", "_WINDOWS", ...WIN64]);

/**
 * Which Windows data models a set of conjuncts selects: 64-bit Windows (LLP64: `long` is 4 bytes
 * while pointers are 8) under `defined(_WIN64)`, both Windows models under `defined(_WIN32)`,
 * none when it does not require Windows.
 */
export function windowsModels(conjuncts: ReadonlySet<string>): ("win64" | "win32")[] {
  const required = [...conjuncts].flatMap((c) => /^defined\((\w+)\)$/.exec(c)?.[1] ?? []);
  if (required.some((m) => WIN64.has(m))) return ["win64"];
  return required.some((m) => WINDOWS.has(m)) ? ["win64", "win32"] : [];
}

/** An `#include` of a header in view: the index of the header it is written in, and its line. */
export interface IncludeSite {
  includer: number;
  line: number;
}

/** Where each header in view is included from, by path (read from the texts: no model needed). */
export function includeSitesByTarget(
  headers: readonly { path: string; text: string | null }[],
): Map<string, IncludeSite[]> {
  const paths = new Set(headers.flatMap((h) => (h.text === null ? [] : [h.path])));
  const sites = new Map<string, IncludeSite[]>();
  headers.forEach((h, i) => {
    if (h.text === null) return;
    for (const inc of includeSites(h.text)) {
      const target = includeCandidates(inc.name, h.path, paths)[0];
      if (!target || target === h.path) continue;
      const list = sites.get(target) ?? [];
      list.push({ includer: i, line: inc.line });
      sites.set(target, list);
    }
  });
  return sites;
}

/** The branches a build without `-D` flags skips around line `line` of the includer. */
export function skippedAt(includer: HeaderModel, line: number): BranchRegion[] {
  return includer.branches.filter((r) => !r.likely && r.from <= line && line <= r.to);
}

/**
 * A header in view reached only through `#include`s that sit in
 * branches a build without `-D` flags skips given those branches' condition over its whole text —
 * what the preprocessor does. x86's `asm/posix_types.h` includes `asm/posix_types_x32.h` only
 * under `#elif defined(__ILP32__)` (x32): its `typedef long long __kernel_long_t` then gives way
 * to the generic `long` the default target (x86_64, i386) compiles, where the environment is built
 * (env.ts). A header included by no header in view, or from some branch the build takes, is
 * unchanged; so are the models of the headers under review (sides.ts), whose own findings say
 * where they sit. The same model and condition give the same object (the environment's identity
 * tells a self-compare). `skipped`: per `#include` of it (in the headers' order), the branches
 * around it a build skips (`skippedAt`).
 */
export function underIncluders(m: HeaderModel, skipped: readonly (readonly BranchRegion[])[]): HeaderModel {
  if (!skipped.length || skipped.some((regions) => !regions.length)) return m;
  return underIncluder(m, skipped[0]!);
}

const underIncluderMemo = new WeakMap<HeaderModel, Map<string, HeaderModel>>();

function underIncluder(m: HeaderModel, regions: readonly BranchRegion[]): HeaderModel {
  const text = regions.map((r) => r.text).join(" && ");
  const memo = underIncluderMemo.get(m) ?? new Map<string, HeaderModel>();
  underIncluderMemo.set(m, memo);
  const hit = memo.get(text);
  if (hit) return hit;
  const whole: BranchRegion = {
    from: 1,
    to: Number.MAX_SAFE_INTEGER,
    text,
    truth: and(regions.map((r) => r.truth)),
    likely: false,
    toolchain: regions.find((r) => r.toolchain)?.toolchain,
    optIn: regions.find((r) => r.optIn)?.optIn,
  };
  const out = { ...m, branches: [whole, ...m.branches] };
  memo.set(text, out);
  return out;
}
