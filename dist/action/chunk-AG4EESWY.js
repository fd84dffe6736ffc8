import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  byName,
  compareRecords,
  loadGrammars,
  prepare,
  recordEntries,
  report
} from "./chunk-A2QZXON3.js";
import {
  cppRules,
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

// src/detectors/cpp/class-rules.ts
var key = (m) => m.signature.slice(m.signature.indexOf(m.name));
function compareClasses(cmp) {
  const before = byName(recordEntries(cmp.before.model, true), (e) => e.key);
  const after = byName(recordEntries(cmp.after.model, true), (e) => e.key);
  for (const [k, list] of before) {
    cmp.checkBudget();
    const now = after.get(k);
    if (now) compareClass(cmp, list[0], now[0]);
  }
}
function compareClass(cmp, b, a) {
  const name = a.rec.name;
  const bases = (e) => (e.rec.cxx?.bases ?? []).map((x) => `${x.virtual ? "virtual " : ""}${x.access ? x.access + " " : ""}${x.name}`).join(", ");
  if (bases(b) !== bases(a)) {
    report(cmp, {
      rule: cppRules["cpp/base-class-changed"],
      line: a.rec.line,
      symbol: name,
      message: `\`${name}\` bases change from \`${bases(b) || "none"}\` to \`${bases(a) || "none"}\`; object layout, vtables and conversions change.`
    });
  }
  virtuals(cmp, name, b.rec.cxx?.methods ?? [], a.rec.cxx?.methods ?? []);
  methods(cmp, name, b.rec.cxx?.methods ?? [], a.rec.cxx?.methods ?? []);
}
function virtuals(cmp, cls, mb, ma) {
  const vb = mb.filter((m) => m.virtual);
  const va = ma.filter((m) => m.virtual);
  const inAfter = new Map(va.map((m, i) => [key(m), i]));
  const inBefore = new Set(vb.map(key));
  for (const m of vb) {
    if (!inAfter.has(key(m)))
      report(cmp, {
        rule: cppRules["cpp/virtual-method-removed"],
        line: m.line,
        symbol: `${cls}::${m.name}`,
        message: `Virtual method \`${cls}::${key(m)}\` was removed; the vtable slots after it move and overriding classes break.`
      });
  }
  for (const m of va) {
    if (inBefore.has(key(m))) continue;
    const last = va.indexOf(m) === va.length - 1;
    report(cmp, {
      rule: cppRules["cpp/virtual-method-added"],
      line: m.line,
      symbol: `${cls}::${m.name}`,
      message: `Virtual method \`${cls}::${key(m)}\` was added${last ? " at the end of the vtable" : ", moving the vtable slots after it"}; classes derived from \`${cls}\` in other binaries have the old vtable layout.`
    });
  }
  const common = vb.filter((m) => inAfter.has(key(m))).map((m) => inAfter.get(key(m)));
  const commonAfter = va.filter((m) => inBefore.has(key(m)));
  for (let i = 0; i < common.length; i++) {
    const expected = commonAfter[i];
    if (va[common[i]] !== expected) {
      report(cmp, {
        rule: cppRules["cpp/virtual-method-reordered"],
        line: expected.line,
        symbol: `${cls}::${expected.name}`,
        message: `Virtual methods of \`${cls}\` were reordered (\`${key(expected)}\` moved); every caller through the vtable calls the wrong slot.`
      });
      break;
    }
  }
}
function methods(cmp, cls, mb, ma) {
  const after = new Set(ma.map((m) => m.signature));
  const afterNames = byName(ma, (m) => m.name);
  for (const m of mb) {
    if (m.virtual || after.has(m.signature)) continue;
    const same = afterNames.get(m.name)?.filter((x) => !x.virtual && !mb.some((y) => y.signature === x.signature));
    if (same?.length)
      report(cmp, {
        rule: cppRules["cpp/method-signature-changed"],
        line: same[0].line,
        symbol: `${cls}::${m.name}`,
        message: `\`${cls}::${m.name}\` changes from \`${m.signature}\` to \`${same[0].signature}\`; the mangled name changes and old binaries fail to link.`
      });
    else if (!afterNames.get(m.name)?.some((x) => x.virtual))
      report(cmp, {
        rule: cppRules["cpp/method-removed"],
        line: m.line,
        symbol: `${cls}::${m.name}`,
        message: `Method \`${cls}::${key(m)}\` was removed; binaries calling it fail to link.`
      });
  }
}

// src/detectors/cpp/index.ts
var cppDetector = defineDetector({
  id: "cpp",
  title: "C++ headers",
  init: loadGrammars,
  appliesTo: isHeaderPath,
  analyze(pair, ctx) {
    if (pair.skipped || pair.after === null) return { findings: [], parsed: false };
    if (!headerVisibility(pair.path, ctx.changeSet, ctx.config).public) return { findings: [], parsed: false };
    const prepared = prepare(pair, ctx, false);
    if (!prepared) return { findings: [], parsed: false };
    const { cmp, unchanged } = prepared;
    if (cmp.before.model.language !== "cpp" && cmp.after.model.language !== "cpp")
      return { findings: [], parsed: false };
    if (unchanged) return { findings: [], parsed: true, sections: [] };
    compareRecords(cmp, true);
    compareClasses(cmp);
    return { findings: cmp.findings, parsed: true, sections: cmp.sections };
  }
});
export {
  cppDetector
};
