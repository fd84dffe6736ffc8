import type { Category } from "../engine/types.js";

/**
 * What each statement should say, shown in italics under its heading in the paste-ready template.
 * `classifyStatement` removes these, so a pasted-but-unfilled template does not count.
 */
export const STATEMENT_PROMPTS: Readonly<Record<Category, string>> = {
  abi: 'Which interfaces change, who is affected (32/64-bit userspace, other packages), and how they migrate — or "none".',
  "cross-package":
    'Which packages must change together, in which order they release, and which versions stay compatible — or "none".',
  fork: 'Which upstream-owned or vendored code this diverges from, and how it goes upstream or is carried on rebase — or "none".',
};

/**
 * The markdown the sticky comment offers to paste into the description: for each category
 * `## <name>` and a one-line italic prompt of what to state.
 */
export function statementTemplate(categories: readonly Category[], names: Record<Category, string>): string {
  return categories.map((category) => `## ${names[category]}\n_${STATEMENT_PROMPTS[category]}_\n`).join("\n");
}

/**
 * The trailer form of a statement name, as git trailers are written: words joined by `-`, each
 * capitalised ("ABI impact" → "ABI-Impact", "Cross-package impact" → "Cross-Package-Impact").
 * The parser matches trailers case-insensitively; this is the spelling we suggest.
 */
export function trailerKey(name: string): string {
  return name
    .trim()
    .split(/[\s-]+/)
    .filter((word) => word !== "")
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("-");
}
