import { tokenize } from "./tokens.js";
import type { MacroDef } from "./model.js";

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
  "__stdcall",
  "__cdecl",
  "CALLBACK",
  "APIENTRY",
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

/** Export-macro naming convention (`UV_EXTERN`, `JSON_EXPORT`, `LIBUSB_CALL`), for macros defined elsewhere. */
const EXPORT_NAME = /^[A-Z][A-Z0-9_]*_(EXTERN|EXPORT|API|CALL|CALLBACK|DEPRECATED|DEPRECATED_FOR|AVAILABLE)$/;

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
  "__asm__",
]);

/** Names that expand to attributes only: known ones, and this header's macros whose every definition does. */
export function attributeMacroNames(macros: readonly MacroDef[]): { plain: Set<string>; calls: Set<string> } {
  const plain = new Set(KNOWN);
  const verdict = new Map<string, boolean>();
  for (const m of macros) {
    if (m.params) continue;
    const ok = isAttributeBody(m.body, plain);
    verdict.set(m.name, (verdict.get(m.name) ?? true) && ok);
  }
  for (const [name, ok] of verdict) if (ok) plain.add(name);
  return { plain, calls: KNOWN_CALLS };
}

function isAttributeBody(body: string, known: Set<string>): boolean {
  const tokens = tokenize(body);
  let depth = 0;
  for (const t of tokens) {
    if (t.v === "(") {
      depth++;
      continue;
    }
    if (t.v === ")") {
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (t.t === "id" && (ATTRIBUTE_TOKENS.has(t.v) || known.has(t.v) || EXPORT_NAME.test(t.v))) continue;
    if (t.t === "str" && t.v === '"C"') continue;
    return false;
  }
  return true;
}

export function isExportName(name: string): boolean {
  return EXPORT_NAME.test(name);
}
