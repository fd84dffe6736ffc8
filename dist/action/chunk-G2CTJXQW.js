import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  isTsSourcePath,
  tsRules
} from "./chunk-IN7VAXLQ.js";
import {
  sidesOf
} from "./chunk-J2O5DEA7.js";
import {
  isInterfacePath
} from "./chunk-YQ3XP3KO.js";
import {
  matchesAny
} from "./chunk-Q4YYWYEA.js";
import {
  defineDetector,
  finding
} from "./chunk-Q4TXYATH.js";
import {
  require_typescript
} from "./chunk-CML2VLQQ.js";
import {
  __toESM
} from "./chunk-KKDR6D62.js";

// src/detectors/ts/compare-context.ts
function emit(ctx, {
  rule: rule2,
  question,
  ...facts
}) {
  ctx.pending.push({ finding: finding(rule2, { path: ctx.path, ...facts }), question });
}
function child(parent, name) {
  return parent ? `${parent}.${name}` : name;
}

// src/detectors/ts/compare-property-types.ts
function splitAccessor(m) {
  return m.writeType !== void 0 && m.writeType.key !== m.type?.key;
}
function comparePropertyTypes(b, a, ctx, where) {
  const { symbol, direction } = where;
  if (!splitAccessor(b) && !splitAccessor(a)) {
    if (b.type && a.type && b.type.key !== a.type.key)
      changed(ctx, symbol, a.line, { before: b.type, after: a.type, direction }, "changed type");
    return;
  }
  const built = !where.isClass && direction !== "out";
  if (b.type && a.type && b.type.key !== a.type.key)
    changed(
      ctx,
      symbol,
      a.line,
      { before: b.type, after: a.type, direction: built ? "both" : "out" },
      "changed its read (getter) type"
    );
  const bw = b.writeType ?? b.type;
  const aw = a.writeType ?? a.type;
  if (a.readonly || !bw || !aw || bw.key === aw.key) return;
  changed(
    ctx,
    symbol,
    a.line,
    { before: bw, after: aw, direction: built ? "both" : "in" },
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

// src/detectors/ts/compare-signatures.ts
function compareOverloads(before, after, ctx, where) {
  const afterLeft = [...after];
  const beforeLeft = [];
  for (const b of before) {
    const i = afterLeft.findIndex((a) => a.text === b.text);
    if (i >= 0) afterLeft.splice(i, 1);
    else beforeLeft.push(b);
  }
  beforeLeft.forEach((b, i) => {
    const a = afterLeft[i];
    if (a) return compareSignature(b, a, ctx, where);
    emit(ctx, {
      rule: where.role === "constructor" ? tsRules["ts/constructor-changed"] : tsRules["ts/overload-removed"],
      line: after[0]?.line ?? b.line,
      symbol: where.symbol,
      message: `${label(where)} lost the overload \`${describe(b)}\` (${before.length} \u2192 ${after.length} overloads); calls matching it no longer compile.`
    });
  });
}
function label(where) {
  return where.role === "constructor" ? `The constructor of ${where.symbol.replace(/\.constructor$/, "")}` : `${where.symbol}()`;
}
function describe(s) {
  const params = s.params.map((p) => `${p.rest ? "..." : ""}${p.name}${p.optional ? "?" : ""}: ${p.type?.text ?? "any"}`).join(", ");
  return `(${params})${s.returns ? `: ${s.returns.text}` : ""}`;
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
    question
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
      question
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
  const required = a.filter((t) => !t.hasDefault).length;
  for (let i = b.length; i < a.length; i++) {
    if (!a[i].hasDefault)
      say(
        tsRules["ts/type-param-added-required"],
        `type parameter \`${a[i].name}\` was added without a default; references with ${b.length} type argument(s) no longer compile.`
      );
  }
  if (a.length <= b.length && required > b.filter((t) => !t.hasDefault).length) {
    say(
      tsRules["ts/type-param-added-required"],
      `a type parameter lost its default (${required} now required); references omitting it no longer compile.`
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
    if (bt.defaultKey !== void 0 && at.defaultKey !== void 0 && bt.defaultKey !== at.defaultKey) {
      say(
        tsRules["ts/param-type-changed"],
        `the default of type parameter \`${at.name}\` changed; references that omit it now mean another type.`
      );
    }
  }
}

// src/detectors/ts/compare-members.ts
var RANK = { public: 0, protected: 1, private: 2 };
function compareMembers(before, after, ctx, owner) {
  const dropped = owner.heritageBefore.filter((h) => !owner.heritage.includes(h));
  const olds = [...before.values()].map((member) => ({ member }));
  for (const [key, m] of dropped.length ? ctx.inheritedMembers.before(dropped) : []) {
    if (!before.has(key)) olds.push({ member: m.member, droppedBase: m.via, generic: m.generic });
  }
  for (const old of olds) compareOld(old, after, ctx, owner);
  if (owner.kind === "interface" && owner.direction !== "out") reportAddedRequired(before, after, ctx, owner);
}
function compareOld({ member: b, droppedBase, generic }, after, ctx, owner) {
  ctx.checkBudget();
  if (b.visibility === "private") return;
  const a = after.get(b.key);
  const symbol = child(owner.symbol, b.kind === "call" ? "()" : b.kind === "construct" ? "new()" : b.name);
  if (!a && ctx.inheritedAfter(owner.heritage, b.key)) return;
  if (!a) {
    const rule2 = owner.kind === "class" ? tsRules["ts/class-member-removed"] : tsRules["ts/property-removed"];
    const how = droppedBase ? `was inherited from \`${droppedBase}\`, which \`${owner.symbol}\` no longer extends` : "was removed";
    emit(ctx, {
      rule: rule2,
      line: b.line,
      symbol,
      message: `${describe2(b)} \`${symbol}\` ${how}; code using it no longer compiles.`
    });
    return;
  }
  if (generic) return;
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
function reportAddedRequired(before, after, ctx, owner) {
  const added = owner.heritage.filter((h) => !owner.heritageBefore.includes(h));
  const had = ctx.inheritedMembers.before(owner.heritageBefore);
  const news = [...after.values()].map((member) => ({ member }));
  for (const [key, m] of added.length ? ctx.inheritedMembers.after(added) : [])
    if (!after.has(key)) news.push({ member: m.member, via: m.via });
  for (const { member: a, via } of news) {
    if (before.has(a.key) || had.has(a.key) || a.optional || a.kind === "index" || a.kind === "call" || a.kind === "construct")
      continue;
    const symbol = child(owner.symbol, a.name);
    const what = `${a.kind === "method" ? "method" : "property"} \`${symbol}\``;
    emit(ctx, {
      rule: tsRules["ts/property-became-required"],
      line: a.line,
      symbol,
      message: via ? `Required ${what} is now inherited from \`${via}\`, which \`${owner.symbol}\` now extends; objects written without it no longer compile.` : `Required ${what} was added to a type users build; objects written without it no longer compile.`
    });
  }
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
    const [bs, as] = [b.signatures, a.signatures];
    if (bs.length && as.length && !b.optional && !a.optional && !(a.readonly && !b.readonly))
      return compareOverloads(bs, as, ctx, { symbol, role: "method" });
    emit(ctx, {
      rule: tsRules["ts/property-type-changed"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` changed from a ${b.kind} to a ${a.kind}.`
    });
    return;
  }
  if (!isProperty(b)) return compareOverloads(b.signatures, a.signatures, ctx, { symbol, role: "method" });
  const direction = owner.kind === "class" ? b.readonly ? "out" : "both" : owner.direction;
  if (!b.readonly && a.readonly) {
    emit(ctx, {
      rule: tsRules["ts/property-became-readonly"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` became readonly; code assigning to it no longer compiles.`
    });
  }
  if (b.optional && !a.optional && direction !== "out") {
    emit(ctx, {
      rule: tsRules["ts/property-became-required"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` became required; objects written without it no longer compile.`
    });
  }
  if (!b.optional && a.optional && direction !== "in") {
    emit(ctx, {
      rule: tsRules["ts/property-type-changed"],
      severity: direction === "out" || owner.kind === "class" ? "error" : "warning",
      line: a.line,
      symbol,
      message: `\`${symbol}\` became optional; code reading it must now handle \`undefined\`.`
    });
  }
  comparePropertyTypes(b, a, ctx, { symbol, direction, isClass: owner.kind === "class" });
}

// src/detectors/ts/compare-surface.ts
function compareSurfaces(b, a, ctx, scope) {
  for (const [name, be] of b.exports) {
    ctx.checkBudget();
    const ae = a.exports.get(name);
    if (ae) compareEntry(be, ae, ctx, scope);
    else if (!providedByStar(name, a, scope)) removed(name, be.line, ctx, scope);
  }
  const afterStars = new Set(a.stars.map((s) => s.module));
  for (const star of b.stars) {
    if (afterStars.has(star.module)) continue;
    const names = scope.resolveStar("before", star.module);
    if (!names) {
      emit(ctx, {
        rule: tsRules["ts/export-removed"],
        line: star.line,
        symbol: `* from "${star.module}"`,
        message: `\`export * from "${star.module}"\` was removed; everything it re-exported is no longer exported.`
      });
      continue;
    }
    for (const name of names) {
      if (!a.exports.has(name) && !providedByStar(name, a, scope)) {
        emit(ctx, {
          rule: tsRules["ts/export-removed"],
          line: star.line,
          symbol: child(scope.prefix, name),
          message: `\`${name}\` is no longer exported: \`export * from "${star.module}"\` was removed.`
        });
      }
    }
  }
}
function providedByStar(name, a, scope) {
  return a.stars.some((s) => scope.resolveStar("after", s.module)?.includes(name));
}
function removed(name, line, ctx, scope) {
  const symbol = child(scope.prefix, name);
  if (name === "default" || name === "export=") {
    emit(ctx, {
      rule: tsRules["ts/default-export-changed"],
      line,
      symbol,
      message: `The ${name === "default" ? "default export" : "`export =`"} was removed; imports of it fail.`
    });
  } else if (scope.nested) {
    emit(ctx, {
      rule: tsRules["ts/namespace-member-removed"],
      line,
      symbol,
      message: `\`${symbol}\` was removed from namespace \`${scope.prefix}\`; code using it no longer compiles.`
    });
  } else {
    emit(ctx, {
      rule: tsRules["ts/export-removed"],
      line,
      symbol,
      message: `\`${name}\` is no longer exported; imports of it fail.`
    });
  }
}
var VALUE_KINDS = /* @__PURE__ */ new Set(["function", "class", "enum", "variable", "namespace", "alias"]);
var TYPE_KINDS = /* @__PURE__ */ new Set(["class", "interface", "enum", "type", "alias"]);
var kinds = (e) => e.decls.map((d) => d.kind).join(" + ") || "unknown";
function compareEntry(b, a, ctx, scope) {
  const symbol = child(scope.prefix, b.target && b.target === a.target ? b.target : b.name);
  if (b.name === "default" || b.name === "export=") {
    const what = b.name === "default" ? "default export" : "`export =`";
    if (b.target !== a.target || kinds(b) !== kinds(a)) {
      const from = b.target ? `\`${b.target}\`` : `a ${kinds(b)}`;
      const to = a.target ? `\`${a.target}\`` : `a ${kinds(a)}`;
      emit(ctx, {
        rule: tsRules["ts/default-export-changed"],
        line: a.line,
        symbol,
        message: `The ${what} changed from ${from} to ${to}.`
      });
      return;
    }
  }
  const lost = [];
  for (const bd of b.decls) {
    const ad = a.decls.find((d) => d.kind === bd.kind) ?? a.decls.find((d) => isObjectLike(d) && isObjectLike(bd));
    if (ad) compareDecl(bd, ad, ctx, { ...scope, symbol, name: b.name });
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
    return emit(ctx, {
      rule: tsRules["ts/property-type-changed"],
      line: a.line,
      symbol,
      message: `Exported ${b.isConst ? "constant" : "variable"} \`${symbol}\` changed type from \`${b.type.text}\` to \`${a.type.text}\`.`,
      question: { before: b.type, after: a.type, direction }
    });
  }
  if (b.kind === "namespace" && a.kind === "namespace")
    return compareSurfaces(b.surface, a.surface, ctx, { ...scope, prefix: symbol, nested: true });
  if (b.kind === "alias" && a.kind === "alias" && b.target !== a.target) {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
      line: a.line,
      symbol,
      message: `\`${symbol}\` is now re-exported from \`${a.target}\` instead of \`${b.target}\`; check the two are the same API.`
    });
  }
}
function compareObjectLike(b, a, ctx, scope) {
  const bm = b.kind === "interface" ? b.members : b.members;
  const am = a.kind === "interface" ? a.members : a.members;
  if (bm && am)
    return compareMembers(bm, am, ctx, {
      symbol: scope.symbol,
      kind: "interface",
      direction: ctx.usageOf(scope.name),
      heritage: a.kind === "interface" ? a.heritage : [],
      heritageBefore: b.kind === "interface" ? b.heritage : []
    });
  if (b.kind === "type" && a.kind === "type" && b.type.key !== a.type.key) {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
      line: a.line,
      symbol: scope.symbol,
      message: `Type alias \`${scope.symbol}\` changed from \`${b.type.text}\` to \`${a.type.text}\`.`,
      question: { before: b.type, after: a.type, direction: "both" }
    });
  } else if (b.kind !== a.kind) {
    emit(ctx, {
      rule: tsRules["ts/type-alias-changed"],
      line: a.line,
      symbol: scope.symbol,
      message: `\`${scope.symbol}\` changed from ${b.kind === "type" ? "a type alias" : "an interface"} to ${a.kind === "type" ? "a type alias" : "an interface"} whose shape could not be compared member by member.`
    });
  }
}
var IMPLICIT_CTOR = { typeParams: [], params: [], line: 0, text: "||", visibility: "public" };
function compareClass(b, a, ctx, symbol) {
  if (!b.abstract && a.abstract) {
    emit(ctx, {
      rule: tsRules["ts/constructor-changed"],
      line: a.line,
      symbol: `${symbol}.constructor`,
      message: `Class \`${symbol}\` became abstract; \`new ${symbol}()\` no longer compiles.`
    });
  }
  const implicit = (own, inherited, extendsOther, line) => {
    if (own.length) return own;
    const base2 = extendsOther ? inherited : [];
    return base2 && base2.length ? base2.map((s) => ({ ...s, line })) : base2 ? [{ ...IMPLICIT_CTOR, line }] : void 0;
  };
  const bc = implicit(b.ctors, ctx.inheritedCtors.before(b.heritage), b.extendsOther, b.line);
  const ac = implicit(a.ctors, ctx.inheritedCtors.after(a.heritage), a.extendsOther, a.line);
  if (bc && ac) compareOverloads(bc, ac, ctx, { symbol: `${symbol}.constructor`, role: "constructor" });
  compareMembers(b.members, a.members, ctx, {
    symbol,
    kind: "class",
    direction: "both",
    heritage: a.heritage,
    heritageBefore: b.heritage
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

// src/detectors/ts/checker.ts
var import_typescript3 = __toESM(require_typescript(), 1);

// src/detectors/ts/lib-files.ts
var import_typescript = __toESM(require_typescript(), 1);
import { dirname, join } from "node:path";
var DEFAULT_LIB = "lib.es2022.full.d.ts";
var texts;
var parsed = /* @__PURE__ */ new Map();
function loadLibFiles() {
  if (texts) return;
  const dir = dirname(import_typescript.default.getDefaultLibFilePath({}));
  const loaded = /* @__PURE__ */ new Map();
  const queue = [DEFAULT_LIB];
  while (queue.length) {
    const name = queue.pop();
    if (loaded.has(name)) continue;
    const text = import_typescript.default.sys.readFile(join(dir, name));
    if (text === void 0) continue;
    loaded.set(name, text);
    for (const ref of import_typescript.default.preProcessFile(text, true, true).libReferenceDirectives)
      queue.push(`lib.${ref.fileName.toLowerCase()}.d.ts`);
  }
  texts = loaded;
}
function libSourceFile(name) {
  const cached = parsed.get(name);
  if (cached) return cached;
  const text = texts?.get(name);
  if (text === void 0) return void 0;
  const sf = import_typescript.default.createSourceFile(`/lib/${name}`, text, import_typescript.default.ScriptTarget.ES2022, true);
  parsed.set(name, sf);
  return sf;
}
function libsLoaded() {
  return texts !== void 0;
}

// src/detectors/ts/generic-types.ts
var import_typescript2 = __toESM(require_typescript(), 1);
var REJECT = /* @__PURE__ */ new Set([
  import_typescript2.default.SyntaxKind.AnyKeyword,
  import_typescript2.default.SyntaxKind.ImportType,
  import_typescript2.default.SyntaxKind.InferType,
  import_typescript2.default.SyntaxKind.MappedType,
  import_typescript2.default.SyntaxKind.TypeQuery,
  import_typescript2.default.SyntaxKind.ThisType
]);
function genericForm(node, sf, checker) {
  const params = /* @__PURE__ */ new Map();
  const edits = [];
  let ok = true;
  const visit = (n, inConstraint) => {
    if (!ok) return;
    if (REJECT.has(n.kind)) return void (ok = false);
    if (import_typescript2.default.isTypeReferenceNode(n)) {
      let symbol = checker.getSymbolAtLocation(import_typescript2.default.isQualifiedName(n.typeName) ? n.typeName.right : n.typeName);
      if (symbol && symbol.flags & import_typescript2.default.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const decl = symbol?.declarations?.[0];
      if (!symbol || !decl) return void (ok = false);
      if (symbol.flags & import_typescript2.default.SymbolFlags.TypeParameter) {
        if (inConstraint || !import_typescript2.default.isTypeParameterDeclaration(decl) || decl.pos >= node.pos && decl.end <= node.end)
          return void (ok = false);
        const at2 = positionOf(decl);
        const constraint = decl.constraint ? genericForm(decl.constraint, decl.getSourceFile(), checker) : void 0;
        if (decl.constraint && (!constraint || constraint.params.size)) return void (ok = false);
        params.set(at2, constraint?.text);
        edits.push({ start: n.typeName.getStart(sf), end: n.typeName.end, text: `__P${at2}` });
      } else if (!symbol.declarations.every((d) => d.getSourceFile().fileName.startsWith("/lib/"))) {
        return void (ok = false);
      }
    }
    import_typescript2.default.forEachChild(n, (c) => visit(c, inConstraint));
  };
  visit(node, false);
  if (!ok) return void 0;
  const start = node.getStart(sf);
  let text = "";
  let at = start;
  for (const e of edits.sort((x, y) => x.start - y.start)) {
    text += sf.text.slice(at, e.start) + e.text;
    at = e.end;
  }
  text += sf.text.slice(at, node.end);
  return { text, params };
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
function comparisonDeclaration(name, b, a) {
  const params = new Map(b.params);
  for (const [at, c] of a.params) {
    if (params.has(at) && params.get(at) !== c) return void 0;
    params.set(at, c);
  }
  if ([...params.keys()].some((k) => k < 0)) return void 0;
  const list = [...params].sort(([x], [y]) => x - y).map(([at, c]) => `__P${at}${c === void 0 ? "" : ` extends ${c}`}`);
  return `declare function ${name}<${list.join(", ")}>(before: ${b.text}, after: ${a.text}): void;`;
}

// src/detectors/ts/checker.ts
var OPTIONS = {
  target: import_typescript3.default.ScriptTarget.ES2022,
  module: import_typescript3.default.ModuleKind.ESNext,
  moduleResolution: import_typescript3.default.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: []
};
function settleWithChecker(pending, input) {
  const questions = pending.filter((p) => p.question);
  if (!questions.length || !libsLoaded()) return pending;
  input.checkBudget();
  const program = import_typescript3.default.createProgram({
    rootNames: [`/before/${input.beforePath}`, `/after/${input.afterPath}`],
    options: OPTIONS,
    host: host(input)
  });
  const checker = program.getTypeChecker();
  const bsf = program.getSourceFile(`/before/${input.beforePath}`);
  const asf = program.getSourceFile(`/after/${input.afterPath}`);
  if (!bsf || !asf) return pending;
  const judged = pending.map((p) => p.question ? judge(p.question, bsf, asf, checker) : "unknown");
  const verdicts = settleGeneric(judged, pending, input.checkBudget);
  const out = [];
  for (const [i, p] of pending.entries()) {
    input.checkBudget();
    const verdict = verdicts[i];
    if (verdict === "equivalent") continue;
    if (verdict === "compatible") {
      const how = p.question.direction === "in" ? "widened: every value accepted before is still accepted" : "narrowed: every value returned now was a valid value before";
      out.push({
        finding: {
          ...p.finding,
          severity: "notice",
          message: `${p.finding.message} The type was only ${how}, so existing code still compiles.`
        }
      });
    } else out.push(p);
  }
  return out;
}
function judge(q, bsf, asf, checker) {
  const bn = findTypeNode(bsf, q.before.pos, q.before.end);
  const an = findTypeNode(asf, q.after.pos, q.after.end);
  if (!bn || !an) return "unknown";
  if (!selfContained(bn, checker) || !selfContained(an, checker)) {
    const before = genericForm(bn, bsf, checker);
    const after = genericForm(an, asf, checker);
    return before && after && (before.params.size || after.params.size) ? { before, after } : "unknown";
  }
  return relate(checker.getTypeFromTypeNode(bn), checker.getTypeFromTypeNode(an), q.direction, checker);
}
function settleGeneric(judged, pending, checkBudget) {
  const decls = judged.map(
    (j, i) => typeof j === "string" ? void 0 : comparisonDeclaration(`__q${i}`, j.before, j.after)
  );
  const verdicts = judged.map((j) => typeof j === "string" ? j : "unknown");
  if (!decls.some(Boolean)) return verdicts;
  checkBudget();
  const text = `export {};
${decls.filter(Boolean).join("\n")}
`;
  const program = import_typescript3.default.createProgram({ rootNames: ["/generic.ts"], options: OPTIONS, host: syntheticHost(text) });
  const sf = program.getSourceFile("/generic.ts");
  if (!sf || program.getSyntacticDiagnostics(sf).length) return verdicts;
  const checker = program.getTypeChecker();
  const flagged = program.getSemanticDiagnostics(sf).map((d) => d.start ?? -1);
  for (const st of sf.statements) {
    if (!import_typescript3.default.isFunctionDeclaration(st) || !st.name || flagged.some((at) => at >= st.pos && at < st.end)) continue;
    const i = Number(st.name.text.slice(3));
    const [bp, ap] = st.parameters;
    if (!bp?.type || !ap?.type) continue;
    verdicts[i] = relate(
      checker.getTypeFromTypeNode(bp.type),
      checker.getTypeFromTypeNode(ap.type),
      pending[i].question.direction,
      checker
    );
  }
  return verdicts;
}
function syntheticHost(text) {
  return {
    ...host({ beforePath: "", afterPath: "", checkBudget: () => {
    }, before: () => void 0, after: () => void 0 }),
    getSourceFile: (fileName, languageVersion) => fileName.startsWith("/lib/") ? libSourceFile(fileName.slice(5)) : fileName === "/generic.ts" ? import_typescript3.default.createSourceFile(fileName, text, languageVersion, true) : void 0,
    fileExists: (f) => f.startsWith("/lib/") ? libSourceFile(f.slice(5)) !== void 0 : f === "/generic.ts",
    readFile: (f) => f === "/generic.ts" ? text : void 0
  };
}
function relate(tb, ta, direction, checker) {
  const q = { direction };
  const isAny = (t) => (t.flags & import_typescript3.default.TypeFlags.Any) !== 0;
  if (isAny(tb) || isAny(ta)) return "unknown";
  const widened = checker.isTypeAssignableTo(tb, ta);
  const narrowed = checker.isTypeAssignableTo(ta, tb);
  if (widened && narrowed) return "equivalent";
  if (q.direction === "in" && widened || q.direction === "out" && narrowed) return "compatible";
  return "unknown";
}
function findTypeNode(sf, start, end) {
  let found;
  const visit = (n) => {
    if (found || n.end < end || n.pos > start) return;
    if (import_typescript3.default.isTypeNode(n) && n.getStart(sf) === start && n.end === end) {
      found = n;
      return;
    }
    import_typescript3.default.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}
function selfContained(node, checker) {
  let ok = true;
  const visit = (n) => {
    if (!ok) return;
    if (n.kind === import_typescript3.default.SyntaxKind.AnyKeyword || import_typescript3.default.isImportTypeNode(n) || import_typescript3.default.isInferTypeNode(n) || import_typescript3.default.isMappedTypeNode(n)) {
      ok = false;
      return;
    }
    const name = import_typescript3.default.isTypeReferenceNode(n) ? n.typeName : import_typescript3.default.isTypeQueryNode(n) ? n.exprName : void 0;
    if (name) {
      let symbol = checker.getSymbolAtLocation(import_typescript3.default.isQualifiedName(name) ? name.right : name);
      if (symbol && symbol.flags & import_typescript3.default.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (!symbol || symbol.flags === import_typescript3.default.SymbolFlags.None || symbol.flags & import_typescript3.default.SymbolFlags.TypeParameter) ok = false;
      else if (import_typescript3.default.isTypeReferenceNode(n) && checker.getTypeFromTypeNode(n).flags & import_typescript3.default.TypeFlags.Any) ok = false;
    }
    import_typescript3.default.forEachChild(n, visit);
  };
  visit(node);
  return ok;
}
function host(input) {
  const read = (fileName) => {
    const side = fileName.startsWith("/before/") ? input.before : fileName.startsWith("/after/") ? input.after : void 0;
    const text = side?.(fileName.replace(/^\/(before|after)\//, ""));
    return text === void 0 ? void 0 : `${text}
export {};
`;
  };
  return {
    getSourceFile: (fileName, languageVersion) => {
      if (fileName.startsWith("/lib/")) return libSourceFile(fileName.slice(5));
      const text = read(fileName);
      return text === void 0 ? void 0 : import_typescript3.default.createSourceFile(fileName, text, languageVersion, true);
    },
    getDefaultLibFileName: () => `/lib/${DEFAULT_LIB}`,
    getDefaultLibLocation: () => "/lib",
    writeFile: () => {
    },
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (f) => f.startsWith("/lib/") ? libSourceFile(f.slice(5)) !== void 0 : read(f) !== void 0,
    readFile: (f) => read(f),
    directoryExists: (d) => d.startsWith("/before") || d.startsWith("/after") || d === "/lib" || d === "/",
    getDirectories: () => []
  };
}

// src/detectors/ts/parse-file.ts
var import_typescript9 = __toESM(require_typescript(), 1);

// src/detectors/ts/parse-surface.ts
var import_typescript8 = __toESM(require_typescript(), 1);

// src/detectors/ts/parse-decl.ts
var import_typescript7 = __toESM(require_typescript(), 1);

// src/detectors/ts/print-type.ts
var import_typescript4 = __toESM(require_typescript(), 1);

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
var printer = import_typescript4.default.createPrinter({ removeComments: true });
var SIMPLE = /^[\w$.<>[\],\s]*$/;
function normalizeType(node, sf) {
  if (import_typescript4.default.isUnionTypeNode(node) || import_typescript4.default.isIntersectionTypeNode(node)) {
    const parts = node.types.map((t) => normalizeType(t, sf)).sort();
    return parts.join(import_typescript4.default.isUnionTypeNode(node) ? " | " : " & ");
  }
  if (import_typescript4.default.isTypeReferenceNode(node) && node.typeArguments) {
    const name = node.typeName.getText(sf);
    if ((name === "Array" || name === "ReadonlyArray") && node.typeArguments.length === 1) {
      const element = normalizeType(node.typeArguments[0], sf);
      const wrapped = element.includes(" ") ? `(${element})` : element;
      return `${name === "ReadonlyArray" ? "readonly " : ""}${wrapped}[]`;
    }
    return `${node.typeName.getText(sf)}<${node.typeArguments.map((t) => normalizeType(t, sf)).join(", ")}>`;
  }
  if (import_typescript4.default.isArrayTypeNode(node)) return `${normalizeType(node.elementType, sf)}[]`;
  if (import_typescript4.default.isParenthesizedTypeNode(node)) return `(${normalizeType(node.type, sf)})`;
  if (import_typescript4.default.isTypeOperatorNode(node)) return `${import_typescript4.default.tokenToString(node.operator)} ${normalizeType(node.type, sf)}`;
  if (import_typescript4.default.isLiteralTypeNode(node) && import_typescript4.default.isStringLiteral(node.literal)) return JSON.stringify(node.literal.text);
  const raw = node.getText(sf);
  if (SIMPLE.test(raw) && !/\w\s+\w/.test(raw)) return raw.replace(/\s+/g, "").replace(/,/g, ", ");
  return printed(node, sf);
}
function printed(node, sf) {
  const raw = node.getText(sf);
  const target = raw.includes("|") || raw.includes("&") ? sortUnions(node, sf) : node;
  return printer.printNode(import_typescript4.default.EmitHint.Unspecified, target, sf).replace(/\s+/g, " ").replace(/;\s*}/g, " }").trim();
}
function typeRef(node, sf) {
  const refs = [];
  const walk = (n) => {
    if (import_typescript4.default.isTypeReferenceNode(n)) refs.push(leftmost(n.typeName));
    else if (import_typescript4.default.isExpressionWithTypeArguments(n) && import_typescript4.default.isIdentifier(n.expression)) refs.push(n.expression.text);
    import_typescript4.default.forEachChild(n, walk);
  };
  walk(node);
  const text = normalizeType(node, sf);
  return { text, key: canonical(text), refs, pos: node.getStart(sf), end: node.end };
}
function leftmost(name) {
  return import_typescript4.default.isIdentifier(name) ? name.text : leftmost(name.left);
}
function sortUnions(node, sf) {
  const result = import_typescript4.default.transform(node, [
    (context) => {
      const visit = (n) => {
        const v = import_typescript4.default.visitEachChild(n, visit, context);
        if (import_typescript4.default.isUnionTypeNode(v)) return context.factory.updateUnionTypeNode(v, sortedTypes(v.types, sf));
        if (import_typescript4.default.isIntersectionTypeNode(v))
          return context.factory.updateIntersectionTypeNode(v, sortedTypes(v.types, sf));
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
  const keyed = types.map((t) => ({ t, k: printer.printNode(import_typescript4.default.EmitHint.Unspecified, t, sf) }));
  keyed.sort((a, b) => a.k < b.k ? -1 : a.k > b.k ? 1 : 0);
  return import_typescript4.default.factory.createNodeArray(keyed.map((x) => x.t));
}

// src/detectors/ts/parse-members.ts
var import_typescript6 = __toESM(require_typescript(), 1);

// src/detectors/ts/parse-signature.ts
var import_typescript5 = __toESM(require_typescript(), 1);
function lineOf(node, sf) {
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
}
function typeParamsOf(list, sf) {
  return (list ?? []).map((tp) => ({
    name: tp.name.text,
    constraint: tp.constraint ? typeRef(tp.constraint, sf) : void 0,
    defaultKey: tp.default ? canonical(normalizeType(tp.default, sf)) : void 0,
    hasDefault: tp.default !== void 0
  }));
}
function visibilityOf(node) {
  const flags = import_typescript5.default.getCombinedModifierFlags(node);
  if (flags & import_typescript5.default.ModifierFlags.Private) return "private";
  if (flags & import_typescript5.default.ModifierFlags.Protected) return "protected";
  return "public";
}
function paramOf(p, sf) {
  return {
    name: import_typescript5.default.isIdentifier(p.name) ? p.name.text : normalizeType(p.name, sf),
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
  const params = node.parameters.filter((p) => !(import_typescript5.default.isIdentifier(p.name) && p.name.text === "this")).map((p) => paramOf(p, sf));
  const typeParams = typeParamsOf(node.typeParameters, sf);
  const returns = node.type ? typeRef(node.type, sf) : void 0;
  const text = [
    typeParams.map((t) => `${canonical(t.name)}:${t.constraint?.key ?? ""}:${t.defaultKey ?? ""}`).join(","),
    params.map((p) => `${p.rest ? "..." : ""}${p.optional ? "?" : ""}${p.type?.key ?? "any"}`).join(","),
    returns?.key ?? ""
  ].join("|");
  return { typeParams, params, returns, line: lineOf(node, sf), text, visibility: visibilityOf(node) };
}

// src/detectors/ts/parse-members.ts
function membersOf(nodes, sf, checkBudget) {
  const members = /* @__PURE__ */ new Map();
  const setters = /* @__PURE__ */ new Set();
  for (const node of nodes) {
    checkBudget();
    if (import_typescript6.default.isConstructorDeclaration(node)) {
      for (const p of node.parameters)
        if (import_typescript6.default.isIdentifier(p.name) && import_typescript6.default.getCombinedModifierFlags(p) & import_typescript6.default.ModifierFlags.ParameterPropertyModifier) {
          add(propertyMember(p.name.text, p, p.type, sf, { optional: p.questionToken !== void 0 }));
        }
      continue;
    }
    if (import_typescript6.default.isClassStaticBlockDeclaration(node) || import_typescript6.default.isSemicolonClassElement(node)) continue;
    const name = memberName(node, sf);
    if (name === void 0) continue;
    if (import_typescript6.default.isSetAccessor(node)) {
      const key = keyOf(node, name);
      setters.add(key);
      const p = node.parameters[0];
      const existing = members.get(key);
      const writeType = p?.type ? typeRef(p.type, sf) : void 0;
      if (existing?.kind === "property") existing.writeType = writeType;
      else members.set(key, { ...propertyMember(name, node, p?.type, sf, { readonly: false }), writeType });
      continue;
    }
    if (import_typescript6.default.isGetAccessor(node)) {
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
    if (import_typescript6.default.isMethodDeclaration(node) || import_typescript6.default.isMethodSignature(node)) {
      if (node.body && hasOverloads(nodes, name)) continue;
      addSignature(name, node, "method", signatureOf(node, sf));
    } else if (import_typescript6.default.isCallSignatureDeclaration(node)) addSignature("()", node, "call", signatureOf(node, sf));
    else if (import_typescript6.default.isConstructSignatureDeclaration(node)) addSignature("new()", node, "construct", signatureOf(node, sf));
    else if (import_typescript6.default.isIndexSignatureDeclaration(node)) add(propertyMember(name, node, node.type, sf, { kind: "index" }));
    else if (import_typescript6.default.isPropertyDeclaration(node))
      add(propertyMember(name, node, node.type ?? literalInitializer(node.initializer), sf, {}));
    else if (import_typescript6.default.isPropertySignature(node)) add(propertyMember(name, node, node.type, sf, {}));
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
  const literal = import_typescript6.default.isStringLiteral(init) || import_typescript6.default.isNumericLiteral(init) || import_typescript6.default.isNoSubstitutionTemplateLiteral(init) || init.kind === import_typescript6.default.SyntaxKind.TrueKeyword || init.kind === import_typescript6.default.SyntaxKind.FalseKeyword;
  const negative = import_typescript6.default.isPrefixUnaryExpression(init) && init.operator === import_typescript6.default.SyntaxKind.MinusToken && import_typescript6.default.isNumericLiteral(init.operand);
  return literal || negative ? init : void 0;
}
function hasOverloads(nodes, name) {
  return nodes.filter(
    (n) => (import_typescript6.default.isMethodDeclaration(n) || import_typescript6.default.isMethodSignature(n)) && n.name && import_typescript6.default.isIdentifier(n.name) && n.name.text === name
  ).length > 1;
}
function memberName(node, sf) {
  if (import_typescript6.default.isIndexSignatureDeclaration(node)) {
    const p = node.parameters[0];
    return `[${p?.type ? p.type.getText(sf) : "key"}]`;
  }
  const name = node.name;
  if (!name) return void 0;
  if (import_typescript6.default.isPrivateIdentifier(name)) return void 0;
  if (import_typescript6.default.isIdentifier(name) || import_typescript6.default.isStringLiteral(name) || import_typescript6.default.isNumericLiteral(name)) return name.text;
  return name.getText(sf);
}
function isStatic(node) {
  return import_typescript6.default.canHaveModifiers(node) && (import_typescript6.default.getCombinedModifierFlags(node) & import_typescript6.default.ModifierFlags.Static) !== 0;
}
function keyOf(node, name) {
  return isStatic(node) ? `static:${name}` : name;
}
function base(node, name, sf) {
  const flags = import_typescript6.default.canHaveModifiers(node) ? import_typescript6.default.getCombinedModifierFlags(node) : 0;
  return {
    name,
    optional: node.questionToken !== void 0,
    readonly: (flags & import_typescript6.default.ModifierFlags.Readonly) !== 0,
    isStatic: isStatic(node),
    visibility: visibilityOf(node),
    line: lineOf(node, sf)
  };
}
function propertyMember(name, node, type, sf, over) {
  const b = base(node, name, sf);
  const signatures = type && import_typescript6.default.isTypeNode(type) ? functionSignatures(type, sf) ?? [] : [];
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
  if (import_typescript6.default.isFunctionTypeNode(type)) return [signatureOf(type, sf)];
  if (import_typescript6.default.isParenthesizedTypeNode(type)) return functionSignatures(type.type, sf);
  if (!import_typescript6.default.isIntersectionTypeNode(type)) return void 0;
  const parts = type.types.map((t) => functionSignatures(t, sf));
  return parts.every((p) => p !== void 0) ? parts.flat() : void 0;
}

// src/detectors/ts/parse-decl.ts
function declOf(node, sf, checkBudget) {
  const generic = import_typescript7.default.isClassDeclaration(node) || import_typescript7.default.isInterfaceDeclaration(node) || import_typescript7.default.isTypeAliasDeclaration(node) ? node.typeParameters : void 0;
  return withTypeParams(typeParamNames(generic), () => readDecl(node, sf, checkBudget));
}
function readDecl(node, sf, checkBudget) {
  const line = lineOf(node, sf);
  if (import_typescript7.default.isFunctionDeclaration(node)) return { kind: "function", signatures: [signatureOf(node, sf)], line };
  if (import_typescript7.default.isClassDeclaration(node)) return classOf(node, sf, checkBudget);
  if (import_typescript7.default.isInterfaceDeclaration(node)) {
    return {
      kind: "interface",
      typeParams: typeParamsOf(node.typeParameters, sf),
      members: membersOf(node.members, sf, checkBudget),
      heritage: heritageOf(node),
      line
    };
  }
  if (import_typescript7.default.isEnumDeclaration(node)) return enumOf(node, sf);
  if (import_typescript7.default.isTypeAliasDeclaration(node)) {
    const members = import_typescript7.default.isTypeLiteralNode(node.type) ? membersOf(node.type.members, sf, checkBudget) : void 0;
    return {
      kind: "type",
      typeParams: typeParamsOf(node.typeParameters, sf),
      type: typeRef(node.type, sf),
      members,
      line
    };
  }
  if (import_typescript7.default.isVariableDeclaration(node)) {
    const isConst = (import_typescript7.default.getCombinedNodeFlags(node) & import_typescript7.default.NodeFlags.Const) !== 0;
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
    if (clause.token !== import_typescript7.default.SyntaxKind.ExtendsKeyword) continue;
    for (const t of clause.types) {
      const e = t.expression;
      if (import_typescript7.default.isIdentifier(e)) out.push(e.text);
      else if (import_typescript7.default.isPropertyAccessExpression(e)) out.push(e.name.text);
    }
  }
  return out;
}
function callable(type) {
  if (import_typescript7.default.isFunctionTypeNode(type) || import_typescript7.default.isConstructorTypeNode(type)) return true;
  if (import_typescript7.default.isTypeLiteralNode(type)) return type.members.some(import_typescript7.default.isCallSignatureDeclaration) || void 0;
  if (import_typescript7.default.isLiteralTypeNode(type) || import_typescript7.default.isArrayTypeNode(type) || import_typescript7.default.isTupleTypeNode(type)) return false;
  const keywords = [
    import_typescript7.default.SyntaxKind.StringKeyword,
    import_typescript7.default.SyntaxKind.NumberKeyword,
    import_typescript7.default.SyntaxKind.BooleanKeyword,
    import_typescript7.default.SyntaxKind.BigIntKeyword,
    import_typescript7.default.SyntaxKind.SymbolKeyword,
    import_typescript7.default.SyntaxKind.UndefinedKeyword,
    import_typescript7.default.SyntaxKind.NullKeyword,
    import_typescript7.default.SyntaxKind.VoidKeyword,
    import_typescript7.default.SyntaxKind.NeverKeyword
  ];
  return keywords.includes(type.kind) ? false : void 0;
}
function classOf(node, sf, checkBudget) {
  const ctorNodes = node.members.filter(import_typescript7.default.isConstructorDeclaration);
  const declared = ctorNodes.length > 1 ? ctorNodes.filter((c) => !c.body) : ctorNodes;
  const ctors = declared.map((c) => signatureOf(c, sf));
  return {
    kind: "class",
    typeParams: typeParamsOf(node.typeParameters, sf),
    members: membersOf(node.members, sf, checkBudget),
    ctors,
    abstract: (import_typescript7.default.getCombinedModifierFlags(node) & import_typescript7.default.ModifierFlags.Abstract) !== 0,
    extendsOther: (node.heritageClauses ?? []).some((h) => h.token === import_typescript7.default.SyntaxKind.ExtendsKeyword),
    heritage: heritageOf(node),
    line: lineOf(node, sf)
  };
}
function enumOf(node, sf) {
  const members = /* @__PURE__ */ new Map();
  let previous;
  for (const m of node.members) {
    const name = import_typescript7.default.isIdentifier(m.name) || import_typescript7.default.isStringLiteral(m.name) ? m.name.text : m.name.getText(sf);
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

// src/detectors/ts/parse-surface.ts
function surfaceOf(sf, checkBudget) {
  return blockSurface(sf.statements, sf, checkBudget, import_typescript8.default.isExternalModule(sf) ? "module" : "script");
}
function blockSurface(statements, sf, checkBudget, kind) {
  const explicit = kind === "module" || kind === "ambient" && statements.some(hasExportSyntax);
  const scope = {
    locals: /* @__PURE__ */ new Map(),
    imports: /* @__PURE__ */ new Map(),
    exported: /* @__PURE__ */ new Map(),
    surface: { exports: /* @__PURE__ */ new Map(), stars: [], isModule: kind === "module" }
  };
  for (const st of statements) {
    checkBudget();
    visitStatement(st, scope, sf, checkBudget, explicit);
  }
  for (const [name, { local, line, decl }] of scope.exported) {
    const decls = decl ? [decl] : local !== void 0 ? scope.locals.get(local) ?? importAlias(scope, local) : [];
    scope.surface.exports.set(name, {
      name,
      decls,
      line,
      target: name === "default" || name === "export=" ? local : void 0
    });
  }
  return scope.surface;
}
function hasExportSyntax(st) {
  return import_typescript8.default.isExportDeclaration(st) || import_typescript8.default.isExportAssignment(st) || import_typescript8.default.canHaveModifiers(st) && (import_typescript8.default.getCombinedModifierFlags(st) & import_typescript8.default.ModifierFlags.Export) !== 0;
}
function importAlias(scope, local) {
  const imp = scope.imports.get(local);
  return imp ? [
    {
      kind: "alias",
      target: `${imp.importedName} from ${imp.module}`,
      module: imp.module,
      importedName: imp.importedName,
      line: imp.line
    }
  ] : [];
}
function visitStatement(st, scope, sf, checkBudget, explicit) {
  const line = lineOf(st, sf);
  const flags = import_typescript8.default.canHaveModifiers(st) ? import_typescript8.default.getCombinedModifierFlags(st) : 0;
  const isExported = !explicit || (flags & import_typescript8.default.ModifierFlags.Export) !== 0;
  const isDefault = (flags & import_typescript8.default.ModifierFlags.Default) !== 0;
  if (import_typescript8.default.isImportDeclaration(st) && import_typescript8.default.isStringLiteral(st.moduleSpecifier)) return recordImport(st, scope, line);
  if (import_typescript8.default.isImportEqualsDeclaration(st) && import_typescript8.default.isExternalModuleReference(st.moduleReference) && import_typescript8.default.isStringLiteral(st.moduleReference.expression)) {
    scope.imports.set(st.name.text, { module: st.moduleReference.expression.text, importedName: "export=", line });
    if (isExported && explicit) scope.exported.set(st.name.text, { local: st.name.text, line });
    return;
  }
  if (import_typescript8.default.isExportDeclaration(st)) return recordExportDeclaration(st, scope, line);
  if (import_typescript8.default.isExportAssignment(st)) {
    const name = st.isExportEquals ? "export=" : "default";
    const local2 = import_typescript8.default.isIdentifier(st.expression) ? st.expression.text : void 0;
    const decl2 = local2 ? void 0 : { kind: "variable", type: void 0, isConst: true, line };
    scope.exported.set(name, { local: local2, line, decl: decl2 });
    return;
  }
  if (import_typescript8.default.isModuleDeclaration(st)) return recordNamespace(st, scope, sf, checkBudget, isExported);
  if (import_typescript8.default.isVariableStatement(st)) {
    for (const d of st.declarationList.declarations) {
      if (!import_typescript8.default.isIdentifier(d.name)) continue;
      addLocal(scope, d.name.text, declOf(d, sf, checkBudget));
      if (isExported) scope.exported.set(d.name.text, { local: d.name.text, line: lineOf(d, sf) });
    }
    return;
  }
  const decl = declOf(st, sf, checkBudget);
  if (!decl) return;
  const named = st.name;
  const local = named && import_typescript8.default.isIdentifier(named) ? named.text : void 0;
  if (import_typescript8.default.isFunctionDeclaration(st) && st.body && local && hasSiblingOverloads(st, local)) return;
  if (local) addLocal(scope, local, decl);
  if (isDefault) scope.exported.set("default", local ? { local, line } : { line, decl });
  else if (isExported && local) scope.exported.set(local, { local, line: scope.exported.get(local)?.line ?? line });
}
function hasSiblingOverloads(fn, name) {
  const parent = fn.parent;
  return parent.statements.some((s) => s !== fn && import_typescript8.default.isFunctionDeclaration(s) && s.name?.text === name);
}
function addLocal(scope, name, decl) {
  const list = scope.locals.get(name) ?? [];
  const same = list.find((d) => d.kind === decl.kind);
  if (same && same.kind === "function") same.signatures.push(...decl.signatures);
  else if (same && same.kind === "interface")
    for (const [k, m] of decl.members) same.members.set(k, m);
  else if (same && same.kind === "namespace" && decl.kind === "namespace") {
    for (const [k, e] of decl.surface.exports) same.surface.exports.set(k, e);
    same.surface.stars.push(...decl.surface.stars);
  } else list.push(decl);
  scope.locals.set(name, list);
}
function recordImport(st, scope, line) {
  const module = st.moduleSpecifier.text;
  const clause = st.importClause;
  if (!clause) return;
  if (clause.name) scope.imports.set(clause.name.text, { module, importedName: "default", line });
  const nb = clause.namedBindings;
  if (nb && import_typescript8.default.isNamespaceImport(nb)) scope.imports.set(nb.name.text, { module, importedName: "*", line });
  if (nb && import_typescript8.default.isNamedImports(nb))
    for (const el of nb.elements)
      scope.imports.set(el.name.text, { module, importedName: (el.propertyName ?? el.name).text, line });
}
function recordExportDeclaration(st, scope, line) {
  const module = st.moduleSpecifier && import_typescript8.default.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : void 0;
  const clause = st.exportClause;
  if (module !== void 0 && !clause) {
    scope.surface.stars.push({ module, line });
    return;
  }
  if (clause && import_typescript8.default.isNamespaceExport(clause) && module !== void 0) {
    scope.exported.set(clause.name.text, {
      line,
      decl: { kind: "alias", target: `* from ${module}`, module, importedName: "*", line }
    });
    return;
  }
  if (!clause || !import_typescript8.default.isNamedExports(clause)) return;
  for (const el of clause.elements) {
    const exportName = el.name.text;
    const localName = (el.propertyName ?? el.name).text;
    if (module !== void 0) {
      scope.exported.set(exportName, {
        line,
        decl: { kind: "alias", target: `${localName} from ${module}`, module, importedName: localName, line }
      });
    } else scope.exported.set(exportName, { local: localName, line });
  }
}
function recordNamespace(st, scope, sf, checkBudget, isExported) {
  const line = lineOf(st, sf);
  let body = st.body;
  const names = [st.name.text];
  while (body && import_typescript8.default.isModuleDeclaration(body)) {
    names.push(body.name.text);
    body = body.body;
  }
  const statements = body && import_typescript8.default.isModuleBlock(body) ? body.statements : [];
  const ambientString = import_typescript8.default.isStringLiteral(st.name);
  const inner = blockSurface(statements, sf, checkBudget, "ambient");
  let decl = { kind: "namespace", surface: inner, line };
  for (let i = names.length - 1; i > 0; i--) {
    const inner2 = { name: names[i], decls: [decl], line };
    const exports = /* @__PURE__ */ new Map([[names[i], inner2]]);
    decl = { kind: "namespace", surface: { exports, stars: [], isModule: false }, line };
  }
  const name = ambientString ? `module "${names[0]}"` : st.name.text === "global" && st.flags & import_typescript8.default.NodeFlags.GlobalAugmentation ? "global" : names[0];
  addLocal(scope, name, decl);
  if (isExported || ambientString || name === "global")
    scope.exported.set(name, { local: name, line: scope.exported.get(name)?.line ?? line });
}

// src/detectors/ts/parse-file.ts
function scriptKind(path) {
  return /\.tsx$/.test(path) ? import_typescript9.default.ScriptKind.TSX : import_typescript9.default.ScriptKind.TS;
}
function parseFile(path, text, checkBudget) {
  if (text.includes("\0")) return { ok: false, line: 1, reason: "the file holds binary data (NUL bytes)" };
  const options = { languageVersion: import_typescript9.default.ScriptTarget.Latest, jsDocParsingMode: import_typescript9.default.JSDocParsingMode.ParseNone };
  const sf = import_typescript9.default.createSourceFile(path, text, options, true, scriptKind(path));
  checkBudget();
  const diagnostics = sf.parseDiagnostics ?? [];
  if (diagnostics.length) {
    const first = diagnostics[0];
    const line = sf.getLineAndCharacterOfPosition(first.start).line + 1;
    const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more syntax error${diagnostics.length > 2 ? "s" : ""})` : "";
    return { ok: false, line, reason: `${import_typescript9.default.flattenDiagnosticMessageText(first.messageText, " ")}${more}` };
  }
  return { ok: true, surface: surfaceOf(sf, checkBudget) };
}

// src/detectors/ts/resolve-module.ts
import { posix } from "node:path";
var SUFFIXES = [".d.ts", ".ts", ".tsx", ".d.mts", ".mts", ".d.cts", ".cts", "/index.d.ts", "/index.ts"];
function resolveModule(fromPath, spec, exists) {
  if (!spec.startsWith(".")) return void 0;
  const joined = posix.normalize(posix.join(posix.dirname(fromPath), spec));
  if (joined.startsWith("..")) return void 0;
  const stem = joined.replace(/\.(c|m)?js$/, "").replace(/\.d\.(c|m)?ts$/, "").replace(/\.(c|m)?tsx?$/, "");
  if (/\.d\.(c|m)?ts$/.test(joined) && exists(joined)) return joined;
  return SUFFIXES.map((s) => stem + s).find(exists);
}

// src/detectors/ts/star-names.ts
function starResolver(fromPaths, sides, checkBudget) {
  const cache2 = /* @__PURE__ */ new Map();
  const namesOf = (side, from, spec, depth) => {
    const read = sides[side];
    const target = resolveModule(from, spec, (p) => read(p) !== void 0);
    if (!target || depth > 4) return void 0;
    const key = `${side}:${target}`;
    if (cache2.has(key)) return cache2.get(key);
    cache2.set(key, void 0);
    const parsed2 = parseFile(target, read(target), checkBudget);
    let names;
    if (parsed2.ok) {
      names = [...parsed2.surface.exports.keys()].filter((n) => n !== "default");
      for (const star of parsed2.surface.stars) names.push(...namesOf(side, target, star.module, depth + 1) ?? []);
    }
    cache2.set(key, names);
    return names;
  };
  return (side, module) => namesOf(side, fromPaths[side], module, 0);
}

// src/detectors/ts/symbols.ts
function symbolsOf(surface, path) {
  const out = [];
  for (const entry of surface.exports.values()) {
    const kinds2 = entry.decls.map((d) => d.kind);
    const kind = kinds2.includes("class") ? "class" : kinds2.includes("function") ? "function" : "export";
    out.push({ name: entry.name, kind, path, line: entry.line });
  }
  return out;
}

// src/detectors/ts/usage.ts
function usageOf(surfaces) {
  const inputs = /* @__PURE__ */ new Set();
  const outputs = /* @__PURE__ */ new Set();
  const membersByName = /* @__PURE__ */ new Map();
  for (const s of surfaces) walkSurface(s);
  propagate(inputs);
  propagate(outputs);
  return (name) => inputs.has(name) && !outputs.has(name) ? "in" : outputs.has(name) && !inputs.has(name) ? "out" : "both";
  function walkSurface(s) {
    for (const entry of s.exports.values()) for (const d of entry.decls) walkDecl(entry.name, d);
  }
  function walkDecl(name, d) {
    if (d.kind === "function") d.signatures.forEach(sig);
    else if (d.kind === "class") {
      d.ctors.forEach(sig);
      walkMembers(d.members);
      for (const m of d.members.values()) {
        if (m.kind !== "property" || m.visibility === "private") continue;
        mark(outputs, m.type);
        if (!m.readonly) mark(inputs, m.type);
      }
    } else if (d.kind === "interface") {
      membersByName.set(name, d.members);
      walkMembers(d.members);
    } else if (d.kind === "type" && d.members) membersByName.set(name, d.members);
    else if (d.kind === "variable") mark(outputs, d.type);
    else if (d.kind === "namespace") walkSurface(d.surface);
  }
  function walkMembers(members) {
    for (const m of members.values()) m.signatures.forEach(sig);
  }
  function sig(s) {
    for (const p of s.params) mark(inputs, p.type);
    mark(outputs, s.returns);
  }
  function mark(set, t) {
    for (const r of t?.refs ?? []) set.add(r);
  }
  function propagate(set) {
    const queue = [...set];
    while (queue.length) {
      const members = membersByName.get(queue.pop());
      for (const m of members?.values() ?? []) {
        for (const r of m.type?.refs ?? [])
          if (!set.has(r)) {
            set.add(r);
            queue.push(r);
          }
      }
    }
  }
}

// src/detectors/ts/inherited.ts
function inheritedLookup(surface) {
  const find = (heritage, key, depth) => {
    if (depth > 10) return false;
    for (const name of heritage) {
      for (const d of surface.exports.get(name)?.decls ?? []) {
        if (d.kind !== "class" && d.kind !== "interface") continue;
        if (d.members.has(key) || find(d.heritage, key, depth + 1)) return true;
      }
    }
    return false;
  };
  return (heritage, key) => find(heritage, key, 0);
}
function inheritedCtors(surface) {
  const find = (heritage, depth) => {
    if (depth > 10) return void 0;
    for (const name of heritage) {
      const base2 = surface.exports.get(name)?.decls.find((d) => d.kind === "class");
      if (base2?.kind !== "class") continue;
      if (base2.ctors.length) return base2.ctors;
      return base2.extendsOther ? find(base2.heritage, depth + 1) : [];
    }
    return void 0;
  };
  return (heritage) => find(heritage, 0);
}
function inheritedMembers(surface) {
  return (heritage) => {
    const out = /* @__PURE__ */ new Map();
    const walk = (names, via, generic, depth) => {
      if (depth > 10) return;
      for (const name of names) {
        for (const d of surface.exports.get(name)?.decls ?? []) {
          if (d.kind !== "class" && d.kind !== "interface") continue;
          const g = generic || d.typeParams.length > 0;
          for (const [key, member] of d.members)
            if (!out.has(key)) out.set(key, { member, via: via ?? name, generic: g });
          walk(d.heritage, via ?? name, g, depth + 1);
        }
      }
    };
    walk(heritage, void 0, false, 0);
    return out;
  };
}

// src/detectors/ts/analyze.ts
function analyzeTsPair(pair, ctx) {
  const beforePath = pair.previousPath ?? pair.path;
  const before = pair.before === null ? void 0 : parseFile(beforePath, pair.before, ctx.checkBudget);
  const after = pair.after === null ? void 0 : parseFile(pair.path, pair.after, ctx.checkBudget);
  const failures = [];
  for (const [version, parsed2] of [
    ["base", before],
    ["head", after]
  ]) {
    if (parsed2 && !parsed2.ok) {
      failures.push(
        finding(tsRules["ts/parse-failed"], {
          path: pair.path,
          line: parsed2.line,
          message: `The ${version} version of ${version === "base" ? beforePath : pair.path} does not parse as TypeScript: ${parsed2.reason} (line ${parsed2.line}). Its API changes could not be compared.`
        })
      );
    }
  }
  if (failures.length) return { findings: failures, parsed: false };
  const b = before?.ok ? before.surface : empty();
  const a = after?.ok ? after.surface : empty();
  const symbols = { before: symbolsOf(b, beforePath), after: symbolsOf(a, pair.path) };
  if (!before) return { findings: [], parsed: true, symbols };
  const sides = sidesOf(ctx.changeSet);
  const cctx = {
    path: pair.path,
    pending: [],
    checkBudget: ctx.checkBudget,
    usageOf: usageOf([b, a]),
    inheritedAfter: inheritedLookup(a),
    inheritedCtors: { before: inheritedCtors(b), after: inheritedCtors(a) },
    inheritedMembers: { before: inheritedMembers(b), after: inheritedMembers(a) }
  };
  compareSurfaces(b, a, cctx, {
    prefix: "",
    nested: false,
    resolveStar: starResolver({ before: beforePath, after: pair.path }, sides, ctx.checkBudget)
  });
  const settled = pair.after === null ? cctx.pending : settleWithChecker(cctx.pending, {
    beforePath,
    afterPath: pair.path,
    before: sides.before,
    after: sides.after,
    checkBudget: ctx.checkBudget
  });
  return { findings: settled.map((p) => p.finding), parsed: true, symbols };
}
function empty() {
  return { exports: /* @__PURE__ */ new Map(), stars: [], isModule: true };
}

// src/detectors/ts/entry-points.ts
var import_typescript10 = __toESM(require_typescript(), 1);
import { posix as posix2 } from "node:path";
var cache = /* @__PURE__ */ new WeakMap();
function isPackageEntry(path, cs) {
  let test = cache.get(cs);
  if (!test) {
    test = entryTest(cs);
    cache.set(cs, test);
  }
  return test(path);
}
function entryTest(cs) {
  const sides = sidesOf(cs);
  const globs = [];
  for (const p of sides.paths) {
    if (posix2.basename(p) !== "package.json") continue;
    for (const text of [sides.before(p), sides.after(p)]) if (text) globs.push(...typesEntries(p, text));
  }
  const public_ = /* @__PURE__ */ new Set();
  const queue = [...sides.paths].filter((p) => globs.length && matchesAny(p, globs));
  while (queue.length) {
    const p = queue.pop();
    if (public_.has(p)) continue;
    public_.add(p);
    for (const text of [sides.before(p), sides.after(p)]) {
      for (const spec of reexportSpecifiers(text)) {
        const target = resolveModule(p, spec, (x) => sides.paths.has(x));
        if (target && !public_.has(target)) queue.push(target);
      }
    }
  }
  return (path) => public_.has(path);
}
function typesEntries(manifestPath, text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  if (!json || typeof json !== "object") return [];
  const pkg = json;
  const dir = posix2.dirname(manifestPath);
  const out = [];
  const add = (target) => {
    if (typeof target === "string") out.push(posix2.normalize(posix2.join(dir, target)));
  };
  add(pkg.types);
  add(pkg.typings);
  const walk = (node, key) => {
    if (typeof node === "string" && (key === "types" || /\.d\.[cm]?ts$/.test(node))) add(node);
    else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(pkg.exports, "");
  return out.map((p) => p.startsWith("./") ? p.slice(2) : p);
}
function reexportSpecifiers(text) {
  if (!text) return [];
  const sf = import_typescript10.default.createSourceFile(
    "x.ts",
    text,
    { languageVersion: import_typescript10.default.ScriptTarget.Latest, jsDocParsingMode: import_typescript10.default.JSDocParsingMode.ParseNone },
    false
  );
  const out = [];
  for (const st of sf.statements) {
    if (import_typescript10.default.isExportDeclaration(st) && st.moduleSpecifier && import_typescript10.default.isStringLiteral(st.moduleSpecifier))
      out.push(st.moduleSpecifier.text);
  }
  return out;
}

// src/detectors/ts/index.ts
var DECLARATION = /\.d\.[cm]?ts$/;
var tsDetector = defineDetector({
  id: "ts",
  title: "TypeScript API",
  async init() {
    loadLibFiles();
  },
  appliesTo: isTsSourcePath,
  analyze(pair, ctx) {
    const declaration = DECLARATION.test(pair.path) && isInterfacePath(pair.path, ctx.config);
    if (!declaration && !isPackageEntry(pair.path, ctx.changeSet) && !(pair.previousPath && isPackageEntry(pair.previousPath, ctx.changeSet))) {
      return { findings: [], parsed: false };
    }
    return analyzeTsPair(pair, ctx);
  }
});
export {
  tsDetector
};
