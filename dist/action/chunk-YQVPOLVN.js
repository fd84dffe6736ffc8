import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  ABIS,
  ABI_NAMES,
  byName,
  compareFunctions,
  compareRecords,
  compareTypedefs,
  conditionAt,
  enumSize,
  enumValues,
  evalInitializer,
  evalInt,
  finish,
  hasVersionWord,
  ioctlCall,
  isDeclarationList,
  isVersionMacro,
  isZeroInitializer,
  loadGrammars,
  nameWords,
  numberChanges,
  pairVariants,
  prepare,
  prettyText,
  report,
  settled,
  tokenize
} from "./chunk-A2QZXON3.js";
import {
  cRules,
  headerVisibility
} from "./chunk-2MX6TO4A.js";
import "./chunk-D3N2DVUJ.js";
import {
  isHeaderPath
} from "./chunk-KZHQCXJL.js";
import "./chunk-EDVL6423.js";
import "./chunk-B5JDPFOR.js";
import "./chunk-EWA356II.js";
import "./chunk-CHBFCZIL.js";
import {
  defineDetector
} from "./chunk-IWR2HKIX.js";
import "./chunk-55E76ZND.js";

// src/detectors/c/rules/sizing.ts
function sizesInterface(cmp, name) {
  return sizingNames(cmp.before.env).has(name) || sizingNames(cmp.after.env).has(name);
}
var sizingMemo = /* @__PURE__ */ new WeakMap();
function sizingNames(env) {
  const hit = sizingMemo.get(env);
  if (hit) return hit;
  const names = /* @__PURE__ */ new Set();
  const add = (text) => {
    if (text) {
      for (const t of tokenize(text)) if (t.t === "id") names.add(t.v);
    }
  };
  const seen = /* @__PURE__ */ new Set();
  const visit = (t) => {
    if (seen.has(t)) return;
    seen.add(t);
    switch (t.k) {
      case "array":
        add(t.len);
        return visit(t.of);
      case "ptr":
      case "ref":
        return visit(t.to);
      case "func":
        visit(t.ret);
        return t.params.forEach((p) => visit(p.type));
      case "record":
        return record(t.rec);
      case "enum":
        return t.en.members.forEach((m) => add(m.expr));
    }
  };
  const record = (r) => {
    if (seen.has(r)) return;
    seen.add(r);
    add(r.attrs.aligned);
    for (const f of r.fields) {
      add(f.bits);
      add(f.attrs.aligned);
      visit(f.type);
    }
  };
  for (const m of env.models) {
    m.records.forEach(record);
    for (const en of m.enums) en.members.forEach((mem) => add(mem.expr));
    m.typedefs.forEach((t) => visit(t.type));
    m.globals.forEach((g) => visit(g.type));
    m.functions.forEach((f) => visit({ k: "func", ret: f.ret, params: f.params, variadic: f.variadic }));
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const mac of env.macros.values()) {
      if (!names.has(mac.name)) continue;
      const before = names.size;
      add(mac.body);
      if (names.size > before) grew = true;
    }
  }
  sizingMemo.set(env, names);
  return names;
}

// src/detectors/c/rules/enum.ts
var SENTINEL = /(_MAX|_COUNT|_LAST|_NUM)$|^NR_/i;
var BOUND_LAST = /* @__PURE__ */ new Set([
  "max",
  "count",
  "cnt",
  "size",
  "last",
  "end",
  "num",
  "nr",
  "nb",
  "total",
  "limit",
  "sentinel"
]);
var BOUND_FIRST = /* @__PURE__ */ new Set(["max", "count", "last", "num", "nr", "nb"]);
var FUSED_BOUND = /^(last|max)(one|entry|item|value|val|index|idx)$/;
var FILLER = /* @__PURE__ */ new Set(["dummy", "unused", "placeholder", "padding"]);
var label = (m) => m.en.name ? `enum ${m.en.name}.${m.member.name}` : m.member.name;
var hex = (v) => v < 0n || v < 10n ? `${v}` : `${v} (0x${v.toString(16)})`;
function compareEnums(cmp) {
  const before = members(cmp, "before");
  const after = members(cmp, "after");
  const tailBefore = trailingBounds(cmp, "before");
  const tailAfter = trailingBounds(cmp, "after");
  const grew = (en) => en.members.some((m) => !before.has(m.name));
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
    if (grew(a.en) && tailBefore.has(name) && tailAfter.has(name)) {
      report(cmp, {
        rule: cRules["c/enum-sentinel-moved"],
        line: a.member.line,
        symbol: label(a),
        message: `${tailAfter.get(name)} \`${name}\` moves from ${hex(b.value)} to ${hex(a.value)} because members were added before it; code that sizes arrays or validates input with it changes meaning.`
      });
      continue;
    }
    const family = movedWithFamily(cmp, a, b.value, before);
    if (family) {
      report(cmp, {
        rule: cRules["c/enum-sentinel-moved"],
        line: a.member.line,
        symbol: label(a),
        message: `Sentinel \`${name}\` (the last enumerator, a bound by its name) moves from ${hex(b.value)} to ${hex(a.value)} as its family grew (${family}): it bounds the list rather than naming a value callers pass, and no array, member or enumerator in view is sized by it.`
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
function trailingBounds(cmp, side) {
  const { model, env } = cmp[side];
  const out = /* @__PURE__ */ new Map();
  for (const en of model.enums) {
    const values = enumValues(en, env, "lp64");
    for (let i = en.members.length - 1; i > 0; i--) {
      const name = en.members[i].name;
      const w = nameWords(name);
      const v = values[i];
      const prev = values[i - 1];
      const counts = v.ok && prev.ok && (v.value === prev.value + 1n || v.value === prev.value || v.value === prev.value - 1n || v.value === BigInt(i));
      if (counts && isBoundName(w)) out.set(name, "Sentinel");
      else if (name.startsWith("_") || w.some((x) => FILLER.has(x))) out.set(name, "Trailing placeholder");
      else break;
    }
  }
  return out;
}
function isBoundName(w) {
  if (w.length < 2) return false;
  if (BOUND_LAST.has(w.at(-1)) || BOUND_FIRST.has(w[0]) || FUSED_BOUND.test(w.at(-1))) return true;
  return BOUND_FIRST.has(w.at(-2));
}
function movedWithFamily(cmp, a, old, members2) {
  if (a.value === void 0 || a.en.members.at(-1)?.name !== a.member.name) return void 0;
  const gained = a.en.members.filter((m) => !members2.has(m.name)).map((m) => m.name);
  return sentinelGrowth(cmp, a.member.name, old, a.value, gained);
}
function sentinelGrowth(cmp, name, old, now, gained = []) {
  const words = nameWords(name);
  if (now <= old || !isBoundName(words)) return void 0;
  const prefix = familyPrefix(name, words);
  const all = [...gained];
  let tookOld = false;
  if (prefix)
    for (const m of cmp.after.env.macros.values()) {
      if (m.params || m.name === name || !m.name.startsWith(prefix) || cmp.before.env.macros.has(m.name)) continue;
      all.push(m.name);
      const v = evalInt(m.body, cmp.after.env, "lp64");
      if (v.ok && v.value === old) tookOld = true;
    }
  if (!all.length) return void 0;
  const onePastFamily = () => !!prefix && largestOf(cmp.before, prefix, name) === old - 1n && largestOf(cmp.after, prefix, name) === now - 1n;
  if (now - old !== BigInt(all.length) && !(tookOld && now === old + 1n) && !onePastFamily()) return void 0;
  if (sizesInterface(cmp, name)) return void 0;
  const shown = all.slice(0, 3).map((n) => `\`${n}\``);
  return `${shown.join(", ")}${all.length > 3 ? ` and ${all.length - 3} more` : ""} added`;
}
function familyPrefix(name, words) {
  if (BOUND_LAST.has(words.at(-1)) || FUSED_BOUND.test(words.at(-1))) {
    const cut = name.lastIndexOf("_");
    return cut > 0 ? name.slice(0, cut + 1) : void 0;
  }
  return BOUND_FIRST.has(words[0]) ? /^_*[A-Za-z]+_+/.exec(name)?.[0] : void 0;
}
function largestOf(side, prefix, except) {
  let top;
  for (const m of side.model.macros) {
    if (m.params || m.name === except || !m.name.startsWith(prefix)) continue;
    const v = evalInt(m.body, side.env, "lp64");
    if (v.ok && (top === void 0 || v.value > top)) top = v.value;
  }
  return top;
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
    if (settled(cmp, list, now, (m) => ({ def: m, line: m.line }))) continue;
    const pairs = list.length === 1 && now.length === 1 ? [[list[0], now[0]]] : pairVariants(list, now, sig, (m, side) => conditionAt(cmp[side].model, m.line)?.where ?? "");
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
  const values = valuesPerAbi(cmp, b, a);
  if (values) {
    const changed = values.filter((v) => v.before !== v.after);
    if (!changed.length) return;
    const first = changed[0];
    const where = changed.length < values.length ? ` on ${changed.map((v) => ABI_NAMES[v.abi]).join(", ")}` : "";
    if (b.body === a.body && SENTINEL.test(a.name)) {
      report(cmp, {
        rule: cRules["c/enum-sentinel-moved"],
        line: a.line,
        symbol: a.name,
        message: `Sentinel macro \`${a.name}\` (\`${a.body}\`) moves from ${first.before} to ${first.after}${where} because the constants it is built from moved; code that sizes arrays or validates input with it changes meaning.`
      });
      return;
    }
    const grown = b.body !== a.body && changed.length === values.length ? growthOf(cmp, a.name, first) : void 0;
    if (grown) {
      report(cmp, {
        rule: cRules["c/enum-sentinel-moved"],
        line: a.line,
        symbol: a.name,
        message: `Sentinel macro \`${a.name}\` moves from ${first.before} to ${first.after} as its family grew (${grown}): it bounds the list rather than naming a value callers pass, and no array, member or enumerator in view is sized by it.`
      });
      return;
    }
    const why = b.body === a.body ? ` (its text \`${a.body}\` is unchanged; something it uses changed)` : ` (\`${prettyText(b.body)}\` \u2192 \`${prettyText(a.body)}\`)`;
    const change = `changes value from ${first.before} to ${first.after}${where}${why}`;
    const flags = flagBitsKept(cmp, a.name, changed);
    if (flags) {
      report(cmp, {
        rule: cRules["c/macro-value-changed"],
        severity: "notice",
        line: a.line,
        symbol: a.name,
        message: `Mask \`${a.name}\` ${change}, but only in bits above every flag of \`${flags.family}*\` in view (the highest is bit ${flags.highest}, \`${flags.flag}\`): each flag the interface defines keeps its bit, and an old binary's extra bits name no flag.`
      });
      return;
    }
    const added = grownMask(cmp, b, a, changed);
    if (added) {
      report(cmp, {
        rule: cRules["c/macro-value-changed"],
        severity: "warning",
        line: a.line,
        symbol: a.name,
        message: `Mask \`${a.name}\` ${change}: it keeps every bit it had and gains only the bits of ${added}, which it now names. An old binary passing the old mask asks for flags that all keep their bits; the mask tells callers what the interface accepts, and it sizes nothing in view.`
      });
      return;
    }
    reportValueChange(cmp, a, change);
    return;
  }
  if (b.body !== a.body)
    reportValueChange(cmp, a, `changes from \`${b.body || "(empty)"}\` to \`${a.body || "(empty)"}\``);
}
function growthOf(cmp, name, v) {
  if (!/^-?\d+$/.test(v.before) || !/^-?\d+$/.test(v.after)) return void 0;
  return sentinelGrowth(cmp, name, BigInt(v.before), BigInt(v.after));
}
function valuesPerAbi(cmp, b, a) {
  const out = [];
  for (const abi of ABIS) {
    const vb = evalInt(b.body, cmp.before.env, abi);
    const va = evalInt(a.body, cmp.after.env, abi);
    if (vb.ok && va.ok) {
      out.push({ abi, before: String(vb.value), after: String(va.value) });
      continue;
    }
    const ib = evalInitializer(b.body, cmp.before.env, abi);
    const ia = evalInitializer(a.body, cmp.after.env, abi);
    if (ib !== void 0 && ia !== void 0)
      out.push({ abi, before: ib, after: isZeroInitializer(ib) && isZeroInitializer(ia) ? ib : ia });
    else if (abi === "lp64") return void 0;
  }
  return out;
}
function flagBitsKept(cmp, name, changed) {
  const cut = name.lastIndexOf("_");
  if (cut <= 0) return void 0;
  const family = name.slice(0, cut + 1);
  let found;
  for (const v of changed) {
    const siblings = familyValues(cmp, family, name, v.abi);
    if (siblings.filter(([, x]) => x > 0n && (x & x - 1n) === 0n).length < 2) return void 0;
    const [flag, top] = siblings.reduce((m, e) => e[1] > m[1] ? e : m);
    const highest = top.toString(2).length - 1;
    const mask = (1n << BigInt(highest + 1)) - 1n;
    const [vb, va] = [BigInt(v.before), BigInt(v.after)];
    if (vb >= 0n && va >= 0n || (vb & mask) !== (va & mask)) return void 0;
    if (!found || highest > found.highest) found = { family, highest, flag };
  }
  return found;
}
function grownMask(cmp, b, a, changed) {
  const ids = (body) => new Set(tokenize(body).flatMap((t) => t.t === "id" ? [t.v] : []));
  const [old, now] = [ids(b.body), ids(a.body)];
  const added = [...now].filter((id) => !old.has(id));
  if (!added.length || [...old].some((id) => !now.has(id))) return void 0;
  for (const v of changed) {
    if (!/^\d+$/.test(v.before) || !/^\d+$/.test(v.after)) return void 0;
    const [vb, va] = [BigInt(v.before), BigInt(v.after)];
    let named = 0n;
    for (const id of added) {
      const x = evalInt(id, cmp.after.env, v.abi);
      if (x.ok && x.value > 0n) named |= x.value;
    }
    if ((vb & ~va) !== 0n || (va & ~vb & ~named) !== 0n) return void 0;
  }
  if (sizesInterface(cmp, a.name)) return void 0;
  const shown = added.slice(0, 4).map((id) => `\`${id}\``);
  return `${shown.join(", ")}${added.length > 4 ? ` and ${added.length - 4} more` : ""}`;
}
function familyValues(cmp, family, except, abi) {
  const out = [];
  for (const m of cmp.after.env.macros.values()) {
    if (m.params || m.name === except || !m.name.startsWith(family)) continue;
    const old = cmp.before.env.macros.get(m.name);
    if (!old || old.params) continue;
    const va = evalInt(m.body, cmp.after.env, abi);
    const vb = evalInt(old.body, cmp.before.env, abi);
    if (va.ok && vb.ok && va.value === vb.value && va.value >= 0n) out.push([m.name, va.value]);
  }
  return out;
}
var BOUND = /_(MIN|MAX|MINIMUM|MAXIMUM|DEFAULT|NEXT)$/;
function reportValueChange(cmp, a, change) {
  const bound = BOUND.test(a.name) && !sizesInterface(cmp, a.name);
  report(cmp, {
    rule: cRules["c/macro-value-changed"],
    ...bound ? { severity: "warning" } : {},
    line: a.line,
    symbol: a.name,
    message: bound ? `Bound \`${a.name}\` ${change}; compiled users keep the old bound, but no array, member, bit-field or enumerator in the headers in view is sized by it, so no layout changes \u2014 the library decides at run time what it accepts.` : `Macro \`${a.name}\` ${change}; compiled users keep the old value.`
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
    const { cmp, out, unchanged } = prepared;
    if (pair.after === null || unchanged) return out;
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
