import { meets, roleOf } from "../commands/permission.js";
import { code } from "../../render/escape.js";
import type { Config } from "../../config/types.js";
import type { Acknowledgement } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";
import type { PullTarget } from "../target.js";

export interface LabelAck {
  ack?: Acknowledgement;
  /** Why a present label does not count (said in the summary). */
  refused?: string;
}

/**
 * The `ack.label` on the pull request acknowledges every category for as long as it is there,
 * new findings included (`coversNew`): removing the label is how a maintainer takes it back.
 * GitHub lets triagers add labels, so the label counts only when whoever added it last has the
 * `ack.permission` a comment ack needs (one events listing and one permission read).
 */
export async function labelAck(octokit: Octokit, target: PullTarget, config: Config): Promise<LabelAck> {
  const label = config.ack.label;
  if (!label || !target.labels.includes(label)) return {};
  const events = await octokit.paginate(octokit.rest.issues.listEvents, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100,
  });
  const added = events
    .filter((e) => e.event === "labeled" && (e as { label?: { name?: string } }).label?.name === label)
    .pop();
  const by = added?.actor?.login;
  if (!by) return { refused: `The ${code(label)} label does not acknowledge: GitHub did not say who added it.` };
  const role = await roleOf(octokit, { owner: target.owner, repo: target.repo, username: by });
  if (!meets(role, config.ack.permission)) {
    return {
      refused: `The ${code(label)} label was added by @${by}, whose \`${role}\` access is below the \`${config.ack.permission}\` an acknowledgement needs (\`ack.permission\`); it does not acknowledge.`,
    };
  }
  return {
    ack: {
      category: "all",
      by: `${by} (label \`${label}\`)`,
      at: added.created_at ?? "",
      reason: "acknowledges every category while the label is on the pull request",
      fingerprints: [],
      coversNew: true,
    },
  };
}
