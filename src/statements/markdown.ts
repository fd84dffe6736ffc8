import MarkdownIt from "markdown-it";
import { parseFragment } from "parse5";
import { visibleChars } from "./visible-text.js";
import type { Token } from "markdown-it/index.js";
import type { DefaultTreeAdapterTypes } from "parse5";

/**
 * A pull request description or comment as GitHub renders it, line by line: which block each
 * source line belongs to and the text a reader sees there. Statements and commands are judged on
 * this, not on the source: `&#78;one` is "None", `<b>None</b>` is "None", `<p></p>`, an empty link
 * or `&nbsp;` are nothing, and text in code (fences, indented blocks, `<pre>`, `<code>`, code
 * spans) is marked as code. The parser is markdown-it (CommonMark + GitHub's tables and
 * strikethrough, raw HTML on); HTML blocks are read with parse5, the HTML5 parser.
 */

/** A run of rendered text; `code` when it sits in code (shown as an example, not stated). */
export interface Segment {
  text: string;
  code: boolean;
}

export type BlockKind = "blank" | "paragraph" | "heading" | "code" | "html" | "other";

export interface RenderedLine {
  block: BlockKind;
  /** Lines of one block share it (a statement never runs past its paragraph). */
  blockId: number;
  /** Inside a block quote (quoted text is someone else's words). */
  quoted: boolean;
  /** Inside a list item. */
  listItem: boolean;
  /** What this source line renders as. An HTML block's text is all on its first line. */
  segments: Segment[];
}

export interface Heading {
  /** 0-based first and last source line (a setext heading includes its underline). */
  start: number;
  end: number;
  level: number;
  /** The heading as rendered, code included (`## \`ABI impact\`` is still that heading). */
  text: string;
}

export interface RenderedMarkdown {
  /** Source lines, HTML comments blanked (line numbers kept). */
  lines: string[];
  rendered: RenderedLine[];
  headings: Heading[];
}

/** Elements whose content is code: counted as code, never as a statement or a command. */
const CODE_TAGS = new Set(["pre", "code", "kbd", "samp", "tt", "xmp", "listing", "plaintext"]);
/** Elements whose content GitHub does not show (or removes): not text at all. */
const HIDDEN_TAGS = new Set([
  "script",
  "style",
  "template",
  "textarea",
  "title",
  "noscript",
  "iframe",
  "object",
  "svg",
  "math",
  "select",
]);

const md = new MarkdownIt({ html: true });

/** Parses `text` (comments stripped first, as GitHub hides them) into rendered lines. */
export function renderMarkdown(text: string): RenderedMarkdown {
  const lines = splitLines(stripComments(text));
  const rendered: RenderedLine[] = lines.map(() => ({
    block: "blank",
    blockId: -1,
    quoted: false,
    listItem: false,
    segments: [],
  }));
  const headings: Heading[] = [];
  const tokens = md.parse(lines.join("\n"), {});
  let quotes = 0;
  let items = 0;
  let row: [number, number] | null = null;
  const mark = (map: [number, number] | null, block: BlockKind, blockId: number) => {
    if (!map) return;
    for (let i = map[0]; i < map[1] && i < rendered.length; i++)
      rendered[i] = { block, blockId, quoted: quotes > 0, listItem: items > 0, segments: [] };
  };
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    switch (token.type) {
      case "blockquote_open":
        quotes++;
        break;
      case "blockquote_close":
        quotes--;
        break;
      case "list_item_open":
        items++;
        break;
      case "list_item_close":
        items--;
        break;
      case "fence":
      case "code_block":
        mark(token.map, "code", t);
        if (token.map)
          rendered[token.map[0]].segments = [{ text: visibleChars(token.content.replace(/\n/g, " ")), code: true }];
        break;
      case "html_block":
        mark(token.map, "html", t);
        if (token.map) rendered[token.map[0]].segments = htmlSegments(token.content);
        break;
      case "hr":
        mark(token.map, "other", t);
        break;
      case "tr_open":
        row = token.map;
        mark(row, "other", t);
        break;
      case "heading_open": {
        mark(token.map, "heading", t);
        const segments = inlineLines(tokens[t + 1], 1)[0];
        if (token.map) {
          rendered[token.map[0]].segments = segments;
          headings.push({
            start: token.map[0],
            end: token.map[1] - 1,
            level: Number(token.tag.slice(1)),
            text: segments.map((s) => s.text).join(""),
          });
        }
        t++;
        break;
      }
      case "paragraph_open": {
        if (!token.map) break;
        mark(token.map, "paragraph", t);
        const perLine = inlineLines(tokens[t + 1], token.map[1] - token.map[0]);
        if (tokens[t - 1]?.type === "list_item_open") resolveTaskBox(perLine);
        perLine.forEach((segments, i) => (rendered[token.map![0] + i].segments = segments));
        t++;
        break;
      }
      case "inline": // a table cell: its text belongs to the row's line
        if (row) rendered[row[0]].segments.push(...inlineLines(token, 1)[0], { text: " ", code: false });
        break;
    }
  }
  return { lines, rendered, headings };
}

/** The text of segments: all of it, or only what is not code. */
export function segmentText(segments: readonly Segment[], { code = true }: { code?: boolean } = {}): string {
  return segments
    .filter((s) => code || !s.code)
    .map((s) => s.text)
    .join("");
}

/** The non-code text of segments after the first `offset` characters of their whole text. */
export function visibleAfter(segments: readonly Segment[], offset: number): string {
  let out = "";
  let at = 0;
  for (const s of segments) {
    const from = Math.max(0, offset - at);
    if (!s.code && from < s.text.length) out += s.text.slice(from);
    at += s.text.length;
  }
  return out;
}

/**
 * An inline token's rendered text, one segment list per source line. markdown-it turns each line
 * end into a soft or hard break; a line end swallowed by a construct that spans lines (a code span,
 * a tag written over two lines) merges those lines, and the remaining ones are left empty.
 */
function inlineLines(inline: Token | undefined, lineCount: number): Segment[][] {
  const lines: Segment[][] = [[]];
  let code = 0;
  let hidden = 0;
  const push = (text: string, isCode: boolean) => {
    const shown = visibleChars(text.replace(/\n/g, " "));
    if (hidden === 0 && shown !== "") lines[lines.length - 1].push({ text: shown, code: isCode });
  };
  for (const child of inline?.children ?? []) {
    switch (child.type) {
      case "text":
        push(child.content, code > 0);
        break;
      case "code_inline":
        push(child.content, true);
        break;
      case "softbreak":
      case "hardbreak":
        lines.push([]);
        break;
      case "html_inline": {
        const tag = tagOf(child.content);
        if (!tag) break;
        const step = tag.closing ? -1 : 1;
        if (CODE_TAGS.has(tag.name)) code = Math.max(0, code + step);
        else if (HIDDEN_TAGS.has(tag.name)) hidden = Math.max(0, hidden + step);
        else if (tag.name === "br") push(" ", false);
        break;
      }
      // images show no text of their own; links, emphasis and strikethrough only style their text
    }
  }
  while (lines.length < lineCount) lines.push([]);
  return lines.length > lineCount ? [...lines.slice(0, lineCount - 1), lines.slice(lineCount - 1).flat()] : lines;
}

/**
 * GitHub task lists: an unticked item (`- [ ] None`) is an option the author did not choose, so
 * its first line says nothing; a ticked one (`- [x] None`) says its text without the box.
 */
function resolveTaskBox(lines: Segment[][]): void {
  const first = lines[0]?.[0];
  if (!first || first.code) return;
  const box = first.text.slice(0, 3);
  if (box !== "[ ]" && box.toLowerCase() !== "[x]") return;
  if (first.text.length > 3 && first.text[3] !== " ") return;
  if (box === "[ ]") lines[0] = [];
  else first.text = first.text.slice(3);
}

/** The name of an inline HTML tag markdown-it already recognised (`<code class="x">`, `</pre>`). */
function tagOf(html: string): { name: string; closing: boolean } | undefined {
  const closing = html[1] === "/";
  let end = closing ? 2 : 1;
  const start = end;
  while (end < html.length && /[A-Za-z0-9-]/.test(html[end])) end++;
  if (end === start || html.endsWith("/>")) return undefined;
  return { name: html.slice(start, end).toLowerCase(), closing };
}

/**
 * An HTML block's text as a browser shows it (parse5), code marked, hidden elements dropped.
 * Walked with an explicit stack: a block of 10,000 nested `<div>`s is a tree that deep.
 */
function htmlSegments(html: string): Segment[] {
  const out: Segment[] = [];
  type Node = DefaultTreeAdapterTypes.ChildNode;
  const stack: { node: Node; code: boolean }[] = parseFragment(html)
    .childNodes.map((node) => ({ node, code: false }))
    .reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, code } = next;
    if (node.nodeName === "#text") {
      const text = visibleChars((node as DefaultTreeAdapterTypes.TextNode).value).replace(/\s+/g, " ");
      if (text.trim() !== "") out.push({ text, code });
    } else if ("childNodes" in node && !HIDDEN_TAGS.has(node.nodeName)) {
      const inCode = code || CODE_TAGS.has(node.nodeName);
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i], code: inCode });
    }
  }
  return out;
}

/** Splits text into lines, accepting LF, CRLF and lone CR line endings. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Blanks HTML comments (`<!-- … -->`) so template hints and hidden text never count, keeping their
 * line breaks so line numbers after them stay right. An unterminated comment hides the rest, as
 * GitHub renders it. A scan with indexOf, not a regex, so hostile runs of `<!--` stay linear.
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
    for (let i = text.indexOf("\n", open); i >= 0 && i < close; i = text.indexOf("\n", i + 1)) out += "\n";
    from = close + 3;
  }
}
