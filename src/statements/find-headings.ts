/** A Markdown heading: ATX (`## Title`) or setext (`Title` underlined with `===` / `---`). */
export interface Heading {
  /** 0-based index of the heading's first line (for setext, the first line of its text). */
  start: number;
  /** 0-based index of its last line (the underline for setext). */
  end: number;
  level: number;
  text: string;
}

/**
 * Finds the headings outside code blocks, following CommonMark closely enough for PR
 * descriptions: up to three spaces of indent, `#` runs of 1–6 followed by a space or the line end,
 * an optional closing `#` run; a setext underline turns the paragraph above it into a heading.
 */
export function findHeadings(lines: string[], code: boolean[]): Heading[] {
  const headings: Heading[] = [];
  let paragraph = -1; // first line of the open paragraph, or -1
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (code[i] || line.trim() === "") {
      paragraph = -1;
      continue;
    }
    const atx = atxHeading(line);
    if (atx) {
      headings.push({ start: i, end: i, ...atx });
      paragraph = -1;
      continue;
    }
    const underline = setextLevel(line);
    if (underline && paragraph >= 0 && !startsBlock(lines[paragraph])) {
      const text = lines
        .slice(paragraph, i)
        .map((l) => l.trim())
        .join(" ");
      headings.push({ start: paragraph, end: i, level: underline, text });
      paragraph = -1;
      continue;
    }
    if (underline === 2)
      paragraph = -1; // a `---` after a blank line is a thematic break
    else if (paragraph < 0) paragraph = i;
  }
  return headings;
}

function atxHeading(line: string): { level: number; text: string } | undefined {
  const indent = leadingSpaces(line);
  if (indent > 3) return undefined;
  let end = indent;
  while (end < line.length && line[end] === "#") end++;
  const level = end - indent;
  if (level < 1 || level > 6) return undefined;
  if (end < line.length && line[end] !== " " && line[end] !== "\t") return undefined;
  let text = line.slice(end).trim();
  let close = text.length;
  while (close > 0 && text[close - 1] === "#") close--;
  if (close === 0) text = "";
  else if (close < text.length && (text[close - 1] === " " || text[close - 1] === "\t"))
    text = text.slice(0, close).trim();
  return { level, text };
}

/** 1 for `===`, 2 for `---`, else undefined. */
function setextLevel(line: string): 1 | 2 | undefined {
  const indent = leadingSpaces(line);
  if (indent > 3) return undefined;
  const body = line.trimEnd().slice(indent);
  if (body.length === 0) return undefined;
  const char = body[0];
  if (char !== "=" && char !== "-") return undefined;
  for (let i = 1; i < body.length; i++) if (body[i] !== char) return undefined;
  return char === "=" ? 1 : 2;
}

/** List items and block quotes cannot be setext heading text. */
function startsBlock(line: string): boolean {
  const text = line.trimStart();
  if (text.startsWith(">")) return true;
  if ((text[0] === "-" || text[0] === "*" || text[0] === "+") && (text[1] === " " || text[1] === "\t")) return true;
  let digits = 0;
  while (digits < text.length && digits < 10 && text[digits] >= "0" && text[digits] <= "9") digits++;
  return (
    digits > 0 &&
    (text[digits] === "." || text[digits] === ")") &&
    (text[digits + 1] === " " || text[digits + 1] === undefined)
  );
}

function leadingSpaces(line: string): number {
  let i = 0;
  while (i < line.length && i < 4 && line[i] === " ") i++;
  return i;
}
