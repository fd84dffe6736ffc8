import { CATEGORIES } from "../engine/types.js";
import { stripComments } from "./strip-comments.js";
import { splitLines } from "./split-lines.js";
import { findCodeLines } from "./find-code-lines.js";
import { ACK_USAGE, COMMAND_USAGE } from "./command-usage.js";
import { closest } from "./edit-distance.js";
import type { Category } from "../engine/types.js";
import type { Command } from "./command-types.js";

export type { Command } from "./command-types.js";

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
 * Reads the first `/impactgate …` command in a PR comment. The command must start a line; quoted
 * lines (`> /impactgate ack`), code blocks and HTML comments are ignored, so quoting someone's
 * ack does not ack again. Returns undefined when the comment holds no command.
 */
export function parseCommand(commentBody: string): Command | undefined {
  const lines = splitLines(stripComments(String(commentBody ?? "").slice(0, MAX_COMMENT_CHARS)));
  const code = findCodeLines(lines);
  for (let i = 0; i < lines.length; i++) {
    if (code[i]) continue;
    const args = commandArgs(lines[i]);
    if (args === undefined) continue;
    return readCommand(args, continuation(lines, code, i + 1));
  }
  return undefined;
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

/** A reason may go on over the following lines of its paragraph. */
function continuation(lines: string[], code: boolean[], from: number): string {
  const parts: string[] = [];
  for (
    let i = from;
    i < lines.length && !code[i] && lines[i].trim() !== "" && commandArgs(lines[i]) === undefined;
    i++
  ) {
    if (lines[i].trimStart().startsWith(">")) break;
    parts.push(lines[i].trim());
  }
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
