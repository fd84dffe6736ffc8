/**
 * Removes HTML comments (`<!-- … -->`) so template hints and hidden text never count as a
 * statement. An unterminated comment hides the rest of the text, as GitHub renders it.
 * A scan with indexOf, not a regex, so hostile runs of `<!--` stay linear.
 */
export function stripComments(text: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const open = text.indexOf("<!--", from);
    if (open < 0) return out + text.slice(from);
    out += text.slice(from, open);
    const close = text.indexOf("-->", open + 4);
    if (close < 0) return out;
    // Keep the comment's line breaks so line numbers after it stay right.
    out += "\n".repeat(countNewlines(text, open, close));
    from = close + 3;
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
