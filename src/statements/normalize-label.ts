/** Characters that decorate a label without changing it: emphasis, code spans, spaces. */
const DECORATION = new Set(["*", "_", "`", " ", "\t"]);

/**
 * Reduces a heading or label to a comparable key: decoration and a trailing `:` removed,
 * lowercased, and `-`, `_` and whitespace runs folded to one space, so "**ABI impact:**",
 * "ABI-Impact" and "abi   impact" all become "abi impact".
 */
export function normalizeLabel(text: string): string {
  let start = 0;
  let end = text.length;
  for (;;) {
    const before = [start, end];
    while (start < end && DECORATION.has(text[start])) start++;
    while (end > start && DECORATION.has(text[end - 1])) end--;
    if (end > start && text[end - 1] === ":") end--;
    if (before[0] === start && before[1] === end) break;
  }
  return text
    .slice(start, end)
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
}
