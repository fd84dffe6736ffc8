import type { Config } from "../../config/types.js";

/**
 * Caps the summary must say, not apply silently. Files over `limits.files`, bytes over
 * `limits.bytes-per-file` and the time budgets are listed under "Not reviewed" by the source and
 * the engine; the description cap is said here.
 */
export function capSections(body: string, config: Config): { title: string; markdown: string }[] {
  const cap = config.limits["body-chars"];
  if (body.length <= cap) return [];
  return [
    {
      title: "Description not read in full",
      markdown: `The pull request description has ${body.length.toLocaleString("en-US")} characters; only the first ${cap.toLocaleString("en-US")} (\`limits.body-chars\`) were read for statements. Put the impact statements near the top.`,
    },
  ];
}
