/**
 * `pulls.listFiles` entries between two trees, with GitHub's `patch` (hunks from the first `@@`).
 * @param {Record<string, string>} before
 * @param {Record<string, string>} after
 */
export function pullFiles(
  before: Record<string, string>,
  after: Record<string, string>,
): {
  sha: string;
  filename: string;
  status: string;
  additions: number;
  deletions: number;
  changes: number;
  patch: string;
}[];
