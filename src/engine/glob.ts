import picomatch from "picomatch";
import { UserError } from "./user-error.js";

/** Real globs are short; picomatch refuses patterns over 65,536 characters with a bare SyntaxError. */
export const MAX_GLOB_CHARS = 1_000;
const EXTGLOB_OPENERS = "@!?*+";

const cache = new Map<string, (path: string) => boolean>();

/** True when `path` matches any of `globs` (picomatch, dotfiles included). Matchers are cached. */
export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => matcher(glob)(path));
}

function matcher(glob: string): (path: string) => boolean {
  let m = cache.get(glob);
  if (!m) {
    m = picomatch(glob, { dot: true });
    cache.set(glob, m);
  }
  return m;
}

/**
 * Why a glob is refused, or undefined when it is safe to match. picomatch turns an extglob whose
 * body holds a wildcard or another extglob (`+(a*|a*)x`, `*(*(a)|b)`) into a regex with nested
 * quantifiers: one such pattern took 36 s on an 18-character path. Extglobs of plain
 * alternatives (`@(src|include)/**`) stay allowed; `{a,b}` braces cover the rest.
 */
export function globProblem(glob: string): string | undefined {
  if (glob.length > MAX_GLOB_CHARS) return `is longer than ${MAX_GLOB_CHARS} characters`;
  const groups: boolean[] = []; // open parentheses, true for an extglob's
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    const inExtglob = groups.includes(true);
    if (EXTGLOB_OPENERS.includes(ch) && glob[i + 1] === "(") {
      if (inExtglob) return "nests an extglob inside another";
      groups.push(true);
      i++;
    } else if (ch === "(") groups.push(false);
    else if (ch === ")") groups.pop();
    else if (inExtglob && (ch === "*" || ch === "?" || ch === "[")) return "puts a wildcard inside an extglob";
  }
  return undefined;
}

/**
 * A matcher for globs read from a repository's own files (workspace declarations), where a bad
 * pattern is the repository's to fix: refused with the file and glob named, never a stack trace.
 */
export function checkedGlobMatcher(globs: readonly string[], source: string): (path: string) => boolean {
  for (const glob of globs) {
    const problem = globProblem(glob);
    if (problem)
      throw new UserError(
        `${source}: the glob \`${glob.slice(0, 80)}${glob.length > 80 ? "…" : ""}\` ${problem}; it could take minutes to match, so it is refused (use plain \`*\`, \`**\` or \`{a,b}\`).`,
      );
  }
  return picomatch([...globs], { dot: true });
}

/**
 * The config schema's formats, as ajv takes them: `format: glob` accepts what globProblem accepts.
 * Here, beside globProblem and away from ajv, because the Action's build-time validator
 * (src/config/config-validator.ts) requires this module from generated code.
 */
export const SCHEMA_FORMATS = {
  glob: { type: "string" as const, validate: (glob: string): boolean => globProblem(glob) === undefined },
};
