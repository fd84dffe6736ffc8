import { createHash } from "node:crypto";
import { validateConfig } from "../config/validate-config.js";
import { formatConfigErrors } from "../config/errors.js";
import { failedReview } from "../engine/failed-review.js";
import { DOCS_URL } from "./gate-context.js";
import { CONFIG_PATH } from "./security/config-trust.js";
import type { Config, ConfigResult } from "../config/types.js";
import type { DetectorInfo, Review } from "../engine/types.js";

export type LoadedConfig = { ok: true; config: Config; hash: string } | { ok: false; review: Review };

/**
 * Reads and validates the repository's config. Problems the user can fix (bad YAML, unknown key,
 * wrong type) become a failure Review naming the key (and `file`, the config's path); API errors
 * are thrown to the caller.
 */
export async function loadConfig(
  read: () => Promise<unknown>,
  detectors: readonly DetectorInfo[],
  readText?: () => Promise<string | null>,
  file: string = CONFIG_PATH,
): Promise<LoadedConfig> {
  let raw: unknown;
  try {
    raw = await read();
  } catch (err) {
    if (typeof (err as { status?: unknown }).status === "number") throw err; // GitHub's problem, not the file's
    return { ok: false, review: invalid(`${file} could not be read: ${(err as Error).message}`, "") };
  }
  let result = validateConfig(raw ?? {});
  // Only an invalid file costs a second read: its raw text, so each error can name its line.
  if (!result.ok && readText) result = await withLines(raw, readText, result);
  if (!result.ok) {
    const first = result.errors[0];
    const where = first?.path ? ` at \`${first.path}\`${first.line ? ` (line ${first.line})` : ""}` : "";
    const reason = `${file} is invalid${where}: ${first ? `${first.message} (expected ${first.expected})` : "unknown problem"}`;
    return {
      ok: false,
      review: invalid(reason, formatConfigErrors(result.errors, { docsUrl: `${DOCS_URL}/config.md`, file })),
    };
  }
  return { ok: true, config: result.config, hash: configHash(result.config, detectors) };
}

/** Known findings are valid only for the same config and the same detector set. */
export function configHash(config: Config, detectors: readonly DetectorInfo[]): string {
  const key = JSON.stringify({ config, detectors: detectors.map((d) => d.id) });
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}

/** The same validation with line numbers; if the text cannot be read, the errors without lines. */
async function withLines(
  raw: unknown,
  readText: () => Promise<string | null>,
  fallback: ConfigResult,
): Promise<ConfigResult> {
  try {
    const text = await readText();
    return text === null ? fallback : validateConfig(raw ?? {}, text);
  } catch {
    return fallback;
  }
}

function invalid(reason: string, details: string): Review {
  const hint = [
    details,
    `The config is read from the default branch only, never from the pull request: fix it there (every key is described in ${DOCS_URL}/config.md), then re-run this check.`,
  ]
    .filter(Boolean)
    .join("\n\n");
  return failedReview(reason, hint);
}
