import type { Finding, Severity } from "../../engine/types.js";
import type { UnitEntry } from "./package-units.js";

/** The findings of one entry point, and the `export =` root its symbols carry (`axios.X`). */
export interface EntryFindings {
  entry: UnitEntry;
  findings: Finding[];
  root?: string;
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, notice: 0 };

/** Removal is one verdict whether the export sat at the top or in the `export =` namespace. */
const family = (ruleId: string) =>
  ruleId === "ts/export-removed" || ruleId === "ts/namespace-member-removed" ? "removed" : ruleId;

/**
 * One verdict per export: the same change seen through several entry points of one subpath
 * (`.d.ts` for `import`, `.d.cts` for `require`, a `types` condition and `main`) is stated once,
 * at its most severe, naming every file that carries it. Entries come import-first, so the
 * message keeps the names the way most consumers write them.
 */
export function mergeTwins(perEntry: EntryFindings[]): Finding[] {
  const merged = new Map<string, { finding: Finding; sites: Set<string> }>();
  const exact = new Set<string>();
  for (const { entry, findings, root } of perEntry) {
    for (const f of findings) {
      const dedupe = `${f.ruleId}\u0000${f.path}\u0000${f.line}\u0000${f.symbol ?? ""}`;
      if (exact.has(dedupe)) continue;
      exact.add(dedupe);
      const symbol = root && f.symbol?.startsWith(`${root}.`) ? f.symbol.slice(root.length + 1) : (f.symbol ?? "");
      const key = `${entry.subpath}\u0000${symbol}\u0000${family(f.ruleId)}`;
      const seen = merged.get(key);
      const site = `\`${f.path}\` line ${f.line}`;
      if (!seen) {
        merged.set(key, { finding: { ...f }, sites: new Set([site]) });
        continue;
      }
      seen.sites.add(site);
      if (RANK[f.severity] > RANK[seen.finding.severity]) seen.finding = { ...f };
    }
  }
  return [...merged.values()].map(({ finding, sites }) =>
    sites.size > 1 ? { ...finding, message: `${finding.message} Carried by ${[...sites].join(" and ")}.` } : finding,
  );
}
