import { ABIS, ABI_NAMES, type Abi } from "../abi.js";
import type { Flat, Leaf } from "../leaves.js";

const RESERVED = /^(__)?(reserved|pad|padding|unused|spare|rsvd|resv)\w*$/i;

/** `reserved*`, `__pad*`, `unused*`, `spare*`: members kept for future use. */
export function isReserved(path: string): boolean {
  return RESERVED.test(path.split(".").pop()!);
}

/** "offset of `s` moves 304→312" for the first common leaf that moved under `abi`. */
export function firstMove(b: Flat, a: Flat, abi: Abi): string | undefined {
  const after = new Map(a.leaves.map((l) => [l.path, l]));
  for (const lb of b.leaves) {
    const la = after.get(lb.path);
    const ob = lb.place[abi]?.offset;
    const oa = la?.place[abi]?.offset;
    if (ob !== undefined && oa !== undefined && ob !== oa) return `offset of \`${lb.path}\` moves ${ob}→${oa}`;
  }
  return undefined;
}

/** Common leaves whose offset differs under some ABI, with the moves said per ABI. */
export function moves(b: Flat, a: Flat, later: Leaf[]): string | undefined {
  for (const abi of ABIS) {
    const sub = firstMove({ ...b, leaves: b.leaves.filter((l) => later.some((x) => x.path === l.path)) }, a, abi);
    if (sub) return `${sub} on ${ABI_NAMES[abi]}`;
  }
  return undefined;
}

/** "from 2352 to 2360 bytes on LP64 and from 2340 to 2348 on ILP32". */
export function sizeChange(b: Flat, a: Flat, what: "size" | "align"): string | undefined {
  const parts: string[] = [];
  for (const abi of ABIS) {
    const x = b[what][abi];
    const y = a[what][abi];
    if (x !== undefined && y !== undefined && x !== y)
      parts.push(`from ${x} to ${y}${what === "size" ? " bytes" : ""} on ${ABI_NAMES[abi]}`);
  }
  return parts.length ? parts.join(" and ") : undefined;
}

/** True when the LP64 and ILP32 layouts differ in any offset or size. */
export function differs3264(f: Flat): boolean {
  if (f.size.lp64 === undefined || f.size.ilp32 === undefined) return false;
  if (f.size.lp64 !== f.size.ilp32) return true;
  return f.leaves.some(
    (l) =>
      l.place.lp64?.offset !== l.place.ilp32?.offset ||
      l.place.lp64?.size !== l.place.ilp32?.size ||
      l.place.lp64?.bitOffset !== l.place.ilp32?.bitOffset,
  );
}

/** First hole (bytes covered by no member, or tail padding) under `abi`. */
export function firstHole(f: Flat, abi: Abi): { offset: number; bytes: number; after?: string } | undefined {
  const size = f.size[abi];
  if (size === undefined) return undefined;
  const covered = new Uint8Array(size);
  const last: Record<number, string> = {};
  for (const l of f.leaves) {
    const p = l.place[abi];
    if (!p) return undefined;
    const start = p.bits !== undefined ? Math.floor(p.bitOffset! / 8) : p.offset;
    const end = p.bits !== undefined ? Math.ceil((p.bitOffset! + p.bits) / 8) : p.offset + p.size;
    for (let i = start; i < end && i < size; i++) covered[i] = 1;
    if (end > start) last[end] = l.path;
  }
  for (let i = 0; i < size; i++) {
    if (covered[i]) continue;
    let j = i;
    while (j < size && !covered[j]) j++;
    return { offset: i, bytes: j - i, after: last[i] };
  }
  return undefined;
}

/** Same size under `abi`: both known and equal, or the same unknown tail starting at the same offset. */
export function sameSize(b: Flat, a: Flat, abi: Abi): boolean {
  if (b.size[abi] !== undefined || a.size[abi] !== undefined) return b.size[abi] === a.size[abi];
  const tb = b.tail[abi];
  const ta = a.tail[abi];
  return !!tb && !!ta && tb.at === ta.at && tb.key === ta.key;
}

/** The unknown tail of a partly known struct starts elsewhere or holds other members. */
export function tailMoved(b: Flat, a: Flat): boolean {
  return ABIS.some(
    (abi) =>
      b.tail[abi] !== undefined &&
      a.tail[abi] !== undefined &&
      (b.tail[abi]!.at !== a.tail[abi]!.at || b.tail[abi]!.key !== a.tail[abi]!.key),
  );
}

/** No offset of this leaf is known (it lies in, or is, an unknown part of the layout). */
export function placeUnknown(l: Leaf): boolean {
  return ABIS.every((abi) => l.place[abi] === undefined);
}
