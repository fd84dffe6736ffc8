import { defineDetector } from "../../engine/define-detector.js";
import { matchWatch } from "./match-watch.js";
import { watchFinding } from "./watch-finding.js";
import type { Finding } from "../../engine/types.js";

export { watchMentionSection, mentionedHandles } from "./watch-mentions.js";

/**
 * Watch lists: people who depend on an interface (`watch:` in config) hear about changes to
 * the symbols or paths they named. Silent without `watch:` entries.
 */
export const watchDetector = defineDetector({
  id: "watch",
  title: "Watch lists",
  analyzeChangeSet(cs, ctx) {
    const findings: Finding[] = [];
    for (const entry of ctx.config.watch) {
      ctx.checkBudget();
      const finding = watchFinding(entry, matchWatch(entry, cs.files, ctx.findings));
      if (finding) findings.push(finding);
    }
    return { findings, parsed: true };
  },
});
