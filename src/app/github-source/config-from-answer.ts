import { parse } from "yaml";
import { MAX_CONFIG_CHARS } from "../../config/load.js";
import { CONFIG_PATH } from "../security/config-text.js";
import type { ConfigText } from "./review-answer.js";

/**
 * Probot's config rule, from the texts the review query read: the repository's own file, else the
 * organisation's (`<owner>/.github`). A file that `_extends` another, or that GraphQL truncated,
 * is read the Probot way (`readConfig`, a few REST requests) so the semantics stay exactly Probot's.
 * `path` names the file in errors.
 */
export function configFromAnswer(
  texts: { own: ConfigText; org: ConfigText },
  readConfig: () => Promise<unknown>,
  path: string = CONFIG_PATH,
): () => Promise<unknown> {
  return async () => {
    const text = texts.own ?? texts.org;
    if (text === null) return null;
    if (text === "unreadable") return readConfig();
    // Fail closed: either of these used to end in the defaults or in Probot reading any size.
    if (text === "symlink")
      throw new Error(`${path} is a symbolic link; the config must be a regular file on the default branch`);
    if (text === "too-large" || text.length > MAX_CONFIG_CHARS)
      throw new Error(`${path} is larger than ${MAX_CONFIG_CHARS / 1024} KiB, the most a config file may be`);
    const parsed: unknown = parse(text);
    const extendsAnother = typeof parsed === "object" && parsed !== null && "_extends" in parsed;
    return extendsAnother ? readConfig() : (parsed ?? null);
  };
}
