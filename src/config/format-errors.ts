import { message } from "../render/escape.js";
import type { ConfigError } from "./types.js";

/** Where the check summary sends users to read about every key. */
export const CONFIG_DOCS = "docs/config.md";
/** The check summary has a size limit; past this many, the first ones are enough to start fixing. */
const MAX_LISTED = 50;

interface FormatOptions {
  /** Link to docs/config.md; the app passes an absolute URL. */
  docsUrl?: string;
  file?: string;
}

/** A markdown list of config errors for the check summary, ending with a link to the docs. */
export function formatConfigErrors(errors: readonly ConfigError[], options: FormatOptions = {}): string {
  const file = options.file ?? ".github/impactgate.yml";
  const items = errors.slice(0, MAX_LISTED).map((e) => {
    const expected = e.message.includes(e.expected) ? "" : ` — expected ${escapeLine(e.expected)}`;
    return `- ${e.line ? `line ${e.line}: ` : ""}${escapeLine(e.message)}${expected}.`;
  });
  return [
    `\`${file}\` is not valid (${errors.length} ${errors.length === 1 ? "problem" : "problems"}):`,
    "",
    ...items,
    ...(errors.length > MAX_LISTED ? [`- … and ${errors.length - MAX_LISTED} more.`] : []),
    "",
    `Fix the file on the default branch; every key is described in [config.md](${options.docsUrl ?? CONFIG_DOCS}).`,
  ].join("\n");
}

/**
 * One error per list item, escaped: a proposed config in a pull request is shown with its errors
 * (the preview), so keys and values in a message are the pull request's text.
 */
function escapeLine(text: string): string {
  return message(
    text
      .split("\n")
      .map((part) => part.trim())
      .join(" "),
  );
}
