import { CATEGORIES } from "../engine/types.js";
import { classifyStatement } from "./classify-statement.js";
import { renderMarkdown, segmentText, visibleAfter } from "./markdown.js";
import type { Heading, RenderedMarkdown } from "./markdown.js";
import type { Category } from "../engine/types.js";
import type { Config } from "../config/types.js";
import type { ParsedStatement } from "./types.js";

/** Statement names are short; looking for the label's colon further than this is pointless. */
const MAX_LABEL_CHARS = 200;
/** Characters that decorate a label without changing it: emphasis, code spans, spaces. */
const DECORATION = new Set(["*", "_", "`", " ", "\t"]);

interface Candidate {
  category: Category;
  /** 0-based source line of the heading or label. */
  line: number;
  /** The statement as written (shown in the summary). */
  source: string;
  /** What it renders as, code left out: what it is judged on. */
  visible: string;
}

/** Which candidate wins when a category is stated more than once: a real statement first. */
const RANK: Record<ParsedStatement["kind"], number> = { text: 3, none: 2, empty: 1, absent: 0 };

/** The statements of a description as a repository's config reads them: its names, its first `limits.body-chars`. */
export function statementsOf(
  body: string,
  config: Pick<Config, "limits" | "statements">,
): Record<Category, ParsedStatement> {
  return parseStatements(body.slice(0, config.limits["body-chars"]), config.statements);
}

/**
 * Reads the PR description's statement for each category: a heading section named like the
 * statement (any level, ATX or setext), a trailer (`ABI-Impact: …`) or a bold label
 * (`**ABI impact:** …`). The description is parsed as Markdown (HTML comments and code are not
 * statements) and each statement is judged on what it renders as. When a category is stated more
 * than once, the best kind wins (text > none > empty), then the first.
 */
export function parseStatements(body: string, names: Record<Category, string>): Record<Category, ParsedStatement> {
  const doc = renderMarkdown(body ?? "");
  const wanted = normalizeNames(names);
  const labels = findLabels(doc, wanted);
  const candidates = [...sectionCandidates(doc, labels, wanted), ...labels];

  const out = {} as Record<Category, ParsedStatement>;
  for (const category of CATEGORIES) out[category] = { kind: "absent", text: "" };
  candidates.sort((a, b) => a.line - b.line);
  for (const c of candidates) {
    const parsed: ParsedStatement = { ...classifyStatement(c.source, c.visible), line: c.line + 1 };
    if (RANK[parsed.kind] > RANK[out[c.category].kind]) out[c.category] = parsed;
  }
  return out;
}

/**
 * Heading sections: from the heading to the next heading of the same or a higher level, or to the
 * next statement label (`Fork-Impact: …`), which starts a statement of its own.
 */
function* sectionCandidates(
  doc: RenderedMarkdown,
  labels: Candidate[],
  names: Record<Category, string>,
): Generator<Candidate> {
  const { headings } = doc;
  let label = 0;
  for (let h = 0; h < headings.length; h++) {
    const heading: Heading = headings[h];
    const match = matchLabel(heading.text, names, true);
    if (!match) continue;
    let next = h + 1;
    while (next < headings.length && headings[next].level > heading.level) next++;
    let until = next < headings.length ? headings[next].start : doc.lines.length;
    while (label < labels.length && labels[label].line <= heading.end) label++;
    if (label < labels.length && labels[label].line < until) until = labels[label].line;
    const from = heading.end + 1;
    yield {
      category: match.category,
      line: heading.start,
      source: [match.rest, doc.lines.slice(from, until).join("\n")].join("\n"),
      visible: [
        match.rest,
        ...doc.rendered.slice(from, until).map((l) => segmentText(l.segments, { code: false })),
      ].join("\n"),
    };
  }
}

/**
 * Trailer-style and bold-label statements, `ABI-Impact: …`, `**ABI impact:** …`,
 * `**ABI impact**: …`, also in a list item, read from paragraph lines as rendered (not quoted,
 * not code). The statement runs to the end of its paragraph, but stops at the next statement label
 * and, for a plain trailer, at the next trailer-like line (`Signed-off-by: …`), so a block of git
 * trailers splits into one statement each.
 */
function findLabels(doc: RenderedMarkdown, names: Record<Category, string>): Candidate[] {
  const { lines, rendered } = doc;
  const found: Candidate[] = [];
  const labelAt = (i: number) =>
    rendered[i].block === "paragraph" && !rendered[i].quoted
      ? matchLabel(segmentText(rendered[i].segments), names)
      : undefined;
  for (let i = 0; i < lines.length; i++) {
    const match = labelAt(i);
    if (!match) continue;
    const written = stripListMarker(lines[i]);
    const plainTrailer = !written.startsWith("*") && !written.startsWith("_");
    let next = i + 1;
    for (; next < lines.length && rendered[next].blockId === rendered[i].blockId; next++) {
      if (labelAt(next) || (plainTrailer && isTrailerLike(segmentText(rendered[next].segments)))) break;
    }
    const following = (from: number, to: number) =>
      rendered.slice(from, to).map((l) => segmentText(l.segments, { code: false }));
    found.push({
      category: match.category,
      line: i,
      source: [
        matchLabel(written, names)?.rest ?? afterColon(written),
        ...lines.slice(i + 1, next).map((l) => l.trim()),
      ]
        .join("\n")
        .trim(),
      visible: [visibleAfter(rendered[i].segments, match.colon + 1), ...following(i + 1, next)].join("\n"),
    });
    i = next - 1;
  }
  return found;
}

interface LabelMatch {
  category: Category;
  /** What follows the label on the same line (after `:` and a closing `**`), trimmed. */
  rest: string;
  /** Where the label's colon is in the text (-1 for a whole-text match). */
  colon: number;
}

/** Normalised statement names, for comparing headings and labels against. */
function normalizeNames(names: Record<Category, string>): Record<Category, string> {
  const out = {} as Record<Category, string>;
  for (const category of CATEGORIES) out[category] = normalizeLabel(names[category] ?? "");
  return out;
}

/**
 * Whether `text` starts with a statement label followed by `:` — `ABI-Impact: x`,
 * `**ABI impact:** x`, `**ABI impact**: x`. With `whole`, the text may also be just the name
 * (a heading).
 */
function matchLabel(text: string, names: Record<Category, string>, whole = false): LabelMatch | undefined {
  if (whole) {
    const category = categoryNamed(normalizeLabel(text), names);
    if (category) return { category, rest: "", colon: -1 };
  }
  const colon = text.slice(0, MAX_LABEL_CHARS).indexOf(":");
  if (colon < 0) return undefined;
  const category = categoryNamed(normalizeLabel(text.slice(0, colon)), names);
  if (!category) return undefined;
  return { category, rest: stripLeadingEmphasis(text.slice(colon + 1)).trim(), colon };
}

function categoryNamed(label: string, names: Record<Category, string>): Category | undefined {
  if (label === "") return undefined;
  return CATEGORIES.find((c) => names[c] === label);
}

/**
 * Reduces a heading or label to a comparable key: decoration and a trailing `:` removed,
 * lowercased, and `-`, `_` and whitespace runs folded to one space, so "**ABI impact:**",
 * "ABI-Impact" and "abi   impact" all become "abi impact".
 */
function normalizeLabel(text: string): string {
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

/** `**ABI impact:** text`: the bold closes after the colon. */
function stripLeadingEmphasis(rest: string): string {
  let i = 0;
  while (i < rest.length && (rest[i] === "*" || rest[i] === "_")) i++;
  return rest.slice(i);
}

function afterColon(line: string): string {
  return stripLeadingEmphasis(line.slice(line.indexOf(":") + 1)).trim();
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
