import { CATEGORIES } from "../engine/types.js";
import { normalizeLabel } from "./normalize-label.js";
import type { Category } from "../engine/types.js";

/** Statement names are short; looking for the label's colon further than this is pointless. */
const MAX_LABEL_CHARS = 200;

export interface LabelMatch {
  category: Category;
  /** What follows the label on the same line (after `:` and a closing `**`), trimmed. */
  rest: string;
}

/** Normalised statement names, for comparing headings and labels against. */
export function normalizeNames(names: Record<Category, string>): Record<Category, string> {
  const out = {} as Record<Category, string>;
  for (const category of CATEGORIES) out[category] = normalizeLabel(names[category] ?? "");
  return out;
}

/**
 * Whether `text` starts with a statement label followed by `:` — `ABI-Impact: x`,
 * `**ABI impact:** x`, `**ABI impact**: x`. With `whole`, the text may also be just the name
 * (a heading).
 */
export function matchLabel(text: string, names: Record<Category, string>, whole = false): LabelMatch | undefined {
  if (whole) {
    const category = categoryNamed(normalizeLabel(text), names);
    if (category) return { category, rest: "" };
  }
  const colon = text.slice(0, MAX_LABEL_CHARS).indexOf(":");
  if (colon < 0) return undefined;
  const category = categoryNamed(normalizeLabel(text.slice(0, colon)), names);
  if (!category) return undefined;
  return { category, rest: stripLeadingEmphasis(text.slice(colon + 1)).trim() };
}

function categoryNamed(label: string, names: Record<Category, string>): Category | undefined {
  if (label === "") return undefined;
  return CATEGORIES.find((c) => names[c] === label);
}

/** `**ABI impact:** text`: the bold closes after the colon. */
function stripLeadingEmphasis(rest: string): string {
  let i = 0;
  while (i < rest.length && (rest[i] === "*" || rest[i] === "_")) i++;
  return rest.slice(i);
}
