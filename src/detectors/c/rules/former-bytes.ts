import { ABIS, ABI_NAMES, type Abi } from "../abi.js";
import type { Flat, Leaf, Place } from "../leaves.js";

/**
 * What a new member's bits held before the change, judged on the same offsets the layout table
 * prints: bits of members that were removed or retyped (`vacated` — the storage is reused),
 * bits no member covered (`padding` — old binaries never wrote them), or bits of a member that is
 * still there (`kept`, a union's overlapping members).
 */
export type Former = "vacated" | "padding" | "kept";

/** Per ABI: which bits of the old record a kept member covered, and which a vacated one did. */
type Cover = Partial<Record<Abi, { kept: Uint8Array; vacated: Uint8Array }>>;

// Records larger than this are left to the other rules (a bitmap per ABI is built for each).
const MAX_BITS = 1 << 20;

/** The bits a member occupies, [start, end): a bit-field's own bits, else its bytes. */
export const bitRange = (p: Place): [number, number] =>
  p.bits !== undefined ? [p.bitOffset!, p.bitOffset! + p.bits] : [p.offset * 8, (p.offset + p.size) * 8];

/**
 * The old record's bits, split by whether their member survives unchanged. Of a partly known
 * struct, the known prefix: its unknown tail is judged by `sameFrame` (same members, same offset).
 */
export function oldCover(fb: Flat, vacated: ReadonlySet<string>): Cover {
  const cover: Cover = {};
  for (const abi of ABIS) {
    const size = fb.size[abi];
    const bits = size !== undefined ? size * 8 : fb.tail[abi]?.at;
    if (bits === undefined || bits > MAX_BITS) continue;
    const c = { kept: new Uint8Array(bits), vacated: new Uint8Array(bits) };
    let known = true;
    for (const l of fb.leaves) {
      const p = l.place[abi];
      if (!p) {
        // a member of the unknown tail is no part of the prefix; in a known layout, unknown is unknown
        if (size === undefined) continue;
        known = false;
        break;
      }
      const [s, e] = bitRange(p);
      (vacated.has(l.path) ? c.vacated : c.kept).fill(1, s, Math.min(e, bits));
    }
    if (known) cover[abi] = c;
  }
  return cover;
}

/** What `la`'s bits held before, on every ABI; undefined when unknown or when it lies past the old end. */
export function formerOf(la: Leaf, cover: Cover): Former | undefined {
  let result: Former = "vacated";
  for (const abi of ABIS) {
    const c = cover[abi];
    const p = la.place[abi];
    if (!c || !p) return undefined;
    const [s, e] = bitRange(p);
    if (e > c.kept.length || e <= s) return undefined;
    for (let i = s; i < e; i++) {
      if (c.kept[i]) return "kept";
      if (!c.vacated[i]) result = "padding";
    }
  }
  return result;
}

/**
 * Same size and alignment on every ABI: known and equal, or — for a struct whose end is unknown
 * (a member of a type not in view, an unexpanded `*_FIELDS` macro) — the same unknown tail at the
 * same offset after a known prefix of the same alignment.
 */
export function sameFrame(fb: Flat, fa: Flat): boolean {
  return ABIS.every((abi) => {
    if (fb.size[abi] !== undefined) return fb.size[abi] === fa.size[abi] && fb.align[abi] === fa.align[abi];
    const tb = fb.tail[abi];
    const ta = fa.tail[abi];
    return !!tb && !!ta && tb.at === ta.at && tb.key === ta.key && tb.align === ta.align;
  });
}

/** "24 bytes on LP64, 12 bytes on ILP32", or where the unchanged tail of unknown layout starts. */
export function frameText(fb: Flat): string {
  return ABIS.flatMap((abi) => {
    const size = fb.size[abi];
    if (size !== undefined) return [`${size} bytes on ${ABI_NAMES[abi]}`];
    const tail = fb.tail[abi];
    const at = tail && (tail.at % 8 ? `bit ${tail.at}` : `offset ${tail.at / 8}`);
    return at ? [`its members of unknown layout still start at ${at} on ${ABI_NAMES[abi]}`] : [];
  }).join(", ");
}

/** "offset 16, 16 bytes on LP64; offset 8, 8 bytes on ILP32" — the layout table's numbers in words. */
export function placeText(l: Leaf): string {
  return ABIS.filter((abi) => l.place[abi])
    .map((abi) => {
      const p = l.place[abi]!;
      const where = p.bits !== undefined ? `bit ${p.bitOffset}, ${p.bits} bits` : `offset ${p.offset}, ${p.size} bytes`;
      return `${where} on ${ABI_NAMES[abi]}`;
    })
    .join("; ");
}
