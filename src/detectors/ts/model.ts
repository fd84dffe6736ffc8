/**
 * One declaration of the API, as plain data. Types are kept as
 * normalized printed text plus the span of their type node, so the checker can look them up again.
 */

/** A type as written: normalized text, the names it references, and where its node sits. */
export interface TypeRef {
  /** Normalized text, as the author named things (for messages). */
  text: string;
  /** Comparison key: `text` with type parameters replaced by their position. */
  key: string;
  /** Type names the node references (for input/output usage of interfaces). */
  refs: string[];
  /** The program file the node is in, and its span there. */
  file: string;
  pos: number;
  end: number;
}

export interface TypeParam {
  name: string;
  constraint?: TypeRef;
  /** Comparison key of the default type argument, when there is one. */
  defaultKey?: string;
  /** The default type argument, for the checker. */
  default?: TypeRef;
  hasDefault: boolean;
}

export interface Param {
  name: string;
  type?: TypeRef;
  optional: boolean;
  rest: boolean;
}

export interface Signature {
  typeParams: TypeParam[];
  params: Param[];
  returns?: TypeRef;
  line: number;
  /** Normalized text of the whole signature, to match overloads that did not change. */
  text: string;
  visibility: Visibility;
  /** The program file the signature is declared in, and its span there (for the checker); none for an implicit constructor. */
  at?: { file: string; pos: number; end: number };
}

export type Visibility = "public" | "protected" | "private";

export interface Member {
  key: string;
  name: string;
  kind: "property" | "method" | "index" | "call" | "construct";
  type?: TypeRef;
  /** An accessor pair's setter parameter type (`type` is the getter's): what users may assign. */
  writeType?: TypeRef;
  signatures: Signature[];
  optional: boolean;
  readonly: boolean;
  isStatic: boolean;
  visibility: Visibility;
  line: number;
}

interface DeclBase {
  line: number;
}

export interface FunctionDecl extends DeclBase {
  kind: "function";
  signatures: Signature[];
}

export interface ClassDecl extends DeclBase {
  kind: "class";
  typeParams: TypeParam[];
  members: Map<string, Member>;
  ctors: Signature[];
  abstract: boolean;
  extendsOther: boolean;
  /** Names in `extends` (the base class), so members moved to a base are still found. */
  heritage: string[];
}

export interface InterfaceDecl extends DeclBase {
  kind: "interface";
  typeParams: TypeParam[];
  members: Map<string, Member>;
  /** Names in `extends`. */
  heritage: string[];
}

export interface EnumDecl extends DeclBase {
  kind: "enum";
  members: Map<string, { value: string; line: number }>;
}

export interface TypeAliasDecl extends DeclBase {
  kind: "type";
  typeParams: TypeParam[];
  type: TypeRef;
  /** Set when the alias is an object type literal: compared member by member. */
  members?: Map<string, Member>;
}

export interface VariableDecl extends DeclBase {
  kind: "variable";
  type?: TypeRef;
  isConst: boolean;
  /** False when the declared type can certainly not be called (a keyword, literal, array, tuple or object without call signatures). */
  callable?: boolean;
}

/** A namespace (or module): its members are exports of their own, compared one by one. */
export interface NamespaceDecl extends DeclBase {
  kind: "namespace";
}

/** `export { a as b } from "./m"`, `export * as ns from "./m"`, an imported name re-exported. */
export interface AliasDecl extends DeclBase {
  kind: "alias";
  /** `a from ./m`: what it points at, compared as text. */
  target: string;
  module: string;
  importedName: string;
}

export type Decl =
  FunctionDecl | ClassDecl | InterfaceDecl | EnumDecl | TypeAliasDecl | VariableDecl | NamespaceDecl | AliasDecl;

export interface Entry {
  name: string;
  decls: Decl[];
  line: number;
  /** For `export default x` / `export = x`: the local name it points at. */
  target?: string;
}
