import type { SymbolEntry } from "../../engine/types.js";

/** Kinds that make a parallel interface; fields, macros and variables grow suffixes for other reasons. */
export const INTERFACE_KINDS = new Set<SymbolEntry["kind"]>([
  "function",
  "struct",
  "union",
  "enum",
  "typedef",
  "message",
  "service",
  "rpc",
  "export",
  "class",
]);

export interface SymbolKey {
  /** Detector family, from the file extension, so a C `foo` never pairs with a TS `foo2`. */
  family: string;
  /** Enclosing scope (`pkg.Service`, `ns`), empty at top level. */
  scope: string;
  leaf: string;
}

/**
 * Splits a symbol name as the detectors write it (`struct kvm_run`, `pkg.v1.Svc.Get`,
 * `ns::Foo`, `open()`) into scope and leaf.
 */
export function symbolKey(entry: SymbolEntry): SymbolKey {
  const bare = entry.name
    .replace(/^(struct|union|enum|class|message|service|rpc|function|typedef|interface|type)\s+/, "")
    .replace(/\(.*\)$/, "")
    .trim();
  const dot = bare.lastIndexOf(".");
  const colons = bare.lastIndexOf("::");
  const [scope, leaf] =
    colons > dot
      ? [bare.slice(0, colons), bare.slice(colons + 2)]
      : dot >= 0
        ? [bare.slice(0, dot), bare.slice(dot + 1)]
        : ["", bare];
  return { family: familyOf(entry.path), scope, leaf };
}

function familyOf(path: string): string {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (["h", "c", "hh", "hpp", "hxx", "cc", "cpp", "cxx"].includes(ext)) return "c";
  if (["ts", "tsx", "mts", "cts", "js", "mjs"].includes(ext)) return "ts";
  return ext;
}
