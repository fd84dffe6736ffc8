import { finding } from "../../engine/rule.js";
import { forkRules } from "./rule-specs.js";
import { firstChangedLine } from "../interface/index.js";
import { countChangedLines } from "./count-lines.js";
import { isUpstreamOwned } from "./ownership.js";
import { tryApplyUpstream, type ApplyResult } from "./try-apply.js";
import { upstreamPathOf } from "./upstream-path.js";
import type { Config } from "../../config/types.js";
import type { ChangeSet, FilePair, Finding } from "../../engine/types.js";

/** What the fork rules found for the divergence summary. */
export interface UpstreamTally {
  files: number;
  added: number;
  removed: number;
}

/**
 * `fork/upstream-file-modified` plus `fork/applies-upstream` / `fork/conflicts-upstream` for
 * each changed file the upstream owns. A file the PR adds that upstream does not have is a
 * local addition, and a change that makes the file equal to upstream's is a sync: both are left alone.
 */
export function upstreamFileRules(
  cs: ChangeSet,
  config: Config,
  checkBudget: () => void,
): { findings: Finding[]; tally: UpstreamTally } {
  const upstreamName = cs.upstream ? `${cs.upstream.repo}@${cs.upstream.branch}` : (config.fork.upstream ?? "upstream");
  const findings: Finding[] = [];
  const tally: UpstreamTally = { files: 0, added: 0, removed: 0 };
  for (const pair of cs.files) {
    checkBudget();
    const key = upstreamPathOf(pair);
    if (!isUpstreamOwned(key, config) || !isUpstreamOwned(pair.path, config)) continue;
    const upstream = cs.upstream?.files[key];
    if (pair.status === "added" && (upstream === null || upstream === undefined)) continue;
    // a change that makes the file what upstream has (a sync, a backport) converges: not divergence
    if (
      upstream !== undefined &&
      (pair.status === "removed" ? upstream === null : pair.after !== null && pair.after === upstream)
    )
      continue;
    const { added, removed } = countChangedLines(pair.hunks);
    tally.files++;
    tally.added += added;
    tally.removed += removed;
    const line = firstChangedLine(pair);
    const has =
      upstream === undefined
        ? "upstream contents were not available"
        : upstream === null
          ? `${upstreamName} does not have this file`
          : `${upstreamName} has this file`;
    findings.push(
      finding(forkRules["fork/upstream-file-modified"], {
        path: pair.path,
        line,
        message: `Changes a file the upstream owns (+${added} −${removed} lines; ${has}). Every such line must be carried across each upstream sync; send it upstream first, or say why it stays here.`,
      }),
    );
    if (typeof upstream === "string") {
      const applied =
        pair.status === "added"
          ? undefined
          : pair.hunks.length > 0
            ? tryApplyUpstream(upstream, pair.hunks)
            : undefined;
      const appliesOrNot = applyFinding(pair, line, upstreamName, applied);
      if (appliesOrNot) findings.push(appliesOrNot);
    }
  }
  return { findings, tally };
}

function applyFinding(
  pair: FilePair,
  line: number,
  upstreamName: string,
  applied: ApplyResult | undefined,
): Finding | undefined {
  if (pair.status !== "added" && !applied) return undefined;
  const at = { path: pair.path, line };
  if (!applied || !applied.applies) {
    const why =
      pair.status === "added"
        ? "upstream already has a different file at this path"
        : `at least one hunk does not apply even with fuzz ${applied!.fuzz}`;
    return finding(forkRules["fork/conflicts-upstream"], {
      ...at,
      message: `This change does not apply to ${upstreamName}: ${why}. Sending it upstream needs a rebase onto upstream's version first.`,
    });
  }
  return finding(forkRules["fork/applies-upstream"], {
    ...at,
    message: `This change applies to ${upstreamName} ${howItApplies(applied)}, so it could be sent upstream as it is.`,
  });
}

function howItApplies(r: ApplyResult): string {
  const moved = r.offsets
    .map((o, i) => (o ? `hunk ${i + 1} at offset ${o > 0 ? "+" : ""}${o} lines` : undefined))
    .filter(Boolean);
  const parts = [...moved, ...(r.fuzz > 0 ? [`with fuzz ${r.fuzz}`] : [])];
  return parts.length === 0 ? "cleanly" : `(${parts.join(", ")})`;
}
