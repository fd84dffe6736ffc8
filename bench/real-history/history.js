import { execFileSync } from "node:child_process";

const git = (dir, args) =>
  execFileSync("git", args, { cwd: dir, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });

/**
 * The first-parent commits of `range` (oldest first), each with its first parent, subject and the
 * paths it changes against that parent. First-parent: in a repository that merges pull requests,
 * each merge is the pull request; in one that squashes or rebases, each commit is.
 */
export function firstParentCommits(dir, range) {
  const out = git(dir, [
    "log",
    "--first-parent",
    "-m",
    "--reverse",
    "--no-renames",
    "--name-only",
    "--format=%x00%H%x1f%P%x1f%cs%x1f%s",
    range,
  ]);
  const commits = [];
  for (const record of out.split("\0").slice(1)) {
    const [head, ...rest] = record.split("\n");
    const [sha, parents, date, subject] = head.split("\x1f");
    commits.push({
      sha,
      parent: parents.split(" ")[0] || null,
      date,
      subject,
      paths: rest.map((l) => l.trim()).filter(Boolean),
    });
  }
  return commits;
}

/** True when `ref` names a commit in the clone. */
export function hasRevision(dir, ref) {
  try {
    git(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The commit the clone's HEAD is at, to record which history was measured. */
export function headOf(dir) {
  return git(dir, ["rev-parse", "HEAD"]).trim();
}
