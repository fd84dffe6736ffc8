// @ts-check
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * A RepoStore (see bench/fake-github/memory-store.js) backed by real git repositories on disk:
 * commits are real commits, trees are read back with `git ls-tree` + `git cat-file --batch`.
 */
export function gitStore(root) {
  /** @type {Map<string, { dir: string, pulls: import("../fake-github/memory-store.js").PullData[] }>} */
  const repos = new Map();
  /** @type {Map<string, Record<string, string>>} */
  const trees = new Map();
  const git = (dir, args, input) =>
    execFileSync("git", args, {
      cwd: dir,
      input,
      maxBuffer: 1 << 30,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "bench",
        GIT_AUTHOR_EMAIL: "bench@example.com",
        GIT_COMMITTER_NAME: "bench",
        GIT_COMMITTER_EMAIL: "bench@example.com",
      },
    });

  /** Writes files (null = delete) and commits them; returns the commit sha. */
  const commit = (dir, files, message) => {
    for (const [path, text] of Object.entries(files)) {
      const file = join(dir, path);
      if (text === null) rmSync(file, { force: true });
      else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
    }
    git(dir, ["add", "-A"]);
    git(dir, ["commit", "-q", "--allow-empty", "-m", message]);
    return git(dir, ["rev-parse", "HEAD"]).toString().trim();
  };

  return {
    /**
     * A repository with a base commit on main and one branch + commit per pull request.
     * @param {string} owner @param {string} name @param {Record<string, string>} base
     * @param {{ number: number, title: string, body: string, files: Record<string, string | null> }[]} pulls
     */
    createRepo(owner, name, base, pulls) {
      const dir = join(root, owner, name);
      mkdirSync(dir, { recursive: true });
      git(dir, ["init", "-q", "-b", "main"]);
      const baseSha = commit(dir, base, "base");
      const data = pulls.map((p) => {
        git(dir, ["checkout", "-q", "-b", `pr-${p.number}`, "main"]);
        const headSha = commit(dir, p.files, p.title);
        git(dir, ["checkout", "-q", "main"]);
        return {
          number: p.number,
          title: p.title,
          body: p.body,
          base: { ref: "main", sha: baseSha },
          head: { ref: `pr-${p.number}`, sha: headSha },
          labels: [],
        };
      });
      repos.set(`${owner}/${name}`, { dir, pulls: data });
      return data;
    },
    async repository(owner, repo) {
      const r = repos.get(`${owner}/${repo}`);
      if (!r) return undefined;
      return {
        defaultBranch: "main",
        headOf: (branch) => {
          try {
            return git(r.dir, ["rev-parse", branch]).toString().trim();
          } catch {
            return undefined;
          }
        },
      };
    },
    async tree(owner, repo, sha) {
      const r = repos.get(`${owner}/${repo}`);
      if (!r) return undefined;
      const cached = trees.get(sha);
      if (cached) return cached;
      let listing;
      try {
        listing = git(r.dir, ["ls-tree", "-r", "-z", sha]).toString().split("\0").filter(Boolean);
      } catch {
        return undefined;
      }
      const entries = listing.map((line) => {
        const [meta, path] = line.split("\t");
        return { blob: meta.split(" ")[2], path };
      });
      const out = git(r.dir, ["cat-file", "--batch"], entries.map((e) => e.blob).join("\n") + "\n");
      /** @type {Record<string, string>} */
      const files = {};
      let at = 0;
      for (const e of entries) {
        const headerEnd = out.indexOf(10, at);
        const size = Number(out.subarray(at, headerEnd).toString().split(" ")[2]);
        files[e.path] = out.subarray(headerEnd + 1, headerEnd + 1 + size).toString("utf8");
        at = headerEnd + 1 + size + 1;
      }
      trees.set(sha, files);
      return files;
    },
    /** Every repository, for the installation listing the reconciler reads. */
    list() {
      return [...repos.entries()].map(([full, r]) => ({
        owner: full.split("/")[0],
        name: full.split("/")[1],
        pulls: r.pulls,
      }));
    },
    async pull(owner, repo, number) {
      return repos.get(`${owner}/${repo}`)?.pulls.find((p) => p.number === number);
    },
    async commit(owner, repo, sha) {
      const r = repos.get(`${owner}/${repo}`);
      if (!r) return undefined;
      try {
        const [line, date] = git(r.dir, ["show", "-s", "--format=%P%n%cI", `${sha}^{commit}`])
          .toString()
          .split("\n");
        return { parents: (line ?? "").split(" ").filter(Boolean), committedDate: date ?? "" };
      } catch {
        return undefined;
      }
    },
    async tags(owner, repo) {
      const r = repos.get(`${owner}/${repo}`);
      if (!r) return [];
      const lines = git(r.dir, ["for-each-ref", "--format=%(refname:short) %(*objectname) %(objectname)", "refs/tags"]);
      return lines
        .toString()
        .split("\n")
        .filter(Boolean)
        .map((l) => {
          const [name, peeled, object] = l.split(" ");
          // an annotated tag's object is the tag; `*objectname` is the commit it names
          return peeled ? { name, commit: peeled, annotation: { oid: object, message: "" } } : { name, commit: object };
        });
    },
  };
}
