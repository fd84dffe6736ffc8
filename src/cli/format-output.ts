import { renderJson } from "../render/json.js";
import { renderMarkdown } from "../render/check-run.js";
import { renderText } from "../render/text.js";
import { renderSarif } from "../render/sarif.js";
import { RULES, ruleAnchor, ruleOf } from "../detectors/rule-registry.js";
import { toolVersion } from "../version.js";
import type { Review } from "../engine/types.js";
import type { Config } from "../config/types.js";
import type { Format } from "./args.js";

export function formatOutput(review: Review, config: Config, format: Format): string {
  if (format === "json") return JSON.stringify(renderJson(review), null, 2) + "\n";
  if (format === "sarif") return sarifReport(review);
  if (format === "markdown") return renderMarkdown(review, { config });
  return renderText(review, config);
}

export const EXIT_CODES = { success: 0, action_required: 1, failure: 2 } as const;

/** `--format sarif` (and the Action's `format: sarif`): SARIF 2.1.0 with the registry's rules. */
export function sarifReport(review: Review): string {
  return (
    JSON.stringify(renderSarif(review, { rules: RULES, ruleOf, anchor: ruleAnchor, version: toolVersion() }), null, 2) +
    "\n"
  );
}
