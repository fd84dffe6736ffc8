import ts from "./typescript.cjs";
import { typeRef } from "./print-type.js";
import { lineOf, signatureOf, visibilityOf } from "./parse-signature.js";
import type { Member, Signature } from "./model.js";

type MemberNode = ts.ClassElement | ts.TypeElement;

/**
 * Members of a class, interface or type literal, keyed by name (`static:` prefixed for statics).
 * Overloaded methods merge into one member; accessors become properties (readonly without a
 * setter); constructor parameter properties become properties. Private (`#x`) names are skipped.
 */
export function membersOf(
  nodes: readonly MemberNode[],
  sf: ts.SourceFile,
  checkBudget: () => void,
): Map<string, Member> {
  const members = new Map<string, Member>();
  const setters = new Set<string>();
  for (const node of nodes) {
    checkBudget();
    if (ts.isConstructorDeclaration(node)) {
      for (const p of node.parameters)
        if (ts.isIdentifier(p.name) && ts.getCombinedModifierFlags(p) & ts.ModifierFlags.ParameterPropertyModifier) {
          add(propertyMember(p.name.text, p, p.type, sf, { optional: p.questionToken !== undefined }));
        }
      continue;
    }
    if (ts.isClassStaticBlockDeclaration(node) || ts.isSemicolonClassElement(node)) continue;
    const name = memberName(node, sf);
    if (name === undefined) continue;
    // A get/set pair is one property: read as the getter's type, assigned as the setter's.
    if (ts.isSetAccessor(node)) {
      const key = keyOf(node, name);
      setters.add(key);
      const p = (node as ts.SetAccessorDeclaration).parameters[0];
      const existing = members.get(key);
      const writeType = p?.type ? typeRef(p.type, sf) : undefined;
      if (existing?.kind === "property") existing.writeType = writeType;
      else members.set(key, { ...propertyMember(name, node, p?.type, sf, { readonly: false }), writeType });
      continue;
    }
    if (ts.isGetAccessor(node)) {
      const key = keyOf(node, name);
      const setter = setters.has(key) ? members.get(key) : undefined;
      if (setter?.kind === "property")
        members.set(key, {
          ...propertyMember(name, node, node.type, sf, { readonly: false }),
          writeType: setter.writeType,
        });
      else add(propertyMember(name, node, node.type, sf, { readonly: true }));
      continue;
    }
    if (ts.isMethodDeclaration(node) || ts.isMethodSignature(node)) {
      if ((node as ts.MethodDeclaration).body && hasOverloads(nodes, name)) continue;
      addSignature(name, node, "method", signatureOf(node, sf));
    } else if (ts.isCallSignatureDeclaration(node)) addSignature("()", node, "call", signatureOf(node, sf));
    else if (ts.isConstructSignatureDeclaration(node)) addSignature("new()", node, "construct", signatureOf(node, sf));
    else if (ts.isIndexSignatureDeclaration(node)) add(propertyMember(name, node, node.type, sf, { kind: "index" }));
    else if (ts.isPropertyDeclaration(node))
      add(propertyMember(name, node, node.type ?? literalInitializer(node.initializer), sf, {}));
    else if (ts.isPropertySignature(node)) add(propertyMember(name, node, node.type, sf, {}));
  }
  for (const key of setters) {
    const m = members.get(key);
    if (m) m.readonly = false;
  }
  return members;

  function add(m: Member): void {
    const existing = members.get(m.key);
    if (existing && existing.kind === "property" && m.kind === "property") return; // getter + setter pair
    members.set(m.key, m);
  }
  function addSignature(name: string, node: MemberNode, kind: Member["kind"], sig: Signature): void {
    const key = keyOf(node, name);
    const existing = members.get(key);
    if (existing && existing.kind === kind) existing.signatures.push(sig);
    else members.set(key, { ...base(node, name, sf), key, kind, signatures: [sig] });
  }
}

/** `static readonly PROP = "abc"` in a .d.ts: the literal is the property's type. */
export function literalInitializer(init: ts.Expression | undefined): ts.Expression | undefined {
  if (!init) return undefined;
  const literal =
    ts.isStringLiteral(init) ||
    ts.isNumericLiteral(init) ||
    ts.isNoSubstitutionTemplateLiteral(init) ||
    init.kind === ts.SyntaxKind.TrueKeyword ||
    init.kind === ts.SyntaxKind.FalseKeyword;
  const negative =
    ts.isPrefixUnaryExpression(init) && init.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(init.operand);
  return literal || negative ? init : undefined;
}

function hasOverloads(nodes: readonly MemberNode[], name: string): boolean {
  return (
    nodes.filter(
      (n) =>
        (ts.isMethodDeclaration(n) || ts.isMethodSignature(n)) &&
        n.name &&
        ts.isIdentifier(n.name) &&
        n.name.text === name,
    ).length > 1
  );
}

function memberName(node: MemberNode, sf: ts.SourceFile): string | undefined {
  if (ts.isIndexSignatureDeclaration(node)) {
    const p = node.parameters[0];
    return `[${p?.type ? p.type.getText(sf) : "key"}]`;
  }
  const name = (node as ts.NamedDeclaration).name;
  if (!name) return undefined;
  if (ts.isPrivateIdentifier(name)) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return name.getText(sf);
}

function isStatic(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) && (ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Static) !== 0
  );
}

function keyOf(node: ts.Node, name: string): string {
  return isStatic(node) ? `static:${name}` : name;
}

function base(node: ts.Node, name: string, sf: ts.SourceFile) {
  const flags = ts.canHaveModifiers(node) ? ts.getCombinedModifierFlags(node as ts.Declaration) : 0;
  return {
    name,
    optional: (node as ts.PropertySignature).questionToken !== undefined,
    readonly: (flags & ts.ModifierFlags.Readonly) !== 0,
    isStatic: isStatic(node),
    visibility: visibilityOf(node),
    line: lineOf(node, sf),
  };
}

function propertyMember(
  name: string,
  node: ts.Node,
  type: ts.TypeNode | ts.Expression | undefined,
  sf: ts.SourceFile,
  over: Partial<Pick<Member, "readonly" | "optional" | "kind">>,
): Member {
  const b = base(node, name, sf);
  const signatures = type && ts.isTypeNode(type) ? (functionSignatures(type, sf) ?? []) : [];
  return {
    ...b,
    ...over,
    readonly: over.readonly ?? b.readonly,
    key: keyOf(node, name),
    kind: over.kind ?? "property",
    type: type ? typeRef(type, sf) : undefined,
    signatures,
  };
}

/**
 * Signatures of a property whose type is a function type (or an intersection of them), so a
 * method and a function-typed property with the same signatures compare equal.
 */
function functionSignatures(type: ts.TypeNode, sf: ts.SourceFile): Signature[] | undefined {
  if (ts.isFunctionTypeNode(type)) return [signatureOf(type, sf)];
  if (ts.isParenthesizedTypeNode(type)) return functionSignatures(type.type, sf);
  if (!ts.isIntersectionTypeNode(type)) return undefined;
  const parts = type.types.map((t) => functionSignatures(t, sf));
  return parts.every((p) => p !== undefined) ? (parts.flat() as Signature[]) : undefined;
}
