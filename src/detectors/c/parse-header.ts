import type { Node, Tree } from "web-tree-sitter";
import { DECLARATION_CONTAINERS, modelTree, type HeaderTrees } from "./language.js";
import { attrsOf } from "./parse-attrs.js";
import { parseEnum, parseRecord } from "./parse-record.js";
import { applyDeclarator, baseType, isStatic, type SpecifierHandler } from "./parse-type.js";
import { normaliseText, tokenize } from "./tokens.js";
import { emptyModel, type CType, type HeaderModel } from "./model.js";
import { branchRegion, conditionAt, windowsSdkHeader, type Branch } from "./conditions.js";

const line = (n: Node) => n.startPosition.row + 1;

/** Nodes whose children are declarations at file scope, a template's and a recovered ERROR's too. */
const CONTAINERS = new Set([...DECLARATION_CONTAINERS, "template_declaration", "ERROR"]);

/** Containers that may have an `alternative` (`#elif`, `#else`). */
const CONDITIONALS = new Set(["preproc_if", "preproc_ifdef", "preproc_elif", "preproc_elifdef", "preproc_else"]);

/**
 * What of a header's model to build: `all`; `macros` alone (the same walk, declarations and `#if`
 * conditions skipped) — what a header's text as written is parsed for when the preprocessor's view
 * of it (macros blanked) is another text; `declarations`, everything but the macros (left empty) —
 * the model of that other text, whose macros are the text as written's.
 */
export type ModelPart = "all" | "macros" | "declarations";

/**
 * Builds the model of one header from its tree. Every `#if` branch is read (a declaration in any
 * configuration is interface), and partial trees (ERROR nodes) still give what parsed.
 * `gaps`: `parseGaps(root, regions)` when the caller has it already.
 * `regions`: trees that stand for some of the tree's nodes (by id), read in their place — the
 * C++ grammar's reading of declarations the C grammar left errors in (language.ts, `localFallback`).
 */
export function buildModel(
  root: Node,
  language: "c" | "cpp",
  checkBudget: () => void,
  part: ModelPart = "all",
  gaps?: HeaderModel["gaps"],
  regions?: ReadonlyMap<number, Tree>,
): HeaderModel {
  const macrosOnly = part === "macros";
  const model = emptyModel(language);
  model.guard = includeGuard(root);
  const guardNode = model.guard ? root.namedChildren.find((c) => c && c.type !== "comment") : undefined;
  const scope: string[] = [];
  /** A name as declared in the current namespaces (C: no namespace, the name itself). */
  const scoped = (name: string) => (scope.length ? [...scope, name].join("::") : name);
  const onSpecifier: SpecifierHandler = (node) => {
    const nameNode = node.childForFieldName("name");
    // tree-sitter-cpp gives `enum : uint8_t {` an empty name: that enum is anonymous.
    const plain = nameNode ? normaliseText(nameNode.text) : "";
    const name = plain ? scoped(plain) : undefined;
    if (node.type === "enum_specifier") {
      const en = parseEnum(node, name);
      model.enums.push(en);
      return { k: "enum", en };
    }
    const rec = parseRecord(node, name, onSpecifier);
    if (name) model.records.push(rec);
    return { k: "record", rec };
  };

  // Each branch's lines and condition; `#elif`/`#else` are read as alternatives of their `#if`.
  const conditional = (node: Node, prior: readonly Branch[]): void => {
    const alternative = node.childForFieldName("alternative");
    let branch: Branch | undefined;
    // the branches' conditions are declarations' context: the macros alone do not need them
    if (!macrosOnly) {
      const read = branchRegion(node, alternative, prior);
      if (node.id !== guardNode?.id) model.branches.push(read.region);
      branch = read.branch;
    }
    visit(node, alternative);
    if (alternative) conditional(alternative, branch ? [...prior, branch] : prior);
  };

  // `alternative`: an `#elif`/`#else` of this node — `conditional` reads it with the conditions
  // before it. Only conditionals have one; asking other nodes costs a call into the tree each.
  const visit = (node: Node, alternative: Node | null = null): void => {
    checkBudget();
    for (const child of node.namedChildren) {
      if (!child || (alternative && child.id === alternative.id)) continue;
      const region = regions?.get(child.id);
      if (region) {
        visit(region.rootNode);
        continue;
      }
      // each `.type` is a call into web-tree-sitter's WebAssembly: read it once
      const type = child.type;
      if (macrosOnly && DECLARATIONS.has(type)) continue;
      switch (type) {
        case "preproc_if":
        case "preproc_ifdef":
          conditional(child, []);
          break;
        case "preproc_include": {
          const sdk = windowsSdkHeader(child.childForFieldName("path")?.text ?? "");
          if (sdk && !model.platform && !conditionAt(model, line(child))) model.platform = sdk;
          break;
        }
        case "preproc_def": {
          if (part === "declarations") break;
          const name = child.childForFieldName("name")!.text;
          if (name !== model.guard) macro(child, name);
          break;
        }
        case "preproc_function_def":
          if (part !== "declarations") macro(child);
          break;
        case "struct_specifier":
        case "union_specifier":
        case "enum_specifier":
        case "class_specifier":
          if (child.childForFieldName("body")) onSpecifier(child);
          break;
        case "declaration":
          declaration(child);
          break;
        case "function_definition":
          if (!isStatic(child)) declaration(child);
          else baseType(child, onSpecifier);
          break;
        case "type_definition":
          typedef(child);
          break;
        case "namespace_definition": {
          const name = child.childForFieldName("name");
          scope.push(name ? normaliseText(name.text) : "(anonymous)");
          const body = child.childForFieldName("body");
          if (body) visit(body);
          scope.pop();
          break;
        }
        default:
          if (CONTAINERS.has(type))
            visit(child, CONDITIONALS.has(type) ? child.childForFieldName("alternative") : null);
      }
    }
  };

  /** A `#define`; `name` is given for an object-like one (`preproc_def`, which has no parameters). */
  function macro(node: Node, name?: string) {
    const params = name === undefined ? node.childForFieldName("parameters") : null;
    name ??= node.childForFieldName("name")!.text;
    model.macros.push({
      name,
      body: macroBody(node),
      params: params ? params.namedChildren.map((p) => p!.text) : undefined,
      line: line(node),
    });
  }

  function declaration(node: Node) {
    const base = baseType(node, onSpecifier);
    const statik = isStatic(node);
    for (const d of node.childrenForFieldName("declarator")) {
      if (!d) continue;
      // `struct foo { … } __packed;` reads as a variable named __packed.
      if (
        d.type === "identifier" &&
        (d.text === "__packed" || d.text === "__attribute_packed__") &&
        base.k === "record"
      ) {
        base.rec.attrs.packed = true;
        continue;
      }
      const decl = applyDeclarator(base, d, onSpecifier);
      const declared = declaredName(decl.name);
      if (!declared || statik) continue;
      const name = scoped(declared);
      if (decl.type.k === "func")
        model.functions.push({
          name,
          ret: decl.type.ret,
          params: decl.type.params,
          variadic: decl.type.variadic,
          line: line(node),
        });
      else if (node.type === "declaration") model.globals.push({ name, type: decl.type, line: line(node) });
    }
  }

  function typedef(node: Node) {
    const base = baseType(node, onSpecifier);
    const attrs = attrsOf(node);
    for (const d of node.childrenForFieldName("declarator")) {
      if (!d) continue;
      const decl = applyDeclarator(base, d, onSpecifier);
      const declared = declaredName(decl.name);
      if (declared)
        model.typedefs.push({
          name: scoped(declared),
          type: decl.type as CType,
          attrs,
          line: line(node),
        });
    }
  }

  visit(root);
  if (!macrosOnly) model.gaps = gaps ?? parseGaps(root, regions);
  return model;
}

/** The gaps of a header's trees (`HeaderModel.gaps`), without its model. */
export function gapsOf(trees: HeaderTrees): HeaderModel["gaps"] {
  return parseGaps(modelTree(trees).rootNode, trees.regions);
}

/**
 * The model of a header's trees (language.ts, `parseHeaderTrees`): its grammar's tree, with the
 * local fallback's regions; `gaps` as `buildModel` takes them.
 */
export function modelOfTrees(
  trees: HeaderTrees,
  checkBudget: () => void,
  part: ModelPart = "all",
  gaps?: HeaderModel["gaps"],
): HeaderModel {
  return buildModel(modelTree(trees).rootNode, trees.language, checkBudget, part, gaps, trees.regions);
}

/** What `buildModel` reads at file scope that holds no macro (a namespace's body may). */
const DECLARATIONS = new Set([
  "preproc_include",
  "struct_specifier",
  "union_specifier",
  "enum_specifier",
  "class_specifier",
  "declaration",
  "function_definition",
  "type_definition",
]);

const KEYWORDS = new Set(
  "auto break case char const continue default do double else enum extern float for goto if inline int long register restrict return short signed sizeof static struct switch typedef union unsigned void volatile while _Bool".split(
    " ",
  ),
);

/**
 * The name a declaration declares, as the compiler sees it. A recovered parse can hand back the
 * words before it too (`NAPI_CDECL napi_module_register`, an unexpanded macro): the name is the
 * last word. Text with punctuation or a keyword is debris of a misparse, not a name.
 */
function declaredName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (/^[A-Za-z_]\w*$/.test(raw)) return KEYWORDS.has(raw) ? undefined : raw;
  const tokens = tokenize(raw);
  // C++ names keep their qualification and operators (`ns::Foo`, `operator==`, `~Foo`)
  if (tokens.some((t) => t.v === "::" || t.v === "~" || t.v === "operator")) return raw;
  if (!tokens.length || tokens.some((t) => t.t !== "id")) return undefined;
  const last = tokens[tokens.length - 1]!.v;
  return KEYWORDS.has(last) ? undefined : last;
}

/** `#ifndef X` / `#define X` wrapping the file: renaming it is not an interface change. */
function includeGuard(root: Node): string | undefined {
  const first = root.namedChildren.find((c) => c && c.type !== "comment");
  if (first?.type !== "preproc_ifdef" || !first.text.startsWith("#ifndef")) return undefined;
  const name = first.childForFieldName("name")?.text;
  const def = first.namedChildren.find((c) => c && c.type !== "comment" && c.type !== "identifier");
  return def?.type === "preproc_def" && def.childForFieldName("name")?.text === name ? name : undefined;
}

/** ERROR and MISSING regions, keyed by their tokens so that reformatting leaves them equal. */
export function parseGaps(root: Node, regions?: ReadonlyMap<number, Tree>): HeaderModel["gaps"] {
  const gaps: HeaderModel["gaps"] = [];
  const walk = (n: Node) => {
    if (!n.hasError) return;
    const region = regions?.get(n.id);
    if (region) return walk(region.rootNode);
    // tree-sitter-c reads a valid unnamed bit-field (`unsigned :0;`) with a MISSING name.
    if (n.isMissing && n.type === "field_identifier" && n.parent?.children.some((c) => c?.type === "bitfield_clause"))
      return;
    if (n.isError || n.isMissing) {
      const context = n.isMissing
        ? `missing ${n.type} in ${normaliseText(n.parent?.text ?? "")}`
        : normaliseText(n.text);
      gaps.push({ key: context, line: line(n) });
      return;
    }
    for (const c of n.children) if (c) walk(c);
  };
  walk(root);
  return gaps;
}

/** The whole body: tree-sitter ends `value` at a comment, but a continued line goes on after it. */
function macroBody(node: Node): string {
  const value = node.childForFieldName("value");
  if (!value) return "";
  return normaliseText(node.text.slice(value.startIndex - node.startIndex));
}
