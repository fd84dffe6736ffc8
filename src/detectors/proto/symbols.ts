import type { SymbolEntry } from "../../engine/types.js";
import type { ProtoFile } from "./model.js";

/** Messages, enums, services and RPCs by full name, for cross-detector rules (fork, watch). */
export function protoSymbols(path: string, file: ProtoFile | undefined): SymbolEntry[] {
  if (!file) return [];
  const out: SymbolEntry[] = [];
  for (const m of file.messages.values()) out.push({ name: m.fqn, kind: "message", path, line: m.line });
  for (const e of file.enums.values()) out.push({ name: e.fqn, kind: "enum", path, line: e.line });
  for (const s of file.services.values()) {
    out.push({ name: s.fqn, kind: "service", path, line: s.line });
    for (const r of s.rpcs.values()) out.push({ name: `${s.fqn}.${r.name}`, kind: "rpc", path, line: r.line });
  }
  return out;
}
