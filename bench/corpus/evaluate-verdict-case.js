import { predictFromFindings } from "./predict.js";

/** Reviews one C or TS case with the default config and records what we predicted. */
export async function evaluateVerdictCase(engine, c) {
  const started = performance.now();
  const cs = engine.changeSetFromTrees({ before: c.before, after: c.after, title: c.name });
  const result = await engine.review(cs, engine.defaultConfig());
  const prediction = predictFromFindings(result.findings);
  return {
    name: c.name,
    source: c.source,
    verdict: c.verdict,
    note: c.note,
    expected: c.expected,
    predicted: prediction.positive,
    outcome: prediction.outcome,
    errorRules: prediction.errorRules,
    failed: prediction.failed.length,
    findings: result.findings.map(brief),
    ms: performance.now() - started,
  };
}

export function brief({ ruleId, severity, path, line, symbol, message }) {
  return { ruleId, severity, path, line, ...(symbol === undefined ? {} : { symbol }), message };
}
