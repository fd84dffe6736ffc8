/**
 * The semantic model of one header version: what the rules compare. Built from the tree-sitter
 * tree by parse-header.ts; knows nothing about layout (layout.ts computes that per ABI).
 */

/** `const` / `volatile` on a type or on a pointer itself. */
export type Quals = readonly string[];

export type CType =
  | { k: "prim"; name: string; q?: Quals }
  | { k: "name"; name: string; q?: Quals }
  | { k: "tag"; tag: "struct" | "union" | "enum" | "class"; name: string; q?: Quals }
  | { k: "record"; rec: RecordDef; q?: Quals }
  | { k: "enum"; en: EnumDef; q?: Quals }
  | { k: "ptr"; to: CType; q?: Quals }
  | { k: "ref"; to: CType }
  | { k: "array"; of: CType; len: string | null }
  | { k: "func"; ret: CType; params: Param[]; variadic: boolean }
  | { k: "unknown"; text: string };

export interface Param {
  name?: string;
  type: CType;
}

/** `__attribute__((packed))`, `aligned(n)`; n stays text when it is an expression. */
export interface Attrs {
  packed?: boolean;
  aligned?: string;
}

export interface Field {
  /** null for an anonymous struct/union member or an unnamed bit-field. */
  name: string | null;
  type: CType;
  /** Bit-field width as written. */
  bits?: string;
  attrs: Attrs;
  line: number;
  /** Why the header marks this member private (a `*_PRIVATE` macro, a comment), if it does. */
  private?: string;
}

export interface Method {
  name: string;
  signature: string;
  virtual: boolean;
  static: boolean;
  line: number;
}

export interface BaseClass {
  name: string;
  access: string;
  virtual: boolean;
}

/** C++ extras of a class/struct; the cpp detector compares them. */
export interface CxxInfo {
  bases: BaseClass[];
  methods: Method[];
}

export interface RecordDef {
  kind: "struct" | "union" | "class";
  /** Qualified name for C++ (`ns::Foo`); undefined for anonymous records. */
  name?: string;
  fields: Field[];
  attrs: Attrs;
  line: number;
  cxx?: CxxInfo;
}

export interface EnumMember {
  name: string;
  /** Expression text as written, undefined for an implicit increment. */
  expr?: string;
  line: number;
}

export interface EnumDef {
  name?: string;
  members: EnumMember[];
  /** C23 / C++11 fixed underlying type, as text. */
  base?: string;
  attrs: Attrs;
  line: number;
}

export interface Typedef {
  name: string;
  type: CType;
  attrs: Attrs;
  line: number;
}

export interface FunctionDecl {
  name: string;
  ret: CType;
  params: Param[];
  variadic: boolean;
  line: number;
}

export interface GlobalDecl {
  name: string;
  type: CType;
  line: number;
}

export interface MacroDef {
  name: string;
  /** Normalised token text of the body (comments and whitespace runs removed). */
  body: string;
  /** Parameter names for function-like macros. */
  params?: string[];
  line: number;
}

/** A region the parser could not understand, keyed by its tokens so reformatting does not count. */
export interface ParseGap {
  key: string;
  line: number;
}

/**
 * The lines of one `#if`/`#ifdef`/`#elif`/`#else` branch and its condition (the branches before
 * it negated), evaluated for the default target (conditions.ts).
 */
export interface BranchRegion {
  from: number;
  to: number;
  /** `defined(_WIN32)`, `!defined(A) && NAPI_VERSION >= 9`. */
  text: string;
  truth: "true" | "false" | "unknown";
  /** Taken by a build without `-D` flags (unknown macros undefined). */
  likely: boolean;
  /** A toolchain macro the condition names (`_MSC_VER`, `__MINGW32__`). */
  toolchain?: string;
  /** An opt-in experimental macro the branch requires (`NAPI_EXPERIMENTAL`). */
  optIn?: string;
}

export interface HeaderModel {
  language: "c" | "cpp";
  records: RecordDef[];
  enums: EnumDef[];
  typedefs: Typedef[];
  functions: FunctionDecl[];
  globals: GlobalDecl[];
  macros: MacroDef[];
  /** Include-guard macro, left out of macro comparisons. */
  guard?: string;
  gaps: ParseGap[];
  /** Conditional branches at file scope (the include guard is none). */
  branches: BranchRegion[];
  /** A Windows SDK header this one includes unconditionally (`windows.h`): it compiles only on Windows. */
  platform?: string;
}

export function emptyModel(language: "c" | "cpp"): HeaderModel {
  return {
    language,
    records: [],
    enums: [],
    typedefs: [],
    functions: [],
    globals: [],
    macros: [],
    gaps: [],
    branches: [],
  };
}
