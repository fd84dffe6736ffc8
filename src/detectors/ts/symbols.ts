import type { SymbolEntry } from "../../engine/types.js";
import type { Surface } from "./model.js";

/** Top-level exports as symbols, for cross-detector rules (fork parallel interfaces, watch lists). */
export function symbolsOf(surface: Surface, path: string): SymbolEntry[] {
  const out: SymbolEntry[] = [];
  for (const entry of surface.exports.values()) {
    const kinds = entry.decls.map((d) => d.kind);
    const kind: SymbolEntry["kind"] = kinds.includes("class")
      ? "class"
      : kinds.includes("function")
        ? "function"
        : "export";
    out.push({ name: entry.name, kind, path, line: entry.line });
  }
  return out;
}
