import { renderCheckRun } from "./check-run.js";
import { message } from "./escape.js";
import type { Review } from "../engine/types.js";
import type { RenderOptions } from "./types.js";

/** `--format markdown`: the check-run summary under its title, for pasting into a PR or a list mail. */
export function renderMarkdown(review: Review, opts: RenderOptions): string {
  const out = renderCheckRun(review, opts);
  return `## Impactgate: ${message(out.title)}\n\n${out.summary}\n`;
}
