import type { ReviewJob } from "../../src/app/queue/types.js";

/** A review job as the pull_request.opened fixture would produce it; override what a test varies. */
export function reviewJob(
  overrides: { pr?: number; sha?: string; body?: string; repo?: string; reason?: ReviewJob["reason"] } = {},
): ReviewJob {
  return {
    installationId: 2,
    owner: "octo-org",
    repo: overrides.repo ?? "widgets",
    reason: overrides.reason ?? "event",
    enqueuedAt: Date.now(),
    pull: {
      number: overrides.pr ?? 1,
      title: "Add kvm_run flags",
      body: overrides.body ?? "",
      labels: [],
      base: { ref: "main", sha: "b".repeat(40) },
      head: { ref: "feature", sha: overrides.sha ?? "a".repeat(40) },
    },
  };
}
