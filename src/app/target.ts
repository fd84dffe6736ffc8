/** The pull request a review is about, whichever event asked for it. */
export interface PullTarget {
  owner: string;
  repo: string;
  number: number;
  title: string;
  body: string;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  /** Label names on the pull request now. */
  labels: string[];
  /** `repository.fork` from the payload: when false, no read is spent looking for an upstream. */
  isFork?: boolean;
  /** Login of the PR author: never asked to review their own change. */
  author?: string;
  /** `pull_request.changed_files`: past 3,000 the file listing is capped and trees are diffed. */
  changedFiles?: number;
  /**
   * The event did not move the head (a description edit, a label, an acknowledgement): its
   * findings are most likely recorded on the check run, so the review asks for them before
   * listing and reading any file.
   */
  headUnchanged?: boolean;
}

interface PullLike {
  number: number;
  title: string;
  body?: string | null;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  labels?: ({ name: string } | null | undefined)[] | null;
  user?: { login: string } | null;
  changed_files?: number;
}

/** The target from a pull request object as webhooks and `pulls.get` give it. */
export function pullTarget(
  repository: { owner: { login: string }; name: string; fork?: boolean },
  pr: PullLike,
): PullTarget {
  return {
    owner: repository.owner.login,
    repo: repository.name,
    number: pr.number,
    title: pr.title,
    body: pr.body ?? "",
    base: { ref: pr.base.ref, sha: pr.base.sha },
    head: { ref: pr.head.ref, sha: pr.head.sha },
    labels: (pr.labels ?? []).flatMap((l) => (l?.name ? [l.name] : [])),
    ...(typeof repository.fork === "boolean" ? { isFork: repository.fork } : {}),
    ...(pr.user?.login ? { author: pr.user.login } : {}),
    ...(typeof pr.changed_files === "number" ? { changedFiles: pr.changed_files } : {}),
  };
}
