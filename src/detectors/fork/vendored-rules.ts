import { finding } from "../../engine/rule.js";
import { forkRules } from "./rule-specs.js";
import { firstChangedLine } from "../interface/index.js";
import { countChangedLines } from "./count-lines.js";
import { vendoredTreeOf } from "./ownership.js";
import type { Config } from "../../config/types.js";
import type { ChangeSet, Finding } from "../../engine/types.js";

/** `fork/vendored-code-modified`: a change inside a vendored tree. */
export function vendoredRules(cs: ChangeSet, config: Config): Finding[] {
  const findings: Finding[] = [];
  for (const pair of cs.files) {
    const tree =
      vendoredTreeOf(pair.path, config) ?? (pair.previousPath ? vendoredTreeOf(pair.previousPath, config) : undefined);
    if (!tree) continue;
    const { added, removed } = countChangedLines(pair.hunks);
    const from = tree.upstream ? ` (vendored from ${tree.upstream})` : "";
    findings.push(
      finding(forkRules["fork/vendored-code-modified"], {
        path: pair.path,
        line: firstChangedLine(pair),
        message: `Changes vendored code in ${tree.root}/${from} (+${added} −${removed} lines). The next re-vendor silently drops it; fix it upstream and re-vendor, or record the local patch.`,
      }),
    );
  }
  return findings;
}
