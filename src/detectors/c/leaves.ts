import { ABIS, type Abi } from "./abi.js";
import { recordLayout } from "./layout.js";
import { canonical, spell } from "./spell.js";
import type { Env } from "./env.js";
import type { Field, RecordDef } from "./model.js";

/** Where a leaf sits under one ABI. */
export interface Place {
  offset: number;
  size: number;
  bitOffset?: number;
  bits?: number;
}

/** One member reachable by name from the record (`s.regs`), anonymous members flattened. */
export interface Leaf {
  path: string;
  field: Field;
  spelled: string;
  canon: string;
  order: number;
  /** Path of the innermost enclosing record and its kind (struct members shift, union members overlap). */
  parent: string;
  parentKind: RecordDef["kind"];
  place: Partial<Record<Abi, Place>>;
}

export interface Flat {
  leaves: Leaf[];
  size: Partial<Record<Abi, number>>;
  align: Partial<Record<Abi, number>>;
  /** Why the layout is unknown, per ABI. */
  unknown: Partial<Record<Abi, string>>;
  /**
   * Where the unknown part of a partly known struct begins (bits, before its alignment) and what
   * it is (its members as canonical text): equal tails at equal offsets lay out the same. `align`
   * is the known prefix's alignment (with an equal tail, equal prefix alignments keep the record's).
   */
  tail: Partial<Record<Abi, { at: number; key: string; align: number }>>;
}

/** The leaves of a record with their offsets under both ABIs (where the layout is known). */
export function flatten(rec: RecordDef, env: Env): Flat {
  const flat: Flat = { leaves: [], size: {}, align: {}, unknown: {}, tail: {} };
  const layouts = Object.fromEntries(ABIS.map((abi) => [abi, recordLayout(rec, env, abi)]));
  for (const abi of ABIS) {
    const l = layouts[abi]!;
    if (l.ok) {
      flat.size[abi] = l.size;
      flat.align[abi] = l.align;
      continue;
    }
    flat.unknown[abi] = l.why;
    if (l.fields && l.tailBits !== undefined)
      flat.tail[abi] = {
        at: l.tailBits,
        key: tailKey(rec.fields.slice(l.fields.length), env),
        align: l.prefixAlign ?? 1,
      };
  }
  walk(rec, "", { lp64: 0, ilp32: 0 });
  return flat;

  function walk(r: RecordDef, prefix: string, base: Partial<Record<Abi, number>>) {
    const per = Object.fromEntries(
      ABIS.map((abi) => {
        const l = recordLayout(r, env, abi);
        return [abi, base[abi] !== undefined ? l.fields : undefined];
      }),
    );
    r.fields.forEach((f, i) => {
      const place: Partial<Record<Abi, Place>> = {};
      for (const abi of ABIS) {
        const fl = per[abi]?.[i];
        if (fl)
          place[abi] = {
            offset: base[abi]! + fl.offset,
            size: fl.size,
            bitOffset: fl.bitOffset === undefined ? undefined : base[abi]! * 8 + fl.bitOffset,
            bits: fl.bits,
          };
      }
      const inline = f.type.k === "record" && !f.type.rec.name ? f.type.rec : undefined;
      if (inline) {
        const childBase = Object.fromEntries(ABIS.map((abi) => [abi, place[abi]?.offset]));
        walk(inline, f.name ? `${prefix}${f.name}.` : prefix, childBase);
        return;
      }
      // Unnamed bit-fields are padding: their effect shows in the offsets of what follows.
      if (f.name === null) return;
      flat.leaves.push({
        path: `${prefix}${f.name}`,
        field: f,
        spelled: spell(f.type),
        canon: canonical(f.type, env),
        order: flat.leaves.length,
        parent: prefix,
        parentKind: r.kind,
        place,
      });
    });
  }
}

function tailKey(fields: Field[], env: Env): string {
  return JSON.stringify(fields.map((f) => [f.name, canonical(f.type, env), f.bits ?? null, f.attrs]));
}
