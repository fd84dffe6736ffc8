import type { Octokit } from "../octokit.js";

/** One entry of `pulls.listFiles`, the fields the change set needs. */
export interface PullFile {
  filename: string;
  previous_filename?: string;
  status: string;
  patch?: string;
}

interface Options {
  octokit: Octokit;
  owner: string;
  repo: string;
  number: number;
}

/** Every changed file of the pull request, all pages (GitHub stops listing at 3,000 files). */
export async function listPullFiles({ octokit, owner, repo, number }: Options): Promise<PullFile[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner,
    repo,
    pull_number: number,
    per_page: 100,
  });
  return files.map((f) => ({
    filename: f.filename,
    previous_filename: f.previous_filename,
    status: f.status,
    patch: f.patch,
  }));
}
