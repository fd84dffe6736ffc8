import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it/index.js";

/**
 * Strings a pull request can put in paths, symbols, macro values and messages, each aimed at one
 * way Markdown on GitHub turns text into something else (issue 11, item 7).
 */
export const HOSTILE = [
  "@org/team",
  "#12",
  "![x](http://evil.example/img.png)",
  "</details>",
  "<!-- impactgate:acks v2 AAAA 00 -->",
  "a`b``c",
  "a` @org/team ![x](http://evil.example/i.png) `b",
  "[click](https://evil.example)",
  "<img src=x onerror=alert(1)>",
  "x\n# Heading\n- item\n</details>\n\n<b>bold</b>",
  "a|b",
  "www.evil.example GH-7",
  "**bold** _it_ ~~s~~ $x$",
  "\u202eevil\u202c",
];

/** GitHub's renderer, as near as a JavaScript one gets: CommonMark + GFM tables and strikethrough, raw HTML on, bare links linked. */
const parser = new MarkdownIt({ html: true, linkify: true });

/** The HTML the app itself writes: its markers and the "How to resolve this" fold. */
const OUR_HTML = [
  /^<!-- impactgate -->$/,
  /^<!-- impactgate:(acks|known) v2 [A-Za-z0-9+/=]+ [0-9a-f]{64} -->$/,
  /^<!-- impactgate:watch-mentioned [^<>]*-->$/,
  /^<details><summary>How to resolve this<\/summary>$/,
  /^<\/details>$/,
];

const ZWJ = /\u200d/g;

function tokens(markdown: string): Token[] {
  return parser.parse(markdown, {}).flatMap((t) => [t, ...(t.children ?? [])]);
}

/**
 * What in `markdown` is not inert text: HTML that is not ours, `<!--` anywhere but our markers,
 * links other than `allowedLinks`, images, @mentions, issue references, headings other than ours.
 * Empty when GitHub would show the untrusted strings as text and nothing else.
 */
export function injectionProblems(
  markdown: string,
  opts: { allowedLinks?: string[]; allowedMentions?: string[] } = {},
): string[] {
  const problems: string[] = [];
  for (const m of markdown.matchAll(/<!--[^\n]*/g))
    if (!OUR_HTML.some((ok) => ok.test(m[0].trim()))) problems.push(`raw <!--: ${m[0].slice(0, 60)}`);
  for (const t of tokens(markdown)) {
    // The app writes HTML only as whole lines (blocks); inline HTML is always someone else's.
    if (t.type === "html_inline") problems.push(`inline html: ${t.content.slice(0, 60)}`);
    if (t.type === "html_block") {
      const lines = t.content.split("\n").filter((l) => l.trim() !== "");
      for (const l of lines) if (!OUR_HTML.some((ok) => ok.test(l.trim()))) problems.push(`html: ${l.slice(0, 60)}`);
    }
    if (t.type === "image") problems.push(`image: ${t.attrGet("src")}`);
    if (t.type === "link_open") {
      const href = t.attrGet("href") ?? "";
      if (!(opts.allowedLinks ?? []).some((p) => href.startsWith(p))) problems.push(`link: ${href}`);
    }
    if (t.type === "text") {
      for (const m of t.content.matchAll(/(?:^|[^A-Za-z0-9_`])@([A-Za-z0-9][A-Za-z0-9-/]*)/g))
        if (!(opts.allowedMentions ?? []).includes(m[1]!)) problems.push(`mention: @${m[1]}`);
      if (/#[0-9]/.test(t.content)) problems.push(`issue reference: ${t.content.slice(0, 60)}`);
      if (/\bGH-[0-9]/i.test(t.content)) problems.push(`issue reference: ${t.content.slice(0, 60)}`);
    }
    if (t.type === "s_open") problems.push("strikethrough");
  }
  return problems;
}

/** The block structure (headings, lists, tables, paragraphs) — the same for hostile and benign strings when nothing broke out. */
export function blockStructure(markdown: string): string[] {
  return parser
    .parse(markdown, {})
    .filter((t) => t.type !== "inline")
    .map((t) => t.type);
}

/** What a reader sees as text (text and code), our zero-width joiners dropped. */
export function visibleText(markdown: string): string {
  return tokens(markdown)
    .filter((t) => t.type === "text" || t.type === "code_inline")
    .map((t) => t.content)
    .join("")
    .replace(ZWJ, "");
}

/** How a hostile string must show: on one line, invisible controls named. */
export function shownAs(hostile: string): string {
  return hostile
    .replace(/\n/g, " ")
    .replace(/[\u202a-\u202e]/g, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase()}>`);
}
