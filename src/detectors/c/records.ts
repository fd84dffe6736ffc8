import type { HeaderModel, RecordDef } from "./model.js";

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
