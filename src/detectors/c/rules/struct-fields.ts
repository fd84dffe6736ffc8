import { cRules } from "../rule-specs.js";
import type { Rule } from "../../../engine/rule.js";
import { ABIS, ABI_NAMES } from "../abi.js";
import { report, type Compare } from "../compare-context.js";
import type { Flat, Leaf, Place } from "../leaves.js";
import { isReserved, moves, placeUnknown, sameSize, tailMoved } from "./struct-facts.js";
import type { AppendVerdict } from "./append-verdict.js";
import { bitRange, formerOf, frameText, oldCover, placeText, sameFrame } from "./former-bytes.js";
import { privateWhy } from "./privacy.js";
import { integerKind } from "./function.js";
import { typeLayout } from "../layout.js";
import { canonical } from "../spell.js";
import type { CType, Quals } from "../model.js";
import type { Severity } from "../../../engine/types.js";

/** The member rules: C structs use `c/field-*`, C++ classes `cpp/class-field-*`. */
export interface FieldRules {
  removed: Rule;
  typeChanged: Rule;
  reordered: Rule;
  inserted: Rule;
  appended: Rule;
}

interface Options {
  cmp: Compare;
  name: string;
  fb: Flat;
  fa: Flat;
  fieldRules: FieldRules;
  /** How users depend on the record's size: the severity of an appended member and why. */
  appendUse: () => AppendVerdict;
  /** The function that hands the record out when users never hold it by value (append-verdict.ts). */
  handedOut: () => string | undefined;
}

/**
 * Member-level rules. Returns `onlyBenign` when every member change was benign (appended,
 * flexible-array migration, reserved member used), so the record's size change is not an error.
 */
export function compareFields({ cmp, name, fb, fa, fieldRules, appendUse, handedOut }: Options): {
  onlyBenign: boolean;
} {
  const afterBy = new Map(fa.leaves.map((l) => [l.path, l]));
  const beforeBy = new Map(fb.leaves.map((l) => [l.path, l]));
  const added = fa.leaves.filter((l) => !beforeBy.has(l.path));
  const explained = new Set<string>();
  let errors = 0;
  let benign = 0;
  const sym = (l: Leaf) => `${name}.${l.path}`;
  const note = unknownNote(fb, fa);
  const vacated = new Set(
    fb.leaves
      .filter((lb) => {
        const la = afterBy.get(lb.path);
        return la ? retyped(lb, la) && restructured(lb, la) : shapeOf(lb) !== "scalar";
      })
      .map((l) => l.path),
  );
  const cover = oldCover(fb, vacated);
  const plan = sameLayoutPlan(fb, fa, added, vacated, cover);

  for (const lb of fb.leaves) {
    cmp.checkBudget();
    const la = afterBy.get(lb.path);
    if (!la || (la.canon !== lb.canon && isReserved(lb.path))) {
      const replacement = reservedReplacement(lb, la, added, fb, fa);
      if (replacement) {
        replacement.forEach((l) => explained.add(l.path));
        benign++;
        report(cmp, {
          rule: cRules["c/reserved-field-used"],
          line: replacement[0]!.field.line,
          symbol: sym(lb),
          message: `Reserved member \`${lb.path}\` of \`${name}\` is now ${replacement.map((l) => `\`${l.path}\``).join(", ")} of the same size; the layout is unchanged, but old binaries may have left garbage there — say how the kernel/library tells the fields are valid (flags, size).`,
        });
        continue;
      }
    }
    const occupants = plan?.get(lb.path);
    if (occupants?.length) {
      occupants.forEach((l) => explained.add(l.path));
      benign++;
      replacedSameLayout(cmp, name, lb, la, occupants, fb);
      continue;
    }
    if (!la) {
      errors++;
      report(cmp, {
        rule: fieldRules.removed,
        line: lb.field.line,
        symbol: sym(lb),
        message: `Member \`${lb.path}\` was removed from \`${name}\`${note}.`,
      });
      continue;
    }
    if (isFlexMigration(lb, la)) {
      benign++;
      report(cmp, {
        rule: cRules["c/flex-array-migration"],
        line: la.field.line,
        symbol: sym(la),
        message: `\`${name}.${la.path}\` changes from \`${lb.spelled}\` to a flexible array member \`${la.spelled}\`; sizeof(${name}) may change but the members' offsets do not.`,
      });
      continue;
    }
    const kept = retyped(lb, la) ? layoutKeepingRetype(cmp, name, lb, la, handedOut) : undefined;
    if (kept) {
      report(cmp, {
        rule: fieldRules.typeChanged,
        severity: kept.severity,
        line: la.field.line,
        symbol: sym(la),
        message: `\`${name}.${la.path}\` changes type from \`${lb.spelled}\` to \`${la.spelled}\`: ${kept.why}.`,
      });
      continue;
    }
    if (retyped(lb, la)) {
      errors++;
      report(cmp, {
        rule: fieldRules.typeChanged,
        line: la.field.line,
        symbol: sym(la),
        message: `\`${name}.${la.path}\` changes type from \`${lb.spelled}\` to \`${la.spelled}\`${sizeNote(lb, la)}${note}.`,
      });
      continue;
    }
    if (
      lb.field.bits !== la.field.bits ||
      ABIS.some(
        (abi) =>
          lb.place[abi] &&
          la.place[abi] &&
          lb.place[abi]!.bits !== undefined &&
          lb.place[abi]!.bitOffset !== la.place[abi]!.bitOffset &&
          lb.place[abi]!.offset === la.place[abi]!.offset,
      )
    ) {
      errors++;
      report(cmp, {
        rule: cRules["c/bitfield-changed"],
        line: la.field.line,
        symbol: sym(la),
        message: `Bit-field \`${name}.${la.path}\` changes from ${bitText(lb)} to ${bitText(la)}.`,
      });
    }
  }

  errors += reordered(cmp, name, fb, fa, fieldRules.reordered);

  for (const la of added) {
    if (explained.has(la.path)) continue;
    const later = fa.leaves.filter((l) => l.order > la.order && beforeBy.has(l.path));
    const move = moves(fb, fa, later);
    const knownLayout = !placeUnknown(la);
    // In a partly known struct, members after the known prefix shift when its unknown tail moves.
    const tailShift = knownLayout && later.some(placeUnknown) && tailMoved(fb, fa);
    if (!move && !tailShift && formerOf(la, cover) === "padding") {
      errors++;
      report(cmp, {
        rule: cRules["c/field-in-padding"],
        line: la.field.line,
        symbol: sym(la),
        message: `Member \`${la.path}\` of \`${name}\` is placed where \`${name}\` had padding (${placeText(la)}); no offset or size changes, but binaries built against the old header never write those bytes, so the library reads whatever was left there (uninitialised stack or heap) — abidiff reports this as an incompatible change. Use a reserved member callers already zero, or a flag or size that says the member is valid.`,
      });
      continue;
    }
    if (move || (la.parentKind !== "union" && ((!knownLayout && later.length > 0) || tailShift))) {
      errors++;
      report(cmp, {
        rule: fieldRules.inserted,
        line: la.field.line,
        symbol: sym(la),
        message: `Member \`${la.path}\` was inserted into \`${name}\` before existing members${move ? `: ${move}` : ""}${note}.`,
      });
    } else if (later.length === 0 && la.parentKind !== "union" && !withinOldSize(la, fb)) {
      // Still "benign" for the size-changed rule: this finding already explains the growth.
      benign++;
      const { severity, why } = appendUse();
      report(cmp, {
        rule: fieldRules.appended,
        severity,
        line: la.field.line,
        symbol: sym(la),
        message: `Member \`${la.path}\` was appended to \`${name}\`${growth(fb, fa)}${note}${why}.`,
      });
    }
  }
  return { onlyBenign: errors === 0 && benign > 0 };
}

const retyped = (lb: Leaf, la: Leaf) => lb.spelled !== la.spelled && lb.canon !== la.canon;

/**
 * A member retyped in place without touching the layout, and why that is no binary break: it only
 * loses its own qualifiers (`const uint16_t major` → `uint16_t major`: a notice, every use that
 * compiled still compiles), or it stays an integer (or an int-sized enum) of the same size and
 * alignment on every ABI with another signedness (`long uid` → `unsigned long uid`): built binaries
 * read and write the same bytes, source comparing it with a negative value or printing it may warn
 * — a warning, or a notice when the member is private by convention or the record is only handed
 * out by the library, which fills it. Undefined for every other retype: another size or
 * representation, an integer ↔ a pointer or a float, a bit-field, qualifiers added or changed
 * behind a pointer (`char *` → `const char *` stops compiling where C++ stores it in a `char *`).
 */
function layoutKeepingRetype(
  cmp: Compare,
  name: string,
  lb: Leaf,
  la: Leaf,
  handedOut: () => string | undefined,
): { severity: Severity; why: string } | undefined {
  const tb = lb.field.type;
  const ta = la.field.type;
  const envB = cmp.before.env;
  const envA = cmp.after.env;
  const sameLayout = ABIS.every((abi) => {
    const b = typeLayout(tb, envB, abi);
    const a = typeLayout(ta, envA, abi);
    return b.ok && a.ok && b.size === a.size && b.align === a.align;
  });
  if (!sameLayout || lb.field.bits !== undefined || la.field.bits !== undefined) return undefined;
  const layout = "the layout is unchanged and built binaries read and write the same bytes";
  if (canonical(tb, envB, false) === canonical(ta, envA, false)) {
    const dropped =
      canonical(withoutOwnQuals(tb), envB) === canonical(withoutOwnQuals(ta), envA) &&
      ownQuals(ta).every((q) => ownQuals(tb).includes(q));
    return dropped
      ? {
          severity: "notice",
          why: `only the member's own qualifiers are dropped, so ${layout}, and every use that compiled still compiles`,
        }
      : undefined;
  }
  if (!integerKind(tb, envB) || !integerKind(ta, envA)) return undefined;
  const why = `both are integers of the same size and alignment on every ABI, so ${layout}; values are read with the new type's signedness (a negative one becomes a large one), so source comparing the member with a negative value or printing it with the old format may warn`;
  const privately = privateWhy(la, name, cmp.privateNames) ?? privateWhy(lb, name, cmp.privateNames);
  if (privately) return { severity: "notice", why: `${why} — but the member is private by convention: ${privately}` };
  const giver = handedOut();
  if (giver)
    return {
      severity: "notice",
      why: `${why} — but \`${name}\` is only handed out by the library (\`${giver}()\` returns a pointer to it and no interface declares it by value), which fills the member`,
    };
  return { severity: "warning", why };
}

/** The member's own qualifiers: of the type itself, or of an array's elements. */
function ownQuals(t: CType): Quals {
  if (t.k === "array") return ownQuals(t.of);
  return "q" in t && t.q ? t.q : [];
}

function withoutOwnQuals(t: CType): CType {
  if (t.k === "array") return { ...t, of: withoutOwnQuals(t.of) };
  return "q" in t ? ({ ...t, q: undefined } as CType) : t;
}

/** What kind of storage a member is: retyping a scalar or pointer changes what its bytes mean. */
function shapeOf(l: Leaf): "array" | "record" | "scalar" {
  const c = l.canon.replace(/\b(const|volatile|restrict) /g, "");
  if (/\]$/.test(c)) return "array";
  return /^(struct|union|class) /.test(c) ? "record" : "scalar";
}

const elementOf = (l: Leaf) => l.canon.replace(/\[[^\]]*\]$/, "");

/**
 * The same storage restructured, not reinterpreted: an array becomes a record or back
 * (`void *q[2]` → `struct queue q`), an array is resized (`spare[4]` → `spare[3]` beside a new
 * member), a record becomes another record or gains qualifiers. A scalar or pointer retyped in
 * place (`int` → `float`, `long *` → `long long *`) stays `c/field-type-changed`.
 */
function restructured(lb: Leaf, la: Leaf): boolean {
  const b = shapeOf(lb);
  const a = shapeOf(la);
  if (b === "scalar" || a === "scalar") return false;
  return b !== a || a === "record" || elementOf(lb) === elementOf(la);
}

/**
 * Member changes that keep the record's layout: the size and alignment stay, no kept member
 * moves, and every new or retyped member lies in the bytes of members that were removed or
 * retyped (`void *q[2]` → `struct queue q`; part of a spare array taken by a new member). Maps
 * each such old member to the members now in its bytes; undefined when the change is not of
 * that kind (then the ordinary rules judge it).
 */
function sameLayoutPlan(
  fb: Flat,
  fa: Flat,
  added: Leaf[],
  vacated: ReadonlySet<string>,
  cover: ReturnType<typeof oldCover>,
): Map<string, Leaf[]> | undefined {
  if (!vacated.size || !sameFrame(fb, fa)) return undefined;
  const afterBy = new Map(fa.leaves.map((l) => [l.path, l]));
  const kept = fb.leaves.filter((l) => !vacated.has(l.path) && afterBy.has(l.path));
  if (moves(fb, fa, kept)) return undefined;
  const fresh = [...added, ...[...vacated].flatMap((p) => afterBy.get(p) ?? [])];
  for (const l of fresh) {
    const former = formerOf(l, cover);
    if (former !== "vacated" && !(former === "kept" && l.parentKind === "union")) return undefined;
  }
  const plan = new Map<string, Leaf[]>();
  for (const lb of fb.leaves) {
    if (!vacated.has(lb.path)) continue;
    const inside = fresh.filter((l) => overlaps(l, lb));
    if (inside.length) plan.set(lb.path, inside);
  }
  return plan;
}

function overlaps(a: Leaf, b: Leaf): boolean {
  return ABIS.every((abi) => {
    const p = a.place[abi];
    const q = b.place[abi];
    if (!p || !q) return false;
    const [ps, pe] = bitRange(p);
    const [qs, qe] = bitRange(q);
    return ps < qe && qs < pe;
  });
}

/** One finding for an old member whose bytes now hold other members, the layout unchanged. */
function replacedSameLayout(cmp: Compare, name: string, lb: Leaf, la: Leaf | undefined, occupants: Leaf[], fb: Flat) {
  const others = occupants.filter((l) => l !== la);
  const what = la
    ? `\`${name}.${lb.path}\` changes type from \`${lb.spelled}\` to \`${la.spelled}\` in the same bytes (${placeText(lb)}${placeText(la) !== placeText(lb) ? ` → ${placeText(la)}` : ""})${others.length ? `, now shared with ${others.map((l) => `\`${l.path}\``).join(", ")}` : ""}`
    : `Member \`${lb.path}\` of \`${name}\` (\`${lb.spelled}\`, ${placeText(lb)}) is replaced by ${others.map((l) => `\`${l.path}\``).join(", ")} in the same bytes`;
  const why = [lb, ...(la ? [la] : []), ...others].map((l) => privateWhy(l, name, cmp.privateNames)).find(Boolean);
  const sizes = frameText(fb);
  report(cmp, {
    rule: cRules["c/field-replaced-same-layout"],
    severity: why ? "notice" : "warning",
    line: (la ?? others[0]!).field.line,
    symbol: `${name}.${lb.path}`,
    message: `${what}; \`${name}\` keeps its size (${sizes}) and every other member its offset, so built binaries are unaffected${why ? `, and the member is private by convention: ${why}` : "; source that names the member must change"}.`,
  });
}

function unknownNote(fb: Flat, fa: Flat): string {
  const why = fa.unknown.lp64 ?? fb.unknown.lp64;
  return why ? ` (layout unknown: ${why})` : "";
}

function growth(fb: Flat, fa: Flat): string {
  const parts = ABIS.filter(
    (abi) => fb.size[abi] !== undefined && fa.size[abi] !== undefined && fb.size[abi] !== fa.size[abi],
  ).map((abi) => `${fb.size[abi]}→${fa.size[abi]} bytes on ${ABI_NAMES[abi]}`);
  return parts.length ? ` (size ${parts.join(", ")})` : "";
}

function sizeNote(lb: Leaf, la: Leaf): string {
  const b = lb.place.lp64?.size;
  const a = la.place.lp64?.size;
  return b !== undefined && a !== undefined && a !== b ? ` (size ${b}→${a} bytes on LP64)` : "";
}

function bitText(l: Leaf): string {
  const p = l.place.lp64;
  return l.field.bits === undefined
    ? "a plain member"
    : `${l.field.bits} bit${p?.bitOffset !== undefined ? `s at bit ${p.bitOffset}` : "s"}`;
}

function isFlexMigration(lb: Leaf, la: Leaf): boolean {
  const tb = lb.field.type;
  const ta = la.field.type;
  return (
    tb.k === "array" &&
    ta.k === "array" &&
    (tb.len === "0" || tb.len === "1") &&
    ta.len === null &&
    lb.spelled.replace(/\[[^\]]*\]$/, "") === la.spelled.replace(/\[[^\]]*\]$/, "")
  );
}

/** A member after the old end grows the record; one inside the old size fills padding. */
function withinOldSize(la: Leaf, fb: Flat): boolean {
  return ABIS.every((abi) => {
    const p = la.place[abi];
    const size = fb.size[abi];
    return p !== undefined && size !== undefined && p.offset + p.size <= size;
  });
}

/**
 * New members (and the reserved member's own shrunken remainder) that fit inside a reserved
 * member's old bytes on every ABI, with the record's size and every other offset unchanged.
 */
function reservedReplacement(lb: Leaf, la: Leaf | undefined, added: Leaf[], fb: Flat, fa: Flat): Leaf[] | undefined {
  if (!isReserved(lb.path)) return undefined;
  for (const abi of ABIS) if (!sameSize(fb, fa, abi)) return undefined;
  const candidates = la ? [...added, la] : added;
  const inside = candidates.filter((l) =>
    ABIS.every((abi) => {
      const p = l.place[abi];
      const r = lb.place[abi];
      return p && r && p.offset >= r.offset && p.offset + (p.bits !== undefined ? 0 : p.size) <= r.offset + r.size;
    }),
  );
  if (!inside.length || (la && !inside.includes(la))) return undefined;
  const fresh = inside.filter((l) => l !== la);
  return fresh.length &&
    !moves(
      fb,
      fa,
      fb.leaves.filter((l) => l !== lb),
    )
    ? fresh
    : undefined;
}

/** Common members whose relative order changed (not in the longest kept order). */
function reordered(cmp: Compare, name: string, fb: Flat, fa: Flat, rule: Rule): number {
  const afterOrder = new Map(fa.leaves.map((l) => [l.path, l.order]));
  const common = fb.leaves.filter((l) => afterOrder.has(l.path) && l.parentKind !== "union");
  const seq = common.map((l) => afterOrder.get(l.path)!);
  const keep = longestIncreasing(seq);
  let n = 0;
  common.forEach((lb, i) => {
    if (keep.has(i)) return;
    const la = fa.leaves[afterOrder.get(lb.path)!]!;
    n++;
    const where = (p: Place) => (p.bits !== undefined ? `bit ${p.bitOffset}` : `offset ${p.offset}`);
    const move = ABIS.map((abi) =>
      lb.place[abi] && la.place[abi]
        ? `${where(lb.place[abi]!)}→${where(la.place[abi]!).replace(/^\w+ /, "")} on ${ABI_NAMES[abi]}`
        : "",
    ).filter(Boolean)[0];
    report(cmp, {
      rule,
      line: la.field.line,
      symbol: `${name}.${la.path}`,
      message: `Member \`${la.path}\` of \`${name}\` moved in declaration order${move ? ` (${move})` : ""}.`,
    });
  });
  return n;
}

function longestIncreasing(seq: number[]): Set<number> {
  const len = seq.map(() => 1);
  const prev = seq.map(() => -1);
  for (let i = 0; i < seq.length; i++)
    for (let j = 0; j < i; j++)
      if (seq[j]! < seq[i]! && len[j]! + 1 > len[i]!) {
        len[i] = len[j]! + 1;
        prev[i] = j;
      }
  let best = len.indexOf(Math.max(0, ...len));
  const keep = new Set<number>();
  while (best >= 0) {
    keep.add(best);
    best = prev[best]!;
  }
  return keep;
}
