import { CATEGORIES } from "../engine/types.js";
import { stripComments } from "./strip-comments.js";
import { splitLines } from "./split-lines.js";
import { findCodeLines } from "./find-code-lines.js";
import { findHeadings } from "./find-headings.js";
import type { Heading } from "./find-headings.js";
import { findLabels } from "./find-labels.js";
import type { LabelStatement } from "./find-labels.js";
import { matchLabel, normalizeNames } from "./match-label.js";
import { classifyStatement } from "./classify-statement.js";
import type { Category } from "../engine/types.js";
import type { ParsedStatement } from "./types.js";

interface Candidate {
  category: Category;
  line: number;
  text: string;
}

/** Which candidate wins when a category is stated more than once: a real statement first. */
const RANK: Record<ParsedStatement["kind"], number> = { text: 3, none: 2, empty: 1, absent: 0 };

/**
 * Reads the PR description's statement for each category: a heading section named like the
 * statement (any level, ATX or setext), a trailer (`ABI-Impact: …`) or a bold label
 * (`**ABI impact:** …`). HTML comments are stripped and code blocks ignored first. When a category
 * is stated more than once, the best kind wins (text > none > empty), then the first.
 */
export function parseStatements(body: string, names: Record<Category, string>): Record<Category, ParsedStatement> {
  const lines = splitLines(stripComments(body ?? ""));
  const code = findCodeLines(lines);
  const wanted = normalizeNames(names);
  const headings = findHeadings(lines, code);
  const headingLines = new Set<number>();
  for (const h of headings) for (let i = h.start; i <= h.end; i++) headingLines.add(i);
  const labels = findLabels({ lines, code, headingLines, names: wanted });
  const candidates: Candidate[] = [...sectionCandidates({ lines, headings, labels, names: wanted }), ...labels];

  const out = {} as Record<Category, ParsedStatement>;
  for (const category of CATEGORIES) out[category] = { kind: "absent", text: "" };
  candidates.sort((a, b) => a.line - b.line);
  for (const c of candidates) {
    const parsed: ParsedStatement = { ...classifyStatement(c.text), line: c.line + 1 };
    if (RANK[parsed.kind] > RANK[out[c.category].kind]) out[c.category] = parsed;
  }
  return out;
}

interface SectionOptions {
  lines: string[];
  headings: Heading[];
  labels: LabelStatement[];
  names: Record<Category, string>;
}

/**
 * Heading sections: from the heading to the next heading of the same or a higher level, or to the
 * next statement label (`Fork-Impact: …`), which starts a statement of its own.
 */
function* sectionCandidates({ lines, headings, labels, names }: SectionOptions): Generator<Candidate> {
  let label = 0;
  for (let h = 0; h < headings.length; h++) {
    const heading = headings[h];
    const match = matchLabel(heading.text, names, true);
    if (!match) continue;
    let next = h + 1;
    while (next < headings.length && headings[next].level > heading.level) next++;
    let until = next < headings.length ? headings[next].start : lines.length;
    while (label < labels.length && labels[label].line <= heading.end) label++;
    if (label < labels.length && labels[label].line < until) until = labels[label].line;
    const content = lines.slice(heading.end + 1, until).join("\n");
    yield { category: match.category, line: heading.start, text: [match.rest, content].join("\n") };
  }
}
