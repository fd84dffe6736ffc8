/** Rules that restate other findings (a break without a version bump), so never evidence alone. */
const DERIVED = new Set(["manifest/breaking-without-major-bump", "manifest/c-abi-break-without-soversion-bump"]);

/**
 * True for rules whose `error` is evidence of a break. A case is predicted breaking when such a
 * rule reports an `error`. `interface/changed` (fires on any change to an interface
 * file) and `engine/*` (detector failures, budgets) never count: they say "we could not tell".
 */
/** `c/parse-incomplete`, `proto/parse-failed`: the detector saying what it could not read. */
export function isParseRule(ruleId) {
  return /\/parse-(incomplete|failed)$/.test(ruleId);
}

export function isSemanticRule(ruleId) {
  return !ruleId.startsWith("interface/") && !ruleId.startsWith("engine/") && !DERIVED.has(ruleId);
}

/**
 * `outcome` is one of: `semantic-error` (predicted breaking), `semantic-other` (only
 * warnings/notices from semantic rules), `parse-incomplete` (only a notice that part of the file
 * did not parse), `generic-only` (the interface/changed fallback was all we had), `nothing` (no
 * finding at all). `failed` lists engine/* findings (crashes, budgets).
 */
export function predictFromFindings(findings) {
  const semantic = findings.filter((f) => isSemanticRule(f.ruleId));
  const errors = semantic.filter((f) => f.severity === "error");
  const understood = semantic.filter((f) => !isParseRule(f.ruleId));
  const generic = findings.some((f) => f.ruleId.startsWith("interface/"));
  const failed = findings.filter((f) => f.ruleId.startsWith("engine/"));
  const outcome =
    errors.length > 0
      ? "semantic-error"
      : understood.length > 0
        ? "semantic-other"
        : semantic.length > 0
          ? "parse-incomplete"
          : generic
            ? "generic-only"
            : "nothing";
  return { positive: errors.length > 0, outcome, errorRules: [...new Set(errors.map((f) => f.ruleId))].sort(), failed };
}
