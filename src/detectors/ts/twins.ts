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
  const merged = new Map<string, { finding: Finding; sites: Map<string, Set<number>> }>();
  const exact = new Set<string>();
  for (const { entry, findings, root } of perEntry) {
    for (const f of findings) {
      const dedupe = `${f.ruleId}\u0000${f.path}\u0000${f.line}\u0000${f.symbol ?? ""}`;
      if (exact.has(dedupe)) continue;
      exact.add(dedupe);
      const symbol = root && f.symbol?.startsWith(`${root}.`) ? f.symbol.slice(root.length + 1) : (f.symbol ?? "");
      const key = `${entry.subpath}\u0000${symbol}\u0000${family(f.ruleId)}`;
      const seen = merged.get(key);
      if (!seen) {
        merged.set(key, { finding: { ...f }, sites: new Map([[f.path, new Set([f.line])]]) });
        continue;
      }
      seen.sites.set(f.path, (seen.sites.get(f.path) ?? new Set()).add(f.line));
      if (RANK[f.severity] > RANK[seen.finding.severity]) seen.finding = { ...f };
    }
  }
  return [...merged.values()].map(({ finding, sites }) => {
    if (sites.size < 2) return finding;
    const where = [...sites].map(([path, lines]) => {
      const list = [...lines].sort((x, y) => x - y);
      return `\`${path}\` (line${list.length > 1 ? "s" : ""} ${list.join(", ")})`;
    });
    const list = `${where.slice(0, -1).join(", ")} and ${where.at(-1)}`;
    return { ...finding, message: `${finding.message} Carried by ${list}.` };
  });
}
