/** Events that can change the verdict: a new head, a new description, a label, a draft made ready. */
export const PULL_REQUEST_EVENTS = [
  "pull_request.opened",
  "pull_request.synchronize",
  "pull_request.reopened",
  "pull_request.edited",
  "pull_request.ready_for_review",
  "pull_request.labeled",
  "pull_request.unlabeled",
] as const;

export type PullRequestEvent = (typeof PULL_REQUEST_EVENTS)[number];

/** The Re-run buttons on the check run and on the whole check suite. */
export const RERUN_EVENTS = ["check_run.rerequested", "check_suite.rerequested"] as const;

export type RerunEvent = (typeof RERUN_EVENTS)[number];

/** Maintainer controls (issue 6): comment commands, the check run's button, the merge queue. */
export const COMMENT_EVENT = "issue_comment.created";
export const REQUESTED_ACTION_EVENT = "check_run.requested_action";
export const MERGE_GROUP_EVENT = "merge_group.checks_requested";
