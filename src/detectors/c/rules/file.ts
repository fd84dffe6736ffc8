import { cRules } from "../rule-specs.js";
import { report, type Compare } from "../compare-context.js";
import { freshGaps } from "../removals.js";
import type { ChangeSet, FilePair } from "../../../engine/types.js";

const base = (p: string) => p.split("/").pop()!;

/**
 * The other half of a rename the source reported as remove + add (the CLI and the fixture
 * harness compare trees): a header with the same file name on the other side.
 */
export function renameCounterpart(pair: FilePair, cs: ChangeSet): FilePair | undefined {
  if (pair.status !== "added" && pair.status !== "removed") return undefined;
  const want = pair.status === "added" ? "removed" : "added";
  return cs.files.find((f) => f.status === want && base(f.path) === base(pair.path));
}

export function headerRemoved(cmp: Compare): void {
  report(cmp, {
    rule: cRules["c/header-removed"],
    line: 1,
    symbol: cmp.path,
    message: `Header \`${cmp.path}\` was removed; every \`#include\` of it breaks.`,
  });
}

export function headerRenamed(cmp: Compare, from: string): void {
  report(cmp, {
    rule: cRules["c/header-renamed"],
    line: 1,
    symbol: cmp.path,
    message: `Header \`${from}\` moved to \`${cmp.path}\`; \`#include\` lines of the old path break unless a forwarding header stays.`,
  });
}

/**
 * One notice when the change touches text the parser could not understand (ERROR nodes), naming
 * the declarations that were not reported as removed because their names are still in that text.
 */
export function parseIncomplete(cmp: Compare, unchecked: readonly string[]): void {
  const fresh = freshGaps(cmp);
  if (!fresh.length) return;
  const first = fresh[0]!;
  const text = first.key.length > 60 ? first.key.slice(0, 57) + "..." : first.key;
  const names = unchecked.slice(0, 8).map((n) => `\`${n}\``);
  if (unchecked.length > 8) names.push(`${unchecked.length - 8} more`);
  const notChecked = names.length
    ? ` Not checked, because their names are still in that text: ${names.join(", ")} (not reported as removed).`
    : "";
  report(cmp, {
    rule: cRules["c/parse-incomplete"],
    line: first.line,
    message: `${fresh.length} changed region${fresh.length === 1 ? "" : "s"} of this header could not be parsed (first at line ${first.line}: \`${text}\`); the findings cover only what parsed — check those lines by hand.${notChecked}`,
  });
}
