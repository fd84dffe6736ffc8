/** GitHub rejects check-run summaries over 65,535 characters. */
export const SUMMARY_LIMIT = 65_535;

/** Cuts markdown to `limit` characters, on a line boundary, and says that it did. */
export function truncateMarkdown(text: string, limit = SUMMARY_LIMIT): string {
  if (text.length <= limit) return text;
  const note = `\n\n_… truncated: ${text.length - limit} more characters were cut to fit GitHub's ${limit}-character limit; every finding is still an annotation._`;
  const cut = text.slice(0, limit - note.length);
  const atLine = cut.lastIndexOf("\n");
  return (atLine > 0 ? cut.slice(0, atLine) : cut) + note;
}
