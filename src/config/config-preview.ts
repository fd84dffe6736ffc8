import { loadConfigText } from "./load.js";
import { formatConfigErrors, formatKeyPath } from "./errors.js";
import { isMapping } from "./defaults.js";
import { code } from "../render/escape.js";
import type { Config } from "./types.js";

export interface ConfigPreview {
  title: string;
  markdown: string;
  /** False when the proposed file would make the check fail after merge. */
  valid: boolean;
}

interface PreviewOptions {
  /** The config in force (from the default branch), which still governs this PR. */
  current: Config;
  /** The `.github/impactgate.yml` text the pull request proposes; null when it deletes the file. */
  proposedText: string | null;
  docsUrl?: string;
}

const MAX_CHANGES = 30;

/**
 * A summary section for a PR that edits `.github/impactgate.yml`: the proposed file validated, and
 * which effective settings would change. It never changes this PR's gate — config is read from the
 * default branch only, so a PR cannot loosen the check it is subject to.
 */
export function configPreview({ current, proposedText, docsUrl }: PreviewOptions): ConfigPreview {
  const title = "Configuration change preview";
  const note =
    "This pull request is still reviewed with the configuration on the default branch; the new file takes effect after merge.";
  const result = loadConfigText(proposedText ?? "");
  if (!result.ok) {
    return {
      title,
      valid: false,
      markdown: [
        `⚠️ After merge, every check would **fail** until the file is fixed.`,
        "",
        formatConfigErrors(result.errors, { docsUrl }),
        "",
        note,
      ].join("\n"),
    };
  }
  const changes = diffConfig(current, result.config);
  if (changes.length === 0)
    return {
      title,
      valid: true,
      markdown: ["The proposed file is valid and changes no effective setting.", "", note].join("\n"),
    };
  const rows = changes
    .slice(0, MAX_CHANGES)
    .map((c) => `| ${code(c.path, { inTable: true })} | ${cell(c.before)} | ${cell(c.after)} |`);
  const more = changes.length > MAX_CHANGES ? [`\n… and ${changes.length - MAX_CHANGES} more changes.`] : [];
  const deleted = proposedText === null ? ["The pull request deletes the file: the defaults would apply.", ""] : [];
  return {
    title,
    valid: true,
    markdown: [
      ...deleted,
      "The proposed file is valid. After merge these settings change:",
      "",
      "| key | now | after merge |",
      "|---|---|---|",
      ...rows,
      ...more,
      "",
      note,
    ].join("\n"),
  };
}

/** A value in a table cell: JSON, shortened, as code (the proposed file is the pull request's). */
function cell(value: unknown): string {
  if (value === undefined) return "_unset_";
  const json = JSON.stringify(value);
  return code(json.length > 80 ? `${json.slice(0, 79)}…` : json, { inTable: true });
}

export interface ConfigChange {
  /** Key path as users write it: `limits.files`, `rules["c/*"]`. */
  path: string;
  before: unknown;
  after: unknown;
}

/**
 * The keys whose effective value differs between two configs. Mappings are compared key by key;
 * lists and scalars as a whole, since a list replaces the default rather than merging.
 */
export function diffConfig(before: unknown, after: unknown): ConfigChange[] {
  const changes: ConfigChange[] = [];
  walk(before, after, [], changes, after);
  return changes;
}

function walk(before: unknown, after: unknown, segments: string[], out: ConfigChange[], root: unknown): void {
  if (isMapping(before) && isMapping(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      const b = Object.hasOwn(before, key) ? before[key] : undefined;
      const a = Object.hasOwn(after, key) ? after[key] : undefined;
      walk(b, a, [...segments, key], out, root);
    }
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after))
    out.push({ path: formatKeyPath(segments, root), before, after });
}
