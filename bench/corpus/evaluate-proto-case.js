import { brief } from "./evaluate-verdict-case.js";
import { bufRuleOf, enabledBufRules } from "./buf-rules.js";
import { matchAnnotations } from "./match-annotations.js";

/**
 * Reviews one buf case with `proto.rules: wire-json` (the superset; the enabled buf rules
 * filter what is scored) and buf's `ignore` paths as `paths.exclude`.
 */
export async function reviewProtoCase(engine, c) {
  const started = performance.now();
  const config = engine.defaultConfig();
  config.proto = { ...config.proto, rules: "wire-json" };
  config.paths = { ...config.paths, exclude: ignoreGlobs(c.spec.breaking_config_after_buf_yaml?.ignore ?? []) };
  const cs = engine.changeSetFromTrees({ before: c.before, after: c.after, title: c.name });
  const result = await engine.review(cs, config);
  return { c, findings: result.findings.map(brief), ms: performance.now() - started };
}

/** Scores a reviewed buf case once the set of implemented buf rules is known. */
export function scoreProtoCase({ c, findings, ms }, implemented) {
  const expected = c.spec.expected ?? [];
  const enabled = enabledBufRules(
    c.spec.breaking_config_after_buf_yaml,
    expected.map((e) => e.rule),
  );
  const match = matchAnnotations({ expected, findings, enabled, implemented });
  const failed = findings.filter((f) => f.ruleId.startsWith("engine/")).length;
  const genericOnly =
    findings.some((f) => f.ruleId.startsWith("interface/")) && !findings.some((f) => bufRuleOf(f.ruleId));
  return { name: c.name, source: "buf", enabled: c.spec.enabled_rules, ...match, failed, genericOnly, findings, ms };
}

/** buf `ignore` entries are files or directories relative to the module root. */
export function ignoreGlobs(ignore) {
  return ignore.flatMap((p) => (p.endsWith(".proto") ? [p] : [p, `${p}/**`]));
}
