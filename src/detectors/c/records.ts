import type { Env } from "./env.js";
import type { CType, Field, HeaderModel, RecordDef } from "./model.js";

export interface RecordEntry {
  key: string;
  /** How findings name it: `struct kvm_run`, or the typedef name of an anonymous struct. */
  display: string;
  rec: RecordDef;
}

/** Named records and typedef'd anonymous ones; `cxx` selects C++ classes (the cpp detector's). */
export function recordEntries(model: HeaderModel, cxx: boolean): RecordEntry[] {
  const out: RecordEntry[] = [];
  for (const rec of model.records) {
    if (!!rec.cxx !== cxx || !rec.name) continue;
    const kind = rec.kind === "class" ? "struct" : rec.kind;
    out.push({ key: `${kind} ${rec.name}`, display: `${rec.kind} ${rec.name}`, rec });
  }
  for (const td of model.typedefs) {
    if (td.type.k !== "record" || td.type.rec.name || !!td.type.rec.cxx !== cxx) continue;
    out.push({ key: `typedef ${td.name}`, display: td.name, rec: td.type.rec });
  }
  return out;
}

/**
 * The key the other side spells the same typedef'd record under: `typedef struct { … } T` ↔
 * `typedef struct T { … } T` (or `typedef struct T T;` with `struct T { … }` elsewhere in the
 * file). Users write `T` either way and the members are compared as usual.
 */
export function respelledKey(key: string, from: HeaderModel, to: HeaderModel): string | undefined {
  const typedefName = key.startsWith("typedef ") ? key.slice(8) : typedefOf(key, from);
  if (!typedefName) return undefined;
  if (!key.startsWith("typedef ")) {
    const td = to.typedefs.find((t) => t.name === typedefName);
    return td?.type.k === "record" && !td.type.rec.name ? `typedef ${typedefName}` : undefined;
  }
  return typedefOf(undefined, to, typedefName);
}

/** For `struct X`: the name of a typedef of it; for a typedef name: the `struct X` key it names. */
function typedefOf(key: string | undefined, model: HeaderModel, typedefName?: string): string | undefined {
  for (const td of model.typedefs) {
    const t = td.type;
    const tagKey =
      t.k === "record" && t.rec.name
        ? `${t.rec.kind === "class" ? "struct" : t.rec.kind} ${t.rec.name}`
        : t.k === "tag" && t.tag !== "enum"
          ? `${t.tag === "class" ? "struct" : t.tag} ${t.name}`
          : undefined;
    if (!tagKey) continue;
    if (typedefName !== undefined && td.name === typedefName) return tagKey;
    if (key !== undefined && tagKey === key) return td.name;
  }
  return undefined;
}

/**
 * The two versions of a record with members re-spelled between an inline anonymous record and
 * a named one written inline on both sides: `union { int note; … } data;` ↔ `union ev_data data;`
 * (or a typedef of it). `s.data.note` compiles either way, so the members are compared, not the
 * spelling; a real difference between them is then reported member by member.
 */
export function inlineRespelled(b: RecordDef, a: RecordDef, envB: Env, envA: Env, depth = 0): [RecordDef, RecordDef] {
  if (depth > 8) return [b, a];
  const fieldsB = [...b.fields];
  const fieldsA = [...a.fields];
  let changed = false;
  fieldsB.forEach((fb, i) => {
    const j = fb.name === null ? -1 : fieldsA.findIndex((f) => f.name === fb.name);
    if (j < 0) return;
    const fa = fieldsA[j]!;
    const ib = inlineRecord(fb.type);
    const ia = inlineRecord(fa.type);
    // one side inline, the other by name: the named body, as if written inline
    const sideB = ib ?? (ia ? anonymous(namedBody(fb.type, envB)) : undefined);
    const sideA = ia ?? (ib ? anonymous(namedBody(fa.type, envA)) : undefined);
    if (!sideB || !sideA || sideB.kind !== sideA.kind) return;
    const [rb, ra] = inlineRespelled(sideB, sideA, envB, envA, depth + 1);
    if (rb === ib && ra === ia) return;
    fieldsB[i] = withRecord(fb, rb);
    fieldsA[j] = withRecord(fa, ra);
    changed = true;
  });
  return changed
    ? [
        { ...b, fields: fieldsB },
        { ...a, fields: fieldsA },
      ]
    : [b, a];
}

function inlineRecord(t: CType): RecordDef | undefined {
  return t.k === "record" && !t.rec.name ? t.rec : undefined;
}

function anonymous(rec: RecordDef | undefined): RecordDef | undefined {
  return rec && { ...rec, name: undefined };
}

/** The body a by-value member's type names: `union ev_data`, a typedef of a record. */
function namedBody(t: CType, env: Env, depth = 0): RecordDef | undefined {
  if (depth > 8) return undefined;
  if (t.k === "record") return t.rec;
  if (t.k === "tag" && t.tag !== "enum") return env.records.get(`${t.tag === "class" ? "struct" : t.tag} ${t.name}`);
  if (t.k === "name") {
    const td = env.typedefs.get(t.name);
    return td ? namedBody(td.type, env, depth + 1) : undefined;
  }
  return undefined;
}

function withRecord(f: Field, rec: RecordDef): Field {
  return { ...f, type: { k: "record", rec } };
}
