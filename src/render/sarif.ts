import { fingerprint } from "../engine/fingerprint.js";
import { DEFAULT_DOCS_URL } from "./blocks.js";
import type { Rule } from "../engine/rule.js";
import type { Finding, Review, Severity } from "../engine/types.js";

/** What the SARIF log needs beyond the review: the rule registry and where its docs are. */
export interface SarifOptions {
  /** Every rule, in registry order (`RULES`): the run's `tool.driver.rules`. */
  rules: readonly Rule[];
  /** The rule a finding id belongs to (`ruleOf`: `watch/criu` → `watch/<name>`). */
  ruleOf(id: string): Rule | undefined;
  /** A rule's heading anchor in docs/rules.md (`ruleAnchor`). */
  anchor(rule: Rule): string;
  version: string;
  docsUrl?: string;
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", notice: "note" };

/**
 * The review as a SARIF 2.1.0 log with one run, for code scanning
 * (`github/codeql-action/upload-sarif`): the registry's rules (id, one-line and full description,
 * help with the fix, a link to docs/rules.md, the default level), and one result per finding
 * with its physical location, the symbol as a logical location, and a fingerprint that does not
 * move with line numbers (rule id + symbol, the one acknowledgements use), so an alert follows its
 * interface element across pushes. Findings' texts are plain text here: SARIF viewers do not
 * render them as Markdown.
 */
export function renderSarif(review: Review, opts: SarifOptions): SarifLog {
  const docs = opts.docsUrl ?? DEFAULT_DOCS_URL;
  const named = [...new Set(review.findings.map((f) => f.ruleId))].filter((id) => !opts.rules.some((r) => r.id === id));
  const descriptors = [
    ...opts.rules.map((r) => descriptor(r, r.id, docs, opts.anchor)),
    // `<detector>/<name>` rules (watch lists) get one descriptor per name a finding used
    ...named.flatMap((id) => {
      const rule = opts.ruleOf(id);
      return rule ? [descriptor(rule, id, docs, opts.anchor)] : [];
    }),
  ];
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Impactgate",
            informationUri: docs,
            version: opts.version,
            rules: descriptors,
          },
        },
        columnKind: "utf16CodeUnits",
        results: review.findings.map((f) => result(f, index.get(f.ruleId))),
        properties: { conclusion: review.conclusion },
      },
    ],
  };
}

function descriptor(rule: Rule, id: string, docs: string, anchor: (rule: Rule) => string): SarifRule {
  return {
    id,
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.why, markdown: rule.why },
    ...(rule.fix ? { help: { text: rule.fix, markdown: rule.fix } } : {}),
    helpUri: `${docs}/rules.md#${anchor(rule)}`,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { category: rule.category, tags: ["impactgate", rule.category] },
  };
}

function result(f: Finding, ruleIndex: number | undefined): SarifResult {
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.path) },
          region: { startLine: Math.max(1, f.line), endLine: Math.max(1, f.endLine ?? f.line, f.line) },
        },
        ...(f.symbol ? { logicalLocations: [{ fullyQualifiedName: f.symbol }] } : {}),
      },
    ],
    partialFingerprints: { "impactgateFinding/v1": fingerprint(f) },
    properties: { category: f.category },
  };
}

interface Text {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  shortDescription: Text;
  fullDescription: Text;
  help?: Text;
  helpUri: string;
  defaultConfiguration: { level: "error" | "warning" | "note" };
  properties: { category: string; tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: "error" | "warning" | "note";
  message: Text;
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; endLine: number };
    };
    logicalLocations?: { fullyQualifiedName: string }[];
  }[];
  partialFingerprints: Record<string, string>;
  properties: { category: string };
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: {
    tool: { driver: { name: string; informationUri: string; version: string; rules: SarifRule[] } };
    columnKind: "utf16CodeUnits";
    results: SarifResult[];
    properties: { conclusion: string };
  }[];
}
