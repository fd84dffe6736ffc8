import { parse } from "yaml";
import type { ConfigText } from "./review-answer.js";

/**
 * Probot's config rule, from the texts the review query read: the repository's own file, else the
 * organisation's (`<owner>/.github`). A file that `_extends` another, or that GraphQL truncated,
 * is read the Probot way (`readConfig`, a few REST requests) so the semantics stay exactly Probot's.
 */
export function configFromAnswer(
  texts: { own: ConfigText; org: ConfigText },
  readConfig: () => Promise<unknown>,
): () => Promise<unknown> {
  return async () => {
    const text = texts.own ?? texts.org;
    if (text === null) return null;
    if (text === "unreadable") return readConfig();
    const parsed: unknown = parse(text);
    const extendsAnother = typeof parsed === "object" && parsed !== null && "_extends" in parsed;
    return extendsAnother ? readConfig() : (parsed ?? null);
  };
}
