import { STATEMENT_PROMPTS } from "./template.js";
import { resolveTaskItems } from "./task-items.js";
import type { ParsedStatement } from "./types.js";

/** Texts that hold a place without saying anything. */
const PLACEHOLDERS = new Set([
  "todo",
  "tbd",
  "tba",
  "fixme",
  "xxx",
  "wip",
  "pending",
  "to do",
  "to be done",
  "to be determined",
  "fill in",
  "fill me in",
  "fill this in",
  "?",
  "??",
  "???",
  "-",
  "--",
  "—",
  "–",
  "…",
  "...",
]);
/** A first word that makes the whole text a reminder rather than a statement. */
const PLACEHOLDER_WORDS = new Set(["todo", "tbd", "tba", "fixme", "xxx"]);
/** Explicit "there is no impact" answers; only when they are the whole statement. */
const NONE_ANSWERS = new Set([
  "none",
  "no",
  "nothing",
  "nil",
  "nope",
  "n/a",
  "na",
  "n.a",
  "not applicable",
  "does not apply",
  "none known",
  "none expected",
  "none at all",
  "not affected",
  "unaffected",
  "no impact",
  "no change",
  "no changes",
  "no effect",
]);
const IMPACT_WORDS = new Set(["impact", "impacts", "change", "changes", "effect", "effects"]);

/**
 * Decides what a statement's text amounts to. The template's prompt is removed first, so a pasted
 * but unfilled template is `empty`; unticked task items are options not chosen; `none` only when the whole text is an explicit "no impact"
 * answer ("None.", "N/A", "No ABI impact"); anything else with words is `text`.
 */
export function classifyStatement(raw: string): ParsedStatement {
  const text = resolveTaskItems(removePrompts(raw)).trim();
  const words = normalizeWords(text);
  if (words === "" || isPlaceholder(text, words)) return { kind: "empty", text };
  if (isNoneAnswer(words)) return { kind: "none", text };
  return { kind: "text", text };
}

function removePrompts(text: string): string {
  let out = text;
  for (const prompt of Object.values(STATEMENT_PROMPTS)) {
    for (const form of [`_${prompt}_`, `*${prompt}*`, prompt]) out = out.split(form).join("");
  }
  return out;
}

/** Lowercase words without Markdown decoration, quotes, list markers or closing punctuation. */
function normalizeWords(text: string): string {
  let words = text
    .toLowerCase()
    .replace(/[*_`~"'“”‘’()[\]>]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (words.startsWith("- ") || words.startsWith("+ ")) words = words.slice(2);
  let end = words.length;
  while (end > 0 && ".!;,: ".includes(words[end - 1])) end--;
  return words.slice(0, end);
}

function isPlaceholder(text: string, words: string): boolean {
  if (PLACEHOLDERS.has(words)) return true;
  // An older version of a template prompt: one italic line ending in `— or "none".`
  if (text.startsWith("_") && text.endsWith('or "none"._') && !text.includes("\n")) return true;
  // `<fill in>`, `<describe the impact>`: GitHub hides these as unknown HTML tags.
  if (text.startsWith("<") && text.endsWith(">") && text.indexOf("<", 1) < 0 && text.length < 200) return true;
  if ([...words].every((ch) => ch === "." || ch === "…" || ch === " ")) return true;
  // "TODO: after review", "TBD." — a reminder, not a statement.
  let first = words.split(" ", 1)[0];
  let end = first.length;
  while (end > 0 && (first[end - 1] < "a" || first[end - 1] > "z")) end--;
  first = first.slice(0, end);
  return PLACEHOLDER_WORDS.has(first);
}

function isNoneAnswer(words: string): boolean {
  if (NONE_ANSWERS.has(words)) return true;
  // "No ABI impact", "no cross-package changes", "no userspace-visible impact".
  const parts = words.split(" ");
  return parts[0] === "no" && parts.length <= 5 && IMPACT_WORDS.has(parts[parts.length - 1]);
}
