import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { headerPathFor, sourceOf } from "./header-path.js";
import { classifyVerdict, readVerdict, verdictNote } from "./verdict.js";

/** corpus/c/<case>/{before.h, after.h, expected.txt} → one header at its tree path per side. */
export function loadCCases(corpus) {
  const dir = join(corpus, "c");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((n) => existsSync(join(dir, n, "expected.txt")))
    .map((name) => {
      const read = (f) => readFileSync(join(dir, name, f), "utf8");
      const expectedText = read("expected.txt");
      const path = headerPathFor(name, expectedText);
      const verdict = readVerdict(expectedText);
      return {
        name,
        source: sourceOf(name),
        before: { [path]: read("before.h") },
        after: { [path]: read("after.h") },
        verdict,
        note: verdictNote(expectedText),
        expected: classifyVerdict(verdict),
      };
    });
}
