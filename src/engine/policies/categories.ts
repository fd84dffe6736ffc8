import { fingerprint } from "../fingerprint.js";
import { CATEGORIES } from "../types.js";
import type { Acknowledgement, Category, CategoryResult, Finding } from "../types.js";
import type { ParsedStatement } from "../../statements/types.js";

interface Options {
  findings: Finding[];
  statements: Record<Category, ParsedStatement>;
  acknowledgements: Acknowledgement[];
}

/**
 * Decides each category's state. Only `error` findings require a statement. A real statement
 * wins; otherwise a maintainer's acknowledgement that still covers every error finding; an explicit
 * "none" against error findings is `contradicted`.
 */
export function categoryResults({ findings, statements, acknowledgements }: Options): Record<Category, CategoryResult> {
  const out = {} as Record<Category, CategoryResult>;
  for (const category of CATEGORIES) {
    const errors = findings.filter((f) => f.category === category && f.severity === "error");
    const stmt = statements[category];
    const statement = stmt.kind === "text" || stmt.kind === "none" ? stmt.text : undefined;
    const result: CategoryResult = { state: "not-needed", errors: errors.length, statement };
    if (errors.length === 0) result.state = statement !== undefined ? "stated" : "not-needed";
    else if (stmt.kind === "text") result.state = "stated";
    else {
      const ack = coveringAck(category, errors, acknowledgements);
      if (ack) Object.assign(result, { state: "acknowledged", acknowledgement: ack });
      else result.state = stmt.kind === "none" ? "contradicted" : "missing";
    }
    out[category] = result;
  }
  return out;
}

/** The newest ack for the category whose fingerprints still cover every error finding. */
function coveringAck(category: Category, errors: Finding[], acks: Acknowledgement[]): Acknowledgement | undefined {
  const prints = errors.map(fingerprint);
  return [...acks]
    .reverse()
    .find(
      (a) =>
        (a.category === category || a.category === "all") &&
        (a.coversNew || prints.every((p) => a.fingerprints.includes(p))),
    );
}
