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
