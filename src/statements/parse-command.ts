import { CATEGORIES } from "../engine/types.js";
import { renderMarkdown, segmentText } from "./markdown.js";
import type { RenderedMarkdown } from "./markdown.js";
import { closest } from "./edit-distance.js";
import { normalizeVisible } from "./visible-text.js";
import type { Category } from "../engine/types.js";

/** A PR comment command, as `parseCommand` reads it. */
export type Command =
  | { kind: "ack"; category: Category | "all"; reason: string }
  | { kind: "recheck" }
  | { kind: "help" }
  /** Looked like a command but could not be used; `message` says how to write it. */
  | { kind: "invalid"; message: string };

/** The help text for comment commands; `/impactgate help` replies with it. See docs/commands.md. */
export const COMMAND_USAGE = [
  "- `/impactgate ack [abi|cross-package|fork|all] <reason>` — acknowledge the impact (needs the configured permission, `write` by default). Without a category it acknowledges all.",
  "- `/impactgate recheck` — review the pull request again.",
  "- `/impactgate help` — show this list.",
].join("\n");

const ACK_USAGE =
  "`/impactgate ack [abi|cross-package|fork|all] <reason>`, e.g. `/impactgate ack abi the ioctl was never released`";

/** GitHub caps comments at 65,536 characters; anything longer is not ours to read. */
export const MAX_COMMENT_CHARS = 65_536;
/** Reasons are shown in the check summary; a paragraph is plenty. */
export const MAX_REASON_CHARS = 1_000;

const PREFIX = "/impactgate";
const SUBCOMMANDS = ["ack", "recheck", "help"];
const SCOPES: readonly (Category | "all")[] = [...CATEGORIES, "all"];
/** Words a reason may start with that sit one edit from a category name ("for" ~ "fork"). */
const NOT_TYPOS = new Set(["for", "al", "ail", "ab", "abit"]);

/**
 * Reads the first `/impactgate …` command in a PR comment. The command must start a line of a
 * plain paragraph, as rendered: quoted lines (`> /impactgate ack`), list items, code (fences,
 * indented blocks, `<pre>`, `<code>`, code spans) and HTML comments are not commands, so quoting
 * or showing someone's ack does not ack again. Returns undefined when the comment holds no command.
 */
export function parseCommand(commentBody: string): Command | undefined {
  const doc = renderMarkdown(String(commentBody ?? "").slice(0, MAX_COMMENT_CHARS));
  for (let i = 0; i < doc.lines.length; i++) {
    if (!isCommandLine(doc, i)) continue;
    return readCommand(commandArgs(doc.lines[i])!, continuation(doc, i));
  }
  return undefined;
}

/** A top-level paragraph line that starts with `/impactgate`, written and rendered (not in code). */
function isCommandLine(doc: RenderedMarkdown, i: number): boolean {
  const line = doc.rendered[i];
  if (line.block !== "paragraph" || line.quoted || line.listItem) return false;
  const first = line.segments[0];
  if (!first || first.code || commandArgs(doc.lines[i]) === undefined) return false;
  return normalizeVisible(segmentText(line.segments)).toLowerCase().startsWith(PREFIX);
}

/** The text after `/impactgate` when the line starts with it (up to three spaces of indent). */
function commandArgs(line: string): string | undefined {
  let indent = 0;
  while (indent < line.length && indent < 4 && line[indent] === " ") indent++;
  if (indent > 3) return undefined; // an indented code block
  if (line.slice(indent, indent + PREFIX.length).toLowerCase() !== PREFIX) return undefined;
  const after = line.slice(indent + PREFIX.length);
  if (after !== "" && after[0] !== " " && after[0] !== "\t") return undefined; // `/impactgatex`
  return after.trim();
}

/** A reason may go on over the following lines of its paragraph, up to the next command. */
function continuation(doc: RenderedMarkdown, at: number): string {
  const parts: string[] = [];
  for (
    let i = at + 1;
    i < doc.lines.length && doc.rendered[i].blockId === doc.rendered[at].blockId && !isCommandLine(doc, i);
    i++
  )
    parts.push(doc.lines[i].trim());
  return parts.join("\n");
}

function readCommand(args: string, more: string): Command {
  const [word = "", rest] = splitWord(args);
  const sub = word.toLowerCase();
  if (sub === "" || sub === "help") return { kind: "help" };
  if (sub === "recheck") return { kind: "recheck" };
  if (sub === "ack") return readAck([rest, more].filter((s) => s !== "").join("\n"));
  const guess = closest(sub, SUBCOMMANDS);
  const hint = guess ? ` (did you mean \`${guess}\`?)` : "";
  return { kind: "invalid", message: `Unknown command \`${word.slice(0, 40)}\`${hint}. Commands:\n${COMMAND_USAGE}` };
}

function readAck(args: string): Command {
  const [word = "", rest] = splitWord(args);
  const scope = word.toLowerCase().replace(/:$/, "");
  const named = SCOPES.find((s) => s === scope);
  const reason = capReason((named ? rest : args).trim());
  if (!named) {
    const typo = scope.length >= 3 && !NOT_TYPOS.has(scope) ? closest(scope, SCOPES, 1) : undefined;
    if (typo)
      return {
        kind: "invalid",
        message: `Unknown category \`${word.slice(0, 40)}\` (did you mean \`${typo}\`?). Use ${ACK_USAGE}.`,
      };
  }
  if (reason === "") return { kind: "invalid", message: `An acknowledgement needs a reason: ${ACK_USAGE}.` };
  return { kind: "ack", category: named ?? "all", reason };
}

function splitWord(text: string): [string, string] {
  const trimmed = text.trimStart();
  let end = 0;
  while (end < trimmed.length && trimmed[end] !== " " && trimmed[end] !== "\t" && trimmed[end] !== "\n") end++;
  return [trimmed.slice(0, end), trimmed.slice(end).trim()];
}

function capReason(reason: string): string {
  return reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS - 1)}…` : reason;
}
