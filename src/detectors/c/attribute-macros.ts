import { tokenize, type Token } from "./tokens.js";
import type { MacroDef } from "./model.js";
import { isDeclarationList } from "./expand-body-macros.js";

/**
 * Macros that expand to nothing or to attributes (`__THROW`, `__BEGIN_DECLS`, `__user`,
 * `UV_EXTERN`). tree-sitter sees them as stray identifiers and loses the declaration around them;
 * a preprocessor would have expanded them away, so the parse does the same (see blankMacros).
 */
const KNOWN = new Set([
  // glibc <sys/cdefs.h>
  "__BEGIN_DECLS",
  "__END_DECLS",
  "__THROW",
  "__THROWNL",
  "__wur",
  "__attribute_pure__",
  "__attribute_const__",
  "__attribute_malloc__",
  "__attribute_used__",
  "__attribute_noinline__",
  "__attribute_deprecated__",
  "__attribute_warn_unused_result__",
  "__attribute_artificial__",
  "__always_inline",
  "__extern_inline",
  "__extern_always_inline",
  "__fortify_function",
  "__LEAF",
  "__LEAF_ATTR",
  "__COLD",
  "__returns_nonnull",
  "__attribute_maybe_unused__",
  "__attribute_nonstring__",
  "__attr_dealloc_free",
  "__BEGIN_NAMESPACE_STD",
  "__END_NAMESPACE_STD",
  "__BEGIN_NAMESPACE_C99",
  "__END_NAMESPACE_C99",
  "__extension__",
  "__restrict_arr",
  "__glibc_const",
  "__attribute_copy__",
  // Linux kernel annotations
  "__user",
  "__kernel",
  "__force",
  "__iomem",
  "__rcu",
  "__bitwise",
  "__bitwise__",
  "__must_check",
  "__init",
  "__exit",
  "__cold",
  "asmlinkage",
  "notrace",
  "__always_unused",
  "__maybe_unused",
  "__percpu",
  "__deprecated",
  "__weak",
  "__pure",
  "__noreturn",
  "__safe",
  "__nocast",
  // GLib and Windows calling conventions
  "G_BEGIN_DECLS",
  "G_END_DECLS",
  "GLIB_AVAILABLE_IN_ALL",
  "G_GNUC_CONST",
  "G_GNUC_PURE",
  "G_GNUC_MALLOC",
  "G_GNUC_WARN_UNUSED_RESULT",
  "G_GNUC_NULL_TERMINATED",
  "G_GNUC_DEPRECATED",
  "G_GNUC_INTERNAL",
  "_GLIB_EXTERN",
  "WINAPI",
  "WINAPIV",
  "__stdcall",
  "__cdecl",
  "CALLBACK",
  "APIENTRY",
  // the Windows SDK's own spellings of calling conventions (windef.h: `#define CDECL _cdecl`),
  // used by headers' Windows branches without including it (zconf.h's `ZEXPORTVA FAR CDECL`)
  "CDECL",
  "PASCAL",
]);

/** Known attribute macros that take an argument list, blanked with it. */
const KNOWN_CALLS = new Set([
  "__nonnull",
  "__attr_access",
  "__attr_access_none",
  "__attr_dealloc",
  "__attribute_format_arg__",
  "__attribute_format_strfmon__",
  "__attribute_alloc_size__",
  "__attribute_alloc_align__",
  "__attribute_deprecated_msg__",
  "__acquires",
  "__releases",
  "__must_hold",
  "__counted_by",
  "G_GNUC_PRINTF",
  "__declspec",
  "__USING_NAMESPACE_STD",
  "__REDIRECT_FORTIFY",
]);

/** Export-macro naming convention (`UV_EXTERN`, `JSON_EXPORT`, `LIBUSB_CALL`), for macros defined nowhere in view. */
const EXPORT_NAME = /^[A-Z][A-Z0-9_]*_(EXTERN|EXPORT|API|CALL|CALLBACK|DEPRECATED|DEPRECATED_FOR|AVAILABLE)$/;

/**
 * Qualifiers a header may define away for pre-ANSI compilers (zconf.h: `#define const` when not
 * STDC): every compiler in use has them, so they stay in the declarations.
 */
const QUALIFIERS = new Set(["const", "volatile", "signed"]);

/** A macro name (not a type such as `uint32_t`), as a user-supplied override is spelled. */
const OVERRIDE_NAME = /^[A-Z][A-Z0-9_]*$/;

/** Tokens a macro body may hold and still be "attributes only": storage, linkage, inline, calling conventions. */
const ATTRIBUTE_TOKENS = new Set([
  "__attribute__",
  "__attribute",
  "__declspec",
  "extern",
  "__extension__",
  "static",
  "inline",
  "__inline",
  "__inline__",
  "__forceinline",
  "__asm__",
  "_Noreturn",
  "noreturn",
  // calling conventions and 16-bit pointer qualifiers (zconf.h's `FAR`, Windows' `WINAPI`)
  "__cdecl",
  "_cdecl",
  "cdecl",
  "__stdcall",
  "_stdcall",
  "__fastcall",
  "__vectorcall",
  "__pascal",
  "_pascal",
  "pascal",
  "__export",
  "_export",
  "__loadds",
  "_loadds",
  "far",
  "_far",
  "__far",
  "near",
  "_near",
  "__near",
  "huge",
  "_huge",
  "__huge",
  // Oracle Developer Studio linker scoping (`#define UV_EXTERN __global` under `__SUNPRO_C`)
  "__global",
  "_global",
  "__hidden",
  "_hidden",
  "__symbolic",
  "_symbolic",
]);

/** Attribute spellings followed by an argument list that belongs to them. */
const ATTRIBUTE_CALLS = new Set(["__attribute__", "__attribute", "__declspec", "__asm__", "_Pragma"]);

/**
 * What the preprocessor would remove from declarations, decided by the macros' definitions
 * across the headers in view (the changed headers and the unchanged ones they include):
 * - `plain`: object-like macros every definition of which expands to attributes or nothing
 *   (`NAPI_CDECL`: `__cdecl` on Windows, empty elsewhere; `ZEXTERN`: `extern`);
 * - `calls`: function-like macros that expand to attributes only (`JSON_C_PRINTF(a, b)`);
 * - `wrappers`: one-parameter macros that expand to their argument plus attributes (`OF(args)`,
 *   `THIS_FUNCTION_IS_DEPRECATED(decl)`): the call's name and parentheses go, the argument stays;
 * - `defined`: every macro name seen. The export-name convention (`FOO_EXTERN`, `FOO_API`) is only
 *   a fallback for macros defined nowhere in view (a generated config header).
 */
export interface MacroScope {
  plain: ReadonlySet<string>;
  calls: ReadonlySet<string>;
  wrappers: ReadonlySet<string>;
  defined: ReadonlySet<string>;
  /**
   * Macros of the headers in view that expand to members or enumerators (`__struct_group(…)` of
   * the kernel's linux/stddef.h, a library's `FOO_COMMON_FIELDS` in its config header), with the
   * macros they use: a header that uses one it does not define itself still gets its body expanded
   * (expand-body-macros.ts).
   */
  declarationLists: readonly MacroDef[];
  /** Identifies the scope in caches: equal keys blank the same text the same way. */
  key: string;
}

/**
 * What one definition makes of the name. Two more kinds than a macro can be on its own:
 * - `kr`: a one-parameter macro that drops its argument for `()` (zconf.h's `OF(args)` for
 *   pre-ANSI compilers): a declaration through it is the same function without a prototype, so it
 *   agrees with a `wrapper` definition of the other branch;
 * - `override`: the body is one upper-case name defined nowhere in view (`#define ZSTDLIB_VISIBLE
 *   ZSTDLIB_VISIBILITY`, the old spelling a user may define on the command line): it says nothing
 *   about what the macro is, so the other definitions decide.
 */
type Kind = "plain" | "call" | "wrapper" | "kr" | "override";

/** The kind the definitions of one name agree on, if they do. */
function agreedKind(kinds: (Kind | undefined)[]): "plain" | "call" | "wrapper" | undefined {
  const decisive = kinds.filter((k) => k !== "override");
  if (!decisive.length) return undefined;
  if (decisive.includes("wrapper") && decisive.every((k) => k === "wrapper" || k === "kr")) return "wrapper";
  const first = decisive[0];
  if (first === undefined || first === "kr" || !decisive.every((k) => k === first)) return undefined;
  return first;
}

/** The last scope computed and the definitions it was computed from. */
let lastScope: { macros: readonly MacroDef[]; scope: MacroScope } | undefined;

/**
 * The scope of a set of macro definitions (several definitions of a name come from `#if`
 * branches). The same definitions in the same order give the same scope: a review asks for each
 * side's (the model cache hands out the same definition objects for the same text), and a side
 * whose headers' texts equal the other side's gets the scope already computed.
 */
export function macroScope(macros: readonly MacroDef[]): MacroScope {
  if (lastScope && sameDefinitions(lastScope.macros, macros)) return lastScope.scope;
  const scope = scopeOf(macros);
  lastScope = { macros: [...macros], scope };
  return scope;
}

function sameDefinitions(a: readonly MacroDef[], b: readonly MacroDef[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function scopeOf(macros: readonly MacroDef[]): MacroScope {
  const defs = new Map<string, MacroDef[]>();
  for (const m of macros) defs.set(m.name, [...(defs.get(m.name) ?? []), m]);
  const plain = new Set(KNOWN);
  const calls = new Set(KNOWN_CALLS);
  const wrappers = new Set<string>();
  const defined = new Set(defs.keys());
  // A macro may be built from other attribute macros (`#define ZEXPORTVA WINAPIV`,
  // `#define NAPI_EXTERN NAPI_EXPORT_ATTR`): repeat until nothing new is learnt.
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, list] of defs) {
      if (plain.has(name) || calls.has(name) || wrappers.has(name) || QUALIFIERS.has(name)) continue;
      const kind = agreedKind(list.map((m) => kindOf(m, { plain, calls, defined })));
      if (!kind) continue;
      (kind === "plain" ? plain : kind === "call" ? calls : wrappers).add(name);
      changed = true;
    }
  }
  // `defined` decides blanking only for names that look like export macros (isUndefinedExportName)
  const exportNames = new Set([...defined].filter((name) => EXPORT_NAME.test(name)));
  const declarationLists = declarationListMacros(defs);
  const key = [
    ...[plain, calls, wrappers, exportNames].map((set) => [...set].sort().join(",")),
    declarationLists.map((m) => `${m.name}(${m.params?.join(",") ?? ""})${m.body}`).join("\n"),
  ].join("|");
  return { plain, calls, wrappers, defined, declarationLists, key };
}

/**
 * The macros that expand to members or enumerators and mean the same wherever they are defined (a
 * name defined differently per platform, libuv's `UV_HANDLE_PRIVATE_FIELDS` in unix.h and win.h,
 * stays unexpanded: which one a build takes is not known here), with every macro their bodies use,
 * in view order.
 */
function declarationListMacros(defs: ReadonlyMap<string, MacroDef[]>): MacroDef[] {
  const wanted = new Set<string>();
  const visit = (name: string) => {
    if (wanted.has(name) || !defs.has(name)) return;
    wanted.add(name);
    for (const m of defs.get(name)!) for (const t of bodyTokens(m)) if (t.t === "id") visit(t.v);
  };
  for (const [name, list] of defs)
    if (list.every((m) => m.body === list[0]!.body) && isDeclarationList(bodyTokens(list[0]!))) visit(name);
  return [...defs].filter(([name]) => wanted.has(name)).flatMap(([, list]) => list);
}

const tokensByMacro = new WeakMap<MacroDef, Token[]>();

/**
 * A macro's body as tokens, once per definition: the scope of each side of every review reads all
 * the macros in view (the same definition objects, from the model cache), some of them once per
 * round of `macroScope`'s loop. Read-only: the list is shared.
 */
function bodyTokens(m: MacroDef): Token[] {
  let tokens = tokensByMacro.get(m);
  if (!tokens) tokensByMacro.set(m, (tokens = tokenize(m.body)));
  return tokens;
}

function kindOf(
  m: MacroDef,
  known: { plain: Set<string>; calls: Set<string>; defined: ReadonlySet<string> },
): Kind | undefined {
  const tokens = bodyTokens(m);
  if (m.params?.length === 1 && tokens.length === 2 && tokens[0]!.v === "(" && tokens[1]!.v === ")") return "kr";
  const kind = attributeKind(tokens, m.params, known);
  if (kind || m.params || tokens.length !== 1) return kind;
  return OVERRIDE_NAME.test(tokens[0]!.v) && !known.defined.has(tokens[0]!.v) ? "override" : undefined;
}

/** plain/call/wrapper when the body is attributes only (and the parameters), else undefined. */
function attributeKind(
  tokens: readonly Token[],
  params: readonly string[] | undefined,
  known: { plain: Set<string>; calls: Set<string>; defined: ReadonlySet<string> },
): Kind | undefined {
  const names = params ?? [];
  let paramUses = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.t === "str" && t.v === '"C"' && tokens[i - 1]?.v === "extern") continue;
    // C23/C++11 attributes: `[[deprecated(message)]]`, `[[nodiscard]]`
    if (t.v === "[" && tokens[i + 1]?.v === "[") {
      i = closingAttribute(tokens, i);
      if (i < 0) return undefined;
      continue;
    }
    if (t.t !== "id") return undefined;
    if (names.includes(t.v)) {
      paramUses++;
      continue;
    }
    const attribute =
      ATTRIBUTE_TOKENS.has(t.v) || known.plain.has(t.v) || (!known.defined.has(t.v) && EXPORT_NAME.test(t.v));
    const call = ATTRIBUTE_CALLS.has(t.v) || known.calls.has(t.v);
    if (call && tokens[i + 1]?.v === "(") {
      i = closingParen(tokens, i + 1);
      if (i < 0) return undefined;
      continue;
    }
    if (!attribute) return undefined;
  }
  if (!params) return "plain";
  if (paramUses === 0) return "call";
  return params.length === 1 && paramUses === 1 ? "wrapper" : undefined;
}

/** The index of the `]` closing a `[[ … ]]` attribute opened at `open`, or -1. */
function closingAttribute(tokens: readonly { v: string }[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (tokens[k]!.v === "[") depth++;
    else if (tokens[k]!.v === "]" && --depth === 0) return k;
  }
  return -1;
}

function closingParen(tokens: readonly { v: string }[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (tokens[k]!.v === "(") depth++;
    else if (tokens[k]!.v === ")" && --depth === 0) return k;
  }
  return -1;
}

/** Undefined in view and named like an export macro: treated as one. */
export function isUndefinedExportName(name: string, scope: MacroScope): boolean {
  return !scope.defined.has(name) && EXPORT_NAME.test(name);
}
