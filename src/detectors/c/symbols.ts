import type { HeaderModel } from "./model.js";
import type { SymbolEntry } from "../../engine/types.js";

/** The declarations of one side, for cross-detector rules (the fork detector's parallel interfaces). */
export function symbolsOf(model: HeaderModel, path: string): SymbolEntry[] {
  const out: SymbolEntry[] = [];
  const add = (name: string, kind: SymbolEntry["kind"], line: number) => out.push({ name, kind, path, line });
  for (const r of model.records) if (r.name) add(r.name, r.kind === "class" ? "class" : r.kind, r.line);
  for (const e of model.enums) if (e.name) add(e.name, "enum", e.line);
  for (const t of model.typedefs) add(t.name, "typedef", t.line);
  for (const f of model.functions) add(f.name, "function", f.line);
  for (const g of model.globals) add(g.name, "variable", g.line);
  for (const m of model.macros) add(m.name, "macro", m.line);
  return out;
}
