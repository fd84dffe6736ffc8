import type { Node } from "web-tree-sitter";
import { attrsOf } from "./parse-attrs.js";
import {
  applyDeclarator,
  baseType,
  childrenOfType,
  childTypes,
  isStatic as declaredStatic,
  parameters,
  type SpecifierHandler,
} from "./parse-type.js";
import { normaliseText } from "./tokens.js";
import { PRIVATE_BEGIN, PRIVATE_END_TEXT } from "./expand-body-macros.js";
import { spell } from "./spell.js";
import type { CType, CxxInfo, EnumDef, Field, Method, RecordDef } from "./model.js";

const line = (n: Node) => n.startPosition.row + 1;

/** A struct/union/class body: fields in order, plus C++ bases and methods. */
export function parseRecord(node: Node, name: string | undefined, onSpecifier: SpecifierHandler): RecordDef {
  const kind = node.type.replace("_specifier", "") as RecordDef["kind"];
  const rec: RecordDef = { kind, name, fields: [], attrs: attrsOf(node), line: line(node) };
  const cxx: CxxInfo = { bases: [], methods: [] };
  const bases = childrenOfType(node, "base_class_clause")[0];
  if (bases) cxx.bases = parseBases(bases);
  readMembers(node.childForFieldName("body"), rec, cxx, onSpecifier);
  if (cxx.bases.length || cxx.methods.length || kind === "class") rec.cxx = cxx;
  return rec;
}

function readMembers(
  body: Node | null,
  rec: RecordDef,
  cxx: CxxInfo,
  onSpecifier: SpecifierHandler,
  privacy: Privacy = { stack: [] },
): void {
  let previous: { node: Node; from: number } | undefined;
  for (const m of body?.namedChildren ?? []) {
    if (!m) continue;
    const type = m.type; // a call into the WebAssembly each time: read once
    if (type === "comment") {
      const trailing = previous && previous.node.endPosition.row === m.startPosition.row;
      readPrivacyComment(m.text, privacy, trailing ? rec.fields.slice(previous!.from) : undefined);
      continue;
    }
    previous = undefined;
    if (type === "field_declaration") {
      const from = rec.fields.length;
      readField(m, rec, cxx, onSpecifier);
      if (privacy.why) rec.fields.slice(from).forEach((f) => markPrivate(f, privacy.why!));
      previous = { node: m, from };
    } else if (type === "declaration" || type === "function_definition") readMethod(m, cxx, onSpecifier);
    // Conditional members: the first branch is the layout (both branches would double-count).
    else if (type === "preproc_if" || type === "preproc_ifdef") readMembers(m, rec, cxx, onSpecifier, privacy);
  }
}

/** Whether the members being read are private by the header's word, and the reasons to restore. */
interface Privacy {
  why?: string;
  stack: (string | undefined)[];
}

/** `/* private *\/`, `// internal use only`, `/* not visible by applications *\/`. */
const PRIVATE_DOC = /\b(private|internal use|internal only|not visible|do not (use|touch|access|modify))\b/i;
const PUBLIC_DOC = /^(public|read-only|readonly|read only)\b/i;

/**
 * A comment in a record body: the markers around a `*_PRIVATE` macro's expansion, a trailing
 * comment documenting the member on its line as private, or a section comment (`/* private *\/`
 * … `/* public *\/`, libuv's style) for the members after it.
 */
function readPrivacyComment(raw: string, privacy: Privacy, trailingOf: Field[] | undefined): void {
  if (raw.startsWith(PRIVATE_BEGIN)) {
    privacy.stack.push(privacy.why);
    privacy.why = `it is declared inside \`${raw.slice(PRIVATE_BEGIN.length, -2)}\``;
    return;
  }
  if (raw === PRIVATE_END_TEXT) {
    privacy.why = privacy.stack.pop();
    return;
  }
  const text = normaliseText(raw.replace(/^\/[*/]|\*\/$/g, "").replace(/^[\s*]+/gm, " ")).trim();
  if (text.length > 80) return;
  const documented = PRIVATE_DOC.test(text) && !/\bpublic\b/i.test(text);
  if (trailingOf) {
    if (documented) trailingOf.forEach((f) => markPrivate(f, `the header documents it as private (\`${text}\`)`));
    return;
  }
  if (privacy.stack.length) return;
  if (documented) privacy.why = `the header documents it as private (\`${text}\`)`;
  else if (PUBLIC_DOC.test(text)) privacy.why = undefined;
}

/** Marks a member, and the members of an anonymous record it holds, private. */
function markPrivate(f: Field, why: string): void {
  f.private ??= why;
  if (f.type.k === "record" && !f.type.rec.name) f.type.rec.fields.forEach((x) => markPrivate(x, why));
}

function readField(m: Node, rec: RecordDef, cxx: CxxInfo, onSpecifier: SpecifierHandler): void {
  const base = baseType(m, onSpecifier);
  const attrs = attrsOf(m);
  const isStatic = declaredStatic(m);
  let last: Field | undefined;
  let declared = false;
  // the declarators by id: one call for the list instead of a field-name lookup per child
  const declarators = new Set(m.childrenForFieldName("declarator").map((d) => d?.id));
  const types = childTypes(m);
  for (let i = 0; i < types.length; i++) {
    const child = m.namedChildren[i]!;
    if (declarators.has(child.id)) {
      declared = true;
      const d = applyDeclarator(base, child, onSpecifier);
      if (d.isFunction || d.type.k === "func") {
        cxx.methods.push(method(m, d.name ?? "?", d.type));
        last = undefined;
        continue;
      }
      if (isStatic) continue;
      last = { name: d.name || null, type: d.type, attrs: { ...attrs }, line: line(child) };
      rec.fields.push(last);
    } else if (types[i] === "bitfield_clause") {
      const width = normaliseText(child.text.replace(/^\s*:/, ""));
      if (last) last.bits = width;
      else rec.fields.push({ name: null, type: base, bits: width, attrs: { ...attrs }, line: line(child) });
      declared = true;
    }
  }
  if (!declared && !isStatic && base.k === "record") rec.fields.push({ name: null, type: base, attrs, line: line(m) });
}

function method(m: Node, name: string, type: CType): Method {
  const isVirtual = m.children.some((c) => c!.type === "virtual" || c!.text === "virtual");
  const isStatic = declaredStatic(m);
  const declarator = m.childForFieldName("declarator");
  const fn = declarator ? findFunctionDeclarator(declarator) : null;
  const quals = fn
    ? fn.children
        .filter((c) => c?.type === "type_qualifier" || c?.type === "ref_qualifier")
        .map((c) => c!.text)
        .join(" ")
    : "";
  // Parameter names are not part of a signature: spell the parameter types only.
  const params =
    type.k === "func" ? `(${type.params.map((p) => spell(p.type)).join(", ")}${type.variadic ? ", ..." : ""})` : "()";
  const ret = normaliseText(m.childForFieldName("type")?.text ?? "");
  const pure = /=\s*0\s*;?\s*$/.test(m.text) ? " = 0" : "";
  return {
    name,
    signature: `${ret} ${name}${params}${quals ? " " + quals : ""}${pure}`.trim(),
    virtual: isVirtual,
    static: isStatic,
    line: line(m),
  };
}

function findFunctionDeclarator(n: Node): Node | null {
  if (n.type === "function_declarator") return n;
  for (const c of n.namedChildren) {
    const f = c ? findFunctionDeclarator(c) : null;
    if (f) return f;
  }
  return null;
}

function readMethod(m: Node, cxx: CxxInfo, onSpecifier: SpecifierHandler): void {
  const declarator = m.childForFieldName("declarator");
  if (!declarator) return;
  const fn = findFunctionDeclarator(declarator);
  if (!fn) return;
  const name = normaliseText(fn.childForFieldName("declarator")?.text ?? "?");
  const { params, variadic } = parameters(fn.childForFieldName("parameters"), onSpecifier);
  cxx.methods.push(method(m, name, { k: "func", ret: { k: "name", name: "" }, params, variadic }));
}

function parseBases(clause: Node) {
  const out: CxxInfo["bases"] = [];
  let access = "";
  let virt = false;
  for (const c of clause.children) {
    if (!c || c.type === "," || c.type === ":" || c.type === "comment") continue;
    if (c.type === "access_specifier") access = c.text;
    else if (c.type === "virtual" || c.text === "virtual") virt = true;
    else {
      out.push({ name: normaliseText(c.text), access, virtual: virt });
      access = "";
      virt = false;
    }
  }
  return out;
}

/** An enum body: members with their value expressions as written. */
export function parseEnum(node: Node, name: string | undefined): EnumDef {
  const base = node.childForFieldName("underlying_type") ?? node.childForFieldName("base");
  const en: EnumDef = {
    name,
    members: [],
    attrs: attrsOf(node),
    line: line(node),
    base: base ? normaliseText(base.text) : undefined,
  };
  const body = node.childForFieldName("body");
  const visit = (list: Node) => {
    for (const e of list.namedChildren) {
      const type = e?.type;
      if (type === "enumerator") {
        const value = e.childForFieldName("value");
        en.members.push({
          name: e.childForFieldName("name")!.text,
          expr: value ? normaliseText(value.text) : undefined,
          line: line(e),
        });
      } else if (e && (type === "preproc_if" || type === "preproc_ifdef")) visit(e);
    }
  };
  if (body) visit(body);
  return en;
}
