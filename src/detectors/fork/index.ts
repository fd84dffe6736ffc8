import { defineDetector } from "../../engine/define-detector.js";
import { divergenceSection } from "./divergence-section.js";
import { parallelInterfaces } from "./parallel-interface.js";
import { upstreamFileRules } from "./upstream-rules.js";
import { vendoredRules } from "./vendored-rules.js";
import type { Finding, ReportSection } from "../../engine/types.js";

export { isUpstreamOwned, vendoredTreeOf } from "./ownership.js";
export { upstreamPathOf } from "./upstream-path.js";
export { parallelInterfaces } from "./parallel-interface.js";

/**
 * Fork awareness: changes to upstream-owned and vendored files, whether they would apply
 * upstream, the divergence summary, and parallel `_v2` interfaces. The upstream rules run only
 * when the source resolved an upstream (ChangeSet.upstream) or config names one.
 */
export const forkDetector = defineDetector({
  id: "fork",
  title: "Fork and upstream",
  analyzeChangeSet(cs, ctx) {
    const findings: Finding[] = [
      ...vendoredRules(cs, ctx.config),
      ...parallelInterfaces(ctx.symbols, Boolean(cs.upstream || ctx.config.fork.upstream)),
    ];
    const sections: ReportSection[] = [];
    if (cs.upstream || ctx.config.fork.upstream) {
      const { findings: upstreamFindings, tally } = upstreamFileRules(cs, ctx.config, ctx.checkBudget);
      findings.push(...upstreamFindings);
      if (cs.files.length > 0) sections.push(divergenceSection(cs.upstream, ctx.config.fork.upstream, tally));
    }
    return { findings, parsed: true, sections };
  },
});
