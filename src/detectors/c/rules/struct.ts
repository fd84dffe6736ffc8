import { cRules } from "../rule-specs.js";
import { cppRules } from "../../cpp/rule-specs.js";
import { ABIS, ABI_NAMES } from "../abi.js";
import { attrsText } from "../parse-attrs.js";
import { flatten, type Flat, type Leaf } from "../leaves.js";
import { inlineRespelled, recordEntries, respelledKey, type RecordEntry } from "../records.js";
import { canonical } from "../spell.js";
import { byName, pairVariants, report, type Compare } from "../compare-context.js";
import { differs3264, firstHole, moves, sizeChange } from "./struct-facts.js";
import { layoutSection } from "./layout-table.js";
import { compareFields, type FieldRules } from "./struct-fields.js";
import { appendVerdict, onlyHandedOutBy, type AppendVerdict } from "./append-verdict.js";
import { markOf, recordInBranch } from "../branch-findings.js";
import { conditionAt } from "../conditions.js";
import { recordPrivateWhy } from "./privacy.js";
import { settled } from "../settled.js";

const STRUCT_FIELD_RULES: FieldRules = {
  removed: cRules["c/field-removed"],
  typeChanged: cRules["c/field-type-changed"],
  reordered: cRules["c/field-reordered"],
  inserted: cRules["c/field-inserted"],
  appended: cRules["c/field-appended"],
};

const CLASS_FIELD_RULES: FieldRules = {
  removed: cppRules["cpp/class-field-removed"],
  typeChanged: cppRules["cpp/class-field-type-changed"],
  reordered: cppRules["cpp/class-field-reordered"],
  inserted: cppRules["cpp/class-field-inserted"],
  appended: cppRules["cpp/class-field-appended"],
};

/**
 * Struct/union rules: pairs records by name in this file, compares fields, layout, packing,
 * alignment; new records get the 32/64 and padding checks; removed ones `type-removed`.
 */
export function compareRecords(cmp: Compare, cxx: boolean): void {
  const fieldRules = cxx ? CLASS_FIELD_RULES : STRUCT_FIELD_RULES;
  const shape = (side: "before" | "after") => (e: RecordEntry) =>
    canonical({ k: "record", rec: { ...e.rec, name: undefined } }, cmp[side].env) +
    attrsText(e.rec.attrs) +
    JSON.stringify(flatShape(flatten(e.rec, cmp[side].env)));
  const before = byName(recordEntries(cmp.before.model, cxx), (e) => e.key);
  const after = byName(recordEntries(cmp.after.model, cxx), (e) => e.key);
  const respelled = new Set<string>();
  for (const [key, list] of before) {
    cmp.checkBudget();
    // `typedef struct { … } T` ↔ `typedef struct T { … } T`: one record, spelled two ways
    const alias = after.has(key) ? undefined : respelledKey(key, cmp.before.model, cmp.after.model);
    if (alias) respelled.add(alias);
    const now = after.get(alias ?? key);
    if (!now) {
      const gone = list[0]!;
      const why = cxx ? undefined : recordPrivateWhy(gone, cmp.before.env, cmp.privateNames);
      report(cmp, {
        rule: cRules["c/type-removed"],
        ...(why ? { severity: "notice" as const } : {}),
        line: gone.rec.line,
        symbol: gone.display,
        message: why
          ? `\`${gone.display}\` was removed; it is private by convention (${why}): code that uses the library's functions and public types never names it, and a public record that embedded it reports its own change.`
          : `\`${gone.display}\` was removed; code using it no longer compiles.`,
      });
      continue;
    }
    // written alike, using nothing whose meaning changed: no finding to look for (settled.ts)
    if (settled(cmp, list, now, (e) => ({ def: e.rec, line: e.rec.line, label: e.display }))) continue;
    const branch = (e: RecordEntry, side: "before" | "after") => conditionAt(cmp[side].model, e.rec.line)?.where ?? "";
    for (const [b, a] of pairVariants(list, now, (e, side) => shape(side)(e), branch)) {
      const mark = markOf(cmp);
      if (cxx) compareRecord(cmp, b, a, fieldRules);
      else comparePossiblyPrivate(cmp, b, a, fieldRules);
      recordInBranch(cmp, b, a, mark);
    }
  }
  for (const [key, list] of after) {
    if (before.has(key) || respelled.has(key)) continue;
    for (const e of list) newRecord(cmp, e, cxx);
  }
}

function flatShape(f: Flat) {
  return [f.size, f.align, f.leaves.map((l) => [l.path, l.place])];
}

/**
 * A struct private by convention (privacy.ts) is compared as any other, but what is found in it
 * is a notice: users never name its members, and a public record embedding it reports its own
 * size and offsets.
 */
function comparePossiblyPrivate(cmp: Compare, b: RecordEntry, a: RecordEntry, fieldRules: FieldRules): void {
  const why =
    recordPrivateWhy(a, cmp.after.env, cmp.privateNames) ?? recordPrivateWhy(b, cmp.before.env, cmp.privateNames);
  if (!why) return compareRecord(cmp, b, a, fieldRules);
  const local: Compare = { ...cmp, findings: [] };
  compareRecord(local, b, a, fieldRules);
  for (const f of local.findings)
    cmp.findings.push(
      f.severity === "notice"
        ? f
        : {
            ...f,
            severity: "notice",
            message: `${f.message} \`${a.display}\` is private by convention (${why}): code that uses the library's functions and public types never names its members.`,
          },
    );
}

function compareRecord(cmp: Compare, b: RecordEntry, a: RecordEntry, fieldRules: FieldRules): void {
  // a member's record spelled inline on one side and by name on the other is compared by its members
  const [rb, ra] = inlineRespelled(b.rec, a.rec, cmp.before.env, cmp.after.env);
  const fb = flatten(rb, cmp.before.env);
  const fa = flatten(ra, cmp.after.env);
  const name = a.display;
  const before = cmp.findings.length;
  const packing = attrsText(b.rec.attrs) !== attrsText(a.rec.attrs);
  if (packing) {
    report(cmp, {
      rule: cRules["c/packing-changed"],
      line: a.rec.line,
      symbol: name,
      message: `\`${name}\` attributes change from \`${attrsText(b.rec.attrs) || "none"}\` to \`${attrsText(a.rec.attrs) || "none"}\`${layoutNote(fb, fa)}.`,
    });
  }
  let use: AppendVerdict | undefined;
  const appendUse = () => (use ??= appendVerdict(cmp.after.env, a, cmp.path, name));
  const handedOut = () => onlyHandedOutBy(cmp.after.env, a);
  const { onlyBenign } = compareFields({ cmp, name, fb, fa, fieldRules, appendUse, handedOut });
  const size = sizeChange(fb, fa, "size");
  if (size && !onlyBenign) {
    const move = moves(fb, fa, fb.leaves);
    const grows = ABIS.some((abi) => (fa.size[abi] ?? 0) > (fb.size[abi] ?? 0));
    report(cmp, {
      rule: cRules["c/size-changed"],
      line: a.rec.line,
      symbol: name,
      message: `\`${name}\` ${grows ? "grows" : "shrinks"} ${size}${move ? ` (${move})` : ""}.`,
    });
  }
  const align = sizeChange(fb, fa, "align");
  // An appended member or a packing change already explains the new alignment.
  if (align && !onlyBenign && !packing)
    report(cmp, {
      rule: cRules["c/alignment-changed"],
      line: a.rec.line,
      symbol: name,
      message: `\`${name}\` alignment changes ${align}; arrays of it and structs embedding it change layout.`,
    });
  if (cmp.findings.length > before && differs3264(fa) && !differs3264(fb)) warn3264(cmp, a, fa);
  if (layoutChanged(fb, fa)) cmp.sections.push(layoutSection(name, cmp.path, fb, fa));
}

function layoutNote(fb: Flat, fa: Flat): string {
  const s = sizeChange(fb, fa, "size");
  return s ? `; its size changes ${s}` : "";
}

function layoutChanged(fb: Flat, fa: Flat): boolean {
  return JSON.stringify(flatShape(fb)) !== JSON.stringify(flatShape(fa));
}

function warn3264(cmp: Compare, e: RecordEntry, f: Flat): void {
  const moved = f.leaves.find(
    (l) => l.place.lp64?.offset !== l.place.ilp32?.offset || l.place.lp64?.size !== l.place.ilp32?.size,
  );
  const detail = moved
    ? `\`${moved.path}\` is at offset ${moved.place.lp64?.offset} (${moved.place.lp64?.size} bytes) on LP64 but ${moved.place.ilp32?.offset} (${moved.place.ilp32?.size} bytes) on ILP32`
    : `it is ${f.size.lp64} bytes on LP64 but ${f.size.ilp32} on ILP32`;
  report(cmp, {
    rule: cRules["c/layout-differs-32-64"],
    line: e.rec.line,
    symbol: e.display,
    message: `\`${e.display}\` has different LP64 and ILP32 layouts: ${detail}. 32-bit processes on a 64-bit kernel need a compat path; use fixed-width, explicitly aligned types (\`__aligned_u64\`).`,
  });
}

function newRecord(cmp: Compare, e: RecordEntry, cxx: boolean): void {
  if (cxx) return;
  const f = flatten(e.rec, cmp.after.env);
  if (differs3264(f)) warn3264(cmp, e, f);
  for (const abi of ABIS) {
    const hole = firstHole(f, abi);
    if (!hole) continue;
    const where = hole.after ? `after \`${hole.after}\`` : `at offset ${hole.offset}`;
    report(cmp, {
      rule: cRules["c/implicit-padding"],
      line: e.rec.line,
      symbol: e.display,
      message: `New \`${e.display}\` has ${hole.bytes} byte${hole.bytes === 1 ? "" : "s"} of implicit padding ${where} (offset ${hole.offset}) on ${ABI_NAMES[abi]}; make it an explicit reserved member so it is zeroed and can be used later.`,
    });
    break;
  }
}

export type { Leaf };
