/**
 * Pull request numbers of a merge group. The head ref names the PR that formed the group
 * (`refs/heads/gh-readonly-queue/<base>/pr-<N>-<sha>`); PRs queued ahead of it show in the group's
 * commits as GitHub writes them: `Merge pull request #N from …` (merge) or `Title (#N)` (squash).
 */
export function queuePulls(headRef: string, commitMessages: readonly string[]): number[] {
  const numbers = new Set<number>();
  for (const message of commitMessages) {
    const subject = message.split("\n", 1)[0]!.slice(0, 500);
    const merge = /^Merge pull request #(\d{1,9}) /.exec(subject);
    const squash = /\(#(\d{1,9})\)$/.exec(subject.trimEnd());
    const n = merge?.[1] ?? squash?.[1];
    if (n) numbers.add(Number(n));
  }
  const own = /\/pr-(\d{1,9})-[0-9a-f]{7,64}$/.exec(headRef);
  if (own) numbers.add(Number(own[1]));
  return [...numbers].sort((a, b) => a - b);
}
