import { namedRuleId } from "../../engine/rule.js";
import { watchRules } from "./rule-specs.js";
import type { Config } from "../../config/types.js";
import type { Finding, ReportSection } from "../../engine/types.js";

/** Hidden record, inside the sticky comment, of the handles already mentioned (kept without `@`, never a mention itself). */
const MARKER = /<!-- impactgate:watch-mentioned([^>]*)-->/;

/** Handles (`@user`, `@org/team`, lower-cased) an earlier version of the sticky comment mentioned. */
export function mentionedHandles(commentBody: string | undefined): Set<string> {
  const m = commentBody ? MARKER.exec(commentBody) : null;
  return new Set(
    (m?.[1] ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((h) => `@${h.replace(/^@/, "").toLowerCase()}`),
  );
}

export interface WatchMentions {
  /** The comment section; undefined when no watch matched and nobody was ever mentioned. */
  section?: ReportSection;
  /** Handles this revision mentions for the first time: request their review. */
  newlyMentioned: string[];
}

interface Options {
  /** The review's findings (watch findings are `watch/<name>`). */
  findings: Finding[];
  config: Config;
  /** Body of the existing sticky comment, if any. */
  previousBody?: string;
}

/**
 * The sticky comment's watch-list section. A handle is written as a live `@mention` only the
 * first time a revision needs it; afterwards it appears in code spans, which do not notify, and
 * a hidden marker carries the mentioned set from one push to the next.
 */
export function watchMentionSection({ findings, config, previousBody }: Options): WatchMentions {
  const already = mentionedHandles(previousBody);
  const fired = new Set(findings.map((f) => f.ruleId));
  const idOf = (name: string) => namedRuleId(watchRules["watch/<name>"], name);
  const entries = config.watch.filter((w) => fired.has(idOf(w.name)));
  const newly: string[] = [];
  const lines: string[] = [];
  for (const entry of entries) {
    const handles = entry.notify.map((h) => (h.startsWith("@") ? h : `@${h}`));
    const shown = handles.map((h) => {
      const key = h.toLowerCase();
      if (already.has(key) || newly.some((n) => n.toLowerCase() === key)) return `\`${h}\``;
      newly.push(h);
      return h;
    });
    const ack = entry["require-ack"] ? " — acknowledgement required" : "";
    lines.push(`- **${entry.name}** (\`${idOf(entry.name)}\`${ack}): ${shown.join(" ") || "no one to notify"}`);
  }
  const all = [...already, ...newly.map((h) => h.toLowerCase())].sort();
  if (lines.length === 0 && all.length === 0) return { newlyMentioned: [] };
  const marker = `<!-- impactgate:watch-mentioned ${all.map((h) => h.slice(1)).join(" ")} -->`;
  const body = lines.length > 0 ? lines.join("\n") : "No watch list matches this revision.";
  return { section: { title: "Watch lists", markdown: `${marker}\n${body}` }, newlyMentioned: newly };
}
