import type { Config } from "../../config/types.js";
import type { Octokit } from "../octokit.js";

export interface UpstreamRepo {
  owner: string;
  repo: string;
  branch: string;
}

interface Options {
  octokit: Octokit;
  owner: string;
  repo: string;
  config: Config;
  /** `repository.fork` from the webhook payload: when false and no config names an upstream, no call is made. */
  isFork?: boolean;
}

/**
 * The upstream: config `fork.upstream` (+ `fork.branch`), else the repository's `parent` when it
 * is a fork. A default branch is asked for only when config does not name one.
 */
export async function resolveUpstream({
  octokit,
  owner,
  repo,
  config,
  isFork,
}: Options): Promise<UpstreamRepo | undefined> {
  const configured = config.fork.upstream;
  if (configured) {
    const [upOwner, upRepo] = configured.split("/");
    if (!upOwner || !upRepo) return undefined;
    const branch =
      config.fork.branch ?? (await octokit.rest.repos.get({ owner: upOwner, repo: upRepo })).data.default_branch;
    return { owner: upOwner, repo: upRepo, branch };
  }
  if (isFork === false) return undefined;
  const { data } = await octokit.rest.repos.get({ owner, repo });
  if (!data.fork || !data.parent) return undefined;
  return {
    owner: data.parent.owner.login,
    repo: data.parent.name,
    branch: config.fork.branch ?? data.parent.default_branch,
  };
}
