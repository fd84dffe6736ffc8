/**
 * Corpus verdict tokens (first line `VERDICT: <TOKEN> (...)` of every expected.txt) and how the
 * bench scores them. Only upstream assertions of "incompatible" / "compatible" are scored; the
 * rest are reported on their own because the upstream harness asserts nothing we could miss.
 */
const POSITIVE = new Set(["BREAKING"]);
const NEGATIVE = new Set(["NON_BREAKING", "NO_CHANGE", "NO_ABI_CHANGE", "NO_API_CHANGE", "NO_REPORTED_CHANGE"]);

/** The token of the first `VERDICT:` line, or `MISSING` when the file has none. */
export function readVerdict(expectedText) {
  const m = /^VERDICT:[ \t]*([A-Z_]+)/m.exec(expectedText);
  return m ? m[1] : "MISSING";
}

/**
 * `positive` / `negative` for scored tokens; `unscored` for CHANGED, AMBIGUOUS, UNLABELED,
 * NOT_ASSERTED, SEE_ASSERTIONS and POTENTIALLY_BREAKING (a tool's "warning" or heuristic, which
 * neither asserts a break nor its absence).
 */
export function classifyVerdict(token) {
  if (POSITIVE.has(token)) return "positive";
  if (NEGATIVE.has(token)) return "negative";
  return "unscored";
}

/**
 * The words around the verdict a reader needs to judge a miss: the first line's qualifier and,
 * for ACC, its binary/source verdicts with ACC's severity (`INCOMPATIBLE (Low)`).
 */
export function verdictNote(expectedText) {
  const qualifier = /^VERDICT:[ \t]*[A-Z_]+[ \t]*(.*)$/m.exec(expectedText)?.[1]?.trim() ?? "";
  const acc = ["ABI_VERDICT", "API_VERDICT"]
    .map((k) => new RegExp(`^${k}:[ \\t]*(.*)$`, "m").exec(expectedText)?.[1])
    .filter(Boolean);
  return [qualifier, ...acc.map((v, i) => `${i === 0 ? "ABI" : "API"} ${v}`)].filter(Boolean).join("; ");
}
