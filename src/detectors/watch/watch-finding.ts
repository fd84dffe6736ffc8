import { namedFinding } from "../../engine/rule.js";
import { watchRules } from "./rule-specs.js";
import { firstChangedLine } from "../interface/index.js";
import type { WatchEntry } from "../../config/types.js";
import type { Finding } from "../../engine/types.js";
import type { WatchMatch } from "./match-watch.js";

/** How many matched items the message lists before it says "and N more". */
const LISTED = 5;

/**
 * One `watch/<name>` finding per matching watch entry, placed on the first matched finding (or
 * changed file). It takes the category of the finding it matched (`abi` for a path match alone),
 * so the statement for that category covers it; `require-ack` makes it an error. Handles are
 * written without `@`: the comment mentions them once (see watch-mentions.ts), messages never do.
 */
export function watchFinding(entry: WatchEntry, match: WatchMatch): Finding | undefined {
  const anchor = match.findings[0] ?? match.fileFindings[0];
  const file = match.files[0];
  if (!anchor && !file) return undefined;
  const items = [...new Set([...match.findings.map((f) => f.symbol!), ...match.files.map((f) => f.path)])];
  const listed =
    items.slice(0, LISTED).join(", ") + (items.length > LISTED ? ` and ${items.length - LISTED} more` : "");
  const who = entry.notify.map((h) => h.replace(/^@/, "")).join(", ") || "nobody configured";
  const ack = entry["require-ack"] ? " One of them must acknowledge this change (or state it in the description)." : "";
  return namedFinding(watchRules["watch/<name>"], entry.name, {
    category: anchor?.category ?? "abi",
    severity: entry["require-ack"] ? "error" : "notice",
    path: anchor?.path ?? file.path,
    line: anchor?.line ?? firstChangedLine(file),
    symbol: anchor?.symbol,
    message: `Watched by "${entry.name}" (${who}): this PR touches ${listed}.${ack}`,
  });
}
