/**
 * Rules as data (buf's rule specs, cargo-semver-checks' lint files). Each detector declares its
 * rules once, in its `rule-specs.ts`, and makes every finding through one of them with
 * {@link finding}: a rule id is written out once, where it is declared, and the docs
 * (docs/rules.md), the config validation and `impactgate rules` all read that declaration.
 * Nothing here imports a parser: the registry loads without tree-sitter, TypeScript or protobufjs.
 */
import type { Category, Finding, Severity } from "./types.js";

/** Where a rule is proven: fixture cases under `fixtures/detectors/<detector>/`. */
export interface RuleFixtures {
  /** Cases whose expected.json contains the rule. */
  positive: readonly string[];
  /** Cases shaped like the rule's pattern whose expected.json does not contain it. */
  negative: readonly string[];
}

/** What a detector writes for one rule; {@link defineRules} adds the id and the detector. */
export interface RuleSpec {
  category: Category;
  /** The default severity; a finding may pass another where `severityNote` says when. */
  severity: Severity;
  /** When the facts change the severity, e.g. "error when the struct is used by value". */
  severityNote?: string;
  /** One line: what changed. */
  summary: string;
  /** Markdown: what the rule sees and why it breaks users. */
  why: string;
  /** Markdown: how to fix it, or how to state it in the pull request description. */
  fix: string;
  /** The same check elsewhere, e.g. buf `FIELD_SAME_ONEOF`. */
  reference?: string;
  /** The config setting that turns this rule on (`proto.rules: wire-json`); absent = on by default. */
  optIn?: { key: string; value: string };
  /**
   * Fixture cases, or, for a rule no input can provoke on purpose (an internal error), the test
   * that provokes it.
   */
  fixtures: RuleFixtures | { testedBy: string };
}

export interface Rule extends Readonly<RuleSpec> {
  /** Stable id `<detector>/<kebab-rule>`; never renamed, never reused. */
  readonly id: string;
  readonly detector: string;
}

/**
 * Declares a detector's rules, keyed by their full ids so every id is one literal that `grep`
 * finds at its declaration and at each `finding(rules["<id>"], …)`.
 */
export function defineRules<const Id extends string>(detector: string, specs: Record<Id, RuleSpec>): Record<Id, Rule> {
  const out = {} as Record<Id, Rule>;
  for (const id of Object.keys(specs) as Id[]) {
    if (!new RegExp(`^${detector}/(<name>|[a-z0-9]+(-[a-z0-9]+)*)$`).test(id))
      throw new Error(`rule id ${id} must be ${detector}/<kebab-rule>`);
    out[id] = Object.freeze({ id, detector, ...specs[id] });
  }
  return out;
}

/** The facts of one finding: where, about what, and the message. */
export interface FindingFacts {
  path: string;
  line: number;
  endLine?: number;
  symbol?: string;
  message: string;
  /** Only where the rule's `severityNote` says the facts change it. */
  severity?: Severity;
}

/** A finding of `rule`. */
export function finding(rule: Rule, facts: FindingFacts): Finding {
  return build(rule.id, rule.category, rule, facts);
}

/**
 * A finding of a rule declared as `<detector>/<name>`, whose id is completed by a name the user
 * chose in config (a watch list), and which takes the category of the finding it is about.
 */
export function namedFinding(rule: Rule, name: string, facts: FindingFacts & { category: Category }): Finding {
  return build(namedRuleId(rule, name), facts.category, rule, facts);
}

/** The id a config name gives a `<detector>/<name>` rule: `watch/<name>` + `criu` → `watch/criu`. */
export function namedRuleId(rule: Rule, name: string): string {
  if (!rule.id.endsWith("/<name>")) throw new Error(`${rule.id} takes no name`);
  return `${rule.detector}/${name}`;
}

function build(ruleId: string, category: Category, rule: Rule, facts: FindingFacts): Finding {
  const { path, line, endLine, symbol, message } = facts;
  return {
    ruleId,
    category,
    severity: facts.severity ?? rule.severity,
    path,
    line,
    ...(endLine !== undefined ? { endLine } : {}),
    ...(symbol !== undefined ? { symbol } : {}),
    message,
  };
}
