import { cRules } from "../rule-specs.js";
import { ABIS, ABI_NAMES, type Abi } from "../abi.js";
import { enumValues, evalInitializer, evalInt, isZeroInitializer } from "../const-eval.js";
import { prettyText, tokenize } from "../tokens.js";
import { isDeclarationList } from "../expand-body-macros.js";
import { SENTINEL, sentinelGrowth } from "./enum.js";
import { ioctlCall, numberChanges } from "../ioctl.js";
import { byName, pairVariants, report, type Compare } from "../compare-context.js";
import { conditionAt } from "../conditions.js";
import { settled } from "../settled.js";
import type { MacroDef } from "../model.js";
import { hasVersionWord, isVersionMacro } from "../version-macros.js";
import { sizesInterface } from "./sizing.js";

/** `int fd; void *data;` — a macro a struct body expands (`UV_HANDLE_FIELDS`), not a value. */
const memberList = (body: string) => /;/.test(body) && isDeclarationList(tokenize(body));

const sig = (m: MacroDef) => `${m.params ? `(${m.params.join(",")})` : ""} ${m.body}`;

/** Object-like constants (values), ioctl numbers, and function-like macros (text). */
export function compareMacros(cmp: Compare): void {
  const before = byName(
    cmp.before.model.macros.filter((m) => m.name !== cmp.after.model.guard),
    (m) => m.name,
  );
  const after = byName(
    cmp.after.model.macros.filter((m) => m.name !== cmp.before.model.guard),
    (m) => m.name,
  );
  const versionBump = versionBumpIn(before, after);
  const versions: [MacroDef, MacroDef][] = [];
  for (const [name, list] of before) {
    cmp.checkBudget();
    const now = after.get(name);
    if (!now) {
      const m = list[0]!;
      const constant = m.params ? undefined : asEnumConstant(cmp, m);
      if (constant?.same) continue;
      if (constant) {
        report(cmp, {
          rule: cRules["c/macro-value-changed"],
          line: m.line,
          symbol: name,
          message: `\`${name}\` was \`#define\`d as ${constant.before} and is now an enum constant of value ${constant.after}; compiled users keep the old value.`,
        });
        continue;
      }
      if (m.params)
        report(cmp, {
          rule: cRules["c/macro-changed"],
          line: m.line,
          symbol: `${name}()`,
          message: `Function-like macro \`${name}()\` was removed; code using it no longer compiles.`,
        });
      else
        report(cmp, {
          rule: cRules["c/macro-removed"],
          line: m.line,
          symbol: name,
          message: `Macro \`${name}\`${m.body ? ` (\`${m.body}\`)` : ""} was removed; code using it no longer compiles.`,
        });
      continue;
    }
    // Equal text still gets compared: a value can change through a constant or a struct size it uses
    // (unless nothing it uses changed either: settled.ts).
    if (settled(cmp, list, now, (m) => ({ def: m, line: m.line }))) continue;
    const pairs: [MacroDef, MacroDef][] =
      list.length === 1 && now.length === 1
        ? [[list[0]!, now[0]!]]
        : pairVariants(list, now, sig, (m, side) => conditionAt(cmp[side].model, m.line)?.where ?? "");
    for (const [b, a] of pairs) compareMacro(cmp, b, a, { versionBump, versions });
  }
  reportVersions(cmp, versions);
}

/**
 * `#define FOO_A 1` became the enum constant `FOO_A = 1` (here or in a header in view): code
 * using the name compiles to the same value — the same declaration, re-spelled. With another
 * value it is a value change, not a removal.
 */
function asEnumConstant(cmp: Compare, m: MacroDef): { same: boolean; before: bigint; after: bigint } | undefined {
  const constant = cmp.after.env.constants.get(m.name);
  if (!constant) return undefined;
  const before = evalInt(m.body, cmp.before.env, "lp64");
  const after = enumValues(constant.en, cmp.after.env, "lp64")[constant.index];
  if (!before.ok || !after?.ok) return undefined;
  return { same: before.value === after.value, before: before.value, after: after.value };
}

/** One notice per header for its version macros: one release, one finding. */
function reportVersions(cmp: Compare, versions: [MacroDef, MacroDef][]): void {
  if (!versions.length) return;
  const shown = versions
    .slice(0, 6)
    .map(([b, a]) => `\`${a.name}\` ${prettyText(b.body) || "(empty)"} → ${prettyText(a.body) || "(empty)"}`);
  const more = versions.length > 6 ? ` and ${versions.length - 6} more` : "";
  report(cmp, {
    rule: cRules["c/version-macro-changed"],
    line: versions[0]![1].line,
    symbol: versions[0]![1].name,
    message: `Version macros change: ${shown.join(", ")}${more}. A version is meant to change between releases; compiled users keep the version they were built against.`,
  });
}

/** Some macro with a version word in its name changes text in this header (a release or version bump). */
function versionBumpIn(before: Map<string, MacroDef[]>, after: Map<string, MacroDef[]>): boolean {
  for (const [name, list] of before) {
    if (!hasVersionWord(name)) continue;
    const now = after.get(name);
    if (now && now.map(sig).join("\n") !== list.map(sig).join("\n")) return true;
  }
  return false;
}

function compareMacro(
  cmp: Compare,
  b: MacroDef,
  a: MacroDef,
  version: { versionBump: boolean; versions: [MacroDef, MacroDef][] },
): void {
  if (b.params || a.params) {
    if (sig(b) !== sig(a))
      report(cmp, {
        rule: cRules["c/macro-changed"],
        line: a.line,
        symbol: `${a.name}()`,
        message: `Function-like macro \`${a.name}\` changes from \`${sig(b).trim()}\` to \`${sig(a).trim()}\`; code compiled against it keeps the old expansion.`,
      });
    return;
  }
  const ib = ioctlCall(b.body, cmp.before.env);
  const ia = ioctlCall(a.body, cmp.after.env);
  if (ib && ia) {
    const { changed, text } = numberChanges(ib, ia);
    if (!changed && b.body === a.body) return;
    const args = b.body === a.body ? "" : ` (\`${prettyText(b.body)}\` → \`${prettyText(a.body)}\`)`;
    report(cmp, {
      rule: cRules["c/ioctl-number-changed"],
      line: a.line,
      symbol: a.name,
      message: `ioctl \`${a.name}\` changes number: ${text}${args}; old binaries issue a request the kernel no longer recognises.`,
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
      message: `Member-list macro \`${a.name}\` changes from \`${prettyText(b.body)}\` to \`${prettyText(a.body)}\`; what that does to binaries is the layout of the structs that expand it, compared where those structs are in the change (structs in headers outside it are not seen).`,
    });
    return;
  }
  const values = valuesPerAbi(cmp, b, a);
  if (values) {
    const changed = values.filter((v) => v.before !== v.after);
    if (!changed.length) return;
    const first = changed[0]!;
    const where = changed.length < values.length ? ` on ${changed.map((v) => ABI_NAMES[v.abi]).join(", ")}` : "";
    if (b.body === a.body && SENTINEL.test(a.name)) {
      report(cmp, {
        rule: cRules["c/enum-sentinel-moved"],
        line: a.line,
        symbol: a.name,
        message: `Sentinel macro \`${a.name}\` (\`${a.body}\`) moves from ${first.before} to ${first.after}${where} because the constants it is built from moved; code that sizes arrays or validates input with it changes meaning.`,
      });
      return;
    }
    const grown = b.body !== a.body && changed.length === values.length ? growthOf(cmp, a.name, first) : undefined;
    if (grown) {
      report(cmp, {
        rule: cRules["c/enum-sentinel-moved"],
        line: a.line,
        symbol: a.name,
        message: `Sentinel macro \`${a.name}\` moves from ${first.before} to ${first.after} as its family grew (${grown}): it bounds the list rather than naming a value callers pass, and no array, member or enumerator in view is sized by it.`,
      });
      return;
    }
    const why =
      b.body === a.body
        ? ` (its text \`${a.body}\` is unchanged; something it uses changed)`
        : ` (\`${prettyText(b.body)}\` → \`${prettyText(a.body)}\`)`;
    const change = `changes value from ${first.before} to ${first.after}${where}${why}`;
    const flags = flagBitsKept(cmp, a.name, changed);
    if (flags) {
      report(cmp, {
        rule: cRules["c/macro-value-changed"],
        severity: "notice",
        line: a.line,
        symbol: a.name,
        message: `Mask \`${a.name}\` ${change}, but only in bits above every flag of \`${flags.family}*\` in view (the highest is bit ${flags.highest}, \`${flags.flag}\`): each flag the interface defines keeps its bit, and an old binary's extra bits name no flag.`,
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
        message: `Mask \`${a.name}\` ${change}: it keeps every bit it had and gains only the bits of ${added}, which it now names. An old binary passing the old mask asks for flags that all keep their bits; the mask tells callers what the interface accepts, and it sizes nothing in view.`,
      });
      return;
    }
    reportValueChange(cmp, a, change);
    return;
  }
  if (b.body !== a.body)
    reportValueChange(cmp, a, `changes from \`${b.body || "(empty)"}\` to \`${a.body || "(empty)"}\``);
}

type AbiValues = { abi: Abi; before: string; after: string };

/** A bound macro (`#define FOO_LAST 8L` → `9L`) that steps past the constants added to its family. */
function growthOf(cmp: Compare, name: string, v: AbiValues): string | undefined {
  if (!/^-?\d+$/.test(v.before) || !/^-?\d+$/.test(v.after)) return undefined;
  return sentinelGrowth(cmp, name, BigInt(v.before), BigInt(v.after));
}

/**
 * The macro's value on each modelled ABI, both sides: integer constant expressions evaluated
 * (`sizeof(void *)` differs between them), braced initializers element by element
 * (`{ FOO_default, 0 }` equals `{ 0, 0 }` when `FOO_default` is 0; all-zero ones are equal whatever
 * their braces). Undefined when either side does not evaluate on LP64; an ABI where it does not
 * evaluate is left out.
 */
function valuesPerAbi(cmp: Compare, b: MacroDef, a: MacroDef): AbiValues[] | undefined {
  const out: AbiValues[] = [];
  for (const abi of ABIS) {
    const vb = evalInt(b.body, cmp.before.env, abi);
    const va = evalInt(a.body, cmp.after.env, abi);
    if (vb.ok && va.ok) {
      out.push({ abi, before: String(vb.value), after: String(va.value) });
      continue;
    }
    const ib = evalInitializer(b.body, cmp.before.env, abi);
    const ia = evalInitializer(a.body, cmp.after.env, abi);
    if (ib !== undefined && ia !== undefined)
      out.push({ abi, before: ib, after: isZeroInitializer(ib) && isZeroInitializer(ia) ? ib : ia });
    else if (abi === "lp64") return undefined;
  }
  return out;
}

/**
 * An all-bits mask narrowed to the bits its flag family uses, or widened back: `FOO_ALL (~0L)` →
 * `((unsigned long)0xffffffff)`, `FOO_ANY (~FOO_LEGACY)` → `(~FOO_LEGACY & 0xffffffff)`, where every
 * other `FOO_*` macro in view (unchanged, non-negative, at least two of them single bits) fits in the
 * low 32 bits. On each ABI where the value changes, one side is a complement (every bit above set)
 * and both agree on every bit up to the highest one a sibling sets: what an old binary passes means
 * the same flags, and its extra high bits name none (the old header itself passed them, so the
 * library accepted them). A plain value moving in high bits (`FOO_BUFSIZE 0x10000` → `0x20000`) is
 * no mask and stays an error. The family is the name up to its last `_`. Undefined when that does
 * not hold.
 */
function flagBitsKept(
  cmp: Compare,
  name: string,
  changed: AbiValues[],
): { family: string; highest: number; flag: string } | undefined {
  const cut = name.lastIndexOf("_");
  if (cut <= 0) return undefined;
  const family = name.slice(0, cut + 1);
  let found: { family: string; highest: number; flag: string } | undefined;
  for (const v of changed) {
    const siblings = familyValues(cmp, family, name, v.abi);
    if (siblings.filter(([, x]) => x > 0n && (x & (x - 1n)) === 0n).length < 2) return undefined;
    const [flag, top] = siblings.reduce((m, e) => (e[1] > m[1] ? e : m));
    const highest = top.toString(2).length - 1;
    const mask = (1n << BigInt(highest + 1)) - 1n;
    const [vb, va] = [BigInt(v.before), BigInt(v.after)];
    // An all-bits mask (`~0L`, `~FOO_X`: every bit above set) on one side, agreeing on every flag bit.
    if ((vb >= 0n && va >= 0n) || (vb & mask) !== (va & mask)) return undefined;
    if (!found || highest > found.highest) found = { family, highest, flag };
  }
  return found;
}

/**
 * A mask of flags that grew by naming more flags: `FOO_FLAGS (FOO_A | FOO_B)` → `(FOO_A | FOO_B |
 * FOO_C)`, the kernel's `UFFD_API_FEATURES` and `BPF_F_REDIRECT_FLAGS`. Every name the old body
 * uses is still used; on each ABI where the value changes, both values are non-negative, the new one
 * keeps every old bit, and the bits it gains are all set by the names only the new body uses. The
 * mask sizes nothing in view. Returns the added names (as text), or undefined.
 */
function grownMask(cmp: Compare, b: MacroDef, a: MacroDef, changed: AbiValues[]): string | undefined {
  const ids = (body: string) => new Set(tokenize(body).flatMap((t) => (t.t === "id" ? [t.v] : [])));
  const [old, now] = [ids(b.body), ids(a.body)];
  const added = [...now].filter((id) => !old.has(id));
  if (!added.length || [...old].some((id) => !now.has(id))) return undefined;
  for (const v of changed) {
    if (!/^\d+$/.test(v.before) || !/^\d+$/.test(v.after)) return undefined;
    const [vb, va] = [BigInt(v.before), BigInt(v.after)];
    let named = 0n;
    for (const id of added) {
      const x = evalInt(id, cmp.after.env, v.abi);
      if (x.ok && x.value > 0n) named |= x.value;
    }
    if ((vb & ~va) !== 0n || (va & ~vb & ~named) !== 0n) return undefined;
  }
  if (sizesInterface(cmp, a.name)) return undefined;
  const shown = added.slice(0, 4).map((id) => `\`${id}\``);
  return `${shown.join(", ")}${added.length > 4 ? ` and ${added.length - 4} more` : ""}`;
}

/** The other object-like macros named `family…` whose value on `abi` is the same non-negative integer on both sides. */
function familyValues(cmp: Compare, family: string, except: string, abi: Abi): [string, bigint][] {
  const out: [string, bigint][] = [];
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

/**
 * A bound or default (`*_MIN`, `*_MAX`, `*_DEFAULT`, and `*_NEXT`, the first value not yet taken):
 * the range or default of what the library accepts.
 */
const BOUND = /_(MIN|MAX|MINIMUM|MAXIMUM|DEFAULT|NEXT)$/;

/**
 * An error by default: compiled users keep the old value, and a flag, code, magic number or size
 * the library interprets now means something else. A bound or default (`FOO_LEVEL_MIN`,
 * `FOO_BLOCKSIZE_DEFAULT`) that sizes nothing in the interface (no array member, bit-field width,
 * alignment or enumerator in the headers in view uses it, even through other macros) is a
 * warning: it tells callers what the library accepts; an old binary passing a value within the
 * old bound is judged by the library at run time, and its compiled layout is untouched
 * (abi-compliance-checker rates a changed constant low severity for the same reason).
 */
function reportValueChange(cmp: Compare, a: MacroDef, change: string): void {
  const bound = BOUND.test(a.name) && !sizesInterface(cmp, a.name);
  report(cmp, {
    rule: cRules["c/macro-value-changed"],
    ...(bound ? { severity: "warning" as const } : {}),
    line: a.line,
    symbol: a.name,
    message: bound
      ? `Bound \`${a.name}\` ${change}; compiled users keep the old bound, but no array, member, bit-field or enumerator in the headers in view is sized by it, so no layout changes — the library decides at run time what it accepts.`
      : `Macro \`${a.name}\` ${change}; compiled users keep the old value.`,
  });
}
