import { pointerLayout, scalar, type Abi } from "./abi.js";
import { enumSize, evalInt } from "./const-eval.js";
import { memoOf, type Env } from "./env.js";
import type { Attrs, CType, Field, RecordDef } from "./model.js";

/** Size/alignment of a type under one ABI, or why it is unknown (never a guess). */
export type TypeLayout = { ok: true; size: number; align: number } | { ok: false; why: string };

export interface FieldLayout {
  field: Field;
  /** Byte offset; for bit-fields the byte holding the first bit. */
  offset: number;
  size: number;
  /** Bit offset from the start of the record and width, for bit-fields. */
  bitOffset?: number;
  bits?: number;
}

/**
 * A struct whose layout is unknown from some member on still has a known prefix: `fields` are the
 * members before it, `tailBits` where the unknown part begins (before its alignment) and
 * `prefixAlign` the strictest alignment before it, so a change confined to the prefix can still be judged.
 */
export type RecordLayout =
  | { ok: true; size: number; align: number; fields: FieldLayout[] }
  | { ok: false; why: string; fields?: FieldLayout[]; tailBits?: number; prefixAlign?: number };

const unknown = (why: string): TypeLayout => ({ ok: false, why });

/** Layout of a type, resolving typedefs and tags in `env`. */
export function typeLayout(t: CType, env: Env, abi: Abi, depth = 0): TypeLayout {
  if (depth > 64) return unknown("type nesting is too deep");
  switch (t.k) {
    case "prim":
      return known(scalar(t.name, abi), `\`${t.name}\` has no size`);
    case "name": {
      const td = env.typedefs.get(t.name);
      if (td) {
        const inner = typeLayout(td.type, env, abi, depth + 1);
        const align = td.attrs.aligned ? alignValue(td.attrs, env, abi) : undefined;
        if (!inner.ok || align === undefined) return inner;
        return align.ok ? { ok: true, size: inner.size, align: align.value } : unknown(align.why);
      }
      return known(scalar(t.name, abi), `\`${t.name}\` is not defined in the changed headers`);
    }
    case "tag": {
      if (t.tag === "enum") {
        const en = env.enums.get(t.name);
        return en ? enumSize(en, env, abi) : unknown(`\`enum ${t.name}\` is not defined in the changed headers`);
      }
      const rec = env.records.get(`${t.tag === "class" ? "struct" : t.tag} ${t.name}`);
      return rec
        ? recordLayout(rec, env, abi)
        : unknown(`\`${t.tag} ${t.name}\` is not defined in the changed headers`);
    }
    case "record":
      return recordLayout(t.rec, env, abi);
    case "enum":
      return enumSize(t.en, env, abi);
    case "ptr":
    case "ref":
      return { ok: true, ...pointerLayout(abi) };
    case "array": {
      const elem = typeLayout(t.of, env, abi, depth + 1);
      if (!elem.ok) return elem;
      if (t.len === null) return { ok: true, size: 0, align: elem.align };
      const n = evalInt(t.len, env, abi);
      if (!n.ok) return unknown(`array length \`${t.len}\`: ${n.why}`);
      return { ok: true, size: elem.size * Number(n.value), align: elem.align };
    }
    default:
      return unknown("a function type has no layout");
  }
}

function known(s: { size: number; align: number } | undefined, why: string): TypeLayout {
  return s ? { ok: true, size: s.size, align: s.align } : unknown(why);
}

function alignValue(attrs: Attrs, env: Env, abi: Abi): { ok: true; value: number } | { ok: false; why: string } {
  const v = evalInt(attrs.aligned!, env, abi);
  return v.ok ? { ok: true, value: Number(v.value) } : { ok: false, why: `aligned(${attrs.aligned}): ${v.why}` };
}

const roundUp = (n: number, a: number) => Math.ceil(n / a) * a;

/**
 * SysV x86 record layout: members at their alignment (1 when packed, raised by `aligned(n)`),
 * bit-fields packed into units of their type unless they would straddle one, size rounded up
 * to the record's alignment. Memoised per environment and ABI.
 */
export function recordLayout(rec: RecordDef, env: Env, abi: Abi): RecordLayout {
  const memo = memoOf<RecordLayout | "busy">(env, `layout:${abi}`);
  const cached = memo.get(rec);
  if (cached === "busy") return { ok: false, why: `${rec.kind} ${rec.name ?? "(anonymous)"} contains itself` };
  if (cached) return cached;
  memo.set(rec, "busy");
  const result = computeRecord(rec, env, abi);
  memo.set(rec, result);
  return result;
}

function computeRecord(rec: RecordDef, env: Env, abi: Abi): RecordLayout {
  // Base subobjects and the vtable pointer are not modelled: say so rather than guess.
  if (rec.cxx && (rec.cxx.bases.length || rec.cxx.methods.some((m) => m.virtual))) {
    return {
      ok: false,
      why: `${rec.name ?? "class"} has base classes or virtual methods, whose layout is not modelled`,
    };
  }
  const union = rec.kind === "union";
  const fields: FieldLayout[] = [];
  let bits = 0;
  let end = 0;
  let maxAlign = 1;
  // Struct members before the unknown one keep their offsets (a union's size depends on all).
  const fail = (why: string): RecordLayout =>
    union ? { ok: false, why } : { ok: false, why, fields: fields.slice(), tailBits: bits, prefixAlign: maxAlign };
  for (const f of rec.fields) {
    const t = typeLayout(f.type, env, abi);
    if (!t.ok) return fail(`${f.name ?? "(anonymous member)"}: ${t.why}`);
    let align = rec.attrs.packed || f.attrs.packed ? 1 : t.align;
    if (f.attrs.aligned) {
      const a = alignValue(f.attrs, env, abi);
      if (!a.ok) return fail(`${f.name}: ${a.why}`);
      align = Math.max(align, a.value);
    }
    const start = union ? 0 : bits;
    if (f.bits !== undefined) {
      const w = evalInt(f.bits, env, abi);
      if (!w.ok) return fail(`${f.name ?? "bit-field"}: width \`${f.bits}\`: ${w.why}`);
      const width = Number(w.value);
      let at = start;
      if (width === 0) at = roundUp(at, t.align * 8);
      else if (!(rec.attrs.packed || f.attrs.packed) && (at % (t.align * 8)) + width > t.size * 8)
        at = roundUp(at, t.align * 8);
      if (f.name !== null) maxAlign = Math.max(maxAlign, align);
      fields.push({ field: f, offset: Math.floor(at / 8), size: t.size, bitOffset: at, bits: width });
      end = Math.max(end, at + width);
      if (!union) bits = at + width;
      continue;
    }
    const at = roundUp(start, align * 8);
    maxAlign = Math.max(maxAlign, align);
    fields.push({ field: f, offset: at / 8, size: t.size });
    end = Math.max(end, at + t.size * 8);
    if (!union) bits = at + t.size * 8;
  }
  if (rec.attrs.aligned) {
    const a = alignValue(rec.attrs, env, abi);
    if (!a.ok) return { ok: false, why: a.why };
    maxAlign = Math.max(maxAlign, a.value);
  }
  return { ok: true, size: roundUp(Math.ceil(end / 8), maxAlign), align: maxAlign, fields };
}
