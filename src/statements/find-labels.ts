import { matchLabel } from "./match-label.js";
import type { Category } from "../engine/types.js";

export interface LabelStatement {
  category: Category;
  /** 0-based line of the label. */
  line: number;
  text: string;
}

interface Options {
  lines: string[];
  code: boolean[];
  /** Lines that belong to a heading (those are sections, not labels). */
  headingLines: Set<number>;
  names: Record<Category, string>;
}

/**
 * Finds trailer-style and bold-label statements: `ABI-Impact: …`, `**ABI impact:** …`,
 * `**ABI impact**: …`, also as a list item. The statement runs to the end of its paragraph, but
 * stops at the next statement label and, for a plain trailer, at the next trailer-like line
 * (`Signed-off-by: …`), so a block of git trailers splits into one statement each.
 */
export function findLabels({ lines, code, headingLines, names }: Options): LabelStatement[] {
  const found: LabelStatement[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (code[i] || headingLines.has(i)) continue;
    const label = stripListMarker(lines[i]);
    const match = matchLabel(label, names);
    if (!match) continue;
    const plainTrailer = !label.startsWith("*") && !label.startsWith("_");
    const parts = [match.rest];
    let next = i + 1;
    for (; next < lines.length; next++) {
      const line = lines[next];
      if (code[next] || headingLines.has(next) || line.trim() === "") break;
      const body = stripListMarker(line);
      if (matchLabel(body, names) || (plainTrailer && isTrailerLike(body))) break;
      parts.push(line.trim());
    }
    found.push({ category: match.category, line: i, text: parts.join("\n").trim() });
    i = next - 1;
  }
  return found;
}

function stripListMarker(line: string): string {
  const text = line.trimStart();
  if ((text[0] === "-" || text[0] === "*" || text[0] === "+") && (text[1] === " " || text[1] === "\t"))
    return text.slice(2).trimStart();
  return text;
}

/** `Token-Name: value` as git trailers are written: one word of letters, digits and `-`. */
function isTrailerLike(line: string): boolean {
  const colon = line.indexOf(":");
  if (colon < 1 || colon > 60 || (line[colon + 1] !== " " && line[colon + 1] !== undefined)) return false;
  for (let i = 0; i < colon; i++) {
    const ch = line[i];
    const ok = (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || (ch >= "0" && ch <= "9") || ch === "-";
    if (!ok) return false;
  }
  return true;
}
