import protobuf from "protobufjs";

export interface Token {
  text: string;
  line: number;
  /** True for the contents of a quoted string, so `{` inside a string is not a brace. */
  literal: boolean;
}

/**
 * The file as protobufjs's own tokenizer sees it (comments dropped), with a line per token.
 * The tokenizer yields a string as quote, contents, quote; this folds them into one literal.
 */
export function readTokens(source: string): Token[] {
  const tn = protobuf.tokenize(source, true);
  const out: Token[] = [];
  let text: string | null;
  while ((text = tn.next()) !== null) {
    if (text === '"' || text === "'") {
      const quote = text;
      const content = tn.next();
      if (content === null) break;
      if (content === quote) {
        out.push({ text: "", line: tn.line, literal: true });
        continue;
      }
      out.push({ text: content, line: tn.line, literal: true });
      tn.skip(quote, true);
      continue;
    }
    out.push({ text, line: tn.line, literal: false });
  }
  return out;
}

/** What a protobuf file's first statement can start with (after comments); `;` is an empty statement. */
const FIRST_WORDS = new Set([
  "syntax",
  "edition",
  "package",
  "import",
  "option",
  "message",
  "enum",
  "service",
  "extend",
  ";",
]);

/**
 * The first token of a text that is not protobuf at all — a file that only shares the extension
 * (a Plan 9 `mkfile.proto` template, a prototype list) — or undefined when the text could be
 * protobuf: it is empty, starts with a statement keyword, or the tokenizer cannot even read its
 * first token (then the parser's error stands).
 */
export function notProtobufStart(source: string): string | undefined {
  try {
    const first = protobuf.tokenize(source, true).next();
    return first === null || FIRST_WORDS.has(first) ? undefined : first;
  } catch {
    return undefined;
  }
}
