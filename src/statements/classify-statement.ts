import { STATEMENT_PROMPTS } from "./template.js";
import { foldConfusables, normalizeVisible } from "./visible-text.js";
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

/** Only a short text can be a placeholder or a "none"; longer ones are not folded at all. */
const MAX_ANSWER_CHARS = 200;
const PLACEHOLDER_KEYS = new Set([...PLACEHOLDERS].map(foldConfusables));
const PLACEHOLDER_WORD_KEYS = new Set([...PLACEHOLDER_WORDS].map(foldConfusables));
const NONE_KEYS = new Set([...NONE_ANSWERS].map(foldConfusables));
const IMPACT_KEYS = new Set([...IMPACT_WORDS].map(foldConfusables));
const NO_KEY = foldConfusables("no");

/**
 * Decides what a statement amounts to, judged on what it renders as (`visible`: code left out,
 * invisible characters removed, NFKC; look-alike letters folded when compared), while `source` is
 * what the summary shows. The template's prompt is removed first, so a pasted but unfilled
 * template is `empty`; unticked task items are options not chosen; `none` only when the whole
 * text is an explicit "no impact" answer ("None.", "N/A", "No ABI impact", also written `Nоnе`
 * with Cyrillic letters or `&#78;one`); anything else with words is `text`.
 */
export function classifyStatement(source: string, visible: string = source): ParsedStatement {
  const text = resolveTaskItems(removePrompts(source)).trim();
  const seen = removePrompts(normalizeVisible(visible)).trim();
  const words = normalizeWords(seen);
  if (words === "" || isPlaceholder(seen, words, text)) return { kind: "empty", text };
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

/**
 * Words without Markdown decoration, quotes, list markers or closing punctuation. Case is kept:
 * the comparisons fold look-alikes first and lowercase after (a Greek `Ν` folds only as a capital).
 */
function normalizeWords(text: string): string {
  let words = text
    .replace(/[*_`~"'“”‘’()[\]>]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (words.startsWith("- ") || words.startsWith("+ ")) words = words.slice(2);
  let end = words.length;
  while (end > 0 && ".!;,: ".includes(words[end - 1])) end--;
  return words.slice(0, end);
}

/** `seen` is the rendered text, `written` the source (for the old italic prompt's shape). */
function isPlaceholder(seen: string, words: string, written: string): boolean {
  if (words.length <= MAX_ANSWER_CHARS && PLACEHOLDER_KEYS.has(foldConfusables(words))) return true;
  // An older version of a template prompt: one italic line ending in `— or "none".`
  if (written.startsWith("_") && written.endsWith('or "none"._') && !written.includes("\n")) return true;
  // `<fill in the impact here!>`: not a tag GitHub would hide, but still a placeholder.
  if (seen.startsWith("<") && seen.endsWith(">") && seen.indexOf("<", 1) < 0 && seen.length < 200) return true;
  if ([...words].every((ch) => ch === "." || ch === "…" || ch === " ")) return true;
  // "TODO: after review", "TBD." — a reminder, not a statement.
  let first = foldConfusables(words.split(" ", 1)[0].slice(0, MAX_ANSWER_CHARS));
  let end = first.length;
  while (end > 0 && (first[end - 1] < "a" || first[end - 1] > "z")) end--;
  first = first.slice(0, end);
  return PLACEHOLDER_WORD_KEYS.has(first);
}

function isNoneAnswer(words: string): boolean {
  if (words.length > MAX_ANSWER_CHARS) return false;
  const key = foldConfusables(words);
  if (NONE_KEYS.has(key)) return true;
  // "No ABI impact", "no cross-package changes", "no userspace-visible impact".
  const parts = key.split(" ");
  return parts[0] === NO_KEY && parts.length <= 5 && IMPACT_KEYS.has(parts[parts.length - 1]);
}

/**
 * GitHub task lists in the written statement: unticked items (`- [ ] None`) are options the author
 * did not choose, so they are dropped; ticked ones (`- [x] None`) keep their text without the box.
 * (The rendered text is resolved the same way while it is rendered.)
 */
function resolveTaskItems(text: string): string {
  const kept: string[] = [];
  for (const line of text.split("\n")) {
    const item = taskItem(line);
    if (!item) kept.push(line);
    else if (item.checked) kept.push(item.text);
  }
  return kept.join("\n");
}

function taskItem(line: string): { checked: boolean; text: string } | undefined {
  const t = line.trimStart();
  if (!(t[0] === "-" || t[0] === "*" || t[0] === "+") || t[1] !== " ") return undefined;
  const box = t.slice(2, 5);
  if (box !== "[ ]" && box.toLowerCase() !== "[x]") return undefined;
  if (t.length > 5 && t[5] !== " " && t[5] !== "\t") return undefined;
  return { checked: box !== "[ ]", text: t.slice(5).trim() };
}
