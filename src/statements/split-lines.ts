/** Splits text into lines, accepting LF, CRLF and lone CR line endings. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
