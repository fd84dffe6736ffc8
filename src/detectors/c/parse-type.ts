import type { Node } from "web-tree-sitter";
import { normaliseText } from "./tokens.js";
import type { CType, Param, Quals } from "./model.js";

/** Callback that turns a struct/union/enum specifier with a body into a type (parse-header registers it). */
export type SpecifierHandler = (node: Node) => CType;

/** Canonical spelling of integer/float type words: `long unsigned int` → `unsigned long`. */
export function canonicalPrim(words: string[]): string {
  const longs = words.filter((w) => w === "long").length;
  const unsigned = words.includes("unsigned");
  const signed = words.includes("signed");
  const base = words.find((w) => w !== "long" && w !== "unsigned" && w !== "signed" && w !== "short");
  if (base === "double" || base === "float") return longs ? `long ${base}` : base;
  if (base === "char") return unsigned ? "unsigned char" : signed ? "signed char" : "char";
  if (base === "_Bool") return "bool";
  if (base && base !== "int") return base;
  const size = words.includes("short") ? "short" : longs === 1 ? "long" : longs >= 2 ? "long long" : "int";
  return unsigned ? `unsigned ${size}` : size;
}

const childTypeMemo = new WeakMap<Node, string[]>();

/**
 * The types of a node's named children (`namedChildren`), read once per node. Each `.type` is a
 * call into web-tree-sitter's WebAssembly (the node marshalled again), and the qualifier,
 * storage-class and attribute checks each look at every child of the same declaration. Named
 * children only: what they look for is named, and the punctuation (`;`, `,`) would cost a node
 * object and a call each.
 */
export function childTypes(node: Node): string[] {
  let types = childTypeMemo.get(node);
  if (!types) childTypeMemo.set(node, (types = node.namedChildren.map((c) => c?.type ?? "")));
  return types;
}

/** The named children of `node` of one type. */
export function childrenOfType(node: Node, type: string): Node[] {
  const types = childTypes(node);
  const out: Node[] = [];
  for (let i = 0; i < types.length; i++) if (types[i] === type) out.push(node.namedChildren[i]!);
  return out;
}

export function qualsOf(node: Node): Quals {
  const q = childrenOfType(node, "type_qualifier").map((c) => c.text);
  return [...new Set(q)].sort();
}

/** `static` among a declaration's storage classes. */
export function isStatic(node: Node): boolean {
  return childrenOfType(node, "storage_class_specifier").some((c) => c.text === "static");
}

/** The base type named by a declaration's `type` field. */
export function baseType(decl: Node, onSpecifier: SpecifierHandler): CType {
  const q = qualsOf(decl);
  const typeNode = decl.childForFieldName("type");
  const t = typeNode ? typeOfSpecifier(typeNode, onSpecifier) : ({ k: "prim", name: "int" } as CType);
  return q.length ? withQuals(t, q) : t;
}

function withQuals(t: CType, q: Quals): CType {
  if (t.k === "array" || t.k === "func" || t.k === "unknown" || t.k === "ref") return t;
  return { ...t, q: [...new Set([...(t.q ?? []), ...q])].sort() };
}

function typeOfSpecifier(node: Node, onSpecifier: SpecifierHandler): CType {
  const type = node.type;
  switch (type) {
    case "primitive_type":
      return { k: "prim", name: canonicalPrim([node.text]) };
    case "sized_type_specifier": {
      const words = node.children.filter((c) => c && c.type !== "comment").map((c) => c!.text);
      return { k: "prim", name: canonicalPrim(words.flatMap((w) => w.split(/\s+/))) };
    }
    case "struct_specifier":
    case "union_specifier":
    case "class_specifier":
    case "enum_specifier": {
      if (node.childForFieldName("body")) return onSpecifier(node);
      const name = node.childForFieldName("name");
      const tag = type.replace("_specifier", "") as "struct" | "union" | "enum" | "class";
      return name
        ? { k: "tag", tag, name: normaliseText(name.text) }
        : { k: "unknown", text: normaliseText(node.text) };
    }
    case "type_identifier":
      return { k: "name", name: node.text };
    default:
      return { k: "name", name: normaliseText(node.text) };
  }
}

export interface Declared {
  name?: string;
  type: CType;
  /** The function_declarator's parameter list when the declarator declares a function. */
  isFunction: boolean;
}

const NAME_NODES = new Set([
  "identifier",
  "field_identifier",
  "type_identifier",
  "destructor_name",
  "qualified_identifier",
  "operator_name",
  "primitive_type",
]);

/** Applies a declarator (pointer, array, function, parentheses) to a base type. */
export function applyDeclarator(base: CType, decl: Node | null, onSpecifier: SpecifierHandler): Declared {
  if (!decl) return { type: base, isFunction: false };
  const type = decl.type;
  if (NAME_NODES.has(type)) return { name: decl.text, type: base, isFunction: base.k === "func" };
  const inner = decl.childForFieldName("declarator");
  switch (type) {
    case "pointer_declarator":
    case "abstract_pointer_declarator":
      return applyDeclarator({ k: "ptr", to: base, q: qualsOf(decl) }, inner, onSpecifier);
    case "reference_declarator":
    case "abstract_reference_declarator":
      return applyDeclarator(
        { k: "ref", to: base },
        decl.namedChildren.find((c) => c && c.type !== "type_qualifier") ?? null,
        onSpecifier,
      );
    case "array_declarator":
    case "abstract_array_declarator": {
      const size = decl.childForFieldName("size");
      return applyDeclarator({ k: "array", of: base, len: size ? normaliseText(size.text) : null }, inner, onSpecifier);
    }
    case "function_declarator":
    case "abstract_function_declarator": {
      const { params, variadic } = parameters(decl.childForFieldName("parameters"), onSpecifier);
      const r = applyDeclarator({ k: "func", ret: base, params, variadic }, inner, onSpecifier);
      return r;
    }
    // `int x = 10;`: the initializer is the value, not part of the name or the type.
    case "init_declarator":
      return applyDeclarator(base, inner, onSpecifier);
    case "parenthesized_declarator":
    case "abstract_parenthesized_declarator":
    case "attributed_declarator":
      return applyDeclarator(
        base,
        decl.namedChildren.find((c) => c && c.type !== "comment" && c.type !== "attribute_declaration") ?? null,
        onSpecifier,
      );
    default:
      return { name: normaliseText(decl.text), type: base, isFunction: false };
  }
}

/** A parameter list; `(void)` is no parameters. */
export function parameters(list: Node | null, onSpecifier: SpecifierHandler): { params: Param[]; variadic: boolean } {
  const params: Param[] = [];
  let variadic = false;
  for (const p of list?.namedChildren ?? []) {
    if (!p) continue;
    const type = p.type;
    // a parameter declaration starts with its type: its text is never `...` (no call for its text)
    const declaration = type.endsWith("parameter_declaration");
    if (type === "variadic_parameter" || (!declaration && p.text === "...")) {
      variadic = true;
      continue;
    }
    if (!declaration) continue;
    const d = applyDeclarator(baseType(p, onSpecifier), p.childForFieldName("declarator"), onSpecifier);
    params.push({ name: d.name, type: stripTopQuals(d.type) });
  }
  if (params.length === 1 && !params[0]!.name && params[0]!.type.k === "prim" && params[0]!.type.name === "void")
    params.length = 0;
  return { params, variadic };
}

/** `int const x` and `int x` are one parameter type to callers. */
export function stripTopQuals(t: CType): CType {
  if ("q" in t && t.q && t.q.length) return { ...t, q: [] } as CType;
  return t;
}
