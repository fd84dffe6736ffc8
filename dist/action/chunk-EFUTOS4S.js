import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  ABIS,
  ABI_NAMES,
  byName,
  canonical,
  compareRecords,
  compareTypedefs,
  enumSize,
  enumValues,
  evalInt,
  finish,
  hasVersionWord,
  headerVisibility,
  ioctlCall,
  isDeclarationList,
  isVersionMacro,
  loadGrammars,
  numberChanges,
  pairVariants,
  prepare,
  prettyText,
  report,
  scalarKey,
  spell,
  tokenize,
  unpairedBefore
} from "./chunk-L75H54IQ.js";
import {
  cRules
} from "./chunk-KXK4ET4D.js";
import "./chunk-SO46ML7E.js";
import {
  isHeaderPath
} from "./chunk-KZHQCXJL.js";
import "./chunk-B5JDPFOR.js";
import "./chunk-EWA356II.js";
import "./chunk-CHBFCZIL.js";
import {
  defineDetector
} from "./chunk-IWR2HKIX.js";
import "./chunk-55E76ZND.js";

// src/detectors/c/rules/enum.ts
var SENTINEL = /(_MAX|_COUNT|_LAST|_NUM)$|^NR_/i;
var label = (m) => m.en.name ? `enum ${m.en.name}.${m.member.name}` : m.member.name;
var hex = (v) => v < 0n || v < 10n ? `${v}` : `${v} (0x${v.toString(16)})`;
function compareEnums(cmp) {
  const before = members(cmp, "before");
  const after = members(cmp, "after");
  const appended = [...after.keys()].some((k) => !before.has(k));
  for (const [name, b] of before) {
    cmp.checkBudget();
    const a = after.get(name);
    if (!a) {
      if (keptAsMacro(cmp, name, b.value)) continue;
      report(cmp, {
        rule: cRules["c/enum-member-removed"],
        line: b.member.line,
        symbol: label(b),
        message: `Enum constant \`${name}\`${b.value !== void 0 ? ` (= ${hex(b.value)})` : ""} was removed.`
      });
      continue;
    }
    if (b.value === void 0 || a.value === void 0) {
      if (b.member.expr !== a.member.expr && (b.value !== void 0 || a.value !== void 0)) {
        report(cmp, {
          rule: cRules["c/enum-value-changed"],
          line: a.member.line,
          symbol: label(a),
          message: `Enum constant \`${name}\` changes from \`${b.member.expr ?? hex(b.value ?? 0n)}\` to \`${a.member.expr ?? "(implicit)"}\`; the value is unknown (${a.why ?? b.why}).`
        });
      }
      continue;
    }
    if (b.value === a.value) continue;
    if (appended && SENTINEL.test(name)) {
      report(cmp, {
        rule: cRules["c/enum-sentinel-moved"],
        line: a.member.line,
        symbol: label(a),
        message: `Sentinel \`${name}\` moves from ${hex(b.value)} to ${hex(a.value)} because members were added; code that sizes arrays or validates input with it changes meaning.`
      });
      continue;
    }
    report(cmp, {
      rule: cRules["c/enum-value-changed"],
      line: a.member.line,
      symbol: label(a),
      message: `Enum constant \`${name}\` changes value from ${hex(b.value)} to ${hex(a.value)}; compiled users keep the old number.`
    });
  }
  underlying(cmp);
}
function members(cmp, side) {
  const { model, env } = cmp[side];
  const out = /* @__PURE__ */ new Map();
  for (const en of model.enums) {
    const values = enumValues(en, env, "lp64");
    en.members.forEach((member, i) => {
      if (out.has(member.name)) return;
      const v = values[i];
      out.set(member.name, { en, member, value: v.ok ? v.value : void 0, why: v.ok ? void 0 : v.why });
    });
  }
  return out;
}
function underlying(cmp) {
  const storage = (e) => `${e.base ?? ""}|${e.attrs.packed ? "packed" : ""}|${e.members.map((m) => m.name).join(",")}`;
  const before = byName(cmp.before.model.enums, (e) => e.name);
  const after = byName(cmp.after.model.enums, (e) => e.name);
  const pairs = [...before].flatMap(([name, list]) => pairVariants(list, after.get(name) ?? [], storage));
  for (const [b, a] of pairs) {
    const changes = [];
    if ((b.base ?? "") !== (a.base ?? ""))
      changes.push(`underlying type \`${b.base ?? "int"}\` \u2192 \`${a.base ?? "int"}\``);
    if (!!b.attrs.packed !== !!a.attrs.packed) changes.push(a.attrs.packed ? "now packed" : "no longer packed");
    for (const abi of ABIS) {
      const sb = enumSize(b, cmp.before.env, abi);
      const sa = enumSize(a, cmp.after.env, abi);
      if (sb.ok && sa.ok && sb.size !== sa.size) {
        changes.push(`size ${sb.size}\u2192${sa.size} bytes on ${ABI_NAMES[abi]}`);
        break;
      }
    }
    if (changes.length)
      report(cmp, {
        rule: cRules["c/enum-underlying-changed"],
        line: a.line,
        symbol: `enum ${a.name}`,
        message: `\`enum ${a.name}\` changes storage: ${changes.join(", ")}; every struct member and parameter of this type changes size.`
      });
  }
}
function keptAsMacro(cmp, name, value) {
  const mac = cmp.after.model.macros.find((m) => m.name === name && !m.params);
  if (!mac || value === void 0) return false;
  const v = evalInt(mac.body, cmp.after.env, "lp64");
  return v.ok && v.value === value;
}

// src/detectors/c/rules/function.ts
function compareFunctions(cmp) {
  const sig2 = (side) => (f) => canonical({ k: "func", ret: f.ret, params: f.params, variadic: f.variadic }, cmp[side].env);
  const before = byName(cmp.before.model.functions, (f) => f.name);
  const after = byName(cmp.after.model.functions, (f) => f.name);
  for (const [name, list] of before) {
    cmp.checkBudget();
    const now = after.get(name);
    if (!now) {
      report(cmp, {
        rule: cRules["c/function-removed"],
        line: list[0].line,
        symbol: `${name}()`,
        message: `Function \`${name}()\` was removed; binaries calling it fail to link or load.`
      });
      continue;
    }
    for (const [b, a] of pairVariants(list, now, (f, side) => sig2(side)(f))) compareFunction(cmp, b, a);
    for (const gone of unpairedBefore(list, now, (f, side) => sig2(side)(f))) {
      const shown = `${name}(${gone.params.map((p) => spell(p.type)).join(", ")}${gone.variadic ? ", ..." : ""})`;
      report(cmp, {
        rule: cRules["c/function-removed"],
        line: gone.line,
        symbol: `${name}()`,
        message: `Overload \`${shown}\` was removed; binaries calling it fail to link or load.`
      });
    }
  }
  compareGlobals(cmp);
}
function compareFunction(cmp, b, a) {
  const sym = `${a.name}()`;
  const c = (t, side, quals2 = true) => canonical(t, cmp[side].env, quals2);
  const add = (rule, message, severity) => report(cmp, { rule, severity, line: a.line, symbol: sym, message });
  if (spell(b.ret) !== spell(a.ret) && c(b.ret, "before") !== c(a.ret, "after")) {
    if (c(b.ret, "before", false) === c(a.ret, "after", false)) {
      const compatible = pointeeQualsOnly(a.ret, cmp.after.env, b.ret, cmp.before.env);
      add(
        cRules["c/function-qualifier-changed"],
        `\`${sym}\` return type changes qualifiers: \`${spell(b.ret)}\` \u2192 \`${spell(a.ret)}\`${compatible ? "; callers reading the result compile and run unchanged" : "; callers storing the result in the old type no longer compile cleanly (C++: not at all), the ABI is unchanged"}.`,
        compatible ? "notice" : void 0
      );
    } else if (c(b.ret, "before") === "void" && valueInRegisters(a.ret, cmp.after.env))
      add(
        cRules["c/function-return-changed"],
        `\`${sym}\` now returns \`${spell(a.ret)}\` instead of \`void\`; old callers ignore the result register, so they keep working (function pointers of the old type need a cast).`,
        "notice"
      );
    else
      add(
        cRules["c/function-return-changed"],
        `\`${sym}\` return type changes from \`${spell(b.ret)}\` to \`${spell(a.ret)}\`${c(b.ret, "before") === "void" ? "; a record returned by value is written through a hidden pointer old callers do not pass" : ""}.`
      );
  }
  if (b.variadic !== a.variadic)
    add(
      cRules["c/variadic-changed"],
      `\`${sym}\` ${a.variadic ? "becomes" : "is no longer"} variadic; the calling convention for its arguments changes.`
    );
  const n = Math.min(b.params.length, a.params.length);
  for (let i = 0; i < n; i++) {
    const pb = b.params[i];
    const pa = a.params[i];
    if (spell(pb.type) === spell(pa.type) || c(pb.type, "before") === c(pa.type, "after")) continue;
    const which = `parameter ${i + 1}${pa.name ? ` (\`${pa.name}\`)` : ""}`;
    if (c(pb.type, "before", false) === c(pa.type, "after", false)) {
      const compatible = pointeeQualsOnly(pb.type, cmp.before.env, pa.type, cmp.after.env);
      add(
        cRules["c/function-qualifier-changed"],
        `\`${sym}\` ${which} changes qualifiers: \`${spell(pb.type)}\` \u2192 \`${spell(pa.type)}\`${compatible ? "; every argument old callers pass still converts implicitly, the ABI is unchanged" : "; callers whose arguments no longer convert implicitly get a diagnostic (an error in C++), the ABI is unchanged"}.`,
        compatible ? "notice" : void 0
      );
    } else
      add(
        cRules["c/function-param-type-changed"],
        `\`${sym}\` ${which} changes type from \`${spell(pb.type)}\` to \`${spell(pa.type)}\`.`
      );
  }
  if (a.params.length > b.params.length)
    add(
      cRules["c/function-param-added"],
      `\`${sym}\` takes ${a.params.length} parameters instead of ${b.params.length}: added ${a.params.slice(n).map((p) => `\`${spell(p.type)}${p.name ? " " + p.name : ""}\``).join(", ")}; existing callers pass garbage for it.`
    );
  if (a.params.length < b.params.length)
    add(
      cRules["c/function-param-removed"],
      `\`${sym}\` takes ${a.params.length} parameters instead of ${b.params.length}: removed ${b.params.slice(n).map((p) => `\`${spell(p.type)}${p.name ? " " + p.name : ""}\``).join(", ")}.`
    );
}
function compareGlobals(cmp) {
  const before = byName(cmp.before.model.globals, (g) => g.name);
  const after = byName(cmp.after.model.globals, (g) => g.name);
  const shape = (side) => (g) => canonical(g.type, cmp[side].env);
  for (const [name, list] of before) {
    const now = after.get(name);
    if (!now) {
      report(cmp, {
        rule: cRules["c/global-removed"],
        line: list[0].line,
        symbol: name,
        message: `Global variable \`${name}\` was removed; binaries using it fail to link or load.`
      });
      continue;
    }
    for (const [b, a] of pairVariants(list, now, (g, side) => shape(side)(g))) {
      if (spell(b.type) === spell(a.type)) continue;
      report(cmp, {
        rule: cRules["c/global-type-changed"],
        line: a.line,
        symbol: name,
        message: `Global variable \`${name}\` changes type from \`${spell(b.type)}\` to \`${spell(a.type)}\`.`
      });
    }
  }
}
function pointeeQualsOnly(narrow, narrowEnv, wide, wideEnv) {
  if (narrow.k !== "ptr" || wide.k !== "ptr") return false;
  const bare = (t, env) => canonical({ ...t, q: void 0 }, env);
  if (bare(narrow.to, narrowEnv) !== bare(wide.to, wideEnv)) return false;
  const has = new Set(quals(wide.to));
  return quals(narrow.to).every((x) => has.has(x));
}
function quals(t) {
  return "q" in t && t.q ? t.q : [];
}
function valueInRegisters(t, env, depth = 0) {
  if (depth > 16) return false;
  switch (t.k) {
    case "prim":
      return t.name !== "void";
    case "ptr":
    case "enum":
      return true;
    case "tag":
      return t.tag === "enum";
    case "name": {
      const td = env.typedefs.get(t.name);
      return td ? valueInRegisters(td.type, env, depth + 1) : scalarKey(t.name) !== void 0;
    }
    default:
      return false;
  }
}

// src/detectors/c/rules/macro.ts
var memberList = (body) => /;/.test(body) && isDeclarationList(tokenize(body));
var sig = (m) => `${m.params ? `(${m.params.join(",")})` : ""} ${m.body}`;
function compareMacros(cmp) {
  const before = byName(
    cmp.before.model.macros.filter((m) => m.name !== cmp.after.model.guard),
    (m) => m.name
  );
  const after = byName(
    cmp.after.model.macros.filter((m) => m.name !== cmp.before.model.guard),
    (m) => m.name
  );
  const versionBump = versionBumpIn(before, after);
  const versions = [];
  for (const [name, list] of before) {
    cmp.checkBudget();
    const now = after.get(name);
    if (!now) {
      const m = list[0];
      const constant = m.params ? void 0 : asEnumConstant(cmp, m);
      if (constant?.same) continue;
      if (constant) {
        report(cmp, {
          rule: cRules["c/macro-value-changed"],
          line: m.line,
          symbol: name,
          message: `\`${name}\` was \`#define\`d as ${constant.before} and is now an enum constant of value ${constant.after}; compiled users keep the old value.`
        });
        continue;
      }
      if (m.params)
        report(cmp, {
          rule: cRules["c/macro-changed"],
          line: m.line,
          symbol: `${name}()`,
          message: `Function-like macro \`${name}()\` was removed; code using it no longer compiles.`
        });
      else
        report(cmp, {
          rule: cRules["c/macro-removed"],
          line: m.line,
          symbol: name,
          message: `Macro \`${name}\`${m.body ? ` (\`${m.body}\`)` : ""} was removed; code using it no longer compiles.`
        });
      continue;
    }
    const pairs = list.length === 1 && now.length === 1 ? [[list[0], now[0]]] : pairVariants(list, now, sig);
    for (const [b, a] of pairs) compareMacro(cmp, b, a, { versionBump, versions });
  }
  reportVersions(cmp, versions);
}
function asEnumConstant(cmp, m) {
  const constant = cmp.after.env.constants.get(m.name);
  if (!constant) return void 0;
  const before = evalInt(m.body, cmp.before.env, "lp64");
  const after = enumValues(constant.en, cmp.after.env, "lp64")[constant.index];
  if (!before.ok || !after?.ok) return void 0;
  return { same: before.value === after.value, before: before.value, after: after.value };
}
function reportVersions(cmp, versions) {
  if (!versions.length) return;
  const shown = versions.slice(0, 6).map(([b, a]) => `\`${a.name}\` ${prettyText(b.body) || "(empty)"} \u2192 ${prettyText(a.body) || "(empty)"}`);
  const more = versions.length > 6 ? ` and ${versions.length - 6} more` : "";
  report(cmp, {
    rule: cRules["c/version-macro-changed"],
    line: versions[0][1].line,
    symbol: versions[0][1].name,
    message: `Version macros change: ${shown.join(", ")}${more}. A version is meant to change between releases; compiled users keep the version they were built against.`
  });
}
function versionBumpIn(before, after) {
  for (const [name, list] of before) {
    if (!hasVersionWord(name)) continue;
    const now = after.get(name);
    if (now && now.map(sig).join("\n") !== list.map(sig).join("\n")) return true;
  }
  return false;
}
function compareMacro(cmp, b, a, version) {
  if (b.params || a.params) {
    if (sig(b) !== sig(a))
      report(cmp, {
        rule: cRules["c/macro-changed"],
        line: a.line,
        symbol: `${a.name}()`,
        message: `Function-like macro \`${a.name}\` changes from \`${sig(b).trim()}\` to \`${sig(a).trim()}\`; code compiled against it keeps the old expansion.`
      });
    return;
  }
  const ib = ioctlCall(b.body, cmp.before.env);
  const ia = ioctlCall(a.body, cmp.after.env);
  if (ib && ia) {
    const { changed, text } = numberChanges(ib, ia);
    if (!changed && b.body === a.body) return;
    const args = b.body === a.body ? "" : ` (\`${prettyText(b.body)}\` \u2192 \`${prettyText(a.body)}\`)`;
    report(cmp, {
      rule: cRules["c/ioctl-number-changed"],
      line: a.line,
      symbol: a.name,
      message: `ioctl \`${a.name}\` changes number: ${text}${args}; old binaries issue a request the kernel no longer recognises.`
    });
    return;
  }
  if (b.body === a.body && !/[A-Za-z_]/.test(b.body)) return;
  if (isVersionMacro(a.name, cmp.path, version.versionBump)) {
    if (b.body !== a.body) version.versions.push([b, a]);
    return;
  }
  if (b.body !== a.body && memberList(b.body) && memberList(a.body)) {
    report(cmp, {
      rule: cRules["c/macro-changed"],
      line: a.line,
      symbol: a.name,
      message: `Member-list macro \`${a.name}\` changes from \`${prettyText(b.body)}\` to \`${prettyText(a.body)}\`; what that does to binaries is the layout of the structs that expand it, compared where those structs are in the change (structs in headers outside it are not seen).`
    });
    return;
  }
  const vb = evalInt(b.body, cmp.before.env, "lp64");
  const va = evalInt(a.body, cmp.after.env, "lp64");
  if (vb.ok && va.ok) {
    if (vb.value === va.value) return;
    if (b.body === a.body && SENTINEL.test(a.name)) {
      report(cmp, {
        rule: cRules["c/enum-sentinel-moved"],
        line: a.line,
        symbol: a.name,
        message: `Sentinel macro \`${a.name}\` (\`${a.body}\`) moves from ${vb.value} to ${va.value} because the constants it is built from moved; code that sizes arrays or validates input with it changes meaning.`
      });
      return;
    }
    const why = b.body === a.body ? ` (its text \`${a.body}\` is unchanged; something it uses changed)` : ` (\`${prettyText(b.body)}\` \u2192 \`${prettyText(a.body)}\`)`;
    report(cmp, {
      rule: cRules["c/macro-value-changed"],
      line: a.line,
      symbol: a.name,
      message: `Macro \`${a.name}\` changes value from ${vb.value} to ${va.value}${why}; compiled users keep the old value.`
    });
    return;
  }
  if (b.body !== a.body)
    report(cmp, {
      rule: cRules["c/macro-value-changed"],
      line: a.line,
      symbol: a.name,
      message: `Macro \`${a.name}\` changes from \`${b.body || "(empty)"}\` to \`${a.body || "(empty)"}\`; compiled users keep the old value.`
    });
}

// src/detectors/c/index.ts
var cDetector = defineDetector({
  id: "c",
  title: "C headers",
  init: loadGrammars,
  appliesTo: isHeaderPath,
  analyze(pair, ctx) {
    if (pair.skipped) return { findings: [], parsed: false };
    if (!headerVisibility(pair.path, ctx.changeSet, ctx.config).public) return { findings: [], parsed: true };
    const prepared = prepare(pair, ctx, true);
    if (!prepared) return { findings: [], parsed: true };
    const { cmp, out } = prepared;
    if (pair.after === null) return out;
    compareRecords(cmp, false);
    compareEnums(cmp);
    compareFunctions(cmp);
    compareTypedefs(cmp);
    compareMacros(cmp);
    finish(cmp, ctx);
    return out;
  }
});
export {
  cDetector
};
