import { cRules } from "../rule-specs.js";
import { ABIS, ABI_NAMES } from "../abi.js";
import { enumSize, enumValues, evalInt } from "../const-eval.js";
import { byName, pairVariants, report, type Compare } from "../compare-context.js";
import type { EnumDef, EnumMember } from "../model.js";
import { nameWords } from "./privacy.js";
import { sizesInterface } from "./sizing.js";

/** Sentinel names, any case (`__IFLA_MAX`, `foo_count`). */
export const SENTINEL = /(_MAX|_COUNT|_LAST|_NUM)$|^NR_/i;

/** Words that make a trailing enumerator a count or bound: `FOO_MAX`, `error_size`, `LZ4F_ERROR_maxCode`, `NR_FOO`. */
const BOUND_LAST = new Set([
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
  "sentinel",
]);
const BOUND_FIRST = new Set(["max", "count", "last", "num", "nr", "nb"]);
/** A bound word fused with a filler noun: curl's `CURLINFO_LASTONE`, `CURLOPT_LASTENTRY`. */
const FUSED_BOUND = /^(last|max)(one|entry|item|value|val|index|idx)$/;
/** Words of a trailing placeholder no one names (`_FOO_dummy_for_c89_never_used`). */
const FILLER = new Set(["dummy", "unused", "placeholder", "padding"]);

interface Member {
  en: EnumDef;
  member: EnumMember;
  value?: bigint;
  why?: string;
}

const label = (m: Member) => (m.en.name ? `enum ${m.en.name}.${m.member.name}` : m.member.name);
const hex = (v: bigint) => (v < 0n || v < 10n ? `${v}` : `${v} (0x${v.toString(16)})`);

/** Enum constants are compared by name (anonymous enums included), values resolved on each side. */
export function compareEnums(cmp: Compare): void {
  const before = members(cmp, "before");
  const after = members(cmp, "after");
  const tailBefore = trailingBounds(cmp, "before");
  const tailAfter = trailingBounds(cmp, "after");
  // The enum holding the member gained members (its sentinel then moves by design).
  const grew = (en: EnumDef) => en.members.some((m) => !before.has(m.name));
  for (const [name, b] of before) {
    cmp.checkBudget();
    const a = after.get(name);
    if (!a) {
      if (keptAsMacro(cmp, name, b.value)) continue;
      report(cmp, {
        rule: cRules["c/enum-member-removed"],
        line: b.member.line,
        symbol: label(b),
        message: `Enum constant \`${name}\`${b.value !== undefined ? ` (= ${hex(b.value)})` : ""} was removed.`,
      });
      continue;
    }
    if (b.value === undefined || a.value === undefined) {
      if (b.member.expr !== a.member.expr && (b.value !== undefined || a.value !== undefined)) {
        report(cmp, {
          rule: cRules["c/enum-value-changed"],
          line: a.member.line,
          symbol: label(a),
          message: `Enum constant \`${name}\` changes from \`${b.member.expr ?? hex(b.value ?? 0n)}\` to \`${a.member.expr ?? "(implicit)"}\`; the value is unknown (${a.why ?? b.why}).`,
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
        message: `${tailAfter.get(name)} \`${name}\` moves from ${hex(b.value)} to ${hex(a.value)} because members were added before it; code that sizes arrays or validates input with it changes meaning.`,
      });
      continue;
    }
    const family = movedWithFamily(cmp, a, b.value, before);
    if (family) {
      report(cmp, {
        rule: cRules["c/enum-sentinel-moved"],
        line: a.member.line,
        symbol: label(a),
        message: `Sentinel \`${name}\` (the last enumerator, a bound by its name) moves from ${hex(b.value)} to ${hex(a.value)} as its family grew (${family}): it bounds the list rather than naming a value callers pass, and no array, member or enumerator in view is sized by it.`,
      });
      continue;
    }
    report(cmp, {
      rule: cRules["c/enum-value-changed"],
      line: a.member.line,
      symbol: label(a),
      message: `Enum constant \`${name}\` changes value from ${hex(b.value)} to ${hex(a.value)}; compiled users keep the old number.`,
    });
  }
  underlying(cmp);
}

function members(cmp: Compare, side: "before" | "after"): Map<string, Member> {
  const { model, env } = cmp[side];
  const out = new Map<string, Member>();
  for (const en of model.enums) {
    const values = enumValues(en, env, "lp64");
    en.members.forEach((member, i) => {
      if (out.has(member.name)) return;
      const v = values[i]!;
      out.set(member.name, { en, member, value: v.ok ? v.value : undefined, why: v.ok ? undefined : v.why });
    });
  }
  return out;
}

/**
 * The members at the end of each enum that count or bound the others rather than name a value
 * (name → what it is): walking back from the last member, sentinels by name (a bound word first or
 * last, `FOO_MAX`, `json_error_size`, `NR_FOO`, or a camelCase `maxCode`) whose value is the
 * previous one's + 1, the previous one's (`FOO_LAST = FOO_C`), the previous one's − 1 (netlink's
 * `FOO_MAX = __FOO_MAX - 1` inside the enum) or the count of members before it,
 * and placeholders no one names (a leading `_` or `dummy`/`unused`) that follow them.
 */
function trailingBounds(cmp: Compare, side: "before" | "after"): Map<string, string> {
  const { model, env } = cmp[side];
  const out = new Map<string, string>();
  for (const en of model.enums) {
    const values = enumValues(en, env, "lp64");
    for (let i = en.members.length - 1; i > 0; i--) {
      const name = en.members[i]!.name;
      const w = nameWords(name);
      const v = values[i]!;
      const prev = values[i - 1]!;
      // one past the previous (`__FOO_MAX`), the previous (`NUM_FOO = __FOO_AFTER_LAST`), one
      // before it — the netlink maximum written inside the enum, `FOO_MAX = __FOO_MAX - 1` — or
      // the count of the members before it
      const counts =
        v.ok &&
        prev.ok &&
        (v.value === prev.value + 1n || v.value === prev.value || v.value === prev.value - 1n || v.value === BigInt(i));
      if (counts && isBoundName(w)) out.set(name, "Sentinel");
      else if (name.startsWith("_") || w.some((x) => FILLER.has(x))) out.set(name, "Trailing placeholder");
      else break;
    }
  }
  return out;
}

function isBoundName(w: string[]): boolean {
  if (w.length < 2) return false;
  if (BOUND_LAST.has(w.at(-1)!) || BOUND_FIRST.has(w[0]!) || FUSED_BOUND.test(w.at(-1)!)) return true;
  // camelCase `maxCode`, `numEntries`: a bound word and one more
  return BOUND_FIRST.has(w.at(-2)!);
}

/**
 * The last enumerator of its enum, named as a bound, written with an explicit value that moves up
 * exactly as its family grows: curl's `CURLINFO_LASTONE = 70` → `71` beside a new `CURLINFO_*`, or
 * `CURLPROXY_LAST = 8` → `9` in an enum of that one member once `#define CURLPROXY_HTTPS3 8L` is
 * added. Returns how the family grew, or undefined.
 */
function movedWithFamily(cmp: Compare, a: Member, old: bigint, members: Map<string, Member>): string | undefined {
  if (a.value === undefined || a.en.members.at(-1)?.name !== a.member.name) return undefined;
  const gained = a.en.members.filter((m) => !members.has(m.name)).map((m) => m.name);
  return sentinelGrowth(cmp, a.member.name, old, a.value, gained);
}

/**
 * A constant named as a bound (`FOO_LAST`, `FOO_MAX`, `FOO_LASTONE`, `__NR_syscalls`) that moves
 * up exactly as its family grows. The family is `gained` (enumerators new in its enum) and the
 * object-like macros sharing the name up to the bound word (`CURLPROXY_`, `__NR_`). It is a
 * sentinel when it moves by the number of names gained, or one past a gained macro that took its
 * old value (`#define CURL_SSLVERSION_LAST 8L` → `9L` beside a new `… 8L`), or when it is one past
 * the largest value its family has in its header on both sides (the kernel's
 * `#define __NR_syscalls 463`, after `__NR_mseal 462`). A bound that sizes or numbers anything in
 * view (an array member, an enumerator) is part of the layout and stays a value change. Returns how
 * the family grew, or undefined.
 */
export function sentinelGrowth(
  cmp: Compare,
  name: string,
  old: bigint,
  now: bigint,
  gained: string[] = [],
): string | undefined {
  const words = nameWords(name);
  if (now <= old || !isBoundName(words)) return undefined;
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
  if (!all.length) return undefined;
  const onePastFamily = () =>
    !!prefix && largestOf(cmp.before, prefix, name) === old - 1n && largestOf(cmp.after, prefix, name) === now - 1n;
  if (now - old !== BigInt(all.length) && !(tookOld && now === old + 1n) && !onePastFamily()) return undefined;
  if (sizesInterface(cmp, name)) return undefined;
  const shown = all.slice(0, 3).map((n) => `\`${n}\``);
  return `${shown.join(", ")}${all.length > 3 ? ` and ${all.length - 3} more` : ""} added`;
}

/** `CURLPROXY_LAST` → `CURLPROXY_`, `__NR_syscalls` → `__NR_`: the name without its bound word. */
function familyPrefix(name: string, words: string[]): string | undefined {
  if (BOUND_LAST.has(words.at(-1)!) || FUSED_BOUND.test(words.at(-1)!)) {
    const cut = name.lastIndexOf("_");
    return cut > 0 ? name.slice(0, cut + 1) : undefined;
  }
  return BOUND_FIRST.has(words[0]!) ? /^_*[A-Za-z]+_+/.exec(name)?.[0] : undefined;
}

/** The largest value of the object-like macros named `prefix…` in this side's header. */
function largestOf(side: Compare["before"], prefix: string, except: string): bigint | undefined {
  let top: bigint | undefined;
  for (const m of side.model.macros) {
    if (m.params || m.name === except || !m.name.startsWith(prefix)) continue;
    const v = evalInt(m.body, side.env, "lp64");
    if (v.ok && (top === undefined || v.value > top)) top = v.value;
  }
  return top;
}

function underlying(cmp: Compare): void {
  const storage = (e: EnumDef) =>
    `${e.base ?? ""}|${e.attrs.packed ? "packed" : ""}|${e.members.map((m) => m.name).join(",")}`;
  const before = byName(cmp.before.model.enums, (e) => e.name);
  const after = byName(cmp.after.model.enums, (e) => e.name);
  const pairs = [...before].flatMap(([name, list]) => pairVariants(list, after.get(name) ?? [], storage));
  for (const [b, a] of pairs) {
    const changes: string[] = [];
    if ((b.base ?? "") !== (a.base ?? ""))
      changes.push(`underlying type \`${b.base ?? "int"}\` → \`${a.base ?? "int"}\``);
    if (!!b.attrs.packed !== !!a.attrs.packed) changes.push(a.attrs.packed ? "now packed" : "no longer packed");
    for (const abi of ABIS) {
      const sb = enumSize(b, cmp.before.env, abi);
      const sa = enumSize(a, cmp.after.env, abi);
      if (sb.ok && sa.ok && sb.size !== sa.size) {
        changes.push(`size ${sb.size}→${sa.size} bytes on ${ABI_NAMES[abi]}`);
        break;
      }
    }
    if (changes.length)
      report(cmp, {
        rule: cRules["c/enum-underlying-changed"],
        line: a.line,
        symbol: `enum ${a.name}`,
        message: `\`enum ${a.name}\` changes storage: ${changes.join(", ")}; every struct member and parameter of this type changes size.`,
      });
  }
}

/** A renamed enumerator whose old name stays as `#define OLD NEW` with the same value breaks no one. */
function keptAsMacro(cmp: Compare, name: string, value: bigint | undefined): boolean {
  const mac = cmp.after.model.macros.find((m) => m.name === name && !m.params);
  if (!mac || value === undefined) return false;
  const v = evalInt(mac.body, cmp.after.env, "lp64");
  return v.ok && v.value === value;
}
