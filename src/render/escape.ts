/**
 * The one escaping layer for text from a pull request (paths, symbols, macro values, type
 * spellings, package names, detector messages built from them) on its way into Markdown or HTML:
 * the sticky comment, the check run's title, summary and annotations, the CLI's markdown. Whatever
 * a string holds, what comes out renders as that text and nothing else: no HTML (`<!--`,
 * `</details>`, `<img>`), no links or images, no `@mention` or `#123` cross-reference, no new
 * line (so no new block: heading, list, table row, fence). See docs/security.md ("Output").
 *
 * Which function: `text` for prose, `code` for a value shown as code, `message` for text that
 * may already hold code spans (detector messages, reasons), `plain` where GitHub shows plain text
 * (annotation titles and messages, the check run's title, the terminal).
 */

/** Zero-width joiner: splits `@user`, `#12`, `http://` and `<!--` for GitHub without changing what a reader sees. */
const ZWJ = "\u200d";

/**
 * Line breaks of every kind become spaces; other control characters and the invisible
 * bidirectional and format characters (which can make a path read as another, "Trojan Source")
 * are shown as `<U+XXXX>`. The zero-width (non-)joiners stay: emoji and scripts need them, and
 * escaping twice must not show our own.
 */
function oneLine(s: string): string {
  return s.replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, " ").replace(
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g,
    (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}

/** Mentions, issue references and bare links, which GitHub finds in any text outside code. */
function unlinked(s: string): string {
  return noHtmlComment(s)
    .replace(/@(?=[A-Za-z0-9_])/g, `@${ZWJ}`)
    .replace(/#(?=[0-9])/g, `#${ZWJ}`)
    .replace(/\bGH-(?=[0-9])/gi, (w) => `${w}${ZWJ}`)
    .replace(/([A-Za-z][A-Za-z0-9+.-]*):\/\//g, `$1:${ZWJ}//`)
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWJ}.`);
}

/** Code spans are never linked, but the raw body must not hold `<!--` from a pull request either. */
function noHtmlComment(s: string): string {
  return s.replace(/<!--/g, `<!${ZWJ}--`);
}

/**
 * Inline prose: `<`, `>` and `&` as entities, and the punctuation that could start emphasis, a
 * link or image (`[`), a code span, a table cell, strikethrough or math backslash-escaped.
 */
export function text(s: string): string {
  return unlinked(oneLine(s))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~$]/g, (c, at: number, all: string) =>
      // `kvm_regs` reads better unescaped, and an underscore between letters starts no emphasis
      c === "_" && WORD.test(all[at - 1] ?? "") && WORD.test(all[at + 1] ?? "") ? c : `\\${c}`,
    );
}

const WORD = /^[\p{L}\p{N}]$/u;

/**
 * A code span whose fence is longer than any backtick run inside, so nothing in `s` can close
 * it; padded with a space where the content starts or ends with a backtick (CommonMark strips
 * one space from each side of such a span). In a table cell, pass `inTable`: GFM splits rows at
 * `|` before it sees code spans.
 */
export function code(s: string, opts: { inTable?: boolean } = {}): string {
  let body = noHtmlComment(oneLine(s));
  if (opts.inTable) body = body.replace(/\|/g, "\\|");
  if (body === "") return "` `";
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || (body.startsWith(" ") && body.endsWith(" ")) ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Text that may already carry code spans (`` Member `y` was removed ``), as detectors write their
 * messages: each code span CommonMark would see is kept as code (re-fenced), everything else is
 * escaped as prose. Whatever the backticks inside a value do to the span boundaries, every part
 * ends up either in a code span or escaped, so the result is inert either way.
 */
export function message(s: string): string {
  const line = oneLine(s);
  let out = "";
  let i = 0;
  let plainFrom = 0;
  while (i < line.length) {
    if (line[i] !== "`") {
      i++;
      continue;
    }
    const open = runLength(line, i);
    const close = closingRun(line, i + open, open);
    if (close < 0) {
      i += open; // an unmatched run is literal text
      continue;
    }
    out += text(line.slice(plainFrom, i)) + code(stripSpanPadding(line.slice(i + open, close)));
    i = close + open;
    plainFrom = i;
  }
  return out + text(line.slice(plainFrom));
}

/** Where GitHub shows text as it is (annotations, the check run's title): one line unless `multiline`. */
export function plain(s: string, opts: { multiline?: boolean } = {}): string {
  return terminal(s, opts).split("\n").map(unlinked).join("\n");
}

/** For a terminal: no escape sequence (ANSI colours, cursor moves, hyperlinks) or invisible character gets through. */
export function terminal(s: string, opts: { multiline?: boolean } = {}): string {
  const lines = opts.multiline ? s.split(/\r\n|\n/) : [s];
  return lines.map(oneLine).join("\n");
}

function runLength(s: string, at: number): number {
  let n = 0;
  while (s[at + n] === "`") n++;
  return n;
}

/** Start of the next backtick run of exactly `length` at or after `from`; -1 when none. */
function closingRun(s: string, from: number, length: number): number {
  for (let i = from; i < s.length;) {
    if (s[i] !== "`") {
      i++;
      continue;
    }
    const n = runLength(s, i);
    if (n === length) return i;
    i += n;
  }
  return -1;
}

/** CommonMark drops one space on each side of a span's content when both are there. */
function stripSpanPadding(content: string): string {
  return content.length > 1 && content.startsWith(" ") && content.endsWith(" ") && content.trim() !== ""
    ? content.slice(1, -1)
    : content;
}
