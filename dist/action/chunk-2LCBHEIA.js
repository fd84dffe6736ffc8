import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  tsRules
} from "./chunk-6Z7VNU6Q.js";
import {
  isTsSourcePath
} from "./chunk-YP7AFKBI.js";
import {
  sidesOf
} from "./chunk-J2O5DEA7.js";
import {
  isInterfacePath
} from "./chunk-EWA356II.js";
import {
  parseUnits
} from "./chunk-CHBFCZIL.js";
import {
  defineDetector,
  finding
} from "./chunk-IWR2HKIX.js";
import {
  require_typescript
} from "./chunk-5RAOMGV7.js";
import {
  __toESM
} from "./chunk-55E76ZND.js";

// src/detectors/ts/analyze.ts
var import_typescript19 = __toESM(require_typescript(), 1);

// src/detectors/ts/compare-api.ts
var import_typescript17 = __toESM(require_typescript(), 1);

// src/detectors/ts/api-surface.ts
var import_typescript = __toESM(require_typescript(), 1);
import { posix } from "node:path";
var PATH_SEPARATOR = "\0";
var MAX_DEPTH = 8;
function apiSurface(tp, side, entry) {
  const { checker } = tp;
  const sf = tp.sourceFile(side, entry);
  const out = /* @__PURE__ */ new Map();
  if (!sf) return out;
  const ours = (d) => tp.inSide(d.getSourceFile(), side);
  const visiting = /* @__PURE__ */ new Set();
  const add = (path, exported, depth, exportedAt) => {
    const symbol = resolve(checker, exported);
    const declarations = (symbol.declarations ?? []).filter(ours);
    const node = { path, symbol, declarations, exportedAt };
    if (!declarations.length) node.external = externalName(exported);
    out.set(path.join(PATH_SEPARATOR), node);
    if (depth >= MAX_DEPTH || visiting.has(symbol) || !declarations.length) return;
    const namespace = declarations.some((d) => import_typescript.default.isModuleDeclaration(d) || import_typescript.default.isSourceFile(d));
    if (!namespace) return;
    visiting.add(symbol);
    for (const member of checker.getExportsOfModule(symbol))
      add([...path, member.name], ownMember(member, declarations) ?? member, depth + 1);
    visiting.delete(symbol);
  };
  const ownMember = (member, namespaces) => {
    if (resolve(checker, member).declarations?.some(ours)) return void 0;
    for (const d of namespaces) {
      const own = d.symbol?.exports?.get(member.escapedName);
      if (own?.declarations?.some(ours)) return own;
    }
    return void 0;
  };
  const moduleSymbol = tp.scripts.has(sf.fileName) ? void 0 : checker.getSymbolAtLocation(sf);
  if (moduleSymbol) {
    const exportEquals = moduleSymbol.exports?.get(import_typescript.default.InternalSymbolName.ExportEquals);
    if (exportEquals) {
      const target = resolve(checker, exportEquals);
      const name = target.declarations?.length ? target.name : "export=";
      add([name], exportEquals, 0, exportStatement(exportEquals));
      out.get(name).target = name;
    } else {
      for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
        add([symbol.name], symbol, 0, exportStatement(symbol));
        if (symbol.name === "default") {
          const node = out.get("default");
          const named = node.declarations.find((d) => d.name);
          node.target = named ? named.name?.getText() ?? void 0 : void 0;
        }
      }
    }
  }
  for (const file of referenceClosure(tp, sf)) {
    const script = file === sf ? moduleSymbol === void 0 : tp.scripts.has(file.fileName);
    for (const st of file.statements) {
      if (import_typescript.default.isModuleDeclaration(st) && import_typescript.default.isStringLiteral(st.name)) {
        const symbol = checker.getSymbolAtLocation(st.name) ?? st.symbol;
        if (symbol) add([`module "${st.name.text}"`], symbol, 0);
        continue;
      }
      if (import_typescript.default.isModuleDeclaration(st) && st.flags & import_typescript.default.NodeFlags.GlobalAugmentation) {
        const body = st.body && import_typescript.default.isModuleBlock(st.body) ? st.body.statements : [];
        for (const inner of body) for (const s of declaredSymbols(checker, inner)) add(["global", s.name], s, 1);
        continue;
      }
      if (script) for (const s of declaredSymbols(checker, st)) add([s.name], s, 0);
    }
  }
  return out;
}
function referenceClosure(tp, entry) {
  const seen = /* @__PURE__ */ new Map([[entry.fileName, entry]]);
  for (const sf of seen.values()) {
    for (const ref of sf.referencedFiles) {
      const at = posix.resolve(posix.dirname(sf.fileName), ref.fileName);
      const target = tp.file(at) ?? tp.file(`${at}.d.ts`);
      if (target && !seen.has(target.fileName)) seen.set(target.fileName, target);
    }
  }
  return [...seen.values()];
}
function resolve(checker, symbol) {
  if (!(symbol.flags & import_typescript.default.SymbolFlags.Alias)) return symbol;
  const target = checker.getAliasedSymbol(symbol);
  return target.declarations?.length ? target : symbol;
}
function externalName(symbol) {
  for (const d of symbol.declarations ?? []) {
    const decl = d;
    const spec = import_typescript.default.isExportSpecifier(decl) ? decl.parent.parent.moduleSpecifier : import_typescript.default.isImportSpecifier(decl) ? decl.parent.parent.parent.moduleSpecifier : import_typescript.default.isNamespaceImport(decl) || import_typescript.default.isImportClause(decl) ? (import_typescript.default.isImportClause(decl) ? decl : decl.parent).parent.moduleSpecifier : import_typescript.default.isNamespaceExport(decl) ? decl.parent.moduleSpecifier : void 0;
    const name = import_typescript.default.isExportSpecifier(decl) || import_typescript.default.isImportSpecifier(decl) ? (decl.propertyName ?? decl.name).text : "*";
    if (spec && import_typescript.default.isStringLiteral(spec)) return `${name} from ${spec.text}`;
  }
  return symbol.name;
}
function exportStatement(symbol) {
  const d = symbol.declarations?.[0];
  if (!d) return void 0;
  if (import_typescript.default.isExportSpecifier(d)) return d.parent.parent;
  if (import_typescript.default.isExportAssignment(d) || import_typescript.default.isNamespaceExport(d)) return import_typescript.default.isNamespaceExport(d) ? d.parent : d;
  return void 0;
}
function declaredSymbols(checker, st) {
  const names = [];
  if (import_typescript.default.isVariableStatement(st)) {
    for (const d of st.declarationList.declarations) if (import_typescript.default.isIdentifier(d.name)) names.push(d.name);
  } else if ((import_typescript.default.isFunctionDeclaration(st) || import_typescript.default.isClassDeclaration(st) || import_typescript.default.isInterfaceDeclaration(st) || import_typescript.default.isTypeAliasDeclaration(st) || import_typescript.default.isEnumDeclaration(st) || import_typescript.default.isModuleDeclaration(st)) && st.name && import_typescript.default.isIdentifier(st.name)) {
    names.push(st.name);
  }
  return names.map((n) => checker.getSymbolAtLocation(n)).filter((s) => s !== void 0);
}

// src/detectors/ts/api-decls.ts
var import_typescript6 = __toESM(require_typescript(), 1);

// src/detectors/ts/parse-decl.ts
var import_typescript5 = __toESM(require_typescript(), 1);

// src/detectors/ts/print-type.ts
var import_typescript2 = __toESM(require_typescript(), 1);

// src/detectors/ts/type-param-scope.ts
var stack = [];
var count = 0;
function withTypeParams(names, read) {
  const scope = /* @__PURE__ */ new Map();
  for (const n of names) scope.set(n, `$${count++}`);
  stack.push(scope);
  try {
    return read();
  } finally {
    stack.pop();
    count -= names.length;
  }
}
var TOKEN = /(["'`])(?:\\.|(?!\1)[^\\])*\1|[A-Za-z_$][\w$]*/g;
function canonical(text) {
  if (!stack.length) return text;
  return text.replace(TOKEN, (tok, quote, offset) => {
    if (quote || text[offset - 1] === "." || text[offset - 1] === "$") return tok;
    for (let i = stack.length - 1; i >= 0; i--) {
      const hit = stack[i].get(tok);
      if (hit) return hit;
    }
    return tok;
  });
}

// src/detectors/ts/print-type.ts
var printer = import_typescript2.default.createPrinter({ removeComments: true });
var SIMPLE = /^[\w$.<>[\],\s]*$/;
function normalizeType(node, sf) {
  if (import_typescript2.default.isUnionTypeNode(node) || import_typescript2.default.isIntersectionTypeNode(node)) {
    const parts = node.types.map((t) => normalizeType(t, sf)).sort();
    return parts.join(import_typescript2.default.isUnionTypeNode(node) ? " | " : " & ");
  }
  if (import_typescript2.default.isTypeReferenceNode(node) && node.typeArguments) {
    const name = node.typeName.getText(sf);
    if ((name === "Array" || name === "ReadonlyArray") && node.typeArguments.length === 1) {
      const element = normalizeType(node.typeArguments[0], sf);
      const wrapped = element.includes(" ") ? `(${element})` : element;
      return `${name === "ReadonlyArray" ? "readonly " : ""}${wrapped}[]`;
    }
    return `${node.typeName.getText(sf)}<${node.typeArguments.map((t) => normalizeType(t, sf)).join(", ")}>`;
  }
  if (import_typescript2.default.isArrayTypeNode(node)) return `${normalizeType(node.elementType, sf)}[]`;
  if (import_typescript2.default.isParenthesizedTypeNode(node)) return `(${normalizeType(node.type, sf)})`;
  if (import_typescript2.default.isTypeOperatorNode(node)) return `${import_typescript2.default.tokenToString(node.operator)} ${normalizeType(node.type, sf)}`;
  if (import_typescript2.default.isLiteralTypeNode(node) && import_typescript2.default.isStringLiteral(node.literal)) return JSON.stringify(node.literal.text);
  const raw = node.getText(sf);
  if (SIMPLE.test(raw) && !/\w\s+\w/.test(raw)) return raw.replace(/\s+/g, "").replace(/,/g, ", ");
  return printed(node, sf);
}
function printed(node, sf) {
  const raw = node.getText(sf);
  const target = raw.includes("|") || raw.includes("&") ? sortUnions(node, sf) : node;
  return printer.printNode(import_typescript2.default.EmitHint.Unspecified, target, sf).replace(/\s+/g, " ").replace(/;\s*}/g, " }").trim();
}
function typeRef(node, sf) {
  const refs = [];
  const walk = (n) => {
    if (import_typescript2.default.isTypeReferenceNode(n)) refs.push(leftmost(n.typeName));
    else if (import_typescript2.default.isExpressionWithTypeArguments(n) && import_typescript2.default.isIdentifier(n.expression)) refs.push(n.expression.text);
    import_typescript2.default.forEachChild(n, walk);
  };
  walk(node);
  const text = normalizeType(node, sf);
  return { text, key: canonical(text), refs, file: sf.fileName, pos: node.getStart(sf), end: node.end };
}
function leftmost(name) {
  return import_typescript2.default.isIdentifier(name) ? name.text : leftmost(name.left);
}
function sortUnions(node, sf) {
  const result = import_typescript2.default.transform(node, [
    (context2) => {
      const visit = (n) => {
        const v = import_typescript2.default.visitEachChild(n, visit, context2);
        if (import_typescript2.default.isUnionTypeNode(v)) return context2.factory.updateUnionTypeNode(v, sortedTypes(v.types, sf));
        if (import_typescript2.default.isIntersectionTypeNode(v))
          return context2.factory.updateIntersectionTypeNode(v, sortedTypes(v.types, sf));
        return v;
      };
      return (root) => visit(root);
    }
  ]);
  const out = result.transformed[0];
  result.dispose();
  return out;
}
function sortedTypes(types, sf) {
  const keyed = types.map((t) => ({ t, k: printer.printNode(import_typescript2.default.EmitHint.Unspecified, t, sf) }));
  keyed.sort((a, b) => a.k < b.k ? -1 : a.k > b.k ? 1 : 0);
  return import_typescript2.default.factory.createNodeArray(keyed.map((x) => x.t));
}

// src/detectors/ts/parse-members.ts
var import_typescript4 = __toESM(require_typescript(), 1);

// src/detectors/ts/parse-signature.ts
var import_typescript3 = __toESM(require_typescript(), 1);
function lineOf(node, sf) {
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
}
function typeParamsOf(list, sf) {
  return (list ?? []).map((tp) => ({
    name: tp.name.text,
    constraint: tp.constraint ? typeRef(tp.constraint, sf) : void 0,
    defaultKey: tp.default ? canonical(normalizeType(tp.default, sf)) : void 0,
    default: tp.default ? typeRef(tp.default, sf) : void 0,
    hasDefault: tp.default !== void 0
  }));
}
function visibilityOf(node) {
  const flags = import_typescript3.default.getCombinedModifierFlags(node);
  if (flags & import_typescript3.default.ModifierFlags.Private) return "private";
  if (flags & import_typescript3.default.ModifierFlags.Protected) return "protected";
  return "public";
}
function paramOf(p, sf) {
  return {
    name: import_typescript3.default.isIdentifier(p.name) ? p.name.text : normalizeType(p.name, sf),
    type: p.type ? typeRef(p.type, sf) : void 0,
    optional: p.questionToken !== void 0 || p.initializer !== void 0,
    rest: p.dotDotDotToken !== void 0
  };
}
function signatureOf(node, sf) {
  return withTypeParams(typeParamNames(node.typeParameters), () => readSignature(node, sf));
}
function typeParamNames(list) {
  return (list ?? []).map((tp) => tp.name.text);
}
function readSignature(node, sf) {
  const params = node.parameters.filter((p) => !(import_typescript3.default.isIdentifier(p.name) && p.name.text === "this")).map((p) => paramOf(p, sf));
  const typeParams = typeParamsOf(node.typeParameters, sf);
  const returns = node.type ? typeRef(node.type, sf) : void 0;
  const text = [
    typeParams.map((t) => `${canonical(t.name)}:${t.constraint?.key ?? ""}:${t.defaultKey ?? ""}`).join(","),
    params.map((p) => `${p.rest ? "..." : ""}${p.optional ? "?" : ""}${p.type?.key ?? "any"}`).join(","),
    returns?.key ?? ""
  ].join("|");
  const at = { file: sf.fileName, pos: node.getStart(sf), end: node.end };
  return { typeParams, params, returns, line: lineOf(node, sf), text, visibility: visibilityOf(node), at };
}

// src/detectors/ts/parse-members.ts
function membersOf(nodes, sf, checkBudget) {
  const members = /* @__PURE__ */ new Map();
  const setters = /* @__PURE__ */ new Set();
  for (const node of nodes) {
    checkBudget();
    if (import_typescript4.default.isConstructorDeclaration(node)) {
      for (const p of node.parameters)
        if (import_typescript4.default.isIdentifier(p.name) && import_typescript4.default.getCombinedModifierFlags(p) & import_typescript4.default.ModifierFlags.ParameterPropertyModifier) {
          add(propertyMember(p.name.text, p, p.type, sf, { optional: p.questionToken !== void 0 }));
        }
      continue;
    }
    if (import_typescript4.default.isClassStaticBlockDeclaration(node) || import_typescript4.default.isSemicolonClassElement(node)) continue;
    const name = memberName(node, sf);
    if (name === void 0) continue;
    if (import_typescript4.default.isSetAccessor(node)) {
      const key = keyOf(node, name);
      setters.add(key);
      const p = node.parameters[0];
      const existing = members.get(key);
      const writeType = p?.type ? typeRef(p.type, sf) : void 0;
      if (existing?.kind === "property") existing.writeType = writeType;
      else members.set(key, { ...propertyMember(name, node, p?.type, sf, { readonly: false }), writeType });
      continue;
    }
    if (import_typescript4.default.isGetAccessor(node)) {
      const key = keyOf(node, name);
      const setter = setters.has(key) ? members.get(key) : void 0;
      if (setter?.kind === "property")
        members.set(key, {
          ...propertyMember(name, node, node.type, sf, { readonly: false }),
          writeType: setter.writeType
        });
      else add(propertyMember(name, node, node.type, sf, { readonly: true }));
      continue;
    }
    if (import_typescript4.default.isMethodDeclaration(node) || import_typescript4.default.isMethodSignature(node)) {
      if (node.body && hasOverloads(nodes, name)) continue;
      addSignature(name, node, "method", signatureOf(node, sf));
    } else if (import_typescript4.default.isCallSignatureDeclaration(node)) addSignature("()", node, "call", signatureOf(node, sf));
    else if (import_typescript4.default.isConstructSignatureDeclaration(node)) addSignature("new()", node, "construct", signatureOf(node, sf));
    else if (import_typescript4.default.isIndexSignatureDeclaration(node)) add(propertyMember(name, node, node.type, sf, { kind: "index" }));
    else if (import_typescript4.default.isPropertyDeclaration(node))
      add(propertyMember(name, node, node.type ?? literalInitializer(node.initializer), sf, {}));
    else if (import_typescript4.default.isPropertySignature(node)) add(propertyMember(name, node, node.type, sf, {}));
  }
  for (const key of setters) {
    const m = members.get(key);
    if (m) m.readonly = false;
  }
  return members;
  function add(m) {
    const existing = members.get(m.key);
    if (existing && existing.kind === "property" && m.kind === "property") return;
    members.set(m.key, m);
  }
  function addSignature(name, node, kind, sig) {
    const key = keyOf(node, name);
    const existing = members.get(key);
    if (existing && existing.kind === kind) existing.signatures.push(sig);
    else members.set(key, { ...base(node, name, sf), key, kind, signatures: [sig] });
  }
}
function literalInitializer(init) {
  if (!init) return void 0;
  const literal = import_typescript4.default.isStringLiteral(init) || import_typescript4.default.isNumericLiteral(init) || import_typescript4.default.isNoSubstitutionTemplateLiteral(init) || init.kind === import_typescript4.default.SyntaxKind.TrueKeyword || init.kind === import_typescript4.default.SyntaxKind.FalseKeyword;
  const negative = import_typescript4.default.isPrefixUnaryExpression(init) && init.operator === import_typescript4.default.SyntaxKind.MinusToken && import_typescript4.default.isNumericLiteral(init.operand);
  return literal || negative ? init : void 0;
}
function hasOverloads(nodes, name) {
  return nodes.filter(
    (n) => (import_typescript4.default.isMethodDeclaration(n) || import_typescript4.default.isMethodSignature(n)) && n.name && import_typescript4.default.isIdentifier(n.name) && n.name.text === name
  ).length > 1;
}
function memberName(node, sf) {
  if (import_typescript4.default.isIndexSignatureDeclaration(node)) {
    const p = node.parameters[0];
    return `[${p?.type ? p.type.getText(sf) : "key"}]`;
  }
  const name = node.name;
  if (!name) return void 0;
  if (import_typescript4.default.isPrivateIdentifier(name)) return void 0;
  if (import_typescript4.default.isIdentifier(name) || import_typescript4.default.isStringLiteral(name) || import_typescript4.default.isNumericLiteral(name)) return name.text;
  return name.getText(sf);
}
function isStatic(node) {
  return import_typescript4.default.canHaveModifiers(node) && (import_typescript4.default.getCombinedModifierFlags(node) & import_typescript4.default.ModifierFlags.Static) !== 0;
}
function keyOf(node, name) {
  return isStatic(node) ? `static:${name}` : name;
}
function base(node, name, sf) {
  const flags = import_typescript4.default.canHaveModifiers(node) ? import_typescript4.default.getCombinedModifierFlags(node) : 0;
  return {
    name,
    optional: node.questionToken !== void 0,
    readonly: (flags & import_typescript4.default.ModifierFlags.Readonly) !== 0,
    isStatic: isStatic(node),
    visibility: visibilityOf(node),
    line: lineOf(node, sf)
  };
}
function propertyMember(name, node, type, sf, over) {
  const b = base(node, name, sf);
  const signatures = type && import_typescript4.default.isTypeNode(type) ? functionSignatures(type, sf) ?? [] : [];
  return {
    ...b,
    ...over,
    readonly: over.readonly ?? b.readonly,
    key: keyOf(node, name),
    kind: over.kind ?? "property",
    type: type ? typeRef(type, sf) : void 0,
    signatures
  };
}
function functionSignatures(type, sf) {
  if (import_typescript4.default.isFunctionTypeNode(type)) return [signatureOf(type, sf)];
  if (import_typescript4.default.isParenthesizedTypeNode(type)) return functionSignatures(type.type, sf);
  if (!import_typescript4.default.isIntersectionTypeNode(type)) return void 0;
  const parts = type.types.map((t) => functionSignatures(t, sf));
  return parts.every((p) => p !== void 0) ? parts.flat() : void 0;
}

// src/detectors/ts/parse-decl.ts
function declOf(node, sf, checkBudget) {
  const generic = import_typescript5.default.isClassDeclaration(node) || import_typescript5.default.isInterfaceDeclaration(node) || import_typescript5.default.isTypeAliasDeclaration(node) ? node.typeParameters : void 0;
  return withTypeParams(typeParamNames(generic), () => readDecl(node, sf, checkBudget));
}
function readDecl(node, sf, checkBudget) {
  const line = lineOf(node, sf);
  if (import_typescript5.default.isFunctionDeclaration(node)) return { kind: "function", signatures: [signatureOf(node, sf)], line };
  if (import_typescript5.default.isClassDeclaration(node)) return classOf(node, sf, checkBudget);
  if (import_typescript5.default.isInterfaceDeclaration(node)) {
    return {
      kind: "interface",
      typeParams: typeParamsOf(node.typeParameters, sf),
      members: membersOf(node.members, sf, checkBudget),
      heritage: heritageOf(node),
      line
    };
  }
  if (import_typescript5.default.isEnumDeclaration(node)) return enumOf(node, sf);
  if (import_typescript5.default.isTypeAliasDeclaration(node)) {
    const members = import_typescript5.default.isTypeLiteralNode(node.type) ? membersOf(node.type.members, sf, checkBudget) : void 0;
    return {
      kind: "type",
      typeParams: typeParamsOf(node.typeParameters, sf),
      type: typeRef(node.type, sf),
      members,
      line
    };
  }
  if (import_typescript5.default.isVariableDeclaration(node)) {
    const isConst = (import_typescript5.default.getCombinedNodeFlags(node) & import_typescript5.default.NodeFlags.Const) !== 0;
    const type = node.type ?? literalInitializer(node.initializer);
    return {
      kind: "variable",
      type: type ? typeRef(type, sf) : void 0,
      isConst,
      callable: node.type ? callable(node.type) : type ? false : void 0,
      line
    };
  }
  return void 0;
}
function heritageOf(node) {
  const out = [];
  for (const clause of node.heritageClauses ?? []) {
    if (clause.token !== import_typescript5.default.SyntaxKind.ExtendsKeyword) continue;
    for (const t of clause.types) {
      const e = t.expression;
      if (import_typescript5.default.isIdentifier(e)) out.push(e.text);
      else if (import_typescript5.default.isPropertyAccessExpression(e)) out.push(e.name.text);
    }
  }
  return out;
}
function callable(type) {
  if (import_typescript5.default.isFunctionTypeNode(type) || import_typescript5.default.isConstructorTypeNode(type)) return true;
  if (import_typescript5.default.isTypeLiteralNode(type)) return type.members.some(import_typescript5.default.isCallSignatureDeclaration) || void 0;
  if (import_typescript5.default.isLiteralTypeNode(type) || import_typescript5.default.isArrayTypeNode(type) || import_typescript5.default.isTupleTypeNode(type)) return false;
  const keywords = [
    import_typescript5.default.SyntaxKind.StringKeyword,
    import_typescript5.default.SyntaxKind.NumberKeyword,
    import_typescript5.default.SyntaxKind.BooleanKeyword,
    import_typescript5.default.SyntaxKind.BigIntKeyword,
    import_typescript5.default.SyntaxKind.SymbolKeyword,
    import_typescript5.default.SyntaxKind.UndefinedKeyword,
    import_typescript5.default.SyntaxKind.NullKeyword,
    import_typescript5.default.SyntaxKind.VoidKeyword,
    import_typescript5.default.SyntaxKind.NeverKeyword
  ];
  return keywords.includes(type.kind) ? false : void 0;
}
function classOf(node, sf, checkBudget) {
  const ctorNodes = node.members.filter(import_typescript5.default.isConstructorDeclaration);
  const declared = ctorNodes.length > 1 ? ctorNodes.filter((c) => !c.body) : ctorNodes;
  const ctors = declared.map((c) => signatureOf(c, sf));
  return {
    kind: "class",
    typeParams: typeParamsOf(node.typeParameters, sf),
    members: membersOf(node.members, sf, checkBudget),
    ctors,
    abstract: (import_typescript5.default.getCombinedModifierFlags(node) & import_typescript5.default.ModifierFlags.Abstract) !== 0,
    extendsOther: (node.heritageClauses ?? []).some((h) => h.token === import_typescript5.default.SyntaxKind.ExtendsKeyword),
    heritage: heritageOf(node),
    line: lineOf(node, sf)
  };
}
function enumOf(node, sf) {
  const members = /* @__PURE__ */ new Map();
  let previous;
  for (const m of node.members) {
    const name = import_typescript5.default.isIdentifier(m.name) || import_typescript5.default.isStringLiteral(m.name) ? m.name.text : m.name.getText(sf);
    let value;
    if (m.initializer) value = normalizeType(m.initializer, sf);
    else if (previous === void 0) value = "0";
    else if (/^-?\d+$/.test(previous)) value = String(Number(previous) + 1);
    else value = `(${previous}) + 1`;
    members.set(name, { value, line: lineOf(m, sf) });
    previous = value;
  }
  return { kind: "enum", members, line: lineOf(node, sf) };
}

// src/detectors/ts/api-decls.ts
function declarationText(node) {
  if (node.external) return node.external;
  const parts = [];
  for (const d of node.declarations) {
    if (import_typescript6.default.isModuleDeclaration(d) || import_typescript6.default.isSourceFile(d)) continue;
    const statement = import_typescript6.default.isVariableDeclaration(d) ? d.parent.parent : d;
    parts.push(statement.getText());
  }
  return parts.join("\n");
}
function entryOf(node, checkBudget) {
  const name = node.path[node.path.length - 1];
  if (node.external) {
    const [importedName, module] = node.external.split(" from ");
    return {
      name,
      line: 1,
      decls: [
        { kind: "alias", target: node.external, module: module ?? "", importedName: importedName ?? name, line: 1 }
      ],
      target: node.target
    };
  }
  const decls = [];
  let line;
  let namespaceLine;
  for (const d of node.declarations) {
    checkBudget();
    const decl = declFor(d, d.getSourceFile(), checkBudget);
    if (!decl) continue;
    if (decl.kind === "namespace") namespaceLine ??= decl.line;
    else line ??= decl.line;
    merge(decls, decl);
  }
  return { name, decls, line: line ?? namespaceLine ?? 1, target: node.target };
}
function declFor(d, sf, checkBudget) {
  const line = () => lineOf(d, sf);
  if (import_typescript6.default.isSourceFile(d) || import_typescript6.default.isModuleDeclaration(d)) return { kind: "namespace", line: line() };
  if (import_typescript6.default.isExportAssignment(d)) return { kind: "variable", isConst: true, line: line() };
  if (import_typescript6.default.isFunctionDeclaration(d) || import_typescript6.default.isClassDeclaration(d) || import_typescript6.default.isInterfaceDeclaration(d) || import_typescript6.default.isTypeAliasDeclaration(d) || import_typescript6.default.isEnumDeclaration(d) || import_typescript6.default.isVariableDeclaration(d)) {
    if (import_typescript6.default.isFunctionDeclaration(d) && d.body && hasOverloadSiblings(d)) return void 0;
    return declOf(d, sf, checkBudget);
  }
  return void 0;
}
function hasOverloadSiblings(fn) {
  const name = fn.name?.text;
  const parent = fn.parent;
  return name !== void 0 && parent.statements.some((s) => s !== fn && import_typescript6.default.isFunctionDeclaration(s) && s.name?.text === name);
}
function merge(list, decl) {
  const same = list.find((d) => d.kind === decl.kind);
  if (same?.kind === "function") same.signatures.push(...decl.signatures);
  else if (same?.kind === "interface") {
    for (const [k, m] of decl.members) same.members.set(k, m);
    same.heritage.push(...decl.heritage);
  } else if (same?.kind === "namespace") return;
  else list.push(decl);
}

// src/detectors/ts/checker.ts
var import_typescript12 = __toESM(require_typescript(), 1);

// src/detectors/ts/lib-files.ts
var import_typescript7 = __toESM(require_typescript(), 1);
import { dirname, join } from "node:path";
var ES_LIB = "lib.es2022.d.ts";
var FULL_LIB = "lib.es2022.full.d.ts";
var texts;
var esFiles;
var fullRead = false;
var parsed = /* @__PURE__ */ new Map();
function readLib(name) {
  return import_typescript7.default.sys.readFile(join(dirname(import_typescript7.default.getDefaultLibFilePath({})), name));
}
function loadLibFiles() {
  if (texts) return;
  texts = libClosure(ES_LIB, /* @__PURE__ */ new Map(), readLib);
  esFiles = new Set(texts.keys());
  for (const name of esFiles) libSourceFile(name);
}
function libClosure(root, into, read) {
  const queue = [root];
  while (queue.length) {
    const name = queue.pop();
    if (into.has(name)) continue;
    const text = read(name);
    if (text === void 0) continue;
    into.set(name, text);
    for (const ref of import_typescript7.default.preProcessFile(text, false).libReferenceDirectives)
      queue.push(`lib.${ref.fileName.toLowerCase()}.d.ts`);
  }
  return into;
}
function libSourceFile(name) {
  const cached = parsed.get(name);
  if (cached) return cached;
  if (texts && !texts.has(name) && !fullRead) {
    fullRead = true;
    libClosure(FULL_LIB, texts, readLib);
  }
  const text = texts?.get(name);
  if (text === void 0) return void 0;
  const options = { languageVersion: import_typescript7.default.ScriptTarget.ES2022, jsDocParsingMode: import_typescript7.default.JSDocParsingMode.ParseNone };
  const sf = import_typescript7.default.createSourceFile(`/lib/${name}`, text, options, false);
  parsed.set(name, sf);
  return sf;
}
function isDomLibFile(name) {
  return !!texts?.has(name) && !esFiles?.has(name);
}
function libsLoaded() {
  return texts !== void 0;
}

// src/detectors/ts/generic-types.ts
var import_typescript8 = __toESM(require_typescript(), 1);
var REJECT = /* @__PURE__ */ new Set([import_typescript8.default.SyntaxKind.ImportType, import_typescript8.default.SyntaxKind.ThisType]);
function comparisonForm(node, sf, checker, reference, options = {}) {
  const params = /* @__PURE__ */ new Map();
  const edits = [];
  let ok = true;
  let hasAny = false;
  let nominal = false;
  const bound = (decl) => decl.pos >= node.pos && decl.end <= node.end || options.own !== void 0 && decl.parent === options.own;
  const visit = (n, inConstraint) => {
    if (!ok) return;
    if (n.kind === import_typescript8.default.SyntaxKind.ThisType && options.thisAs)
      return void edits.push({ start: n.getStart(sf), end: n.end, text: options.thisAs });
    if (REJECT.has(n.kind)) return void (ok = false);
    if (n.kind === import_typescript8.default.SyntaxKind.AnyKeyword) {
      hasAny = true;
      const strict = options.strictAny && strictAny(n, node, options.strictAny.output);
      if (strict && !(strict === "unknown" && options.strictAny?.neverOnly))
        edits.push({ start: n.getStart(sf), end: n.end, text: strict });
    }
    const name = import_typescript8.default.isTypeReferenceNode(n) ? n.typeName : import_typescript8.default.isTypeQueryNode(n) ? n.exprName : void 0;
    if (name) {
      const raw = checker.getSymbolAtLocation(import_typescript8.default.isQualifiedName(name) ? name.right : name);
      const symbol = raw && resolve(checker, raw);
      const decl = symbol?.declarations?.[0];
      if (!symbol || !decl) return void (ok = false);
      if (symbol.flags & import_typescript8.default.SymbolFlags.TypeParameter) {
        if (bound(decl)) {
        } else if (inConstraint || !import_typescript8.default.isTypeParameterDeclaration(decl)) return void (ok = false);
        else {
          const at2 = positionOf(decl);
          const constraint = decl.constraint ? comparisonForm(decl.constraint, decl.getSourceFile(), checker, reference) : void 0;
          if (decl.constraint && (!constraint || constraint.params.size)) return void (ok = false);
          hasAny ||= constraint?.hasAny === true;
          params.set(at2, constraint?.text);
          edits.push({ start: name.getStart(sf), end: name.end, text: `__P${at2}` });
        }
      } else if (!symbol.declarations.every((d) => d.getSourceFile().fileName.startsWith("/lib/"))) {
        const ref = bound(decl) ? void 0 : reference(symbol);
        if (!ref) return void (ok = false);
        nominal ||= ref.nominal;
        edits.push({ start: name.getStart(sf), end: name.end, text: ref.text });
      }
    }
    import_typescript8.default.forEachChild(n, (c) => visit(c, inConstraint));
  };
  visit(node, false);
  if (!ok) return void 0;
  let text = "";
  let at = node.getStart(sf);
  for (const e of edits.sort((x, y) => x.start - y.start)) {
    text += sf.text.slice(at, e.start) + e.text;
    at = e.end;
  }
  text += sf.text.slice(at, node.end);
  return { text, params, hasAny, nominal };
}
function strictAny(n, root, output) {
  let flips = output ? 1 : 0;
  for (let p = n; p !== root; p = p.parent) if (import_typescript8.default.isParameter(p)) flips++;
  return flips % 2 ? "never" : "unknown";
}
function positionOf(decl) {
  const lists = [];
  for (let n = decl.parent; n; n = n.parent) {
    const tps = n.typeParameters;
    if (tps?.length) lists.unshift(tps);
  }
  let offset = 0;
  for (const list of lists) {
    const i = list.indexOf(decl);
    if (i >= 0) return offset + i;
    offset += list.length;
  }
  return -1;
}
function comparisonDeclaration(name, forms, extra = []) {
  const params = /* @__PURE__ */ new Map();
  for (const form of forms)
    for (const [at, c] of form.params) {
      if (params.has(at) && params.get(at) !== c) return void 0;
      params.set(at, c);
    }
  if ([...params.keys()].some((k) => k < 0)) return void 0;
  const list = [
    ...extra,
    ...[...params].sort(([x], [y]) => x - y).map(([at, c]) => `__P${at}${c === void 0 ? "" : ` extends ${c}`}`)
  ];
  const generic = list.length ? `<${list.join(", ")}>` : "";
  return `declare function ${name}${generic}(${forms.map((f, i) => `f${i}: ${f.text}`).join(", ")}): void;`;
}
function importReference(tp, symbol) {
  const { checker } = tp;
  const decl = symbol.declarations?.find((d) => tp.origin(d.getSourceFile()) !== void 0);
  if (!decl) return void 0;
  const sf = decl.getSourceFile();
  if (tp.scripts.has(sf.fileName)) return void 0;
  const chain = [];
  for (let n = decl.parent; !import_typescript8.default.isSourceFile(n); n = n.parent) {
    if (import_typescript8.default.isModuleDeclaration(n)) {
      if (!import_typescript8.default.isIdentifier(n.name)) return void 0;
      chain.unshift(n);
    }
  }
  const names = [...chain.map((m) => m.name.text), symbol.name];
  const top = chain[0] ? checker.getSymbolAtLocation(chain[0].name) : symbol;
  const file = checker.getSymbolAtLocation(sf);
  if (!top || !file) return void 0;
  const spec = specifierOf(sf.fileName);
  const exported = checker.getExportsOfModule(file).find((e) => e.name === names[0] && resolve(checker, e) === top);
  if (exported) return `import("${spec}").${names.join(".")}`;
  const exportEquals = file.exports?.get(import_typescript8.default.InternalSymbolName.ExportEquals);
  if (exportEquals && resolve(checker, exportEquals) === top && names.length > 1)
    return `import("${spec}").${names.slice(1).join(".")}`;
  return void 0;
}
function specifierOf(fileName) {
  return fileName.replace(/\.d\.ts$|\.tsx?$/, "").replace(/\.d\.cts$|\.cts$/, ".cjs").replace(/\.d\.mts$|\.mts$/, ".mjs");
}
function hasHiddenMembers(symbol) {
  return (symbol.flags & import_typescript8.default.SymbolFlags.Class) !== 0 && (symbol.declarations ?? []).some(
    (d) => import_typescript8.default.isClassLike(d) && d.members.some(
      (m) => m.name && import_typescript8.default.isPrivateIdentifier(m.name) || (import_typescript8.default.getCombinedModifierFlags(m) & (import_typescript8.default.ModifierFlags.Private | import_typescript8.default.ModifierFlags.Protected)) !== 0
    )
  );
}

// src/detectors/ts/program.ts
var import_typescript10 = __toESM(require_typescript(), 1);

// src/detectors/ts/dom-lib.ts
var import_typescript9 = __toESM(require_typescript(), 1);

// src/detectors/ts/dom-globals.ts
var DOM_GLOBALS = new Set(
  `
ANGLE_instanced_arrays ARIAMixin AacBitstreamFormat AacEncoderConfig AbortController AbortSignal
AbortSignalEventMap AbstractRange AbstractWorker AbstractWorkerEventMap ActiveXObject AddEventListenerOptions
AddressErrors AesCbcParams AesCtrParams AesDerivedKeyParams AesGcmParams AesKeyAlgorithm AesKeyGenParams
Algorithm AlgorithmIdentifier AlignSetting AllAcceptedCredentialsOptions AllowSharedBufferSource AlphaOption
AnalyserNode AnalyserOptions Animatable Animation AnimationEffect AnimationEvent AnimationEventInit
AnimationEventMap AnimationFrameProvider AnimationPlayState AnimationPlaybackEvent AnimationPlaybackEventInit
AnimationReplaceState AnimationTimeline AppendMode AssignedNodesOptions AttestationConveyancePreference Attr
Audio AudioBuffer AudioBufferOptions AudioBufferSourceNode AudioBufferSourceOptions AudioConfiguration
AudioContext AudioContextLatencyCategory AudioContextOptions AudioContextState AudioData
AudioDataCopyToOptions AudioDataInit AudioDataOutputCallback AudioDecoder AudioDecoderConfig
AudioDecoderEventMap AudioDecoderInit AudioDecoderSupport AudioDestinationNode AudioEncoder AudioEncoderConfig
AudioEncoderEventMap AudioEncoderInit AudioEncoderSupport AudioListener AudioNode AudioNodeOptions AudioParam
AudioParamMap AudioProcessingEvent AudioProcessingEventInit AudioSampleFormat AudioScheduledSourceNode
AudioScheduledSourceNodeEventMap AudioTimestamp AudioWorklet AudioWorkletNode AudioWorkletNodeEventMap
AudioWorkletNodeOptions AuthenticationExtensionsClientInputs AuthenticationExtensionsClientInputsJSON
AuthenticationExtensionsClientOutputs AuthenticationExtensionsClientOutputsJSON
AuthenticationExtensionsLargeBlobInputs AuthenticationExtensionsLargeBlobInputsJSON
AuthenticationExtensionsLargeBlobOutputs AuthenticationExtensionsLargeBlobOutputsJSON
AuthenticationExtensionsPRFInputs AuthenticationExtensionsPRFInputsJSON AuthenticationExtensionsPRFOutputs
AuthenticationExtensionsPRFOutputsJSON AuthenticationExtensionsPRFValues AuthenticationExtensionsPRFValuesJSON
AuthenticationResponseJSON AuthenticatorAssertionResponse AuthenticatorAssertionResponseJSON
AuthenticatorAttachment AuthenticatorAttestationResponse AuthenticatorAttestationResponseJSON
AuthenticatorResponse AuthenticatorSelectionCriteria AuthenticatorTransport AutoFill AutoFillAddressKind
AutoFillBase AutoFillContactField AutoFillContactKind AutoFillCredentialField AutoFillField
AutoFillNormalField AutoFillSection AutoKeyword AutomationRate AvcBitstreamFormat AvcEncoderConfig BarProp
Base64URLString BaseAudioContext BaseAudioContextEventMap BeforeUnloadEvent BigInteger BinaryType
BiquadFilterNode BiquadFilterOptions BiquadFilterType BitrateMode Blob BlobCallback BlobEvent BlobEventInit
BlobPart BlobPropertyBag Body BodyInit BroadcastChannel BroadcastChannelEventMap BufferSource
ByteLengthQueuingStrategy CDATASection COSEAlgorithmIdentifier CSS CSSAnimation CSSConditionRule
CSSContainerRule CSSCounterStyleRule CSSFontFaceRule CSSFontFeatureValuesRule CSSFontPaletteValuesRule
CSSGroupingRule CSSImageValue CSSImportRule CSSKeyframeRule CSSKeyframesRule CSSKeywordValue CSSKeywordish
CSSLayerBlockRule CSSLayerStatementRule CSSMathClamp CSSMathInvert CSSMathMax CSSMathMin CSSMathNegate
CSSMathOperator CSSMathProduct CSSMathSum CSSMathValue CSSMatrixComponent CSSMatrixComponentOptions
CSSMediaRule CSSNamespaceRule CSSNestedDeclarations CSSNumberish CSSNumericArray CSSNumericBaseType
CSSNumericType CSSNumericValue CSSPageDescriptors CSSPageRule CSSPerspective CSSPerspectiveValue
CSSPositionTryDescriptors CSSPositionTryRule CSSPropertyRule CSSRotate CSSRule CSSRuleList CSSScale
CSSScopeRule CSSSkew CSSSkewX CSSSkewY CSSStartingStyleRule CSSStyleDeclaration CSSStyleDeclarationBase
CSSStyleProperties CSSStyleRule CSSStyleSheet CSSStyleSheetInit CSSStyleValue CSSSupportsRule
CSSTransformComponent CSSTransformValue CSSTransition CSSTranslate CSSUnitValue CSSUnparsedSegment
CSSUnparsedValue CSSVariableReferenceValue CSSViewTransitionRule Cache CacheQueryOptions CacheStorage
CanPlayTypeResult CanvasCaptureMediaStreamTrack CanvasCompositing CanvasDirection CanvasDrawImage
CanvasDrawPath CanvasFillRule CanvasFillStrokeStyles CanvasFilters CanvasFontKerning CanvasFontStretch
CanvasFontVariantCaps CanvasGradient CanvasImageData CanvasImageSmoothing CanvasImageSource CanvasLineCap
CanvasLineJoin CanvasPath CanvasPathDrawingStyles CanvasPattern CanvasRect CanvasRenderingContext2D
CanvasRenderingContext2DSettings CanvasSettings CanvasShadowStyles CanvasState CanvasText CanvasTextAlign
CanvasTextBaseline CanvasTextDrawingStyles CanvasTextRendering CanvasTransform CanvasUserInterface
CaretPosition CaretPositionFromPointOptions ChannelCountMode ChannelInterpretation ChannelMergerNode
ChannelMergerOptions ChannelSplitterNode ChannelSplitterOptions CharacterData CheckVisibilityOptions ChildNode
ClientQueryOptions ClientRect ClientTypes Clipboard ClipboardEvent ClipboardEventInit ClipboardItem
ClipboardItemData ClipboardItemOptions ClipboardItems CloseEvent CloseEventInit CodecState ColorGamut
ColorSpaceConversion CommandEvent CommandEventInit Comment CompositeOperation CompositeOperationOrAuto
CompositionEvent CompositionEventInit CompressionFormat CompressionStream ComputedEffectTiming
ComputedKeyframe Console ConstantSourceNode ConstantSourceOptions ConstrainBoolean ConstrainBooleanOrDOMString
ConstrainBooleanOrDOMStringParameters ConstrainBooleanParameters ConstrainDOMString
ConstrainDOMStringParameters ConstrainDouble ConstrainDoubleRange ConstrainULong ConstrainULongRange
ContentVisibilityAutoStateChangeEvent ContentVisibilityAutoStateChangeEventInit ConvolverNode ConvolverOptions
CookieChangeEvent CookieChangeEventInit CookieInit CookieList CookieListItem CookieSameSite CookieStore
CookieStoreDeleteOptions CookieStoreEventMap CookieStoreGetOptions CookieStoreManager CountQueuingStrategy
Credential CredentialCreationOptions CredentialMediationRequirement CredentialPropertiesOutput
CredentialRequestOptions CredentialsContainer Crypto CryptoKey CryptoKeyPair CurrentUserDetailsOptions
CustomElementConstructor CustomElementRegistry CustomEvent CustomEventInit CustomStateSet DOMException
DOMHighResTimeStamp DOMImplementation DOMMatrix DOMMatrix2DInit DOMMatrixInit DOMMatrixReadOnly DOMParser
DOMParserSupportedType DOMPoint DOMPointInit DOMPointReadOnly DOMQuad DOMQuadInit DOMRect DOMRectInit
DOMRectList DOMRectReadOnly DOMStringList DOMStringMap DOMTokenList DataTransfer DataTransferItem
DataTransferItemList DecodeErrorCallback DecodeSuccessCallback DecompressionStream DelayNode DelayOptions
DeviceMotionEvent DeviceMotionEventAcceleration DeviceMotionEventAccelerationInit DeviceMotionEventInit
DeviceMotionEventRotationRate DeviceMotionEventRotationRateInit DeviceOrientationEvent
DeviceOrientationEventInit DigitalCredential DirectionSetting DisplayCaptureSurfaceType
DisplayMediaStreamOptions DistanceModelType Document DocumentEventMap DocumentFragment DocumentOrShadowRoot
DocumentReadyState DocumentTimeline DocumentTimelineOptions DocumentType DocumentVisibilityState DoubleRange
DragEvent DragEventInit DynamicsCompressorNode DynamicsCompressorOptions EXT_blend_minmax
EXT_color_buffer_float EXT_color_buffer_half_float EXT_float_blend EXT_frag_depth EXT_sRGB
EXT_shader_texture_lod EXT_texture_compression_bptc EXT_texture_compression_rgtc
EXT_texture_filter_anisotropic EXT_texture_norm16 EcKeyAlgorithm EcKeyGenParams EcKeyImportParams
EcdhKeyDeriveParams EcdsaParams EffectTiming Element ElementCSSInlineStyle ElementContentEditable
ElementCreationOptions ElementDefinitionOptions ElementEventMap ElementInternals ElementTagNameMap
EncodedAudioChunk EncodedAudioChunkInit EncodedAudioChunkMetadata EncodedAudioChunkOutputCallback
EncodedAudioChunkType EncodedVideoChunk EncodedVideoChunkInit EncodedVideoChunkMetadata
EncodedVideoChunkOutputCallback EncodedVideoChunkType EndOfStreamError EndingType Enumerator
EnumeratorConstructor EpochTimeStamp ErrorCallback ErrorEvent ErrorEventInit Event EventCounts EventInit
EventListener EventListenerObject EventListenerOptions EventListenerOrEventListenerObject EventModifierInit
EventSource EventSourceEventMap EventSourceInit EventTarget External File FileCallback FileList
FilePropertyBag FileReader FileReaderEventMap FileSystem FileSystemCreateWritableOptions
FileSystemDirectoryEntry FileSystemDirectoryHandle FileSystemDirectoryHandleAsyncIterator
FileSystemDirectoryReader FileSystemEntriesCallback FileSystemEntry FileSystemEntryCallback
FileSystemFileEntry FileSystemFileHandle FileSystemFlags FileSystemGetDirectoryOptions
FileSystemGetFileOptions FileSystemHandle FileSystemHandleKind FileSystemRemoveOptions
FileSystemWritableFileStream FileSystemWriteChunkType FillLightMode FillMode Float32List FocusEvent
FocusEventInit FocusOptions FontDisplay FontFace FontFaceDescriptors FontFaceLoadStatus FontFaceSet
FontFaceSetEventMap FontFaceSetLoadEvent FontFaceSetLoadEventInit FontFaceSetLoadStatus FontFaceSource
FormData FormDataEntryValue FormDataEvent FormDataEventInit FormDataIterator FragmentDirective
FrameRequestCallback FullscreenNavigationUI FullscreenOptions FunctionStringCallback GLbitfield GLboolean
GLclampf GLenum GLfloat GLint GLint64 GLintptr GLsizei GLsizeiptr GLuint GLuint64 GPU GPUAdapter
GPUAdapterInfo GPUAddressMode GPUAutoLayoutMode GPUBindGroup GPUBindGroupDescriptor GPUBindGroupEntry
GPUBindGroupLayout GPUBindGroupLayoutDescriptor GPUBindGroupLayoutEntry GPUBindingCommandsMixin
GPUBindingResource GPUBlendComponent GPUBlendFactor GPUBlendOperation GPUBlendState GPUBuffer GPUBufferBinding
GPUBufferBindingLayout GPUBufferBindingType GPUBufferDescriptor GPUBufferDynamicOffset GPUBufferMapState
GPUBufferUsageFlags GPUCanvasAlphaMode GPUCanvasConfiguration GPUCanvasContext GPUCanvasToneMapping
GPUCanvasToneMappingMode GPUColor GPUColorDict GPUColorTargetState GPUColorWriteFlags GPUCommandBuffer
GPUCommandBufferDescriptor GPUCommandEncoder GPUCommandEncoderDescriptor GPUCompareFunction GPUCompilationInfo
GPUCompilationMessage GPUCompilationMessageType GPUComputePassDescriptor GPUComputePassEncoder
GPUComputePassTimestampWrites GPUComputePipeline GPUComputePipelineDescriptor GPUCopyExternalImageDestInfo
GPUCopyExternalImageSource GPUCopyExternalImageSourceInfo GPUCullMode GPUDebugCommandsMixin GPUDepthBias
GPUDepthStencilState GPUDevice GPUDeviceDescriptor GPUDeviceEventMap GPUDeviceLostInfo GPUDeviceLostReason
GPUError GPUErrorFilter GPUExtent3D GPUExtent3DDict GPUExternalTexture GPUExternalTextureBindingLayout
GPUExternalTextureDescriptor GPUFeatureName GPUFilterMode GPUFlagsConstant GPUFragmentState GPUFrontFace
GPUIndex32 GPUIndexFormat GPUIntegerCoordinate GPUIntegerCoordinateOut GPUInternalError GPULoadOp
GPUMapModeFlags GPUMipmapFilterMode GPUMultisampleState GPUObjectBase GPUObjectDescriptorBase GPUOrigin2D
GPUOrigin2DDict GPUOrigin3D GPUOrigin3DDict GPUOutOfMemoryError GPUPipelineBase GPUPipelineConstantValue
GPUPipelineDescriptorBase GPUPipelineError GPUPipelineErrorInit GPUPipelineErrorReason GPUPipelineLayout
GPUPipelineLayoutDescriptor GPUPowerPreference GPUPrimitiveState GPUPrimitiveTopology GPUProgrammableStage
GPUQuerySet GPUQuerySetDescriptor GPUQueryType GPUQueue GPUQueueDescriptor GPURenderBundle
GPURenderBundleDescriptor GPURenderBundleEncoder GPURenderBundleEncoderDescriptor GPURenderCommandsMixin
GPURenderPassColorAttachment GPURenderPassDepthStencilAttachment GPURenderPassDescriptor GPURenderPassEncoder
GPURenderPassLayout GPURenderPassTimestampWrites GPURenderPipeline GPURenderPipelineDescriptor
GPURequestAdapterOptions GPUSampleMask GPUSampler GPUSamplerBindingLayout GPUSamplerBindingType
GPUSamplerDescriptor GPUShaderModule GPUShaderModuleDescriptor GPUShaderStageFlags GPUSignedOffset32 GPUSize32
GPUSize32Out GPUSize64 GPUSize64Out GPUStencilFaceState GPUStencilOperation GPUStencilValue
GPUStorageTextureAccess GPUStorageTextureBindingLayout GPUStoreOp GPUSupportedFeatures GPUSupportedLimits
GPUTexelCopyBufferInfo GPUTexelCopyBufferLayout GPUTexelCopyTextureInfo GPUTexture GPUTextureAspect
GPUTextureBindingLayout GPUTextureDescriptor GPUTextureDimension GPUTextureFormat GPUTextureSampleType
GPUTextureUsageFlags GPUTextureView GPUTextureViewDescriptor GPUTextureViewDimension GPUUncapturedErrorEvent
GPUUncapturedErrorEventInit GPUValidationError GPUVertexAttribute GPUVertexBufferLayout GPUVertexFormat
GPUVertexState GPUVertexStepMode GainNode GainOptions Gamepad GamepadButton GamepadEffectParameters
GamepadEvent GamepadEventInit GamepadHapticActuator GamepadHapticEffectType GamepadHapticsResult
GamepadMappingType GenericTransformStream Geolocation GeolocationCoordinates GeolocationPosition
GeolocationPositionError GetAnimationsOptions GetComposedRangesOptions GetHTMLOptions GetNotificationOptions
GetRootNodeOptions GlobalCompositeOperation GlobalEventHandlers GlobalEventHandlersEventMap HTMLAllCollection
HTMLAnchorElement HTMLAreaElement HTMLAudioElement HTMLBRElement HTMLBaseElement HTMLBodyElement
HTMLBodyElementEventMap HTMLButtonElement HTMLCanvasElement HTMLCollection HTMLCollectionBase HTMLCollectionOf
HTMLDListElement HTMLDataElement HTMLDataListElement HTMLDetailsElement HTMLDialogElement HTMLDirectoryElement
HTMLDivElement HTMLDocument HTMLElement HTMLElementDeprecatedTagNameMap HTMLElementEventMap
HTMLElementTagNameMap HTMLEmbedElement HTMLFieldSetElement HTMLFontElement HTMLFormControlsCollection
HTMLFormElement HTMLFrameElement HTMLFrameSetElement HTMLFrameSetElementEventMap HTMLHRElement HTMLHeadElement
HTMLHeadingElement HTMLHtmlElement HTMLHyperlinkElementUtils HTMLIFrameElement HTMLImageElement
HTMLInputElement HTMLLIElement HTMLLabelElement HTMLLegendElement HTMLLinkElement HTMLMapElement
HTMLMarqueeElement HTMLMediaElement HTMLMediaElementEventMap HTMLMenuElement HTMLMetaElement HTMLMeterElement
HTMLModElement HTMLOListElement HTMLObjectElement HTMLOptGroupElement HTMLOptionElement HTMLOptionsCollection
HTMLOrSVGElement HTMLOrSVGImageElement HTMLOrSVGScriptElement HTMLOutputElement HTMLParagraphElement
HTMLParamElement HTMLPictureElement HTMLPreElement HTMLProgressElement HTMLQuoteElement HTMLScriptElement
HTMLSelectElement HTMLSlotElement HTMLSourceElement HTMLSpanElement HTMLStyleElement HTMLTableCaptionElement
HTMLTableCellElement HTMLTableColElement HTMLTableDataCellElement HTMLTableElement HTMLTableHeaderCellElement
HTMLTableRowElement HTMLTableSectionElement HTMLTemplateElement HTMLTextAreaElement HTMLTimeElement
HTMLTitleElement HTMLTrackElement HTMLUListElement HTMLUnknownElement HTMLVideoElement
HTMLVideoElementEventMap HardwareAcceleration HashAlgorithmIdentifier HashChangeEvent HashChangeEventInit
HdrMetadataType Headers HeadersInit HeadersIterator Highlight HighlightRegistry HighlightType History
HkdfParams HmacImportParams HmacKeyAlgorithm HmacKeyGenParams IDBCursor IDBCursorDirection IDBCursorWithValue
IDBDatabase IDBDatabaseEventMap IDBDatabaseInfo IDBFactory IDBIndex IDBIndexParameters IDBKeyRange
IDBObjectStore IDBObjectStoreParameters IDBOpenDBRequest IDBOpenDBRequestEventMap IDBRequest
IDBRequestEventMap IDBRequestReadyState IDBTransaction IDBTransactionDurability IDBTransactionEventMap
IDBTransactionMode IDBTransactionOptions IDBValidKey IDBVersionChangeEvent IDBVersionChangeEventInit
IIRFilterNode IIRFilterOptions ITextWriter IdleDeadline IdleRequestCallback IdleRequestOptions Image
ImageBitmap ImageBitmapOptions ImageBitmapRenderingContext ImageBitmapRenderingContextSettings
ImageBitmapSource ImageBufferSource ImageCapture ImageData ImageDataArray ImageDataPixelFormat
ImageDataSettings ImageDecodeOptions ImageDecodeResult ImageDecoder ImageDecoderInit ImageEncodeOptions
ImageOrientation ImageSmoothingQuality ImageTrack ImageTrackList ImportNodeOptions InputDeviceInfo InputEvent
InputEventInit InsertPosition Int32List IntersectionObserver IntersectionObserverCallback
IntersectionObserverEntry IntersectionObserverInit IterationCompositeOperation JsonWebKey
KHR_parallel_shader_compile KeyAlgorithm KeyFormat KeySystemTrackConfiguration KeyType KeyUsage KeyboardEvent
KeyboardEventInit Keyframe KeyframeAnimationOptions KeyframeEffect KeyframeEffectOptions
LargestContentfulPaint LatencyMode LineAlignSetting LineAndPositionSetting LinkStyle Location Lock
LockGrantedCallback LockInfo LockManager LockManagerSnapshot LockMode LockOptions LoginStatus MIDIAccess
MIDIAccessEventMap MIDIConnectionEvent MIDIConnectionEventInit MIDIInput MIDIInputEventMap MIDIInputMap
MIDIMessageEvent MIDIMessageEventInit MIDIOptions MIDIOutput MIDIOutputMap MIDIPort MIDIPortConnectionState
MIDIPortDeviceState MIDIPortEventMap MIDIPortType MathMLElement MathMLElementEventMap MathMLElementTagNameMap
MediaCapabilities MediaCapabilitiesDecodingInfo MediaCapabilitiesEncodingInfo MediaCapabilitiesInfo
MediaCapabilitiesKeySystemConfiguration MediaConfiguration MediaDecodingConfiguration MediaDecodingType
MediaDeviceInfo MediaDeviceKind MediaDevices MediaDevicesEventMap MediaElementAudioSourceNode
MediaElementAudioSourceOptions MediaEncodingConfiguration MediaEncodingType MediaEncryptedEvent
MediaEncryptedEventInit MediaError MediaImage MediaKeyMessageEvent MediaKeyMessageEventInit
MediaKeyMessageType MediaKeySession MediaKeySessionClosedReason MediaKeySessionEventMap MediaKeySessionType
MediaKeyStatus MediaKeyStatusMap MediaKeyStatusMapIterator MediaKeySystemAccess MediaKeySystemConfiguration
MediaKeySystemMediaCapability MediaKeys MediaKeysPolicy MediaKeysRequirement MediaList MediaMetadata
MediaMetadataInit MediaPositionState MediaProvider MediaQueryList MediaQueryListEvent MediaQueryListEventInit
MediaQueryListEventMap MediaRecorder MediaRecorderEventMap MediaRecorderOptions MediaSession
MediaSessionAction MediaSessionActionDetails MediaSessionActionHandler MediaSessionPlaybackState
MediaSettingsRange MediaSource MediaSourceEventMap MediaSourceHandle MediaStream
MediaStreamAudioDestinationNode MediaStreamAudioSourceNode MediaStreamAudioSourceOptions
MediaStreamConstraints MediaStreamEventMap MediaStreamTrack MediaStreamTrackEvent MediaStreamTrackEventInit
MediaStreamTrackEventMap MediaStreamTrackState MediaTrackCapabilities MediaTrackConstraintSet
MediaTrackConstraints MediaTrackSettings MediaTrackSupportedConstraints MessageChannel MessageEvent
MessageEventInit MessageEventSource MessageEventTarget MessageEventTargetEventMap MessagePort
MessagePortEventMap MimeType MimeTypeArray MouseEvent MouseEventInit MultiCacheQueryOptions MutationCallback
MutationObserver MutationObserverInit MutationRecord MutationRecordType NamedCurve NamedNodeMap NavigateEvent
NavigateEventInit Navigation NavigationActivation NavigationCurrentEntryChangeEvent
NavigationCurrentEntryChangeEventInit NavigationDestination NavigationEventMap NavigationFocusReset
NavigationHistoryBehavior NavigationHistoryEntry NavigationHistoryEntryEventMap NavigationInterceptHandler
NavigationInterceptOptions NavigationNavigateOptions NavigationOptions NavigationPrecommitController
NavigationPrecommitHandler NavigationPreloadManager NavigationPreloadState NavigationReloadOptions
NavigationResult NavigationScrollBehavior NavigationTimingType NavigationTransition NavigationType
NavigationUpdateCurrentEntryOptions Navigator NavigatorAutomationInformation NavigatorBadge
NavigatorConcurrentHardware NavigatorContentUtils NavigatorCookies NavigatorGPU NavigatorID NavigatorLanguage
NavigatorLocks NavigatorLogin NavigatorOnLine NavigatorPlugins NavigatorStorage Node NodeFilter NodeIterator
NodeList NodeListOf NonDocumentTypeChildNode NonElementParentNode Notification NotificationDirection
NotificationEventMap NotificationOptions NotificationPermission NotificationPermissionCallback
OES_draw_buffers_indexed OES_element_index_uint OES_fbo_render_mipmap OES_standard_derivatives
OES_texture_float OES_texture_float_linear OES_texture_half_float OES_texture_half_float_linear
OES_vertex_array_object OVR_multiview2 OfflineAudioCompletionEvent OfflineAudioCompletionEventInit
OfflineAudioContext OfflineAudioContextEventMap OfflineAudioContextOptions OffscreenCanvas
OffscreenCanvasEventMap OffscreenCanvasRenderingContext2D OffscreenRenderingContext
OffscreenRenderingContextId OnBeforeUnloadEventHandler OnBeforeUnloadEventHandlerNonNull OnErrorEventHandler
OnErrorEventHandlerNonNull Option OptionalEffectTiming OptionalPostfixToken OptionalPrefixToken
OpusBitstreamFormat OpusEncoderConfig OrientationLockType OrientationType OscillatorNode OscillatorOptions
OscillatorType OverSampleType OverconstrainedError PageRevealEvent PageRevealEventInit PageSwapEvent
PageSwapEventInit PageTransitionEvent PageTransitionEventInit PaintTimingMixin PannerNode PannerOptions
PanningModelType ParentNode Path2D PayerErrors PaymentAddress PaymentComplete PaymentCurrencyAmount
PaymentDetailsBase PaymentDetailsInit PaymentDetailsModifier PaymentDetailsUpdate PaymentItem
PaymentMethodChangeEvent PaymentMethodChangeEventInit PaymentMethodData PaymentOptions PaymentRequest
PaymentRequestEventMap PaymentRequestUpdateEvent PaymentRequestUpdateEventInit PaymentResponse
PaymentResponseEventMap PaymentShippingOption PaymentShippingType PaymentValidationErrors Pbkdf2Params
Performance PerformanceEntry PerformanceEntryList PerformanceEventMap PerformanceEventTiming PerformanceMark
PerformanceMarkOptions PerformanceMeasure PerformanceMeasureOptions PerformanceNavigation
PerformanceNavigationTiming PerformanceObserver PerformanceObserverCallback PerformanceObserverEntryList
PerformanceObserverInit PerformancePaintTiming PerformanceResourceTiming PerformanceServerTiming
PerformanceTiming PeriodicWave PeriodicWaveConstraints PeriodicWaveOptions PermissionDescriptor PermissionName
PermissionState PermissionStatus PermissionStatusEventMap Permissions PhotoCapabilities PhotoSettings
PictureInPictureEvent PictureInPictureEventInit PictureInPictureWindow PictureInPictureWindowEventMap
PlaneLayout PlaybackDirection Plugin PluginArray PointerEvent PointerEventInit PointerLockOptions
PopStateEvent PopStateEventInit PopoverTargetAttributes PositionAlignSetting PositionCallback
PositionErrorCallback PositionOptions PredefinedColorSpace PremultiplyAlpha PresentationStyle
ProcessingInstruction ProgressEvent ProgressEventInit PromiseRejectionEvent PromiseRejectionEventInit
PropertyDefinition PropertyIndexedKeyframes PublicKeyCredential PublicKeyCredentialClientCapabilities
PublicKeyCredentialCreationOptions PublicKeyCredentialCreationOptionsJSON PublicKeyCredentialDescriptor
PublicKeyCredentialDescriptorJSON PublicKeyCredentialEntity PublicKeyCredentialParameters
PublicKeyCredentialRequestOptions PublicKeyCredentialRequestOptionsJSON PublicKeyCredentialRpEntity
PublicKeyCredentialType PublicKeyCredentialUserEntity PublicKeyCredentialUserEntityJSON PushEncryptionKeyName
PushManager PushManagerAttribute PushSubscription PushSubscriptionJSON PushSubscriptionOptions
PushSubscriptionOptionsInit QueuingStrategy QueuingStrategyInit QueuingStrategySize RTCAnswerOptions
RTCBundlePolicy RTCCertificate RTCCertificateExpiration RTCConfiguration RTCDTMFSender RTCDTMFSenderEventMap
RTCDTMFToneChangeEvent RTCDTMFToneChangeEventInit RTCDataChannel RTCDataChannelEvent RTCDataChannelEventInit
RTCDataChannelEventMap RTCDataChannelInit RTCDataChannelState RTCDegradationPreference RTCDtlsFingerprint
RTCDtlsRole RTCDtlsTransport RTCDtlsTransportEventMap RTCDtlsTransportState RTCEncodedAudioFrame
RTCEncodedAudioFrameMetadata RTCEncodedFrameMetadata RTCEncodedVideoFrame RTCEncodedVideoFrameMetadata
RTCError RTCErrorDetailType RTCErrorEvent RTCErrorEventInit RTCErrorInit RTCIceCandidate RTCIceCandidateInit
RTCIceCandidatePair RTCIceCandidatePairStats RTCIceCandidateType RTCIceComponent RTCIceConnectionState
RTCIceGathererState RTCIceGatheringState RTCIceProtocol RTCIceRole RTCIceServer RTCIceTcpCandidateType
RTCIceTransport RTCIceTransportEventMap RTCIceTransportPolicy RTCIceTransportState RTCInboundRtpStreamStats
RTCLocalIceCandidateInit RTCLocalSessionDescriptionInit RTCOfferAnswerOptions RTCOfferOptions
RTCOutboundRtpStreamStats RTCPeerConnection RTCPeerConnectionErrorCallback RTCPeerConnectionEventMap
RTCPeerConnectionIceErrorEvent RTCPeerConnectionIceErrorEventInit RTCPeerConnectionIceEvent
RTCPeerConnectionIceEventInit RTCPeerConnectionState RTCPriorityType RTCQualityLimitationReason
RTCReceivedRtpStreamStats RTCRtcpMuxPolicy RTCRtcpParameters RTCRtpCapabilities RTCRtpCodec
RTCRtpCodecParameters RTCRtpCodingParameters RTCRtpContributingSource RTCRtpEncodingParameters
RTCRtpHeaderExtensionCapability RTCRtpHeaderExtensionParameters RTCRtpParameters RTCRtpReceiveParameters
RTCRtpReceiver RTCRtpReceiverTransform RTCRtpScriptTransform RTCRtpSendParameters RTCRtpSender
RTCRtpSenderTransform RTCRtpStreamStats RTCRtpSynchronizationSource RTCRtpTransceiver
RTCRtpTransceiverDirection RTCRtpTransceiverInit RTCSctpTransport RTCSctpTransportEventMap
RTCSctpTransportState RTCSdpType RTCSentRtpStreamStats RTCSessionDescription RTCSessionDescriptionCallback
RTCSessionDescriptionInit RTCSetParameterOptions RTCSignalingState RTCStats RTCStatsIceCandidatePairState
RTCStatsReport RTCStatsType RTCTrackEvent RTCTrackEventInit RTCTransportStats RadioNodeList Range
ReadableByteStreamController ReadableStream ReadableStreamAsyncIterator ReadableStreamBYOBReader
ReadableStreamBYOBReaderReadOptions ReadableStreamBYOBRequest ReadableStreamController
ReadableStreamDefaultController ReadableStreamDefaultReader ReadableStreamGenericReader
ReadableStreamGetReaderOptions ReadableStreamIteratorOptions ReadableStreamReadDoneResult
ReadableStreamReadResult ReadableStreamReadValueResult ReadableStreamReader ReadableStreamReaderMode
ReadableStreamType ReadableWritablePair ReadyState RecordingState RedEyeReduction ReferrerPolicy
RegistrationOptions RegistrationResponseJSON RemotePlayback RemotePlaybackAvailabilityCallback
RemotePlaybackEventMap RemotePlaybackState RenderingContext Report ReportBody ReportList ReportingObserver
ReportingObserverCallback ReportingObserverOptions Request RequestCache RequestCredentials RequestDestination
RequestInfo RequestInit RequestMode RequestPriority RequestRedirect ResidentKeyRequirement ResizeObserver
ResizeObserverBoxOptions ResizeObserverCallback ResizeObserverEntry ResizeObserverOptions ResizeObserverSize
ResizeQuality Response ResponseInit ResponseType RsaHashedImportParams RsaHashedKeyAlgorithm
RsaHashedKeyGenParams RsaKeyAlgorithm RsaKeyGenParams RsaOaepParams RsaOtherPrimesInfo RsaPssParams
SVGAElement SVGAngle SVGAnimateElement SVGAnimateMotionElement SVGAnimateTransformElement SVGAnimatedAngle
SVGAnimatedBoolean SVGAnimatedEnumeration SVGAnimatedInteger SVGAnimatedLength SVGAnimatedLengthList
SVGAnimatedNumber SVGAnimatedNumberList SVGAnimatedPoints SVGAnimatedPreserveAspectRatio SVGAnimatedRect
SVGAnimatedString SVGAnimatedTransformList SVGAnimationElement SVGBoundingBoxOptions SVGCircleElement
SVGClipPathElement SVGComponentTransferFunctionElement SVGDefsElement SVGDescElement SVGElement
SVGElementEventMap SVGElementTagNameMap SVGEllipseElement SVGFEBlendElement SVGFEColorMatrixElement
SVGFEComponentTransferElement SVGFECompositeElement SVGFEConvolveMatrixElement SVGFEDiffuseLightingElement
SVGFEDisplacementMapElement SVGFEDistantLightElement SVGFEDropShadowElement SVGFEFloodElement
SVGFEFuncAElement SVGFEFuncBElement SVGFEFuncGElement SVGFEFuncRElement SVGFEGaussianBlurElement
SVGFEImageElement SVGFEMergeElement SVGFEMergeNodeElement SVGFEMorphologyElement SVGFEOffsetElement
SVGFEPointLightElement SVGFESpecularLightingElement SVGFESpotLightElement SVGFETileElement
SVGFETurbulenceElement SVGFilterElement SVGFilterPrimitiveStandardAttributes SVGFitToViewBox
SVGForeignObjectElement SVGGElement SVGGeometryElement SVGGradientElement SVGGraphicsElement SVGImageElement
SVGLength SVGLengthList SVGLineElement SVGLinearGradientElement SVGMPathElement SVGMarkerElement
SVGMaskElement SVGMatrix SVGMetadataElement SVGNumber SVGNumberList SVGPathElement SVGPatternElement SVGPoint
SVGPointList SVGPolygonElement SVGPolylineElement SVGPreserveAspectRatio SVGRadialGradientElement SVGRect
SVGRectElement SVGSVGElement SVGSVGElementEventMap SVGScriptElement SVGSetElement SVGStopElement SVGStringList
SVGStyleElement SVGSwitchElement SVGSymbolElement SVGTSpanElement SVGTests SVGTextContentElement
SVGTextElement SVGTextPathElement SVGTextPositioningElement SVGTitleElement SVGTransform SVGTransformList
SVGURIReference SVGUnitTypes SVGUseElement SVGViewElement SafeArray Sanitizer SanitizerAttribute
SanitizerAttributeNamespace SanitizerConfig SanitizerElement SanitizerElementNamespace
SanitizerElementNamespaceWithAttributes SanitizerElementWithAttributes SanitizerPresets Scheduler
SchedulerPostTaskCallback SchedulerPostTaskOptions Screen ScreenOrientation ScreenOrientationEventMap
ScriptProcessorNode ScriptProcessorNodeEventMap ScrollAxis ScrollBehavior ScrollIntoViewOptions
ScrollLogicalPosition ScrollOptions ScrollRestoration ScrollSetting ScrollTimeline ScrollTimelineOptions
ScrollToOptions SecurityPolicyViolationEvent SecurityPolicyViolationEventDisposition
SecurityPolicyViolationEventInit Selection SelectionDirection SelectionMode ServiceWorker
ServiceWorkerContainer ServiceWorkerContainerEventMap ServiceWorkerEventMap ServiceWorkerRegistration
ServiceWorkerRegistrationEventMap ServiceWorkerState ServiceWorkerUpdateViaCache ShadowRoot ShadowRootEventMap
ShadowRootInit ShadowRootMode ShareData SharedWorker ShowPopoverOptions SlotAssignmentMode Slottable
SourceBuffer SourceBufferEventMap SourceBufferList SourceBufferListEventMap SpeechRecognitionAlternative
SpeechRecognitionErrorCode SpeechRecognitionErrorEvent SpeechRecognitionErrorEventInit SpeechRecognitionEvent
SpeechRecognitionEventInit SpeechRecognitionResult SpeechRecognitionResultList SpeechSynthesis
SpeechSynthesisErrorCode SpeechSynthesisErrorEvent SpeechSynthesisErrorEventInit SpeechSynthesisEvent
SpeechSynthesisEventInit SpeechSynthesisEventMap SpeechSynthesisUtterance SpeechSynthesisUtteranceEventMap
SpeechSynthesisVoice StartViewTransitionOptions StaticRange StaticRangeInit StereoPannerNode
StereoPannerOptions Storage StorageEstimate StorageEvent StorageEventInit StorageManager StreamPipeOptions
StructuredSerializeOptions StylePropertyMap StylePropertyMapReadOnly StylePropertyMapReadOnlyIterator
StyleSheet StyleSheetList SubmitEvent SubmitEventInit SubtleCrypto SvcOutputMetadata TaskController
TaskControllerInit TaskPriority TaskPriorityChangeEvent TaskPriorityChangeEventInit TaskSignal
TaskSignalAnyInit TaskSignalEventMap TexImageSource Text TextDecodeOptions TextDecoder TextDecoderCommon
TextDecoderOptions TextDecoderStream TextEncoder TextEncoderCommon TextEncoderEncodeIntoResult
TextEncoderStream TextEvent TextMetrics TextStreamBase TextStreamReader TextStreamWriter TextTrack
TextTrackCue TextTrackCueEventMap TextTrackCueList TextTrackEventMap TextTrackKind TextTrackList
TextTrackListEventMap TextTrackMode TimeRanges TimelineRangeOffset TimerHandler ToggleEvent ToggleEventInit
TogglePopoverOptions Touch TouchEvent TouchEventInit TouchInit TouchList TouchType TrackEvent TrackEventInit
TransferFunction Transferable TransformStream TransformStreamDefaultController Transformer
TransformerFlushCallback TransformerStartCallback TransformerTransformCallback TransitionEvent
TransitionEventInit TreeWalker UIEvent UIEventInit ULongRange URL URLPattern URLPatternComponentResult
URLPatternInit URLPatternInput URLPatternOptions URLPatternResult URLSearchParams URLSearchParamsIterator
Uint32List UnderlyingByteSource UnderlyingDefaultSource UnderlyingSink UnderlyingSinkAbortCallback
UnderlyingSinkCloseCallback UnderlyingSinkStartCallback UnderlyingSinkWriteCallback UnderlyingSource
UnderlyingSourceCancelCallback UnderlyingSourcePullCallback UnderlyingSourceStartCallback
UnknownCredentialOptions UserActivation UserVerificationRequirement VBArray VBArrayConstructor VTTCue
VTTRegion ValidityState ValidityStateFlags VarDate VibratePattern VideoColorPrimaries VideoColorSpace
VideoColorSpaceInit VideoConfiguration VideoDecoder VideoDecoderConfig VideoDecoderEventMap VideoDecoderInit
VideoDecoderSupport VideoEncoder VideoEncoderBitrateMode VideoEncoderConfig VideoEncoderEncodeOptions
VideoEncoderEncodeOptionsForAvc VideoEncoderEventMap VideoEncoderInit VideoEncoderSupport VideoFacingModeEnum
VideoFrame VideoFrameBufferInit VideoFrameCallbackMetadata VideoFrameCopyToOptions VideoFrameInit
VideoFrameOutputCallback VideoFrameRequestCallback VideoMatrixCoefficients VideoPixelFormat
VideoPlaybackQuality VideoTransferCharacteristics ViewTimeline ViewTimelineOptions ViewTransition
ViewTransitionTypeSet ViewTransitionUpdateCallback VisualViewport VisualViewportEventMap VoidFunction
WEBGL_color_buffer_float WEBGL_compressed_texture_astc WEBGL_compressed_texture_etc
WEBGL_compressed_texture_etc1 WEBGL_compressed_texture_pvrtc WEBGL_compressed_texture_s3tc
WEBGL_compressed_texture_s3tc_srgb WEBGL_debug_renderer_info WEBGL_debug_shaders WEBGL_depth_texture
WEBGL_draw_buffers WEBGL_lose_context WEBGL_multi_draw WGSLLanguageFeatures WSH WScript WakeLock
WakeLockSentinel WakeLockSentinelEventMap WakeLockType WaveShaperNode WaveShaperOptions WebAssembly
WebCodecsErrorCallback WebGL2RenderingContext WebGL2RenderingContextBase WebGL2RenderingContextOverloads
WebGLActiveInfo WebGLBuffer WebGLContextAttributes WebGLContextEvent WebGLContextEventInit WebGLFramebuffer
WebGLPowerPreference WebGLProgram WebGLQuery WebGLRenderbuffer WebGLRenderingContext WebGLRenderingContextBase
WebGLRenderingContextOverloads WebGLSampler WebGLShader WebGLShaderPrecisionFormat WebGLSync WebGLTexture
WebGLTransformFeedback WebGLUniformLocation WebGLVertexArrayObject WebGLVertexArrayObjectOES WebKitCSSMatrix
WebSocket WebSocketEventMap WebTransport WebTransportBidirectionalStream WebTransportCloseInfo
WebTransportCongestionControl WebTransportDatagramDuplexStream WebTransportError WebTransportErrorOptions
WebTransportErrorSource WebTransportHash WebTransportOptions WebTransportSendOptions
WebTransportSendStreamOptions WheelEvent WheelEventInit Window WindowEventHandlers WindowEventHandlersEventMap
WindowEventMap WindowLocalStorage WindowOrWorkerGlobalScope WindowPostMessageOptions WindowProxy
WindowSessionStorage Worker WorkerEventMap WorkerOptions WorkerType Worklet WorkletOptions WritableStream
WritableStreamDefaultController WritableStreamDefaultWriter WriteCommandType WriteParams XMLDocument
XMLHttpRequest XMLHttpRequestBodyInit XMLHttpRequestEventMap XMLHttpRequestEventTarget
XMLHttpRequestEventTargetEventMap XMLHttpRequestResponseType XMLHttpRequestUpload XMLSerializer XPathEvaluator
XPathEvaluatorBase XPathExpression XPathNSResolver XPathResult XSLTProcessor addEventListener alert atob blur
btoa caches cancelAnimationFrame cancelIdleCallback captureEvents clearInterval clearTimeout clientInformation
close closed confirm console cookieStore createImageBitmap crossOriginIsolated crypto customElements
devicePixelRatio dispatchEvent document event external fetch focus frameElement frames getComputedStyle
getSelection history importScripts indexedDB innerHeight innerWidth isSecureContext length localStorage
location locationbar matchMedia menubar moveBy moveTo name navigation navigator onabort onafterprint
onanimationcancel onanimationend onanimationiteration onanimationstart onauxclick onbeforeinput onbeforematch
onbeforeprint onbeforetoggle onbeforeunload onblur oncancel oncanplay oncanplaythrough onchange onclick
onclose oncommand oncontextlost oncontextmenu oncontextrestored oncopy oncuechange oncut ondblclick
ondevicemotion ondeviceorientation ondeviceorientationabsolute ondrag ondragend ondragenter ondragleave
ondragover ondragstart ondrop ondurationchange onemptied onended onerror onfocus onformdata ongamepadconnected
ongamepaddisconnected ongotpointercapture onhashchange oninput oninvalid onkeydown onkeypress onkeyup
onlanguagechange onload onloadeddata onloadedmetadata onloadstart onlostpointercapture onmessage
onmessageerror onmousedown onmouseenter onmouseleave onmousemove onmouseout onmouseover onmouseup onoffline
ononline onorientationchange onpagehide onpagereveal onpageshow onpageswap onpaste onpause onplay onplaying
onpointercancel onpointerdown onpointerenter onpointerleave onpointermove onpointerout onpointerover
onpointerrawupdate onpointerup onpopstate onprogress onratechange onrejectionhandled onreset onresize onscroll
onscrollend onsecuritypolicyviolation onseeked onseeking onselect onselectionchange onselectstart onslotchange
onstalled onstorage onsubmit onsuspend ontimeupdate ontoggle ontouchcancel ontouchend ontouchmove ontouchstart
ontransitioncancel ontransitionend ontransitionrun ontransitionstart onunhandledrejection onunload
onvolumechange onwaiting onwebkitanimationend onwebkitanimationiteration onwebkitanimationstart
onwebkittransitionend onwheel open opener orientation origin originAgentCluster outerHeight outerWidth
pageXOffset pageYOffset parent performance personalbar postMessage print prompt queueMicrotask releaseEvents
removeEventListener reportError requestAnimationFrame requestIdleCallback resizeBy resizeTo scheduler screen
screenLeft screenTop screenX screenY scroll scrollBy scrollTo scrollX scrollY scrollbars self sessionStorage
setInterval setTimeout speechSynthesis status statusbar stop structuredClone toString toolbar top
visualViewport webkitURL window
`.split(/\s+/).filter(Boolean)
);

// src/detectors/ts/dom-lib.ts
function needsDom(program, checker, scripts) {
  let ownGlobals;
  for (const sf of program.getSourceFiles()) {
    if (sf.fileName.startsWith("/lib/")) {
      if (isDomLibFile(sf.fileName.slice(5))) return true;
      continue;
    }
    if (!namesDomGlobal(sf)) continue;
    const own = ownGlobals ??= packageGlobals(program, scripts);
    if (!namesDomGlobal(sf, own)) continue;
    let found = false;
    const visit = (node) => {
      if (found) return;
      if (import_typescript9.default.isIdentifier(node)) {
        found = DOM_GLOBALS.has(node.text) && !own.has(node.text) && isLookedUp(node) && !resolves(checker, node);
        return;
      }
      import_typescript9.default.forEachChild(node, visit);
    };
    visit(sf);
    if (found) return true;
  }
  return false;
}
function packageGlobals(program, scripts) {
  const out = /* @__PURE__ */ new Set();
  const add = (st, global) => {
    if (import_typescript9.default.isModuleDeclaration(st)) {
      const inner = st.body && import_typescript9.default.isModuleBlock(st.body) ? st.body.statements : [];
      if (st.flags & import_typescript9.default.NodeFlags.GlobalAugmentation) for (const s of inner) add(s, true);
      else if (import_typescript9.default.isStringLiteral(st.name)) for (const s of inner) add(s, false);
      else if (global) out.add(st.name.text);
      return;
    }
    if (!global) return;
    if (import_typescript9.default.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) if (import_typescript9.default.isIdentifier(d.name)) out.add(d.name.text);
    } else if ((import_typescript9.default.isInterfaceDeclaration(st) || import_typescript9.default.isClassDeclaration(st) || import_typescript9.default.isFunctionDeclaration(st) || import_typescript9.default.isTypeAliasDeclaration(st) || import_typescript9.default.isEnumDeclaration(st)) && st.name)
      out.add(st.name.text);
  };
  for (const sf of program.getSourceFiles())
    if (!sf.fileName.startsWith("/lib/")) for (const st of sf.statements) add(st, scripts.has(sf.fileName));
  return out;
}
function resolves(checker, id) {
  return !!checker.getSymbolAtLocation(id)?.declarations?.length;
}
function namesDomGlobal(sf, except) {
  const identifiers = sf.identifiers;
  if (!identifiers) return true;
  for (const name of identifiers.keys()) if (DOM_GLOBALS.has(name) && !except?.has(name)) return true;
  return false;
}
function isLookedUp(id) {
  const p = id.parent;
  if (!p) return false;
  if (import_typescript9.default.isTypeReferenceNode(p)) return p.typeName === id;
  const ofGlobalThis = (left) => import_typescript9.default.isIdentifier(left) && left.text === "globalThis";
  if (import_typescript9.default.isQualifiedName(p)) return p.left === id || ofGlobalThis(p.left);
  if (import_typescript9.default.isPropertyAccessExpression(p) && p.name === id) return ofGlobalThis(p.expression);
  if (import_typescript9.default.isTypeQueryNode(p)) return p.exprName === id;
  if (import_typescript9.default.isExpressionWithTypeArguments(p) || import_typescript9.default.isPropertyAccessExpression(p) || import_typescript9.default.isElementAccessExpression(p))
    return p.expression === id;
  if (import_typescript9.default.isExportAssignment(p) || import_typescript9.default.isComputedPropertyName(p)) return p.expression === id;
  if (import_typescript9.default.isImportEqualsDeclaration(p)) return p.moduleReference === id;
  if (import_typescript9.default.isExportSpecifier(p)) return !p.parent.parent.moduleSpecifier && (p.propertyName ?? p.name) === id;
  return false;
}

// src/detectors/ts/shared-files.ts
import { posix as posix2 } from "node:path";
function sharedPaths(parsed2, resolutions, sides, resolveAfter) {
  const shared = /* @__PURE__ */ new Set();
  for (const [fileName, sf] of parsed2) {
    if (!sf || !fileName.startsWith("/before/")) continue;
    const path = fileName.slice("/before/".length);
    if (/(^|\/)node_modules\//.test(path) || sf.typeReferenceDirectives.length) continue;
    const text = sides.before.read(path);
    if (text === void 0 || sides.after.read(path) !== text) continue;
    shared.add(path);
  }
  const needs = /* @__PURE__ */ new Map();
  for (const [fileName, list] of resolutions) {
    const from = fileName.slice("/before/".length);
    for (const r of list) {
      const target = repoPath(r.resolved);
      if (r.augments && target !== void 0) push(needs, target, from);
    }
  }
  const dropped = [];
  for (const path of shared) {
    let same = true;
    for (const r of resolutions.get(`/before/${path}`) ?? []) {
      const before = r.resolved;
      const after = resolveAfter(r.name, `/after/${path}`, r.mode);
      const target = repoPath(before);
      if (target !== void 0 ? after !== `/after/${target}` : after !== before) same = false;
      else if (target !== void 0) push(needs, path, target);
    }
    for (const ref of parsed2.get(`/before/${path}`).referencedFiles) {
      const at = posix2.normalize(posix2.join(posix2.dirname(path), ref.fileName));
      const before = referenceTarget(at, sides.before);
      if (at.startsWith("../") || posix2.isAbsolute(ref.fileName) || before !== referenceTarget(at, sides.after))
        same = false;
      else if (before !== void 0) push(needs, path, before);
    }
    if (!same) dropped.push(path);
  }
  const neededBy = /* @__PURE__ */ new Map();
  for (const [path, deps] of needs) for (const d of deps) push(neededBy, d, path);
  for (const path of needs.keys())
    if (shared.has(path) && needs.get(path).some((d) => !shared.has(d))) dropped.push(path);
  while (dropped.length) {
    const path = dropped.pop();
    if (!shared.delete(path)) continue;
    for (const dependent of neededBy.get(path) ?? []) if (shared.has(dependent)) dropped.push(dependent);
  }
  return shared;
}
function repoPath(fileName) {
  return fileName?.startsWith("/before/") ? fileName.slice("/before/".length) : void 0;
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
var TS_EXTENSIONS = [".ts", ".tsx", ".d.ts", ".cts", ".d.cts", ".mts", ".d.mts"];
function referenceTarget(path, side) {
  if (posix2.basename(path).includes("."))
    return TS_EXTENSIONS.some((e) => path.endsWith(e)) && side.read(path) !== void 0 ? path : void 0;
  return [".ts", ".tsx", ".d.ts"].map((e) => path + e).find((p) => side.read(p) !== void 0);
}

// src/detectors/ts/program.ts
var SIDES = ["before", "after"];
var COMPILER_OPTIONS = {
  target: import_typescript10.default.ScriptTarget.ES2022,
  module: import_typescript10.default.ModuleKind.ESNext,
  moduleResolution: import_typescript10.default.ModuleResolutionKind.Bundler,
  allowArbitraryExtensions: true,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: []
};
var EXPORT_NOTHING = "\nexport {};\n";
var TOP_LEVEL_MODULE_SYNTAX = /^(?:export|import)\b/m;
var fileSharing = { enabled: true };
var AugmentsSharedFile = class extends Error {
};
function twoSidedProgram(roots, sides, checkBudget) {
  const missing = /* @__PURE__ */ new Set();
  const scripts = /* @__PURE__ */ new Set();
  const scriptPaths = /* @__PURE__ */ new Set();
  const split = (fileName) => {
    const m = /^\/(before|after)\/(.*)$/.exec(fileName);
    return m ? { side: m[1], path: m[2] } : void 0;
  };
  const text = (fileName) => {
    const at = split(fileName);
    return at ? sides[at.side].read(at.path) : void 0;
  };
  const exists = (fileName) => {
    if (fileName.startsWith("/lib/")) return libSourceFile(fileName.slice(5)) !== void 0;
    const at = split(fileName);
    if (!at) return false;
    if (sides[at.side].read(at.path) !== void 0) return true;
    if (sides[at.side].listed(at.path)) missing.add(at.path);
    return false;
  };
  const parsed2 = /* @__PURE__ */ new Map();
  const resolutions = /* @__PURE__ */ new Map();
  let shared = fileSharing.enabled ? void 0 : /* @__PURE__ */ new Set();
  const sharedPath = (fileName) => {
    const at = fileName.startsWith("/after/") ? fileName.slice("/after/".length) : void 0;
    return at !== void 0 && shared?.has(at) ? at : void 0;
  };
  const host = (lib) => withModuleResolution(baseHost(lib), (result, literal, containingFile, mode) => {
    const target = result.resolvedModule?.resolvedFileName;
    const augments = literal.parent !== void 0 && import_typescript10.default.isModuleDeclaration(literal.parent);
    if (!shared && containingFile.startsWith("/before/")) {
      const list = resolutions.get(containingFile) ?? [];
      list.push({ name: literal.text, mode, resolved: target, augments });
      resolutions.set(containingFile, list);
    }
    const at = target ? sharedPath(target) : void 0;
    if (at === void 0) return result;
    if (augments) throw new AugmentsSharedFile(at);
    return renamed(result, `/before/${at}`);
  });
  const baseHost = (lib) => ({
    getSourceFile: (fileName, languageVersion) => {
      if (fileName.startsWith("/lib/")) return libSourceFile(fileName.slice(5));
      if (!shared && fileName.startsWith("/after/")) shared = shareUnchanged();
      if (sharedPath(fileName) !== void 0) return void 0;
      if (parsed2.has(fileName)) return parsed2.get(fileName);
      const t = text(fileName);
      let sf;
      if (t !== void 0) {
        checkBudget(parseUnits(t.length));
        const path = split(fileName).path;
        sf = sourceFileOf(fileName, t, languageVersion, scriptPaths.has(path) || !TOP_LEVEL_MODULE_SYNTAX.test(t));
        if (sf.text !== t) {
          scripts.add(fileName);
          scriptPaths.add(path);
        }
      }
      parsed2.set(fileName, sf);
      return sf;
    },
    getDefaultLibFileName: () => lib,
    getDefaultLibLocation: () => "/lib",
    writeFile: () => {
    },
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: exists,
    readFile: (f) => text(f),
    directoryExists: (d) => d === "/" || d.startsWith("/before") || d.startsWith("/after") || d === "/lib",
    getDirectories: () => []
  });
  const shareUnchanged = () => {
    const quiet = { ...baseHost(""), fileExists: (f) => text(f) !== void 0 };
    const cache = import_typescript10.default.createModuleResolutionCache("/", (f) => f, COMPILER_OPTIONS);
    return sharedPaths(
      parsed2,
      resolutions,
      sides,
      (name, containingFile, mode) => import_typescript10.default.resolveModuleName(name, containingFile, COMPILER_OPTIONS, quiet, cache, void 0, mode).resolvedModule?.resolvedFileName
    );
  };
  const rootNames = [...roots.before.map((p) => `/before/${p}`), ...roots.after.map((p) => `/after/${p}`)];
  const build = (lib) => {
    let program;
    try {
      program = import_typescript10.default.createProgram({ rootNames, options: COMPILER_OPTIONS, host: host(lib) });
    } catch (err) {
      if (!(err instanceof AugmentsSharedFile)) throw err;
      shared = /* @__PURE__ */ new Set();
      program = import_typescript10.default.createProgram({ rootNames, options: COMPILER_OPTIONS, host: host(lib) });
    }
    return { program, checker: program.getTypeChecker(), libFile: lib };
  };
  const origins = /* @__PURE__ */ new WeakMap();
  let built = build(`/lib/${ES_LIB}`);
  if (needsDom(built.program, built.checker, scripts)) built = build(`/lib/${FULL_LIB}`);
  const programName = (fileName) => {
    const at = sharedPath(fileName);
    return at === void 0 ? fileName : `/before/${at}`;
  };
  const file = (fileName) => built.program.getSourceFile(programName(fileName));
  const origin = (sf) => {
    if (!origins.has(sf)) origins.set(sf, split(sf.fileName));
    return origins.get(sf);
  };
  return {
    ...built,
    sourceFile: (side, path) => file(`/${side}/${path}`),
    file,
    programName,
    origin,
    inSide: (sf, side) => {
      const at = origin(sf);
      return at !== void 0 && (at.side === side || at.side === "before" && !!shared?.has(at.path));
    },
    shared: shared ?? /* @__PURE__ */ new Set(),
    missing,
    scripts
  };
}
function withModuleResolution(host, each) {
  const cache = import_typescript10.default.createModuleResolutionCache("/", (f) => f, COMPILER_OPTIONS);
  const out = {
    ...host,
    getModuleResolutionCache: () => cache,
    resolveModuleNameLiterals: (literals, containingFile, _redirected, options, containingSourceFile) => literals.map((literal) => {
      const mode = import_typescript10.default.getModeForUsageLocation(containingSourceFile, literal, options);
      const result = import_typescript10.default.resolveModuleName(literal.text, containingFile, options, out, cache, void 0, mode);
      return each(result, literal, containingFile, mode);
    })
  };
  return out;
}
function renamed(result, fileName) {
  return { ...result, resolvedModule: { ...result.resolvedModule, resolvedFileName: fileName } };
}
function sourceFileOf(fileName, text, languageVersion, likelyScript) {
  const options = typeof languageVersion === "object" ? { ...languageVersion } : { languageVersion };
  options.jsDocParsingMode = import_typescript10.default.JSDocParsingMode.ParseNone;
  const kind = /\.tsx$/.test(fileName) ? import_typescript10.default.ScriptKind.TSX : import_typescript10.default.ScriptKind.TS;
  if (likelyScript && /\.d\.[cm]?ts$/.test(fileName)) {
    const sf2 = import_typescript10.default.createSourceFile(fileName, text + EXPORT_NOTHING, options, false, kind);
    const indicator = sf2.externalModuleIndicator;
    if (indicator === sf2.statements[sf2.statements.length - 1] && !parseDiagnostics(sf2).length) return sf2;
  }
  const sf = import_typescript10.default.createSourceFile(fileName, text, options, false, kind);
  if (import_typescript10.default.isExternalModule(sf) || parseDiagnostics(sf).length) return sf;
  return import_typescript10.default.updateSourceFile(sf, text + EXPORT_NOTHING, {
    span: { start: text.length, length: 0 },
    newLength: EXPORT_NOTHING.length
  });
}
function parseDiagnostics(sf) {
  return sf.parseDiagnostics ?? [];
}

// src/detectors/ts/overload-cover.ts
var import_typescript11 = __toESM(require_typescript(), 1);
var THIS = "__This";
var MAX_SOURCES = 40;
function coverRelations(question, q, tp, references) {
  const target = writeSignature(q.target, tp, references.target, true);
  if (!target) return [];
  const out = [];
  for (const [k, source] of q.sources.slice(0, MAX_SOURCES).entries()) {
    if (!arityCovers(source, q.target)) continue;
    const s = writeSignature(source, tp, references.sources, false);
    const declaration = s && comparisonDeclaration(`__c${question}_${k}`, [target, s], [THIS]);
    if (declaration) out.push({ question, source: k, declaration });
  }
  return out;
}
function covers(declaration, checker) {
  const [target, source] = declaration.parameters;
  if (!target?.type || !source?.type) return false;
  return checker.isTypeAssignableTo(checker.getTypeFromTypeNode(source.type), checker.getTypeFromTypeNode(target.type));
}
function arityCovers(source, target) {
  const min = (s) => s.params.filter((p) => !p.optional && !p.rest).length;
  const max = (s) => s.params.some((p) => p.rest) ? Infinity : s.params.length;
  return min(source) <= min(target) && max(source) >= max(target);
}
function writeSignature(sig, tp, reference, target) {
  const sf = sig.at && tp.program.getSourceFile(sig.at.file);
  const node = sf && sig.at && findSignature(sf, sig.at.pos, sig.at.end);
  if (!sf || !node || !target && node.parameters.some((p) => p.type && infersFromUnion(p.type, node)))
    return void 0;
  const parts = [];
  const write = (t, output = false) => {
    if (!t) return output ? "never" : target ? "unknown" : "any";
    const strictAny2 = { output, neverOnly: !target };
    const form = comparisonForm(t, sf, tp.checker, reference, { own: node, thisAs: THIS, strictAny: strictAny2 });
    if (form) parts.push(form);
    return form?.text;
  };
  const generics = [];
  for (const p of node.typeParameters ?? []) {
    const constraint = p.constraint && write(p.constraint);
    const fallback = p.default && write(p.default);
    if (p.constraint && !constraint || p.default && !fallback) return void 0;
    generics.push(`${p.name.text}${constraint ? ` extends ${constraint}` : ""}${fallback ? ` = ${fallback}` : ""}`);
  }
  const params = [];
  for (const [i, p] of node.parameters.entries()) {
    const type = write(p.type);
    if (type === void 0) return void 0;
    const name = import_typescript11.default.isIdentifier(p.name) ? p.name.text : `p${i}`;
    params.push(`${p.dotDotDotToken ? "..." : ""}${name}${p.questionToken || p.initializer ? "?" : ""}: ${type}`);
  }
  const returns = import_typescript11.default.isConstructorDeclaration(node) ? "void" : write(node.type, true);
  if (returns === void 0) return void 0;
  return {
    text: `(${generics.length ? `<${generics.join(", ")}>` : ""}(${params.join(", ")}) => ${returns})`,
    params: mergeParams(parts),
    hasAny: false,
    nominal: parts.some((f) => f.nominal)
  };
}
function mergeParams(parts) {
  const out = /* @__PURE__ */ new Map();
  for (const part of parts) for (const [at, c] of part.params) if (!out.has(at)) out.set(at, c);
  return out;
}
function infersFromUnion(type, own) {
  const names = new Set((own.typeParameters ?? []).map((t) => t.name.text));
  if (!names.size) return false;
  let found = false;
  const visit = (n) => {
    if (found) return;
    if (import_typescript11.default.isUnionTypeNode(n))
      found = n.types.some(
        (t) => import_typescript11.default.isTypeReferenceNode(t) && import_typescript11.default.isIdentifier(t.typeName) && names.has(t.typeName.text)
      );
    import_typescript11.default.forEachChild(n, visit);
  };
  visit(type);
  return found;
}
function findSignature(sf, start, end) {
  let found;
  const visit = (n) => {
    if (found || n.end < end || n.pos > start) return;
    if (import_typescript11.default.isFunctionLike(n) && n.getStart(sf) === start && n.end === end) {
      found = n;
      return;
    }
    import_typescript11.default.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

// src/detectors/ts/compare-context.ts
function emit(ctx, {
  rule: rule2,
  question,
  cover,
  ...facts
}) {
  ctx.pending.push({ finding: finding(rule2, { path: ctx.path, ...facts }), question, cover });
}
function child(parent, name) {
  return parent ? `${parent}.${name}` : name;
}

// src/detectors/ts/compare-signatures.ts
function compareOverloads(before, after, ctx, where) {
  const afterLeft = [...after];
  const beforeLeft = [];
  for (const b of before) {
    const i = afterLeft.findIndex((a) => a.text === b.text);
    if (i >= 0) afterLeft.splice(i, 1);
    else beforeLeft.push(b);
  }
  afterLeft.slice(beforeLeft.length).forEach((a) => {
    if (!where.implementedBecause) return;
    emit(ctx, {
      rule: tsRules["ts/member-added-to-implemented-type"],
      line: a.line,
      symbol: where.symbol,
      message: `${label(where)} gained the overload \`${describe(a)}\`; ${where.implementedBecause}, which must now accept that call too.`,
      cover: { target: a, sources: before, of: "implementations" }
    });
  });
  beforeLeft.forEach((b, i) => {
    const cover = { target: b, sources: after, of: "calls" };
    const a = afterLeft[i];
    if (a) return compareSignature(b, a, ctx, { ...where, cover });
    emit(ctx, {
      rule: where.role === "constructor" ? tsRules["ts/constructor-changed"] : tsRules["ts/overload-removed"],
      line: after[0]?.line ?? b.line,
      symbol: where.symbol,
      message: `${label(where)} lost the overload \`${describe(b)}\` (${before.length} \u2192 ${after.length} overloads); calls matching it no longer compile.`,
      cover
    });
  });
}
function label(where) {
  return where.role === "constructor" ? `The constructor of ${where.symbol.replace(/\.constructor$/, "")}` : `${where.symbol}()`;
}
function describe(s) {
  const params = s.params.map((p) => `${p.rest ? "..." : ""}${p.name}${p.optional ? "?" : ""}: ${p.type?.text ?? "any"}`).join(", ");
  const generics = s.typeParams.map((t) => `${t.name}${t.constraint ? ` extends ${t.constraint.text}` : ""}`);
  return `${generics.length ? `<${generics.join(", ")}>` : ""}(${params})${s.returns ? `: ${s.returns.text}` : ""}`;
}
function rule(where, r) {
  return where.role === "constructor" ? tsRules["ts/constructor-changed"] : r;
}
function compareSignature(b, a, ctx, where) {
  const say = (r, message, question) => emit(ctx, {
    rule: rule(where, r),
    line: a.line,
    symbol: where.symbol,
    message: `${label(where)}: ${message}`,
    question,
    cover: where.cover
  });
  compareTypeParams(
    b.typeParams,
    a.typeParams,
    (r, message, question) => r === tsRules["ts/type-param-added-required"] && where.role !== "constructor" ? emit(ctx, {
      rule: r,
      severity: "warning",
      line: a.line,
      symbol: where.symbol,
      message: `${label(where)}: ${message} Calls that infer type arguments are unaffected.`,
      question,
      cover: where.cover
    }) : say(r, message, question)
  );
  if (where.role === "constructor" && b.visibility === "public" && a.visibility !== "public")
    say(tsRules["ts/class-member-visibility-reduced"], `became ${a.visibility}.`);
  const restA = a.params.findIndex((p) => p.rest);
  const n = Math.max(b.params.length, a.params.length);
  for (let i = 0; i < n; i++) {
    const bp = b.params[i];
    const ap = a.params[i];
    if (bp && !ap) {
      if (restA >= 0 && restA < i) continue;
      say(
        tsRules["ts/param-removed"],
        `parameter \`${bp.name}\` (position ${i + 1}) was removed; calls passing it no longer compile.`
      );
      continue;
    }
    if (!bp && ap) {
      if (ap.optional || ap.rest) continue;
      say(
        tsRules["ts/function-param-added-required"],
        `required parameter \`${ap.name}\` (position ${i + 1}) was added; existing calls no longer compile.`
      );
      continue;
    }
    if (!bp || !ap) continue;
    if (bp.rest !== ap.rest) {
      const toRest = ap.rest && ap.type && bp.type && ap.type.key === `${bp.type.key}[]`;
      if (!toRest)
        say(
          tsRules["ts/param-type-changed"],
          `parameter \`${ap.name}\` ${ap.rest ? "became a rest parameter" : "is no longer a rest parameter"}.`
        );
      continue;
    }
    if (bp.optional && !ap.optional)
      say(
        tsRules["ts/param-became-required"],
        `parameter \`${ap.name}\` (position ${i + 1}) became required; calls omitting it no longer compile.`
      );
    if (bp.type && ap.type && bp.type.key !== ap.type.key) {
      say(
        tsRules["ts/param-type-changed"],
        `parameter \`${ap.name}\` changed type from \`${bp.type.text}\` to \`${ap.type.text}\`.`,
        { before: bp.type, after: ap.type, direction: "in" }
      );
    }
  }
  if (where.role !== "constructor" && b.returns && a.returns && b.returns.key !== a.returns.key) {
    say(tsRules["ts/return-type-changed"], `return type changed from \`${b.returns.text}\` to \`${a.returns.text}\`.`, {
      before: b.returns,
      after: a.returns,
      direction: "out"
    });
  }
}
function compareTypeParams(b, a, say) {
  const required2 = a.filter((t) => !t.hasDefault).length;
  for (let i = b.length; i < a.length; i++) {
    if (!a[i].hasDefault)
      say(
        tsRules["ts/type-param-added-required"],
        `type parameter \`${a[i].name}\` was added without a default; references with ${b.length} type argument(s) no longer compile.`
      );
  }
  if (a.length <= b.length && required2 > b.filter((t) => !t.hasDefault).length) {
    say(
      tsRules["ts/type-param-added-required"],
      `a type parameter lost its default (${required2} now required); references omitting it no longer compile.`
    );
  }
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [bt, at] = [b[i], a[i]];
    const [bc, ac] = [bt.constraint, at.constraint];
    if (bc?.key !== ac?.key && ac) {
      const from = bc ? `\`${bc.text}\`` : "no constraint";
      const to = ac ? `\`${ac.text}\`` : "no constraint";
      say(
        tsRules["ts/param-type-changed"],
        `the constraint of type parameter \`${at.name}\` changed from ${from} to ${to}.`,
        bc && ac ? { before: bc, after: ac, direction: "in" } : void 0
      );
    }
    if (bt.default && at.default && bt.defaultKey !== at.defaultKey) {
      say(
        tsRules["ts/param-type-changed"],
        `the default of type parameter \`${at.name}\` changed from \`${bt.default.text}\` to \`${at.default.text}\`; references that omit it now mean another type.`,
        {
          before: bt.default,
          after: at.default,
          direction: "both",
          reason: "references omitting it both pass and receive values of it"
        }
      );
    }
  }
}

// src/detectors/ts/checker.ts
function settleWithChecker(pending, tp, references, checkBudget) {
  if (!pending.some((p) => p.question || p.cover) || !libsLoaded()) return pending;
  checkBudget();
  const judged = pending.map((p) => p.question ? judge(p.question, tp, references) : "unknown");
  const covers2 = [...new Set(pending.flatMap((p) => p.cover ? [p.cover] : []))];
  const relations = covers2.flatMap(
    (q, i) => coverRelations(i, q, tp, {
      target: q.of === "calls" ? references.before : references.after,
      sources: q.of === "calls" ? references.after : references.before
    })
  );
  const { verdicts, coveredBy, related } = settleForms({ judged, pending, relations, tp, checkBudget });
  const cover = new Map(covers2.map((q, i) => [q, coveredBy.get(i)]));
  const uncovered = new Set(covers2.filter((_, i) => related.has(i) && !coveredBy.has(i)));
  const out = [];
  for (const [i, p] of pending.entries()) {
    checkBudget();
    const verdict = verdicts[i];
    const q = p.question;
    let settled;
    if (!q || verdict === "unknown") settled = p.finding;
    else if (verdict === "equivalent") continue;
    else if (verdict === "compatible" || verdict === "became-any") {
      const how = verdict === "became-any" ? "The new type is `any`: code that used the old one compiles against it whatever it did." : `The type was only ${q.direction === "in" ? "widened: every value accepted before is still accepted" : "narrowed: every value returned now was a valid value before"}, so existing code still compiles.`;
      settled = { ...p.finding, severity: "notice", message: `${p.finding.message} ${how}` };
    } else settled = { ...p.finding, severity: "error", message: `${p.finding.message} ${breakage(q)}` };
    const by = p.cover && cover.get(p.cover);
    if (p.cover && by !== void 0 && settled.severity === "error")
      settled = coveredFinding(p.finding, p.cover, p.cover.sources[by]);
    else if (p.cover && uncovered.has(p.cover) && settled.severity === "error")
      settled = { ...settled, message: `${settled.message} ${uncoveredNote(p.cover)}` };
    out.push({ finding: settled });
  }
  return out;
}
function typeArgumentsKept(old, now) {
  const n = old.typeParams.length;
  return n === 0 || now.typeParams.length >= n && old.typeParams.every((t, i) => t.constraint?.key === now.typeParams[i].constraint?.key) && now.typeParams.slice(n).every((t) => t.hasDefault);
}
function uncoveredNote(q) {
  return q.of === "calls" ? `No new overload accepts every call the old overload \`${describe(q.target)}\` did.` : `No old overload fits the new one, so implementations of the old set need it added.`;
}
function coveredFinding(f, q, by) {
  const explicit = q.of === "calls" && !typeArgumentsKept(q.target, by);
  const why = q.of === "calls" ? `Every call the old overload \`${describe(q.target)}\` accepted still compiles: the new overload \`${describe(by)}\` takes its arguments and returns what its result was used as.` : `Implementations of the old overload \`${describe(by)}\` already fit the new one.`;
  const typeArgs = explicit ? " Only calls that spell its type arguments explicitly may no longer compile." : "";
  return { ...f, severity: explicit ? "warning" : "notice", message: `${f.message} ${why}${typeArgs}` };
}
function breakage(q) {
  if (q.direction === "in")
    return `The new type rejects values the old one accepted; ${q.reason ?? "callers pass them in"}.`;
  if (q.direction === "out")
    return `The new type allows values the old one did not; ${q.reason ?? "callers receive them"}.`;
  return `The two types are not interchangeable; ${q.reason ?? "consumers both pass and receive them"}.`;
}
function judge(q, tp, references) {
  const { program, checker } = tp;
  const bsf = program.getSourceFile(q.before.file);
  const asf = program.getSourceFile(q.after.file);
  const bn = bsf && findTypeNode(bsf, q.before.pos, q.before.end);
  const an = asf && findTypeNode(asf, q.after.pos, q.after.end);
  if (!bsf || !asf || !bn || !an) return "unknown";
  const top = anyChange(bn, an, q.direction);
  if (top) return top;
  const predicate = predicateChange(bn, an);
  if (predicate === "judge") {
    const [bp, ap] = [bn, an];
    return judge({ ...q, before: refOf(bp.type, bsf), after: refOf(ap.type, asf), direction: "out" }, tp, references);
  }
  if (predicate) return predicate;
  const members = resolves2(bn, checker) && resolves2(an, checker) ? unionMembersChanged(bn, an, bsf, asf) : void 0;
  if (members === "equivalent") return "equivalent";
  if (members === "widened" && q.direction === "in" || members === "narrowed" && q.direction === "out")
    return "compatible";
  const before = comparisonForm(bn, bsf, checker, references.before);
  const after = before && comparisonForm(an, asf, checker, references.after);
  if (before && after) return before.hasAny ? "unknown" : { before, after };
  const [bi, ai] = [inspect(bn, checker, false), inspect(an, checker, true)];
  if (!bi.selfContained || !ai.selfContained) return "unknown";
  const verdict = relate(checker.getTypeFromTypeNode(bn), checker.getTypeFromTypeNode(an), q.direction, checker);
  return verdict === "breaks" && (bi.nominal || ai.nominal) ? "unknown" : verdict;
}
function settleForms(input) {
  const { judged, pending, relations, tp, checkBudget } = input;
  const decls = judged.map(
    (j, i) => typeof j === "string" ? void 0 : comparisonDeclaration(`__q${i}`, [j.before, j.after])
  );
  const verdicts = judged.map((j) => typeof j === "string" ? j : "unknown");
  const coveredBy = /* @__PURE__ */ new Map();
  const related = /* @__PURE__ */ new Set();
  const all = [...decls.filter((d) => !!d), ...relations.map((r) => r.declaration)];
  if (!all.length) return { verdicts, coveredBy, related };
  const text = `export {};
${all.join("\n")}
`;
  checkBudget(parseUnits(text.length));
  const program = import_typescript12.default.createProgram({
    rootNames: [COMPARISON_FILE],
    options: COMPILER_OPTIONS,
    host: comparisonHost(text, tp),
    oldProgram: tp.program
  });
  const sf = program.getSourceFile(COMPARISON_FILE);
  if (!sf || program.getSyntacticDiagnostics(sf).length) return { verdicts, coveredBy, related };
  const checker = program.getTypeChecker();
  const flagged = program.getSemanticDiagnostics(sf).map((d) => d.start ?? -1);
  const relation = new Map(relations.map((r) => [`__c${r.question}_${r.source}`, r]));
  for (const st of sf.statements) {
    checkBudget();
    if (!import_typescript12.default.isFunctionDeclaration(st) || !st.name || flagged.some((at) => at >= st.pos && at < st.end)) continue;
    const r = relation.get(st.name.text);
    if (r) {
      related.add(r.question);
      if (!coveredBy.has(r.question) && covers(st, checker)) coveredBy.set(r.question, r.source);
      continue;
    }
    const i = Number(st.name.text.slice(3));
    const [bp, ap] = st.parameters;
    if (!bp?.type || !ap?.type) continue;
    const verdict = relate(
      checker.getTypeFromTypeNode(bp.type),
      checker.getTypeFromTypeNode(ap.type),
      pending[i].question.direction,
      checker
    );
    const pair = judged[i];
    verdicts[i] = verdict === "breaks" && (pair.before.nominal || pair.after.nominal) ? "unknown" : verdict;
  }
  return { verdicts, coveredBy, related };
}
var COMPARISON_FILE = "/compare.ts";
function comparisonHost(text, tp) {
  const { program, libFile } = tp;
  const own = (f) => f === COMPARISON_FILE ? text : tp.file(f)?.text;
  const host = {
    getDefaultLibFileName: () => libFile,
    getDefaultLibLocation: () => "/lib",
    writeFile: () => {
    },
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    directoryExists: () => true,
    getDirectories: () => [],
    getSourceFile: (fileName, languageVersion) => fileName.startsWith("/lib/") ? libSourceFile(fileName.slice(5)) : fileName === COMPARISON_FILE ? import_typescript12.default.createSourceFile(fileName, text, languageVersion, true) : program.getSourceFile(fileName),
    fileExists: (f) => f.startsWith("/lib/") ? libSourceFile(f.slice(5)) !== void 0 : own(f) !== void 0,
    readFile: own
  };
  return withModuleResolution(host, (result) => {
    const target = result.resolvedModule?.resolvedFileName;
    const name = target && tp.programName(target);
    return name && name !== target ? renamed(result, name) : result;
  });
}
var isAny = (t) => (t.flags & import_typescript12.default.TypeFlags.Any) !== 0;
var declaredAny = (t) => isAny(t) && t.intrinsicName === "any";
function relate(tb, ta, direction, checker) {
  if (declaredAny(ta) && !isAny(tb)) return "became-any";
  if (isAny(tb) || isAny(ta)) return "unknown";
  const widened = checker.isTypeAssignableTo(tb, ta);
  const narrowed = checker.isTypeAssignableTo(ta, tb);
  if (widened && narrowed) return "equivalent";
  if (direction === "in" && widened || direction === "out" && narrowed) return "compatible";
  return "breaks";
}
function unionMembersChanged(bn, an, bsf, asf) {
  const arrayOf = (n) => import_typescript12.default.isTypeReferenceNode(n) && /^(Readonly)?Array$/.test(n.typeName.getText()) && n.typeArguments?.length === 1 ? n.typeArguments[0] : void 0;
  const inner = (n) => import_typescript12.default.isParenthesizedTypeNode(n) ? n.type : import_typescript12.default.isArrayTypeNode(n) ? n.elementType : import_typescript12.default.isTypeOperatorNode(n) && n.operator === import_typescript12.default.SyntaxKind.ReadonlyKeyword ? n.type : arrayOf(n);
  const kindOf = (n) => import_typescript12.default.isTypeOperatorNode(n) ? `${n.kind}:${n.operator}` : import_typescript12.default.isTypeReferenceNode(n) ? n.typeName.getText() : `${n.kind}`;
  const [bi, ai] = [inner(bn), inner(an)];
  if (bi && ai) return kindOf(bn) === kindOf(an) ? unionMembersChanged(bi, ai, bsf, asf) : void 0;
  const set = (n, sf) => new Set((import_typescript12.default.isUnionTypeNode(n) ? n.types : [n]).map((t) => normalizeType(t, sf)));
  const [b, a] = [set(bn, bsf), set(an, asf)];
  if (!import_typescript12.default.isUnionTypeNode(bn) && !import_typescript12.default.isUnionTypeNode(an)) return void 0;
  const kept = [...b].every((t) => a.has(t));
  const none = [...a].every((t) => b.has(t));
  if (kept && none) return "equivalent";
  return kept ? "widened" : none ? "narrowed" : void 0;
}
function resolves2(node, checker) {
  let ok = true;
  const visit = (n) => {
    if (!ok) return;
    const name = import_typescript12.default.isTypeReferenceNode(n) ? n.typeName : import_typescript12.default.isTypeQueryNode(n) ? n.exprName : void 0;
    if (name) {
      let symbol = checker.getSymbolAtLocation(import_typescript12.default.isQualifiedName(name) ? name.right : name);
      if (symbol && symbol.flags & import_typescript12.default.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (!symbol?.declarations?.length || symbol.flags & import_typescript12.default.SymbolFlags.TypeParameter) ok = false;
    }
    import_typescript12.default.forEachChild(n, visit);
  };
  visit(node);
  return ok;
}
function anyChange(bn, an, direction) {
  const bare = (n, kind) => n.kind === kind;
  if (bare(an, import_typescript12.default.SyntaxKind.AnyKeyword)) return checkedByConditional(an) ? "unknown" : "became-any";
  if (direction === "in" && bare(an, import_typescript12.default.SyntaxKind.UnknownKeyword)) return "compatible";
  return void 0;
}
function checkedByConditional(n) {
  const param = n.parent;
  if (!import_typescript12.default.isTypeParameterDeclaration(param) || param.default !== n) return false;
  const checks = (x) => import_typescript12.default.isConditionalTypeNode(x) && import_typescript12.default.isTypeReferenceNode(x.checkType) && import_typescript12.default.isIdentifier(x.checkType.typeName) && x.checkType.typeName.text === param.name.text || import_typescript12.default.forEachChild(x, checks) === true;
  return checks(param.parent);
}
function predicateChange(bn, an) {
  const isPredicate = (n) => import_typescript12.default.isTypePredicateNode(n);
  if (!isPredicate(bn) && !isPredicate(an)) return void 0;
  if (!isPredicate(bn))
    return bn.kind === import_typescript12.default.SyntaxKind.BooleanKeyword && isPredicate(an) && !an.assertsModifier ? "compatible" : "unknown";
  if (!isPredicate(an)) return "breaks";
  const sameTarget = bn.parameterName.getText() === an.parameterName.getText() && !bn.assertsModifier === !an.assertsModifier;
  return sameTarget && bn.type && an.type ? "judge" : "unknown";
}
function refOf(node, sf) {
  return {
    text: node.getText(sf),
    key: node.getText(sf),
    refs: [],
    file: sf.fileName,
    pos: node.getStart(sf),
    end: node.end
  };
}
function findTypeNode(sf, start, end) {
  let found;
  const visit = (n) => {
    if (found || n.end < end || n.pos > start) return;
    if (import_typescript12.default.isTypeNode(n) && n.getStart(sf) === start && n.end === end) {
      found = n;
      return;
    }
    import_typescript12.default.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}
function inspect(node, checker, anyAllowed) {
  let ok = true;
  let nominal = false;
  const visit = (n) => {
    if (!ok) return;
    if (n.kind === import_typescript12.default.SyntaxKind.AnyKeyword && !anyAllowed || import_typescript12.default.isImportTypeNode(n) || import_typescript12.default.isInferTypeNode(n) || import_typescript12.default.isMappedTypeNode(n)) {
      ok = false;
      return;
    }
    const name = import_typescript12.default.isTypeReferenceNode(n) ? n.typeName : import_typescript12.default.isTypeQueryNode(n) ? n.exprName : void 0;
    if (name) {
      let symbol = checker.getSymbolAtLocation(import_typescript12.default.isQualifiedName(name) ? name.right : name);
      if (symbol && symbol.flags & import_typescript12.default.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (!symbol || symbol.flags === import_typescript12.default.SymbolFlags.None || symbol.flags & import_typescript12.default.SymbolFlags.TypeParameter) ok = false;
      else if (import_typescript12.default.isTypeReferenceNode(n) && !(anyAllowed && declaredAny(checker.getTypeFromTypeNode(n)))) {
        if (checker.getTypeFromTypeNode(n).flags & import_typescript12.default.TypeFlags.Any) ok = false;
      } else if (symbol.flags & import_typescript12.default.SymbolFlags.Class && hasHiddenMembers(symbol)) nominal = true;
    }
    import_typescript12.default.forEachChild(n, visit);
  };
  visit(node);
  return { selfContained: ok, nominal };
}

// src/detectors/ts/compare-property-types.ts
function splitAccessor(m) {
  return m.writeType !== void 0 && m.writeType.key !== m.type?.key;
}
function comparePropertyTypes(b, a, ctx, where) {
  const { symbol, usage } = where;
  const { direction, reason } = usage;
  if (!splitAccessor(b) && !splitAccessor(a)) {
    if (b.type && a.type && b.type.key !== a.type.key)
      changed(ctx, symbol, a.line, { before: b.type, after: a.type, direction, reason }, "changed type");
    return;
  }
  const built = !where.isClass && direction !== "out";
  if (b.type && a.type && b.type.key !== a.type.key)
    changed(
      ctx,
      symbol,
      a.line,
      { before: b.type, after: a.type, direction: built ? "both" : "out", reason },
      "changed its read (getter) type"
    );
  const bw = b.writeType ?? b.type;
  const aw = a.writeType ?? a.type;
  if (a.readonly || !bw || !aw || bw.key === aw.key) return;
  changed(
    ctx,
    symbol,
    a.line,
    { before: bw, after: aw, direction: built ? "both" : "in", reason },
    "changed its write (setter) type"
  );
}
function changed(ctx, symbol, line, question, what) {
  emit(ctx, {
    rule: tsRules["ts/property-type-changed"],
    line,
    symbol,
    message: `\`${symbol}\` ${what} from \`${question.before.text}\` to \`${question.after.text}\`.`,
    question
  });
}

// src/detectors/ts/compare-members.ts
var RANK = { public: 0, protected: 1, private: 2 };
function compareMembers(before, after, ctx, owner) {
  const seenBefore = ctx.members("before", before);
  const seenAfter = ctx.members("after", after);
  const basesAfter = ctx.bases("after");
  for (const [key, old] of seenBefore) {
    ctx.checkBudget();
    compareOld(old, seenAfter.get(key), ctx, { owner, basesAfter });
  }
  if (owner.kind === "interface") reportAdded(seenBefore, seenAfter, ctx, { owner, basesBefore: ctx.bases("before") });
}
function compareOld(old, now, ctx, where) {
  const { owner } = where;
  const b = old.member;
  if (b.visibility === "private") return;
  const symbol = child(owner.symbol, b.kind === "call" ? "()" : b.kind === "construct" ? "new()" : b.name);
  if (!now) {
    if (old.via && where.basesAfter.has(old.via) || b.line === 0 || ctx.derivedHave("after", b.name)) return;
    const rule2 = owner.kind === "class" ? tsRules["ts/class-member-removed"] : tsRules["ts/property-removed"];
    const how = old.via ? `was inherited from \`${old.via}\`, which \`${owner.symbol}\` no longer extends` : "was removed";
    emit(ctx, {
      rule: rule2,
      line: b.line,
      symbol,
      message: `${describe2(b)} \`${symbol}\` ${how}; code using it no longer compiles.`
    });
    return;
  }
  if (old.via && now.via || old.generic || now.generic) return;
  const a = now.member;
  if (RANK[a.visibility] > RANK[b.visibility]) {
    emit(ctx, {
      rule: tsRules["ts/class-member-visibility-reduced"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` went from ${b.visibility} to ${a.visibility}; code outside the class can no longer use it.`
    });
    return;
  }
  compareMember(b, a, ctx, { owner, symbol });
}
function reportAdded(before, after, ctx, where) {
  const { owner } = where;
  const direction = owner.usage.direction;
  if (direction === "out" || owner.usage.constructed) return;
  for (const [key, { member: a, via }] of after) {
    if (before.has(key) || via && where.basesBefore.has(via) || a.line === 0) continue;
    if (ctx.derivedHave("before", a.name)) continue;
    if (a.kind === "index" || a.kind === "call" || a.kind === "construct") continue;
    const symbol = child(owner.symbol, a.name);
    const what = `${a.kind === "method" ? "method" : "property"} \`${symbol}\``;
    if (a.optional) {
      if (!owner.usage.unknown && implementable(after))
        emit(ctx, {
          rule: tsRules["ts/member-added-to-implemented-type"],
          severity: "warning",
          line: a.line,
          symbol,
          message: `Optional ${what} was added; ${owner.usage.reason} and may implement it with a class, which no longer compiles if it already has a \`${a.name}\` of another type.`
        });
      continue;
    }
    const how = via ? `is now inherited from \`${via}\`, which \`${owner.symbol}\` now extends` : "was added";
    emit(ctx, {
      rule: tsRules["ts/property-became-required"],
      line: a.line,
      symbol,
      ...required(owner.usage, `Required ${what} ${how}`)
    });
  }
}
function required(usage, what) {
  if (usage.assignedOnly)
    return {
      severity: "warning",
      message: `${what}; consumers supply it only by ${usage.assignedOnly}, normally with an object the library made, which has it: only objects they write themselves for it no longer compile.`
    };
  return { message: `${what}; ${usage.reason}, so objects written without it no longer compile.` };
}
function implementable(members) {
  return [...members.values()].some((m) => m.member.kind === "method" || m.member.kind === "call");
}
function describe2(m) {
  if (m.kind === "method") return m.isStatic ? "Static method" : "Method";
  if (m.kind === "index") return "Index signature";
  if (m.kind === "call") return "Call signature";
  if (m.kind === "construct") return "Construct signature";
  return m.isStatic ? "Static property" : "Property";
}
function compareMember(b, a, ctx, where) {
  const { owner, symbol } = where;
  const isProperty = (m) => m.kind === "property" || m.kind === "index";
  if (isProperty(b) !== isProperty(a)) {
    const signatures = (m) => (m.signatures.length ? m.signatures : m.type ? ctx.signaturesOf(m.type) : []) ?? [];
    const [bs, as] = [signatures(b), signatures(a)];
    if (bs.length && as.length && !b.optional && !a.optional && !(a.readonly && !b.readonly)) {
      emit(ctx, {
        rule: tsRules["ts/property-type-changed"],
        severity: "notice",
        line: a.line,
        symbol,
        message: `\`${symbol}\` changed from a ${isProperty(b) ? "function-valued property" : "method"} to a ${isProperty(a) ? "function-valued property" : "method"}; calls compile either way.`
      });
      return compareOverloads(bs, as, ctx, { symbol, role: "method" });
    }
    emit(ctx, {
      rule: tsRules["ts/property-type-changed"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` changed from a ${b.kind} to a ${a.kind}.`
    });
    return;
  }
  if (!isProperty(b)) {
    const implemented = owner.kind === "interface" && owner.usage.direction !== "out" && !owner.usage.unknown && !owner.usage.constructed;
    return compareOverloads(b.signatures, a.signatures, ctx, {
      symbol,
      role: "method",
      implementedBecause: implemented ? `${owner.usage.reason} and may implement it with a class` : void 0
    });
  }
  const usage = owner.kind === "class" ? {
    direction: b.readonly ? "out" : "both",
    reason: b.readonly ? `consumers read \`${symbol}\`` : `consumers read \`${symbol}\` and may assign it`,
    unknown: false
  } : owner.usage;
  const direction = usage.direction;
  if (!b.readonly && a.readonly) {
    emit(ctx, {
      rule: tsRules["ts/property-became-readonly"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` became readonly; code assigning to it no longer compiles.`
    });
  }
  if (b.optional && !a.optional && direction !== "out" && !usage.constructed) {
    emit(ctx, {
      rule: tsRules["ts/property-became-required"],
      line: a.line,
      symbol,
      ...required(usage, `\`${symbol}\` became required`)
    });
  }
  if (!b.optional && a.optional && direction !== "in") {
    emit(ctx, {
      rule: tsRules["ts/property-type-changed"],
      // Only a type consumers are known to read makes this certain.
      severity: usage.unknown ? "warning" : "error",
      line: a.line,
      symbol,
      message: `\`${symbol}\` became optional; ${usage.reason}, so code reading it must now handle \`undefined\`.`
    });
  }
  comparePropertyTypes(b, a, ctx, { symbol, usage, isClass: owner.kind === "class" });
}

// src/detectors/ts/compare-surface.ts
function reportRemoved(name, where) {
  const { line, ctx, scope } = where;
  const symbol = child(scope.prefix, name);
  const via = where.via ? ` (${where.via})` : "";
  if (name === "default" || name === "export=") {
    emit(ctx, {
      rule: tsRules["ts/default-export-changed"],
      line,
      symbol,
      message: `The ${name === "default" ? "default export" : "`export =`"} was removed${via}; imports of it fail.`
    });
  } else if (scope.nested) {
    emit(ctx, {
      rule: tsRules["ts/namespace-member-removed"],
      line,
      symbol,
      message: `\`${symbol}\` was removed from namespace \`${scope.prefix}\`${via}; code using it no longer compiles.`
    });
  } else {
    emit(ctx, {
      rule: tsRules["ts/export-removed"],
      line,
      symbol,
      message: `\`${name}\` is no longer exported${via}; imports of it fail.`
    });
  }
}
var VALUE_KINDS = /* @__PURE__ */ new Set(["function", "class", "enum", "variable", "namespace", "alias"]);
var TYPE_KINDS = /* @__PURE__ */ new Set(["class", "interface", "enum", "type", "alias"]);
var KIND_NAMES = {
  function: "function",
  class: "class",
  interface: "interface",
  enum: "enum",
  type: "type alias",
  variable: "variable",
  namespace: "namespace",
  alias: "re-export"
};
var kinds = (e) => e.decls.map((d) => KIND_NAMES[d.kind]).join(" + ") || "unknown";
function compareEntry(b, a, ctx, scope) {
  const symbol = child(scope.prefix, b.target && b.target === a.target ? b.target : b.name);
  const from = ctx.pending.length;
  compareKinds(b, a, ctx, { ...scope, symbol, name: b.name });
  if ((b.name === "default" || b.name === "export=") && b.target !== a.target && b.target && a.target) {
    const what = b.name === "default" ? "The default export" : "`export =`";
    for (const p of ctx.pending.slice(from))
      p.finding.message = `${what} now points at \`${a.target}\` instead of \`${b.target}\`: ${p.finding.message}`;
  }
}
function compareKinds(b, a, ctx, scope) {
  const { symbol } = scope;
  const lost = [];
  for (const bd of b.decls) {
    const ad = a.decls.find((d) => d.kind === bd.kind) ?? a.decls.find((d) => isObjectLike(d) && isObjectLike(bd));
    if (ad) compareDecl(bd, ad, ctx, scope);
    else lost.push(bd);
  }
  if (!lost.length) return;
  const noLongerCallable = lost.some((d) => d.kind === "function") && a.decls.every((d) => d.kind === "variable" && d.callable === false);
  if (noLongerCallable) {
    emit(ctx, {
      rule: scope.nested ? tsRules["ts/namespace-member-removed"] : tsRules["ts/export-removed"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` is no longer a function (was ${kinds(b)}, now a ${kinds(a)} of a type that cannot be called); calls to it no longer compile.`
    });
    return;
  }
  const valueLost = lost.some((d) => VALUE_KINDS.has(d.kind)) && !a.decls.some((d) => VALUE_KINDS.has(d.kind));
  const typeLost = lost.some((d) => TYPE_KINDS.has(d.kind)) && !a.decls.some((d) => TYPE_KINDS.has(d.kind));
  if (valueLost || typeLost) {
    const what = valueLost ? "a value" : "a type";
    emit(ctx, {
      rule: scope.nested ? tsRules["ts/namespace-member-removed"] : tsRules["ts/export-removed"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` is no longer ${what} (was ${kinds(b)}, now ${kinds(a)}); code using it that way no longer compiles.`
    });
  } else {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
      severity: "warning",
      line: a.line,
      symbol,
      message: `\`${symbol}\` changed kind from ${kinds(b)} to ${kinds(a)}; check its uses still compile.`
    });
  }
}
function isObjectLike(d) {
  return d.kind === "interface" || d.kind === "type";
}
function compareDecl(b, a, ctx, scope) {
  const { symbol } = scope;
  const typeParams = (x) => "typeParams" in x ? x.typeParams : [];
  compareTypeParams(
    typeParams(b),
    typeParams(a),
    (rule2, message, question) => emit(ctx, { rule: rule2, line: a.line, symbol, message: `\`${symbol}\`: ${message}`, question })
  );
  if (b.kind === "function" && a.kind === "function")
    return compareOverloads(b.signatures, a.signatures, ctx, { symbol, role: "function" });
  if (b.kind === "class" && a.kind === "class") return compareClass(b, a, ctx, symbol);
  if (b.kind === "enum" && a.kind === "enum") return compareEnum(b, a, ctx, symbol);
  if (isObjectLike(b) && isObjectLike(a)) return compareObjectLike(b, a, ctx, scope);
  if (b.kind === "variable" && a.kind === "variable" && b.type && a.type && b.type.key !== a.type.key) {
    const direction = b.isConst ? "out" : "both";
    const reason = b.isConst ? `consumers read \`${symbol}\`` : `consumers read \`${symbol}\` and may assign it`;
    return emit(ctx, {
      rule: tsRules["ts/property-type-changed"],
      line: a.line,
      symbol,
      message: `Exported ${b.isConst ? "constant" : "variable"} \`${symbol}\` changed type from \`${b.type.text}\` to \`${a.type.text}\`.`,
      question: { before: b.type, after: a.type, direction, reason }
    });
  }
  if (b.kind === "alias" && a.kind === "alias" && b.target !== a.target) {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
      severity: "warning",
      line: a.line,
      symbol,
      message: `\`${symbol}\` is now re-exported from \`${a.target}\` instead of \`${b.target}\`; check the two are the same API.`
    });
  }
}
function compareObjectLike(b, a, ctx, scope) {
  const bm = b.kind === "interface" ? b.members : b.members;
  const am = a.kind === "interface" ? a.members : a.members;
  if (bm && am) return compareMembers(bm, am, ctx, { symbol: scope.symbol, kind: "interface", usage: ctx.usage });
  if (b.kind === "type" && a.kind === "type" && b.type.key !== a.type.key) {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
      severity: "warning",
      line: a.line,
      symbol: scope.symbol,
      message: `Type alias \`${scope.symbol}\` changed from \`${b.type.text}\` to \`${a.type.text}\`.`,
      question: { before: b.type, after: a.type, direction: ctx.usage.direction, reason: ctx.usage.reason }
    });
  } else if (b.kind !== a.kind) {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
      severity: "warning",
      line: a.line,
      symbol: scope.symbol,
      message: `\`${scope.symbol}\` changed from ${b.kind === "type" ? "a type alias" : "an interface"} to ${a.kind === "type" ? "a type alias" : "an interface"} whose shape could not be compared member by member.`
    });
  }
}
function compareClass(b, a, ctx, symbol) {
  if (!b.abstract && a.abstract) {
    emit(ctx, {
      rule: tsRules["ts/constructor-changed"],
      line: a.line,
      symbol: `${symbol}.constructor`,
      message: `Class \`${symbol}\` became abstract; \`new ${symbol}()\` no longer compiles.`
    });
  }
  const bc = b.ctors.length ? b.ctors : ctx.ctors("before", b.line);
  const ac = a.ctors.length ? a.ctors : ctx.ctors("after", a.line);
  if (bc && ac) compareOverloads(bc, ac, ctx, { symbol: `${symbol}.constructor`, role: "constructor" });
  compareMembers(b.members, a.members, ctx, {
    symbol,
    kind: "class",
    usage: { direction: "both", reason: `consumers use instances of \`${symbol}\``, unknown: false }
  });
}
function compareEnum(b, a, ctx, symbol) {
  for (const [name, bm] of b.members) {
    const am = a.members.get(name);
    const s = child(symbol, name);
    if (!am)
      emit(ctx, {
        rule: tsRules["ts/enum-member-removed"],
        line: bm.line,
        symbol: s,
        message: `Enum member \`${s}\` was removed; code using it no longer compiles.`
      });
    else if (am.value !== bm.value) {
      emit(ctx, {
        rule: tsRules["ts/enum-value-changed"],
        line: am.line,
        symbol: s,
        message: `Enum member \`${s}\` changed value from \`${bm.value}\` to \`${am.value}\`; stored or sent values now mean something else.`
      });
    }
  }
}

// src/detectors/ts/inherited.ts
var import_typescript13 = __toESM(require_typescript(), 1);
function memberTable(checker, owner, own) {
  const table = /* @__PURE__ */ new Map();
  for (const [key, member] of own) table.set(key, { member });
  const isClass = (owner.symbol.flags & import_typescript13.default.SymbolFlags.Class) !== 0;
  const sides = [[checker.getDeclaredTypeOfSymbol(owner.symbol), ""]];
  if (isClass) sides.push([checker.getTypeOfSymbol(owner.symbol), "static:"]);
  const ownDecls = new Set(owner.symbol.declarations ?? []);
  for (const [type, prefix] of sides) {
    for (const prop of checker.getPropertiesOfType(type)) {
      if (prefix && prop.name === "prototype") continue;
      const decls = (prop.declarations ?? []).filter((d) => !ownDecls.has(declaringType(d)));
      if (!decls.length) continue;
      const base2 = declaringType(decls[0]);
      const via = base2 && (import_typescript13.default.isClassLike(base2) || import_typescript13.default.isInterfaceDeclaration(base2)) ? base2.name?.text ?? "base" : "base";
      const generic = base2 !== void 0 && (import_typescript13.default.isClassLike(base2) || import_typescript13.default.isInterfaceDeclaration(base2)) && (base2.typeParameters?.length ?? 0) > 0;
      const modelled = decls.filter(owner.inPackage).map((d) => import_typescript13.default.isParameter(d) ? d.parent : d).filter(isMemberNode);
      for (const d of modelled) {
        for (const [key, member] of membersOf([d], d.getSourceFile(), () => {
        }))
          if (!table.has(key)) table.set(key, { member, via, generic });
      }
      if (!modelled.length) {
        const key = `${prefix}${prop.name}`;
        if (!table.has(key)) table.set(key, { member: externalMember(prop.name, Boolean(prefix)), via, generic: true });
      }
    }
  }
  return table;
}
function baseNames(checker, symbol) {
  const out = /* @__PURE__ */ new Set();
  const walk = (type, depth) => {
    if (depth > 10 || !(type.flags & import_typescript13.default.TypeFlags.Object)) return;
    const target = type.target ?? type;
    if (!target.objectFlags || !(target.objectFlags & import_typescript13.default.ObjectFlags.ClassOrInterface))
      return;
    for (const base2 of checker.getBaseTypes(target)) {
      const name = base2.symbol?.name;
      if (name) out.add(name);
      walk(base2, depth + 1);
    }
  };
  walk(checker.getDeclaredTypeOfSymbol(symbol), 0);
  return out;
}
function effectiveCtors(checker, owner, line) {
  const type = checker.getTypeOfSymbol(owner.symbol);
  const out = [];
  for (const sig of checker.getSignaturesOfType(type, import_typescript13.default.SignatureKind.Construct)) {
    const d = sig.getDeclaration();
    if (!d) {
      out.push({ typeParams: [], params: [], line, text: "||", visibility: "public" });
      continue;
    }
    if (!import_typescript13.default.isConstructorDeclaration(d) || !owner.inPackage(d)) return void 0;
    out.push({ ...signatureOf(d, d.getSourceFile()), line: ownLine(d, owner, line) });
  }
  return out;
}
function ownLine(d, owner, line) {
  return (owner.symbol.declarations ?? []).includes(d.parent) ? d.getSourceFile().getLineAndCharacterOfPosition(d.getStart()).line + 1 : line;
}
function declaringType(d) {
  for (let n = d.parent; n; n = n.parent)
    if (import_typescript13.default.isClassLike(n) || import_typescript13.default.isInterfaceDeclaration(n) || import_typescript13.default.isTypeLiteralNode(n)) return n;
  return void 0;
}
function isMemberNode(d) {
  return import_typescript13.default.isClassElement(d) || import_typescript13.default.isTypeElement(d);
}
function externalMember(name, isStatic2) {
  return {
    key: isStatic2 ? `static:${name}` : name,
    name,
    kind: "property",
    signatures: [],
    optional: false,
    readonly: false,
    isStatic: isStatic2,
    visibility: "public",
    line: 0
  };
}

// src/detectors/ts/source-declarations.ts
var import_typescript14 = __toESM(require_typescript(), 1);
import { posix as posix3 } from "node:path";
var REPO = "/repo";
var EMIT = "/emit";
var TSCONFIGS = ["tsconfig.build.json", "tsconfig.lib.json", "tsconfig.json"];
var GENERATED = ".impactgate-declarations";
function findTsconfig(dir, read) {
  const at = (d, f) => d ? `${d}/${f}` : f;
  const path = [...TSCONFIGS.map((f) => at(dir, f)), ...dir ? ["tsconfig.json"] : []].find(
    (p) => read(p) !== void 0
  );
  if (!path) return void 0;
  const host = {
    useCaseSensitiveFileNames: true,
    readDirectory: () => [],
    fileExists: (f) => f.startsWith(`${REPO}/`) && read(f.slice(REPO.length + 1)) !== void 0,
    readFile: (f) => f.startsWith(`${REPO}/`) ? read(f.slice(REPO.length + 1)) : void 0
  };
  const json = import_typescript14.default.parseConfigFileTextToJson(path, read(path));
  if (json.error || !json.config || typeof json.config !== "object") return void 0;
  const parsed2 = import_typescript14.default.parseJsonConfigFileContent(json.config, host, posix3.join(REPO, posix3.dirname(path)));
  const options = parsed2.options;
  const repoPath2 = (abs) => abs && abs.startsWith(`${REPO}/`) ? abs.slice(REPO.length + 1) : abs === REPO ? "" : void 0;
  const rootDir = repoPath2(options.rootDir);
  const guesses = ["src", "lib", "source", ""].map((d) => dir ? d ? `${dir}/${d}` : dir : d);
  return {
    dir,
    path,
    options,
    rootDirs: rootDir !== void 0 ? [rootDir, ...guesses.filter((g) => g !== rootDir)] : guesses,
    outDir: repoPath2(options.declarationDir ?? options.outDir)
  };
}
var STEM = /(\.d)?\.([cm]?)(ts|js|tsx)$/;
function sourceEntry(setup, target, exists) {
  if (/\.[cm]?tsx?$/.test(target) && !/\.d\.[cm]?ts$/.test(target) && exists(target)) return target;
  const m = STEM.exec(target);
  if (!m) return void 0;
  const flavour = m[2] ?? "";
  const inPackage = setup.dir ? posix3.relative(setup.dir, target) : target;
  if (inPackage.startsWith("..")) return void 0;
  const rels = [];
  const outDir = setup.outDir !== void 0 && setup.dir ? posix3.relative(setup.dir, setup.outDir) : setup.outDir;
  if (outDir && inPackage.startsWith(`${outDir}/`)) rels.push(inPackage.slice(outDir.length + 1));
  const parts = inPackage.split("/");
  for (let i = 1; i < parts.length; i++) rels.push(parts.slice(i).join("/"));
  const extensions = flavour ? [`.${flavour}ts`] : [".ts", ".tsx"];
  for (const rel of rels) {
    const stem = rel.replace(STEM, "");
    for (const root of setup.rootDirs) {
      for (const ext of extensions) {
        const candidate = root ? `${root}/${stem}${ext}` : `${stem}${ext}`;
        if (exists(candidate)) return candidate;
      }
    }
  }
  return void 0;
}
function emitDeclarations(setup, entries, read, checkBudget) {
  const root = commonRoot(entries, setup);
  const virtualRoot = root ? `${root}/${GENERATED}` : GENERATED;
  const options = {
    ...setup.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: true,
    noCheck: true,
    skipLibCheck: true,
    removeComments: true,
    noEmitOnError: false,
    composite: false,
    incremental: false,
    tsBuildInfoFile: void 0,
    sourceMap: false,
    inlineSourceMap: false,
    outDir: void 0,
    outFile: void 0,
    declarationDir: EMIT,
    rootDir: root ? `${REPO}/${root}` : REPO,
    types: [],
    lib: void 0,
    noLib: false,
    allowJs: false,
    plugins: void 0
  };
  const text = (f) => f.startsWith(`${REPO}/`) ? read(f.slice(REPO.length + 1)) : void 0;
  const host = {
    getSourceFile: (f, languageVersion) => {
      if (f.startsWith("/lib/")) return libSourceFile(f.slice(5));
      const t = text(f);
      if (t === void 0) return void 0;
      checkBudget(parseUnits(t.length));
      return import_typescript14.default.createSourceFile(f, t, languageVersion, true);
    },
    // With the DOM, as tsc defaults to: a body's inferred types may name DOM types.
    getDefaultLibFileName: () => `/lib/${FULL_LIB}`,
    getDefaultLibLocation: () => "/lib",
    writeFile: () => {
    },
    getCurrentDirectory: () => setup.dir ? `${REPO}/${setup.dir}` : REPO,
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (f) => f.startsWith("/lib/") ? libSourceFile(f.slice(5)) !== void 0 : text(f) !== void 0,
    readFile: text,
    directoryExists: (d) => d === "/" || d.startsWith(REPO) || d === "/lib",
    getDirectories: () => []
  };
  const program = import_typescript14.default.createProgram({ rootNames: entries.map((e) => `${REPO}/${e}`), options, host });
  const unparsed = program.getSourceFiles().filter((sf) => sf.fileName.startsWith(`${REPO}/`) && program.getSyntacticDiagnostics(sf).length).map((sf) => sf.fileName.slice(REPO.length + 1));
  const files2 = /* @__PURE__ */ new Map();
  const maps = /* @__PURE__ */ new Map();
  const problems = [];
  const toVirtual = (f) => `${virtualRoot}/${f.slice(EMIT.length + 1)}`;
  const result = program.emit(void 0, (fileName, data) => {
    checkBudget(parseUnits(data.length));
    if (!fileName.startsWith(`${EMIT}/`)) return;
    if (fileName.endsWith(".map")) maps.set(fileName.slice(0, -4), data);
    else files2.set(toVirtual(fileName), data);
  });
  if (result.emitSkipped)
    problems.push(...result.diagnostics.map((d) => import_typescript14.default.flattenDiagnosticMessageText(d.messageText, " ")));
  const origins = /* @__PURE__ */ new Map();
  for (const [emitted, map] of maps) {
    const origin = originOf(map, posix3.dirname(emitted));
    if (origin) origins.set(toVirtual(emitted), origin);
  }
  const bySource = new Map([...origins].map(([path, o]) => [o.source, path]));
  return { files: files2, origins, entryOf: (source) => bySource.get(source), problems, unparsed };
}
function commonRoot(entries, setup) {
  const root = setup.rootDirs[0] ?? setup.dir;
  if (entries.every((e) => root === "" || e.startsWith(`${root}/`))) return root;
  let common = posix3.dirname(entries[0]);
  for (const e of entries) while (common !== "." && !e.startsWith(`${common}/`)) common = posix3.dirname(common);
  return common === "." ? "" : common;
}
function originOf(mapText, emittedDir) {
  let map;
  try {
    map = JSON.parse(mapText);
  } catch {
    return void 0;
  }
  const sources = Array.isArray(map.sources) ? map.sources : [];
  if (typeof sources[0] !== "string" || typeof map.mappings !== "string") return void 0;
  const absolute = posix3.normalize(posix3.join(emittedDir, sources[0]));
  if (!absolute.startsWith(`${REPO}/`)) return void 0;
  const source = absolute.slice(REPO.length + 1);
  const lines = [];
  let sourceLine = 0;
  for (const [i, line] of map.mappings.split(";").entries()) {
    let first;
    for (const segment of line.split(",")) {
      const values = decodeVlq(segment);
      if (values.length >= 4) {
        sourceLine += values[2];
        first ??= sourceLine;
      }
    }
    lines[i] = (first ?? lines[i - 1] ?? 0) + 1;
  }
  return { source, lines };
}
var BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    if (digit < 0) return out;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

// src/detectors/ts/twins.ts
var RANK2 = { error: 2, warning: 1, notice: 0 };
var family = (ruleId) => ruleId === "ts/export-removed" || ruleId === "ts/namespace-member-removed" ? "removed" : ruleId;
function mergeTwins(perEntry) {
  const merged = /* @__PURE__ */ new Map();
  const exact = /* @__PURE__ */ new Set();
  for (const { entry, findings, root } of perEntry) {
    for (const f of findings) {
      const dedupe = `${f.ruleId}\0${f.path}\0${f.line}\0${f.symbol ?? ""}`;
      if (exact.has(dedupe)) continue;
      exact.add(dedupe);
      const symbol = root && f.symbol?.startsWith(`${root}.`) ? f.symbol.slice(root.length + 1) : f.symbol ?? "";
      const key = `${entry.subpath}\0${symbol}\0${family(f.ruleId)}`;
      const seen = merged.get(key);
      if (!seen) {
        merged.set(key, { finding: { ...f }, sites: /* @__PURE__ */ new Map([[f.path, /* @__PURE__ */ new Set([f.line])]]) });
        continue;
      }
      seen.sites.set(f.path, (seen.sites.get(f.path) ?? /* @__PURE__ */ new Set()).add(f.line));
      if (RANK2[f.severity] > RANK2[seen.finding.severity]) seen.finding = { ...f };
    }
  }
  return [...merged.values()].map(({ finding: finding2, sites }) => {
    if (sites.size < 2) return finding2;
    const where = [...sites].map(([path, lines]) => {
      const list2 = [...lines].sort((x, y) => x - y);
      return `\`${path}\` (line${list2.length > 1 ? "s" : ""} ${list2.join(", ")})`;
    });
    const list = `${where.slice(0, -1).join(", ")} and ${where.at(-1)}`;
    return { ...finding2, message: `${finding2.message} Carried by ${list}.` };
  });
}

// src/detectors/ts/mapped-keys.ts
var import_typescript15 = __toESM(require_typescript(), 1);
function keysAddedAsOptional(tp, b, a, checkBudget) {
  const { checker } = tp;
  const [bd, ad] = [privateAlias(tp, b), privateAlias(tp, a)];
  if (!bd || !ad) return void 0;
  const [tb, ta] = [checker.getTypeFromTypeNode(bd.type), checker.getTypeFromTypeNode(ad.type)];
  if (!checker.isTypeAssignableTo(tb, ta)) return void 0;
  const added = (ta.isUnion() ? ta.types : [ta]).filter((t) => !checker.isTypeAssignableTo(t, tb));
  const keys = added.map((t) => t.isStringLiteral() || t.isNumberLiteral() ? String(t.value) : void 0);
  if (!keys.length || keys.some((k) => k === void 0)) return void 0;
  const usesBefore = mappedTypesKeyedBy(tp, "before", b.symbol, checkBudget);
  const usesAfter = mappedTypesKeyedBy(tp, "after", a.symbol, checkBudget);
  if (!usesBefore?.length || !usesAfter?.length) return void 0;
  const types = /* @__PURE__ */ new Set();
  for (const mapped of usesAfter) {
    const outer = outermostType(mapped);
    const built = checker.getTypeFromTypeNode(outer);
    for (const key of keys) {
      const property = checker.getPropertyOfType(built, key);
      if (!property || !(property.flags & import_typescript15.default.SymbolFlags.Optional)) return void 0;
    }
    types.add(ownerName(outer));
  }
  return { keys, types: [...types] };
}
function privateAlias(tp, node) {
  const [d, ...more] = node.declarations;
  if (!d || more.length || !import_typescript15.default.isTypeAliasDeclaration(d) || d.typeParameters?.length) return void 0;
  const sf = d.getSourceFile();
  if (tp.scripts.has(sf.fileName) || !import_typescript15.default.isExternalModule(sf) || d.parent !== sf) return void 0;
  const file = tp.checker.getSymbolAtLocation(sf);
  if (!file || tp.checker.getExportsOfModule(file).some((e) => resolve(tp.checker, e) === node.symbol))
    return void 0;
  return d;
}
function mappedTypesKeyedBy(tp, side, symbol, checkBudget) {
  const { checker } = tp;
  const out = [];
  let other = false;
  const visit = (n) => {
    if (other) return;
    if (import_typescript15.default.isIdentifier(n) && n.text === symbol.name && !import_typescript15.default.isTypeAliasDeclaration(n.parent)) {
      const raw = checker.getSymbolAtLocation(n);
      if (raw && resolve(checker, raw) === symbol) {
        const ref = n.parent;
        const param = ref.parent;
        if (import_typescript15.default.isTypeReferenceNode(ref) && param && import_typescript15.default.isTypeParameterDeclaration(param) && param.constraint === ref && import_typescript15.default.isMappedTypeNode(param.parent))
          out.push(param.parent);
        else other = true;
      }
    }
    import_typescript15.default.forEachChild(n, visit);
  };
  for (const sf of tp.program.getSourceFiles()) {
    if (!tp.inSide(sf, side) || !sf.text.includes(symbol.name)) continue;
    checkBudget();
    visit(sf);
  }
  return other ? void 0 : out;
}
function outermostType(n) {
  let t = n;
  while (import_typescript15.default.isTypeNode(t.parent)) t = t.parent;
  return t;
}
function ownerName(t) {
  const names = [];
  for (let n = t.parent; n && !import_typescript15.default.isSourceFile(n); n = n.parent) {
    const name = n.name;
    if (name && (import_typescript15.default.isIdentifier(name) || import_typescript15.default.isStringLiteral(name))) names.unshift(name.text);
  }
  return names.join(".") || "an anonymous type";
}

// src/detectors/ts/variance.ts
var import_typescript16 = __toESM(require_typescript(), 1);
var OUT = 1;
var IN = 2;
var ASSIGNED = 4;
var flip = (p) => (p & OUT ? IN : 0) | (p & (IN | ASSIGNED) ? OUT : 0);
function varianceOf(checker, api, inPackage, checkBudget) {
  const bits = /* @__PURE__ */ new Map();
  const uses = /* @__PURE__ */ new Map();
  const reachable = /* @__PURE__ */ new Set();
  const direct = /* @__PURE__ */ new Map();
  const derivedOf = /* @__PURE__ */ new Map();
  const constructed = /* @__PURE__ */ new Set();
  const resolved = /* @__PURE__ */ new Map();
  const symbolAt = (n) => {
    if (!resolved.has(n)) resolved.set(n, checker.getSymbolAtLocation(n));
    return resolved.get(n);
  };
  const visitSymbol = (raw, pol, via, derived) => {
    const symbol = resolve(checker, raw);
    const decls = (symbol.declarations ?? []).filter(inPackage);
    if (!decls.length) return;
    if (derived) derivedOf.set(symbol, (derivedOf.get(symbol) ?? /* @__PURE__ */ new Set()).add(derived));
    else if (pol) direct.set(symbol, (direct.get(symbol) ?? 0) | pol);
    const had = bits.get(symbol);
    if (had !== void 0 && (had & pol) === pol) return;
    checkBudget();
    bits.set(symbol, (had ?? 0) | pol);
    reachable.add(symbol);
    const u = uses.get(symbol) ?? {};
    for (const bit of [OUT, IN, ASSIGNED]) if (pol & bit && !((had ?? 0) & bit)) u[bit] ??= via;
    uses.set(symbol, u);
    for (const d of decls) visitDecl(d, pol, via);
  };
  const walked = /* @__PURE__ */ new Set();
  const visitDecl = (d, pol, via) => {
    if (pol) walked.add(d);
    if (import_typescript16.default.isFunctionLike(d) && !import_typescript16.default.isIndexSignatureDeclaration(d)) return visitSignature(d, pol, via);
    if (import_typescript16.default.isClassLike(d) || import_typescript16.default.isInterfaceDeclaration(d)) {
      const self = d.name ? checker.getSymbolAtLocation(d.name) : void 0;
      for (const clause of d.heritageClauses ?? [])
        for (const t of clause.types) visitBase(t, pol, `${via}, as a base of \`${nameOf(d)}\``, self);
      for (const m of d.members) visitMember(m, memberPolarity(d, m, pol), via, nameOf(d));
      return;
    }
    if (import_typescript16.default.isTypeAliasDeclaration(d)) return visitType(d.type, pol, via);
    if (import_typescript16.default.isVariableDeclaration(d)) {
      const mutable = !(import_typescript16.default.getCombinedNodeFlags(d) & import_typescript16.default.NodeFlags.Const);
      return visitType(d.type, mutable ? pol | flip(pol) : pol, via);
    }
    if (import_typescript16.default.isPropertySignature(d) || import_typescript16.default.isPropertyDeclaration(d)) return visitType(d.type, pol, via);
  };
  const visitMember = (m, pol, via, owner) => {
    if (import_typescript16.default.isConstructorDeclaration(m)) return visitSignature(m, pol, `new ${owner}()`);
    if ((import_typescript16.default.isPropertySignature(m) || import_typescript16.default.isPropertyDeclaration(m)) && pol & ASSIGNED && pol !== ASSIGNED) {
      visitType(m.type, pol & ~ASSIGNED, via);
      return visitType(m.type, ASSIGNED, `assigning \`${child(owner, nameText(m.name))}\``);
    }
    if (import_typescript16.default.isPropertySignature(m) || import_typescript16.default.isPropertyDeclaration(m)) return visitType(m.type, pol, via);
    if (import_typescript16.default.isIndexSignatureDeclaration(m)) return visitType(m.type, pol, via);
    if (import_typescript16.default.isFunctionLike(m)) {
      const name = m.name ? `${owner ? `${owner}.` : ""}${nameText(m.name)}()` : `${owner}()`;
      return visitSignature(m, pol, name);
    }
  };
  const visitSignature = (s, pol, label2) => {
    const callee = label2.endsWith("()") ? label2 : s.name ? `${nameText(s.name)}()` : label2;
    const named = callee.endsWith("()");
    const written = pol !== 0 && !(pol & OUT);
    if ((import_typescript16.default.isConstructorTypeNode(s) || import_typescript16.default.isConstructSignatureDeclaration(s)) && pol & OUT && s.type) {
      const made = import_typescript16.default.isTypeReferenceNode(s.type) ? s.type.typeName : void 0;
      const symbol = made && symbolAt(import_typescript16.default.isQualifiedName(made) ? made.right : made);
      if (symbol) constructed.add(resolve(checker, symbol));
    }
    for (const p of s.parameters) {
      const name = import_typescript16.default.isIdentifier(p.name) ? p.name.text : "\u2026";
      if (name === "this") continue;
      const via = !named ? label2 : written ? `parameter \`${name}\` of the \`${callee}\` consumers write` : `parameter \`${name}\` of \`${callee}\``;
      if (import_typescript16.default.isSetAccessor(s)) visitType(p.type, flip(pol), label2);
      else visitType(p.type, flip(pol), via);
    }
    const returns = !named ? label2 : written ? `what the \`${callee}\` consumers write returns` : `the return value of \`${callee}\``;
    if (import_typescript16.default.isGetAccessor(s)) visitType(s.type, pol, label2);
    else visitType(s.type, pol, returns);
  };
  const visitBase = (t, pol, via, derived) => {
    const at = import_typescript16.default.isPropertyAccessExpression(t.expression) ? t.expression.name : t.expression;
    const symbol = symbolAt(at);
    if (symbol) visitSymbol(symbol, pol, via, derived);
    for (const arg of t.typeArguments ?? []) visitType(arg, pol, via);
  };
  const visitType = (node, pol, via) => {
    if (!node) return;
    if (import_typescript16.default.isTypeReferenceNode(node) || import_typescript16.default.isExpressionWithTypeArguments(node)) {
      const name = import_typescript16.default.isTypeReferenceNode(node) ? node.typeName : node.expression;
      const at = import_typescript16.default.isQualifiedName(name) ? name.right : import_typescript16.default.isPropertyAccessExpression(name) ? name.name : name;
      const symbol = symbolAt(at);
      if (symbol && !(symbol.flags & import_typescript16.default.SymbolFlags.TypeParameter)) visitSymbol(symbol, pol, via);
      for (const arg of node.typeArguments ?? []) visitType(arg, pol, via);
      return;
    }
    if (import_typescript16.default.isTypeQueryNode(node)) {
      const at = import_typescript16.default.isQualifiedName(node.exprName) ? node.exprName.right : node.exprName;
      const symbol = symbolAt(at);
      if (symbol) visitSymbol(symbol, pol, via);
      return;
    }
    if (import_typescript16.default.isImportTypeNode(node) && node.qualifier) {
      const at = import_typescript16.default.isQualifiedName(node.qualifier) ? node.qualifier.right : node.qualifier;
      const symbol = symbolAt(at);
      if (symbol) visitSymbol(symbol, pol, via);
      for (const arg of node.typeArguments ?? []) visitType(arg, pol, via);
      return;
    }
    if (import_typescript16.default.isFunctionTypeNode(node) || import_typescript16.default.isConstructorTypeNode(node)) return visitSignature(node, pol, via);
    if (import_typescript16.default.isTypeLiteralNode(node)) {
      for (const m of node.members) visitMember(m, pol, via, "");
      return;
    }
    import_typescript16.default.forEachChild(node, (child2) => visitType(child2, pol, via));
  };
  const nodes = [...api];
  for (const node of nodes) {
    const values = node.declarations.filter(isValueDeclaration);
    if (!values.length) continue;
    bits.set(node.symbol, (bits.get(node.symbol) ?? 0) | OUT);
    direct.set(node.symbol, (direct.get(node.symbol) ?? 0) | OUT);
    reachable.add(node.symbol);
    const label2 = node.path.join(".");
    for (const d of values) {
      if (import_typescript16.default.isFunctionDeclaration(d)) {
        walked.add(d);
        visitSignature(d, OUT, `${label2}()`);
      } else visitDecl(d, OUT, `\`${label2}\``);
    }
  }
  for (const node of nodes) {
    reachable.add(node.symbol);
    const label2 = node.path.join(".");
    for (const d of node.declarations) {
      if (!bits.get(node.symbol)) {
        const members = import_typescript16.default.isClassLike(d) || import_typescript16.default.isInterfaceDeclaration(d) ? d.members : void 0;
        const literal = import_typescript16.default.isTypeAliasDeclaration(d) && import_typescript16.default.isTypeLiteralNode(d.type) ? d.type.members : void 0;
        for (const m of members ?? literal ?? []) {
          const pol = isMutableProperty(m) ? OUT | IN : OUT;
          visitMember(m, pol, `\`${label2}\``, label2);
        }
      }
      if (!walked.has(d)) visitDecl(d, 0, `\`${label2}\``);
    }
  }
  return {
    polarity: (s) => {
      const b = bits.get(s) ?? 0;
      return b & (OUT | IN) | (b & ASSIGNED ? IN : 0);
    },
    assignedOnly: (s) => ((bits.get(s) ?? 0) & (IN | ASSIGNED)) === ASSIGNED,
    use: (s, bit) => uses.get(s)?.[bit] ?? (bit === IN ? uses.get(s)?.[ASSIGNED] : void 0),
    reachable,
    constructed: (s) => constructed.has(s),
    throughDerived: (s) => direct.get(s) || !derivedOf.has(s) ? void 0 : [...derivedOf.get(s)]
  };
}
function memberPolarity(owner, m, pol) {
  if (!import_typescript16.default.isClassLike(owner) || !pol) return pol;
  if (import_typescript16.default.getCombinedModifierFlags(m) & import_typescript16.default.ModifierFlags.Abstract) return pol;
  return isMutableProperty(m) ? OUT | ASSIGNED : OUT;
}
function isMutableProperty(m) {
  return (import_typescript16.default.isPropertySignature(m) || import_typescript16.default.isPropertyDeclaration(m)) && !(import_typescript16.default.getCombinedModifierFlags(m) & import_typescript16.default.ModifierFlags.Readonly);
}
function isValueDeclaration(d) {
  return import_typescript16.default.isFunctionDeclaration(d) || import_typescript16.default.isClassDeclaration(d) || import_typescript16.default.isVariableDeclaration(d);
}
function nameText(name) {
  return import_typescript16.default.isIdentifier(name) || import_typescript16.default.isPrivateIdentifier(name) ? name.text : name.getText();
}
function nameOf(d) {
  return d.name?.text ?? "default";
}

// src/detectors/ts/compare-api.ts
var DECLARATION = /\.d\.[cm]?ts$/;
function compareUnit(input) {
  const { unit, sides, checkBudget } = input;
  const emitted = { before: void 0, after: void 0 };
  const failed = /* @__PURE__ */ new Set();
  const findings = [];
  const entries = unitEntries(input);
  const readers = {};
  for (const side of SIDES) {
    const base2 = sides[side];
    readers[side] = { read: base2, listed: (p) => sides.paths.has(p) };
    const sources = entries.map((e) => e.files[side]).filter((f) => !!f && !DECLARATION.test(f));
    if (!sources.length || unit.kind !== "package") continue;
    const setup = unit.source[side];
    if (!setup) continue;
    const out = emitDeclarations(setup, [...new Set(sources)], base2, checkBudget);
    emitted[side] = out;
    for (const f of out.unparsed) if (changedText(sides, f)) failed.add(f);
    readers[side] = { read: (p) => out.files.get(p) ?? base2(p), listed: (p) => sides.paths.has(p) };
    for (const e of entries) {
      const f = e.files[side];
      if (f && !DECLARATION.test(f)) e.files[side] = out.entryOf(f);
    }
    if (out.problems.length || sources.some((s) => !out.entryOf(s))) {
      findings.push(notGenerated(unit, setup.path, sources, out.problems));
      return { findings, failed, emitted };
    }
  }
  if (failed.size) return { findings: parseFailures(failed, sides), failed, emitted };
  const roots = { before: files(entries, "before"), after: files(entries, "after") };
  const tp = twoSidedProgram(roots, readers, checkBudget);
  for (const sf of tp.program.getSourceFiles()) {
    const at = tp.origin(sf);
    if (!at || at.path.includes(`${GENERATED}/`)) continue;
    if ((parseDiagnostics(sf).length || sf.text.includes("\0")) && changedText(sides, at.path)) failed.add(at.path);
  }
  if (failed.size) return { findings: parseFailures(failed, sides), failed, program: tp, emitted };
  if (tp.missing.size) findings.push(partlyRead(unit, tp.missing));
  if (unchanged(tp)) return { findings, failed, program: tp, emitted };
  const inSide = (side) => (d) => tp.inSide(d.getSourceFile(), side);
  const surfaces = SIDES.map(
    (side) => new Map(entries.map((e) => [e, e.files[side] ? apiSurface(tp, side, e.files[side]) : void 0]))
  );
  const [surfaceBefore, surfaceAfter] = surfaces;
  const variance = {
    before: varianceOf(tp.checker, allNodes(surfaceBefore), inSide("before"), checkBudget),
    after: varianceOf(tp.checker, allNodes(surfaceAfter), inSide("after"), checkBudget)
  };
  const perEntry = [];
  const counterpart = /* @__PURE__ */ new Map();
  const references = {
    before: (symbol) => {
      const now = counterpart.get(symbol);
      const text = now ? importReference(tp, now) : void 0;
      if (text) return { text, nominal: false };
      const old = importReference(tp, symbol);
      return old ? { text: old, nominal: hasHiddenMembers(symbol) } : void 0;
    },
    after: (symbol) => {
      const text = importReference(tp, symbol);
      return text ? { text, nominal: false } : void 0;
    }
  };
  for (const entry of entries) {
    const b = surfaceBefore.get(entry);
    const a = surfaceAfter.get(entry);
    if (!b || !a || skipsEntry(entry, unit, sides)) continue;
    const pending = compareSurfaces(b, a, { tp, sides, entry, variance, checkBudget, inSide, counterpart });
    const settled = settleWithChecker(pending, tp, references, checkBudget).map((p) => p.finding);
    perEntry.push({ entry, findings: settled.map((f) => fromGenerated(f, emitted)), root: exportEqualsRoot(a) });
  }
  findings.push(...mergeTwins(perEntry));
  return { findings, failed, program: tp, emitted };
}
function skipsEntry(entry, unit, sides) {
  const old = entry.files.before;
  if (!old || unit.kind !== "package" || !entry.modes.every((m) => m === "require")) return false;
  if (/\.d\.mts$|\.mts$/.test(old)) return true;
  if (!/\.d\.ts$|\.tsx?$/.test(old)) return false;
  try {
    return JSON.parse(sides.before(unit.manifest) ?? "{}").type === "module";
  } catch {
    return false;
  }
}
function unitEntries(input) {
  const { unit, changed: changed2, sides } = input;
  if (unit.kind === "package") return unit.entries.map((e) => ({ ...e, files: { ...e.files } }));
  const pair = changed2.find((c) => c.path === unit.path || c.previousPath === unit.path);
  const beforePath = pair?.previousPath ?? unit.path;
  return [
    {
      subpath: ".",
      modes: [],
      files: {
        before: sides.before(beforePath) !== void 0 ? beforePath : void 0,
        after: sides.after(pair?.path ?? unit.path) !== void 0 ? pair?.path ?? unit.path : void 0
      }
    }
  ];
}
function files(entries, side) {
  return [...new Set(entries.map((e) => e.files[side]).filter((f) => !!f))];
}
function allNodes(surfaces) {
  return [...surfaces.values()].flatMap((s) => [...s?.values() ?? []]);
}
function changedText(sides, path) {
  return sides.before(path) !== sides.after(path);
}
function unchanged(tp) {
  const text = { before: /* @__PURE__ */ new Map(), after: /* @__PURE__ */ new Map() };
  for (const sf of tp.program.getSourceFiles()) {
    const at = tp.origin(sf);
    if (at) text[at.side].set(at.path, sf.text);
    if (at && tp.shared.has(at.path)) text.after.set(at.path, sf.text);
  }
  if (text.before.size !== text.after.size) return false;
  for (const [path, t] of text.before) if (text.after.get(path) !== t) return false;
  return true;
}
function compareSurfaces(before, after, c) {
  const pending = [];
  for (const [key, b] of before) {
    const a = after.get(key);
    if (a) c.counterpart.set(b.symbol, a.symbol);
  }
  const internal = SIDES.map(
    (side) => internalNodes(side === "before" ? before : after, c.variance[side], c.inSide(side))
  );
  for (const [name, b] of internal[0]) {
    const a = internal[1].get(name);
    if (a) c.counterpart.set(b.symbol, a.symbol);
  }
  for (const [key, b] of before) {
    c.checkBudget();
    const a = after.get(key);
    if (!a) {
      const parent = b.path.slice(0, -1).join(PATH_SEPARATOR);
      if (parent && !after.has(parent)) continue;
      const at = removalSite(b, c);
      const ctx = context(c, pending, at.path, b, void 0);
      const prefix = b.path.slice(0, -1).join(".");
      reportRemoved(b.path[b.path.length - 1], {
        line: at.line,
        ctx,
        scope: { prefix, nested: b.path.length > 1 }
      });
      continue;
    }
    if (declarationText(b) === declarationText(a)) continue;
    compareNodes(b, a, pending, c);
  }
  for (const [name, b] of internal[0]) {
    const a = internal[1].get(name);
    if (!a || declarationText(b) === declarationText(a)) continue;
    const optional = keysAddedAsOptional(c.tp, b, a, c.checkBudget);
    if (optional) reportOptionalKeys(b, a, optional, pending, c);
    else compareNodes(b, a, pending, c);
  }
  return pending;
}
function reportOptionalKeys(b, a, { keys, types }, pending, c) {
  const decl = a.declarations[0];
  const sf = decl.getSourceFile();
  const ctx = context(c, pending, c.tp.origin(sf)?.path ?? c.entry.files.after ?? "", b, a);
  const list = (xs) => xs.map((x) => `\`${x}\``).join(", ");
  emit(ctx, {
    rule: tsRules["ts/type-alias-changed"],
    severity: "notice",
    line: sf.getLineAndCharacterOfPosition(decl.getStart()).line + 1,
    symbol: a.path.join("."),
    message: `Type alias \`${a.path.join(".")}\` gained ${list(keys)}; it only lists the keys of ${list(types)}, ${types.length > 1 ? "each of which" : "which"} gained ${keys.length > 1 ? "them as optional properties" : "it as an optional property"}: code that compiled against ${types.length > 1 ? "them" : "it"} still does.`
  });
}
function compareNodes(b, a, pending, c) {
  const path = c.tp.origin((a.declarations[0] ?? b.declarations[0])?.getSourceFile() ?? {})?.path;
  const ctx = context(c, pending, path ?? c.entry.files.after ?? "", b, a);
  const prefix = b.path.slice(0, -1).join(".");
  compareEntry(entryOf(b, c.checkBudget), entryOf(a, c.checkBudget), ctx, { prefix, nested: b.path.length > 1 });
}
function internalNodes(api, variance, inSide) {
  const exported = new Set([...api.values()].map((n) => n.symbol));
  const out = /* @__PURE__ */ new Map();
  const twice = /* @__PURE__ */ new Set();
  for (const symbol of variance.reachable) {
    if (exported.has(symbol)) continue;
    const declarations = (symbol.declarations ?? []).filter(inSide);
    if (!declarations.length || !(symbol.flags & (import_typescript17.default.SymbolFlags.Type | import_typescript17.default.SymbolFlags.Function | import_typescript17.default.SymbolFlags.Variable)))
      continue;
    if (out.has(symbol.name)) twice.add(symbol.name);
    out.set(symbol.name, { path: [symbol.name], symbol, declarations });
  }
  for (const name of twice) out.delete(name);
  return out;
}
function context(c, pending, path, b, a) {
  const { checker } = c.tp;
  const owners = { before: b, after: a ?? b };
  return {
    path,
    pending,
    checkBudget: c.checkBudget,
    usage: usageOf(c, b, a),
    members: (side, own) => memberTable(checker, { symbol: owners[side].symbol, inPackage: c.inSide(side) }, own),
    ctors: (side, line) => effectiveCtors(checker, { symbol: owners[side].symbol, inPackage: c.inSide(side) }, line),
    bases: (side) => baseNames(checker, owners[side].symbol),
    signaturesOf: (type) => namedSignatures(c.tp, type),
    derivedHave: (side, name) => {
      const derived = c.variance[side].throughDerived(owners[side].symbol);
      return derived !== void 0 && derived.every((d) => checker.getPropertyOfType(checker.getDeclaredTypeOfSymbol(d), name) !== void 0);
    }
  };
}
function namedSignatures(tp, type) {
  const sf = tp.program.getSourceFile(type.file);
  const node = sf && findTypeNode(sf, type.pos, type.end);
  if (!node) return void 0;
  const name = import_typescript17.default.isTypeQueryNode(node) ? node.exprName : import_typescript17.default.isTypeReferenceNode(node) ? node.typeName : void 0;
  if (!name || import_typescript17.default.isTypeReferenceNode(node) && node.typeArguments?.length) return void 0;
  const raw = tp.checker.getSymbolAtLocation(import_typescript17.default.isQualifiedName(name) ? name.right : name);
  const decls = (raw ? resolve(tp.checker, raw).declarations : void 0) ?? [];
  if (!decls.length || !decls.every((d) => tp.origin(d.getSourceFile()))) return void 0;
  const out = [];
  for (const d of decls) {
    if (import_typescript17.default.isFunctionDeclaration(d) && !(d.body && decls.length > 1)) out.push(signatureOf(d, d.getSourceFile()));
    else if (import_typescript17.default.isTypeAliasDeclaration(d) && !d.typeParameters && functionTypes(d.type))
      out.push(...functionTypes(d.type).map((f) => signatureOf(f, d.getSourceFile())));
    else if (!import_typescript17.default.isModuleDeclaration(d)) return void 0;
  }
  return out.length ? out : void 0;
}
function functionTypes(t) {
  const bare = (n) => import_typescript17.default.isParenthesizedTypeNode(n) ? bare(n.type) : n;
  const members = import_typescript17.default.isUnionTypeNode(t) ? t.types.map(bare) : [bare(t)];
  return members.every(import_typescript17.default.isFunctionTypeNode) ? members : void 0;
}
function usageOf(c, b, a) {
  const constructed = c.variance.before.constructed(b.symbol) && (!a || c.variance.after.constructed(a.symbol));
  return { ...polarityOf(c, b, a), constructed, assignedOnly: assignedOnly(c, b, a) };
}
function assignedOnly(c, b, a) {
  let use;
  for (const [v, symbol] of [
    [c.variance.before, b.symbol],
    ...a ? [[c.variance.after, a.symbol]] : []
  ]) {
    if (!(v.polarity(symbol) & IN)) continue;
    if (!v.assignedOnly(symbol)) return void 0;
    use = v.use(symbol, IN);
  }
  return use;
}
function polarityOf(c, b, a) {
  const bits = c.variance.before.polarity(b.symbol) | (a ? c.variance.after.polarity(a.symbol) : 0);
  const use = (bit) => (a && c.variance.after.use(a.symbol, bit)) ?? c.variance.before.use(b.symbol, bit) ?? "an exported declaration";
  if (bits === IN) return { direction: "in", reason: `consumers pass it in (${use(IN)})`, unknown: false };
  if (bits === OUT) return { direction: "out", reason: `consumers receive it (${use(OUT)})`, unknown: false };
  if (bits)
    return {
      direction: "both",
      reason: `consumers both pass it in (${use(IN)}) and receive it (${use(OUT)})`,
      unknown: false
    };
  return {
    direction: "both",
    reason: "no exported function or value uses it, so consumers may both build and read it",
    unknown: true
  };
}
function removalSite(b, c) {
  const decl = b.declarations[0];
  const at = decl ? c.tp.origin(decl.getSourceFile()) : void 0;
  const entryAfter = c.entry.files.after ?? c.entry.files.before;
  const line = (n) => n.getSourceFile().getLineAndCharacterOfPosition(n.getStart()).line + 1;
  if (b.exportedAt && c.tp.origin(b.exportedAt.getSourceFile())?.path === c.entry.files.before)
    return { path: entryAfter, line: line(b.exportedAt) };
  if (decl && at && changedText(c.sides, at.path)) return { path: at.path, line: line(decl) };
  const entry = c.entry.files.before ? c.tp.sourceFile("before", c.entry.files.before) : void 0;
  const afterText = c.entry.files.after ? c.tp.sourceFile("after", c.entry.files.after)?.text ?? "" : "";
  const dropped = entry?.statements.find(
    (s) => import_typescript17.default.isExportDeclaration(s) && s.moduleSpecifier && !afterText.includes(s.getText())
  );
  return { path: entryAfter, line: dropped ? line(dropped) : 1 };
}
function exportEqualsRoot(api) {
  for (const node of api.values())
    if (node.path.length === 1 && node.target && node.target === node.path[0]) return node.target;
  return void 0;
}
function fromGenerated(f, emitted) {
  for (const side of SIDES) {
    const origin = emitted[side]?.origins.get(f.path);
    if (origin) return { ...f, path: origin.source, line: origin.lines[f.line - 1] ?? 1 };
  }
  return f;
}
function parseFailures(failed, sides) {
  const out = [];
  for (const path of failed) {
    for (const side of SIDES) {
      const text = sides[side](path);
      if (text === void 0) continue;
      const problem = syntaxProblem(path, text);
      if (!problem) continue;
      const version = side === "before" ? "base" : "head";
      out.push(
        finding(tsRules["ts/parse-failed"], {
          path,
          line: problem.line,
          message: `The ${version} version of ${path} does not parse as TypeScript: ${problem.reason} (line ${problem.line}). Its API changes could not be compared.`
        })
      );
    }
  }
  return out;
}
function syntaxProblem(path, text) {
  if (text.includes("\0")) return { line: 1, reason: "the file holds binary data (NUL bytes)" };
  const options = { languageVersion: import_typescript17.default.ScriptTarget.Latest, jsDocParsingMode: import_typescript17.default.JSDocParsingMode.ParseNone };
  const sf = import_typescript17.default.createSourceFile(
    path,
    text,
    options,
    false,
    /\.tsx$/.test(path) ? import_typescript17.default.ScriptKind.TSX : import_typescript17.default.ScriptKind.TS
  );
  const diagnostics = parseDiagnostics(sf);
  if (!diagnostics.length) return void 0;
  const first = diagnostics[0];
  const line = sf.getLineAndCharacterOfPosition(first.start).line + 1;
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more syntax error${diagnostics.length > 2 ? "s" : ""})` : "";
  return { line, reason: `${import_typescript17.default.flattenDiagnosticMessageText(first.messageText, " ")}${more}` };
}
function partlyRead(unit, missing) {
  const list = [...missing].sort();
  const shown = list.slice(0, 5).map((p) => `\`${p}\``).join(", ");
  const more = list.length > 5 ? ` and ${list.length - 5} more` : "";
  const path = unit.kind === "package" ? unit.manifest : unit.path;
  return finding(tsRules["ts/entry-points-unresolved"], {
    path,
    line: 1,
    symbol: unit.kind === "package" ? unit.name : unit.path,
    message: `The entry points import ${shown}${more}, which were not read; the API was compared as far as the files read go, and types from those files could not be judged.`
  });
}
function notGenerated(unit, tsconfig, sources, problems) {
  const why = problems.length ? `: ${problems.slice(0, 3).join("; ")}` : "";
  return finding(tsRules["ts/entry-points-unresolved"], {
    path: unit.manifest,
    line: 1,
    symbol: unit.name,
    message: `The declarations of \`${unit.name}\` could not be generated from ${sources.map((s) => `\`${s}\``).join(", ")}${tsconfig ? ` with \`${tsconfig}\`` : ""}${why}; its API was not compared.`
  });
}

// src/detectors/ts/package-units.ts
import { posix as posix5 } from "node:path";

// src/detectors/ts/entry-points.ts
import { posix as posix4 } from "node:path";
var CONDITIONS = {
  import: /* @__PURE__ */ new Set(["types", "import", "node", "default"]),
  require: /* @__PURE__ */ new Set(["types", "require", "node", "default"])
};
var MAX_PATTERN_ENTRIES = 100;
function entryTargets(manifestPath, text, paths) {
  let pkg;
  try {
    const json = JSON.parse(text);
    if (!json || typeof json !== "object" || Array.isArray(json)) return void 0;
    pkg = json;
  } catch {
    return void 0;
  }
  const dir = posix4.dirname(manifestPath);
  const at = (target) => {
    const joined = posix4.normalize(posix4.join(dir, target));
    return joined.startsWith("./") ? joined.slice(2) : joined;
  };
  const out = [];
  const named = [pkg.types, pkg.typings, pkg.main].filter((t) => typeof t === "string");
  out.push({
    subpath: ".",
    mode: "types",
    candidates: [...named.flatMap((t) => declarationCandidates(at(t))), at("index.d.ts"), at("index.ts")]
  });
  if (pkg.exports === void 0 || pkg.exports === null) return out;
  const subpaths = subpathsOf(pkg.exports);
  let patterns = 0;
  for (const [subpath, value] of subpaths) {
    for (const mode of ["import", "require"]) {
      const targets = conditionTargets(value, CONDITIONS[mode]);
      if (!subpath.includes("*")) {
        const candidates = targets.flatMap((t) => declarationCandidates(at(t)));
        if (candidates.length) out.push({ subpath, mode, candidates });
        continue;
      }
      for (const expanded of expandPattern(subpath, targets.map(at), paths)) {
        if (patterns++ >= MAX_PATTERN_ENTRIES) break;
        out.push({ ...expanded, mode });
      }
    }
  }
  return out;
}
function subpathsOf(exports) {
  const isSubpathObject = typeof exports === "object" && exports !== null && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith("."));
  return isSubpathObject ? Object.entries(exports) : [[".", exports]];
}
function conditionTargets(value, conditions) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => conditionTargets(v, conditions));
  if (!value || typeof value !== "object") return [];
  const out = [];
  for (const [key, sub] of Object.entries(value)) {
    if (conditions.has(key) || key.startsWith("types@")) out.push(...conditionTargets(sub, conditions));
  }
  return out;
}
function declarationCandidates(target) {
  if (/\.d\.[cm]?ts$/.test(target) || /\.[cm]?tsx?$/.test(target)) return [target];
  const m = /^(.*)\.([cm]?)js$/.exec(target);
  if (m) {
    const [, stem, flavour] = m;
    return flavour ? [`${stem}.${flavour}ts`, `${stem}.d.${flavour}ts`] : [`${stem}.ts`, `${stem}.tsx`, `${stem}.d.ts`];
  }
  if (/\.[a-z]+$/i.test(posix4.basename(target))) return [];
  return [`${target}.d.ts`, `${target}.ts`, `${target}/index.d.ts`, `${target}/index.ts`];
}
function expandPattern(subpath, targets, paths) {
  const out = /* @__PURE__ */ new Map();
  const all = [...paths];
  for (const target of targets) {
    for (const candidate of declarationCandidates(target)) {
      const star = candidate.indexOf("*");
      if (star < 0) continue;
      const [prefix, suffix] = [candidate.slice(0, star), candidate.slice(star + 1)];
      for (const p of all) {
        if (p.length < prefix.length + suffix.length || !p.startsWith(prefix) || !p.endsWith(suffix)) continue;
        const matched = p.slice(prefix.length, p.length - suffix.length);
        const key = subpath.replace("*", matched);
        if (!out.has(key)) out.set(key, [p]);
      }
    }
  }
  return [...out].map(([key, candidates]) => ({ subpath: key, candidates }));
}

// src/detectors/ts/package-units.ts
var DECLARATION2 = /\.d\.[cm]?ts$/;
function unitOf(path, sides, cache) {
  const manifest = nearestManifest(path, sides);
  if (manifest !== void 0) {
    let unit = cache.get(manifest);
    if (unit === void 0) {
      unit = packageUnit(manifest, sides);
      cache.set(manifest, unit);
    }
    if (unit) return unit;
  }
  return DECLARATION2.test(path) ? { kind: "file", path } : void 0;
}
function nearestManifest(path, sides) {
  let dir = posix5.dirname(path);
  for (; ; ) {
    const at = dir === "." ? "package.json" : `${dir}/package.json`;
    if (sides.before(at) !== void 0 || sides.after(at) !== void 0) return at;
    if (dir === ".") return void 0;
    dir = posix5.dirname(dir);
  }
}
function packageUnit(manifest, sides) {
  const dir = posix5.dirname(manifest) === "." ? "" : posix5.dirname(manifest);
  const byKey = /* @__PURE__ */ new Map();
  const source = { before: void 0, after: void 0 };
  let name = dir || "the root package";
  let unresolved;
  let named = false;
  for (const side of SIDES) {
    const text = sides[side](manifest);
    if (text === void 0) continue;
    const manifestFacts = readManifest(text);
    name = manifestFacts.name ?? name;
    named ||= manifestFacts.namesTypes;
    const targets = entryTargets(manifest, text, sides.paths);
    if (!targets) continue;
    const exists = (p) => sides[side](p) !== void 0;
    for (const target of targets) {
      let file = target.candidates.find(exists);
      const unread = target.candidates.find((c) => sides.paths.has(c) && !exists(c));
      if (!file && unread) unresolved ??= { target: unread, line: 1, unread: true };
      else if (!file) {
        const setup = source[side] ??= findTsconfig(dir, sides[side]);
        file = setup ? sourceEntry(setup, target.candidates[0], exists) : void 0;
        if (!file) unresolved ??= { target: target.candidates[0], line: lineOf2(text, target.candidates[0], dir) };
      }
      if (!file) continue;
      if (!DECLARATION2.test(file) && !source[side]) source[side] = findTsconfig(dir, sides[side]) ?? bareSetup(dir);
      addEntry(byKey, target.subpath, target.mode, side, file);
    }
  }
  const entries = mergeModes([...byKey.values()]);
  if (!entries.length || unresolved?.unread) {
    if (!unresolved || !named && !unresolved.unread) return null;
    return {
      kind: "unresolved",
      dir,
      manifest,
      name,
      line: unresolved.line,
      reason: unresolved.unread ? `its type entry point \`${unresolved.target}\` was not read` : `its type entry point \`${unresolved.target}\` is not in the repository and no tsconfig.json that emits declarations there was found`
    };
  }
  return { kind: "package", dir, manifest, name, entries, source };
}
function addEntry(byKey, subpath, mode, side, file) {
  const key = `${subpath}\0${mode}`;
  const entry = byKey.get(key) ?? { subpath, modes: [mode], files: { before: void 0, after: void 0 } };
  entry.files[side] ??= file;
  byKey.set(key, entry);
}
function mergeModes(entries) {
  const out = [];
  for (const e of entries) {
    const same = out.find(
      (o) => (o.subpath === e.subpath || e.modes.includes("types") || o.modes.includes("types")) && o.files.before === e.files.before && o.files.after === e.files.after
    );
    if (same) same.modes.push(...e.modes.filter((m) => !same.modes.includes(m)));
    else out.push(e);
  }
  const rank = (e) => (e.subpath === "." ? 0 : 1) * 10 + (e.modes.includes("import") ? 0 : 1);
  return out.sort((x, y) => rank(x) - rank(y) || x.subpath.localeCompare(y.subpath));
}
function readManifest(text) {
  try {
    const pkg = JSON.parse(text);
    const name = typeof pkg.name === "string" ? pkg.name : void 0;
    return { name, namesTypes: ["types", "typings", "exports"].some((k) => pkg[k] !== void 0 && pkg[k] !== null) };
  } catch {
    return { namesTypes: false };
  }
}
function lineOf2(text, target, dir) {
  const rel = dir ? posix5.relative(dir, target) : target;
  const i = text.indexOf(rel);
  return i < 0 ? 1 : text.slice(0, i).split("\n").length;
}
function bareSetup(dir) {
  return { dir, path: void 0, options: {}, rootDirs: [dir ? `${dir}/src` : "src", dir] };
}

// src/detectors/ts/symbols.ts
var import_typescript18 = __toESM(require_typescript(), 1);
function symbolsOf(sf, path, script) {
  const byName = /* @__PURE__ */ new Map();
  const line = (n) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const add = (name, kind, at) => {
    const seen = byName.get(name);
    if (!seen) byName.set(name, { name, kind, path, line: line(at) });
    else if (seen.kind === "export" && kind !== "export") seen.kind = kind;
  };
  for (const st of sf.statements) {
    const flags = import_typescript18.default.canHaveModifiers(st) ? import_typescript18.default.getCombinedModifierFlags(st) : 0;
    const exported = script || (flags & import_typescript18.default.ModifierFlags.Export) !== 0;
    if (import_typescript18.default.isExportDeclaration(st) && st.exportClause && import_typescript18.default.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) add(el.name.text, "export", st);
      continue;
    }
    if (import_typescript18.default.isExportAssignment(st)) {
      add(st.isExportEquals ? "export=" : "default", "export", st);
      continue;
    }
    if (!exported) continue;
    const name = flags & import_typescript18.default.ModifierFlags.Default ? "default" : void 0;
    if (import_typescript18.default.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) if (import_typescript18.default.isIdentifier(d.name)) add(d.name.text, "export", d);
    } else if (import_typescript18.default.isClassDeclaration(st)) add(name ?? st.name?.text ?? "default", "class", st);
    else if (import_typescript18.default.isFunctionDeclaration(st)) add(name ?? st.name?.text ?? "default", "function", st);
    else if ((import_typescript18.default.isInterfaceDeclaration(st) || import_typescript18.default.isTypeAliasDeclaration(st) || import_typescript18.default.isEnumDeclaration(st) || import_typescript18.default.isModuleDeclaration(st)) && import_typescript18.default.isIdentifier(st.name))
      add(name ?? st.name.text, "export", st);
  }
  return [...byName.values()];
}

// src/detectors/ts/analyze.ts
var states = /* @__PURE__ */ new WeakMap();
var DECLARATION3 = /\.d\.[cm]?ts$/;
function analyzeTsPair(pair, ctx) {
  const cs = ctx.changeSet;
  let state = states.get(cs);
  if (!state) {
    state = { units: /* @__PURE__ */ new Map(), outcomes: /* @__PURE__ */ new Map() };
    states.set(cs, state);
  }
  const sides = sidesOf(cs);
  let unit = unitOf(pair.path, sides, state.units) ?? (pair.previousPath && unitOf(pair.previousPath, sides, state.units));
  if (!unit) return { findings: [], parsed: false };
  let notice = [];
  if (unit.kind === "unresolved") {
    const u = unit;
    notice = once(state, `unresolved:${u.manifest}`, () => unresolvedNotice(u));
    if (!DECLARATION3.test(pair.path)) return { findings: notice, parsed: false };
    unit = { kind: "file", path: pair.path };
  }
  if (unit.kind === "file" && !isInterfacePath(pair.path, ctx.config)) return { findings: notice, parsed: false };
  const key = unit.kind === "package" ? `package:${unit.manifest}` : `file:${unit.path}`;
  let slot = state.outcomes.get(key);
  if (!slot) {
    slot = { reported: false };
    state.outcomes.set(key, slot);
    try {
      const u = unit;
      const changed2 = u.kind === "package" ? cs.files.filter((f) => unitOfPair(f, sides, state) === u) : [pair];
      slot.outcome = compareUnit({ unit, sides, changed: changed2, checkBudget: ctx.checkBudget });
    } catch (err) {
      slot.error = err;
    }
  }
  if (slot.error) throw slot.error;
  const outcome = slot.outcome;
  const findings = [...notice, ...slot.reported ? [] : outcome.findings];
  slot.reported = true;
  const failed = outcome.failed.has(pair.path) || pair.previousPath !== void 0 && outcome.failed.has(pair.previousPath);
  return { findings, parsed: !failed, symbols: symbolsFor(pair, outcome, sides) };
}
function unitOfPair(f, sides, state) {
  return unitOf(f.path, sides, state.units) ?? (f.previousPath ? unitOf(f.previousPath, sides, state.units) : void 0);
}
function once(state, key, make) {
  if (state.outcomes.has(key)) return [];
  state.outcomes.set(key, { reported: true });
  return make();
}
function unresolvedNotice(unit) {
  return [
    finding(tsRules["ts/entry-points-unresolved"], {
      path: unit.manifest,
      line: unit.line,
      symbol: unit.name,
      message: `The API of \`${unit.name}\` was not compared: ${unit.reason}.`
    })
  ];
}
function symbolsFor(pair, outcome, sides) {
  const list = (side, path) => {
    const text = sides[side](path);
    if (text === void 0) return [];
    const inProgram = outcome.program?.sourceFile(side, path);
    if (inProgram) return symbolsOf(inProgram, pair.path, outcome.program.scripts.has(inProgram.fileName));
    const sf = import_typescript19.default.createSourceFile(
      path,
      text,
      { languageVersion: import_typescript19.default.ScriptTarget.Latest, jsDocParsingMode: import_typescript19.default.JSDocParsingMode.ParseNone },
      true
    );
    return symbolsOf(sf, pair.path, !import_typescript19.default.isExternalModule(sf));
  };
  return { before: list("before", pair.previousPath ?? pair.path), after: list("after", pair.path) };
}

// src/detectors/ts/index.ts
var tsDetector = defineDetector({
  id: "ts",
  title: "TypeScript API",
  async init() {
    loadLibFiles();
  },
  appliesTo: isTsSourcePath,
  analyze(pair, ctx) {
    return analyzeTsPair(pair, ctx);
  }
});
export {
  tsDetector
};
