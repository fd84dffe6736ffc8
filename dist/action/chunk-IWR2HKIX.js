import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));

// src/engine/rule.ts
function defineRules(detector, specs) {
  const out = {};
  for (const id of Object.keys(specs)) {
    if (!new RegExp(`^${detector}/(<name>|[a-z0-9]+(-[a-z0-9]+)*)$`).test(id))
      throw new Error(`rule id ${id} must be ${detector}/<kebab-rule>`);
    out[id] = Object.freeze({ id, detector, ...specs[id] });
  }
  return out;
}
function finding(rule, facts) {
  return build(rule.id, rule.category, rule, facts);
}
function namedFinding(rule, name, facts) {
  return build(namedRuleId(rule, name), facts.category, rule, facts);
}
function namedRuleId(rule, name) {
  if (!rule.id.endsWith("/<name>")) throw new Error(`${rule.id} takes no name`);
  return `${rule.detector}/${name}`;
}
function build(ruleId, category, rule, facts) {
  const { path, line, endLine, symbol, message } = facts;
  return {
    ruleId,
    category,
    severity: facts.severity ?? rule.severity,
    path,
    line,
    ...endLine !== void 0 ? { endLine } : {},
    ...symbol !== void 0 ? { symbol } : {},
    message
  };
}

// src/engine/define-detector.ts
function defineDetector(detector) {
  return detector;
}

export {
  defineRules,
  finding,
  namedFinding,
  namedRuleId,
  defineDetector
};
