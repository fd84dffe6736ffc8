import { fingerprint } from "./fingerprint.js";
import { matchesAny } from "./glob.js";
import { CATEGORIES } from "./types.js";
import type { Config } from "../config/types.js";
import type { ParsedStatement } from "../statements/types.js";
import type { Acknowledgement, Category, CategoryResult, Conclusion, Finding, Review } from "./types.js";

/**
 * The verdict pipeline — the one place policy lives. Detectors state facts (findings); this
 * decides what they mean: rule levels → path excludes → statements → acknowledgements →
 * conclusion. The engine runs it after its detectors (the CLI through the engine); the app runs it
 * again on findings recorded for the head (an edited description) and once it has read the
 * acknowledgements. Every step is idempotent, so findings that went through it once can go again.
 */
export interface VerdictInput {
  findings: readonly Finding[];
  /** What the pull request description (or the CLI's body) states per category: {@link readStatements}. */
  statements: Statements;
  config: Config;
  acknowledgements?: readonly Acknowledgement[];
  /**
   * After levels and excludes, when judging against the last release (`compare.against:
   * last-release`): what a finding becomes when the pull request neither causes nor touches it
   * (a notice naming the release, marked `alreadySince`: decided again without this, it stays a notice).
   */
  baseline?: (finding: Finding) => Finding;
}

export interface Verdict {
  /** After levels and excludes, in a deterministic order. */
  findings: Finding[];
  categories: Record<Category, CategoryResult>;
  conclusion: Exclude<Conclusion, "failure">;
}

/** What a description states per category (src/statements). */
export type Statements = Record<Category, ParsedStatement>;

/**
 * What `body` states per category, its first `limits.body-chars` read. The description parser
 * (markdown-it, parse5, a homoglyph table: most of what a small `impactgate diff` would load) is
 * imported only when there is a description: a blank one states nothing, and `diff` has none.
 */
export async function readStatements(body: string, config: Config): Promise<Statements> {
  if (body.slice(0, config.limits["body-chars"]).trim() === "") return noStatements();
  const { statementsOf } = await import("../statements/parse-statements.js");
  return statementsOf(body, config);
}

function noStatements(): Statements {
  const out = {} as Statements;
  for (const category of CATEGORIES) out[category] = { kind: "absent", text: "" };
  return out;
}

export function decideVerdict({
  findings,
  statements,
  config,
  acknowledgements = [],
  baseline,
}: VerdictInput): Verdict {
  // 1. rule levels, 2. path excludes (then the release baseline, if any; one order for every output)
  const levelled = excludePaths(applyLevels(findings, config), config);
  const final = sortFindings(baseline ? levelled.map(baseline) : levelled);
  // 3. statements: what the description says per category
  const stated = statementStates(final, statements);
  // 4. acknowledgements: a category still waiting is acknowledged by an ack that covers all its errors
  const categories = acknowledged(stated, final, acknowledgements);
  // 5. conclusion
  return { findings: final, categories, conclusion: isBlocked(categories) ? "action_required" : "success" };
}

/**
 * The review with its verdict decided again, for what it did not know when it was made: the
 * acknowledgements read afterwards. A failed review stays failed (there is nothing to decide).
 */
export function redecide(review: Review, input: Omit<VerdictInput, "findings">): Review {
  if (review.conclusion === "failure") return review;
  return { ...review, ...decideVerdict({ ...input, findings: review.findings }) };
}

/** Categories whose statement the author still has to write (missing, or "none" against errors). */
export function blockedCategories(categories: Record<Category, CategoryResult>): Category[] {
  return CATEGORIES.filter((c) => categories[c].state === "missing" || categories[c].state === "contradicted");
}

/** True when some category still waits for a statement: only then can an acknowledgement change anything. */
export function isBlocked(categories: Record<Category, CategoryResult>): boolean {
  return blockedCategories(categories).length > 0;
}

/**
 * Applies `rules:` overrides. A key is a rule id (`c/field-appended`) or a detector wildcard
 * (`c/*`); the exact id wins. `off` drops the finding. (The engine also applies it before the
 * changeset-level detectors, which reason about the file findings as configured.)
 */
export function applyLevels(findings: readonly Finding[], config: Config): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = config.rules[f.ruleId] ?? config.rules[`${f.ruleId.split("/")[0]}/*`];
    if (level === "off") continue;
    // a break already on the base branch since the release, or one of interface no release has,
    // breaks no user of a release: a notice for good
    out.push(level && !f.alreadySince && !f.unreleasedSince ? { ...f, severity: level } : f);
  }
  return out;
}

/** Drops findings on paths the repository excluded with `paths.exclude`. */
export function excludePaths(findings: Finding[], config: Config): Finding[] {
  if (config.paths.exclude.length === 0) return findings;
  return findings.filter((f) => !matchesAny(f.path, config.paths.exclude));
}

const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 } as const;

/** Deterministic order: path, line, rule id, then severity, symbol and message. */
function sortFindings(findings: Finding[]): Finding[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...findings].sort(
    (a, b) =>
      cmp(a.path, b.path) ||
      a.line - b.line ||
      cmp(a.ruleId, b.ruleId) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      cmp(a.symbol ?? "", b.symbol ?? "") ||
      cmp(a.message, b.message),
  );
}

/**
 * Each category's state from the statements alone. Only `error` findings require a statement: a
 * real statement settles it, an explicit "none" against errors is `contradicted`, silence is
 * `missing`; without errors a statement is `stated` and silence `not-needed`.
 */
function statementStates(findings: Finding[], statements: Statements): Record<Category, CategoryResult> {
  const out = {} as Record<Category, CategoryResult>;
  for (const category of CATEGORIES) {
    const errors = findings.filter((f) => f.category === category && f.severity === "error").length;
    const stmt = statements[category];
    const statement = stmt.kind === "text" || stmt.kind === "none" ? stmt.text : undefined;
    const state =
      errors === 0
        ? statement !== undefined
          ? "stated"
          : "not-needed"
        : stmt.kind === "text"
          ? "stated"
          : stmt.kind === "none"
            ? "contradicted"
            : "missing";
    out[category] = { state, errors, statement };
  }
  return out;
}

/**
 * A category still waiting (missing, or contradicted by "none") is acknowledged by the newest
 * ack for it whose fingerprints still cover every error finding in it — or by one that covers new
 * findings too (`coversNew`: only the ack label present now; never read from a record).
 */
function acknowledged(
  categories: Record<Category, CategoryResult>,
  findings: Finding[],
  acks: readonly Acknowledgement[],
): Record<Category, CategoryResult> {
  const out = { ...categories };
  for (const category of blockedCategories(categories)) {
    const prints = findings.filter((f) => f.category === category && f.severity === "error").map(fingerprint);
    const ack = [...acks]
      .reverse()
      .find(
        (a) =>
          (a.category === category || a.category === "all") &&
          (a.coversNew || prints.every((p) => a.fingerprints.includes(p))),
      );
    if (ack) out[category] = { ...categories[category], state: "acknowledged", acknowledgement: ack };
  }
  return out;
}
