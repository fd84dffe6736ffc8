import type { PullVerdict } from "./pull-verdict.js";

export interface MergeGroupOutput {
  conclusion: "success" | "action_required";
  title: string;
  summary: string;
}

/** The merge group's verdict: green only when every pull request in it was green for its head. */
export function renderMergeGroup(verdicts: readonly PullVerdict[]): MergeGroupOutput {
  const failing = verdicts.filter((v) => v.conclusion !== "success");
  const rows = verdicts.map(
    (v) => `| #${v.number} | \`${v.headSha.slice(0, 7)}\` | ${v.conclusion ?? "no completed impactgate check"} |`,
  );
  const table = ["| pull request | head | impactgate |", "|---|---|---|", ...rows].join("\n");
  if (verdicts.length === 0) {
    return {
      conclusion: "action_required",
      title: "No pull request found in this merge group",
      summary:
        "Impactgate could not tell which pull requests this merge group holds, so it cannot vouch for them. Re-queue the pull request.",
    };
  }
  if (failing.length === 0) {
    return {
      conclusion: "success",
      title: `Impact stated for all ${verdicts.length} pull request${verdicts.length === 1 ? "" : "s"}`,
      summary: `Every pull request in this merge group passed \`impactgate\` for its head commit.\n\n${table}`,
    };
  }
  const names = failing.map((v) => `#${v.number}`).join(", ");
  return {
    conclusion: "action_required",
    title: `Impact not settled for ${names}`,
    summary: `${names} did not pass \`impactgate\` for ${failing.length === 1 ? "its" : "their"} head commit: state the impact (or have a maintainer acknowledge it) on the pull request, then queue it again.\n\n${table}`,
  };
}
