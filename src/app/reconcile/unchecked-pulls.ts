import { CHECK_NAME } from "../report/check-run.js";
import type { Octokit } from "../octokit.js";
import type { PullSnapshot } from "../queue/types.js";

export interface UncheckedPull {
  owner: string;
  repo: string;
  pull: PullSnapshot;
}

/**
 * Open pull requests of one installation updated since `sinceMs` whose head SHA has no completed
 * `impactgate` check run: the ones an outage or a dropped webhook left without a verdict.
 */
export async function uncheckedPulls(octokit: Octokit, sinceMs: number): Promise<UncheckedPull[]> {
  const repos = await octokit.paginate(octokit.rest.apps.listReposAccessibleToInstallation, { per_page: 100 });
  const found: UncheckedPull[] = [];
  for (const repo of repos) {
    if (repo.archived) continue;
    const owner = repo.owner.login;
    for (const pr of await recentlyUpdatedPulls(octokit, { owner, repo: repo.name }, sinceMs)) {
      const { data } = await octokit.rest.checks.listForRef({
        owner,
        repo: repo.name,
        ref: pr.head.sha,
        check_name: CHECK_NAME,
        filter: "latest",
        per_page: 100,
      });
      if (data.check_runs.some((r) => r.name === CHECK_NAME && r.status === "completed")) continue;
      found.push({
        owner,
        repo: repo.name,
        pull: {
          number: pr.number,
          title: pr.title,
          body: pr.body ?? "",
          base: { ref: pr.base.ref, sha: pr.base.sha },
          head: { ref: pr.head.ref, sha: pr.head.sha },
          labels: pr.labels.flatMap((l) => (l.name ? [l.name] : [])),
        },
      });
    }
  }
  return found;
}

type ListedPull = Awaited<ReturnType<Octokit["rest"]["pulls"]["list"]>>["data"][number];

/** Newest-updated first, so paging stops at the first page that reaches past `sinceMs`. */
async function recentlyUpdatedPulls(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  sinceMs: number,
): Promise<ListedPull[]> {
  const out: ListedPull[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.pulls.list, {
    ...repo,
    state: "open",
    sort: "updated",
    direction: "desc",
    per_page: 100,
  });
  for await (const { data } of pages) {
    const recent = data.filter((pr) => Date.parse(pr.updated_at) >= sinceMs);
    out.push(...recent);
    if (recent.length < data.length) break;
  }
  return out;
}
