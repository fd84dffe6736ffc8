import { finding } from "../../engine/rule.js";
import { forkRules } from "./rule-specs.js";
import { INTERFACE_KINDS, symbolKey, type SymbolKey } from "./symbol-key.js";
import { variantBases } from "./variant-name.js";
import type { Finding, SymbolEntry } from "../../engine/types.js";

const keyString = (k: SymbolKey, leaf = k.leaf) => `${k.family}\u0000${k.scope}\u0000${leaf}`;

/**
 * `fork/parallel-interface`: a symbol this PR adds whose name is a second version of one that
 * still exists afterwards (`sys_open_v2` beside `sys_open`). A base that the PR removes is a
 * rename, not a fork; a `v2` package beside `v1` differs in scope, not in name, so neither fires.
 */
export function parallelInterfaces(
  symbols: { before: SymbolEntry[]; after: SymbolEntry[] },
  inFork: boolean,
): Finding[] {
  const usable = (s: SymbolEntry) => INTERFACE_KINDS.has(s.kind);
  const before = new Set(symbols.before.filter(usable).map((s) => keyString(symbolKey(s))));
  const after = new Map<string, SymbolEntry>();
  for (const s of symbols.after.filter(usable)) {
    const key = keyString(symbolKey(s));
    if (!after.has(key)) after.set(key, s);
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const entry of symbols.after.filter(usable)) {
    const key = symbolKey(entry);
    if (before.has(keyString(key)) || seen.has(keyString(key))) continue;
    const base = variantBases(key.leaf)
      .map((b) => after.get(keyString(key, b)))
      .find((s) => s !== undefined);
    if (!base) continue;
    seen.add(keyString(key));
    findings.push(
      finding(forkRules["fork/parallel-interface"], {
        path: entry.path,
        line: entry.line,
        symbol: entry.name,
        // in a fork, a parallel interface is divergence from upstream that must be carried; in
        // the project itself it is a design choice (libuv's `_ex` additions) to point out
        severity: inFork ? "error" : "warning",
        message: `${entry.name} is added beside ${base.name} (${base.path}:${base.line}), which stays: two versions of one interface that every user${inFork ? " and every rebase on upstream" : ""} must now carry. Extend ${base.name} compatibly (flags, optional fields, a size-versioned struct) or deprecate it in the same change.`,
      }),
    );
  }
  return findings;
}
