import { describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { localUpstream } from "../../src/cli/upstream.js";
import { localWorkspace } from "../../src/cli/workspace.js";
import { buildLocalChangeSet } from "../../src/cli/local-source.js";
import { review } from "../../src/engine/review.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { makeGitRepo } from "../helpers/git-repo.js";
import { captureIo } from "../helpers/capture.js";
import { main } from "../../src/cli/main.js";

const SOCKET =
  '#include "socket.h"\n\nint sock_open(int family)\n{\n\tif (family < 0)\n\t\treturn -1;\n\treturn family;\n}\n';

/** An upstream repository and a fork cloned from it with the remote named `upstream`. */
function forkWithUpstream() {
  const up = makeGitRepo();
  up.commit("initial", {
    "net/socket.c": SOCKET,
    "lib/sync.c": "int synced = 1;\n",
    "package.json": '{ "workspaces": ["packages/*"] }\n',
    "packages/core/package.json": '{ "name": "core" }\n',
    "packages/app/package.json": '{ "name": "app", "dependencies": { "core": "*" } }\n',
  });
  const dir = join(mkdtempSync(join(tmpdir(), "impactgate-fork-")), "fork");
  execFileSync("git", ["clone", "-q", "-o", "upstream", up.dir, dir]);
  const fork = { dir, git: (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" }).trim() };
  fork.git("config", "user.email", "dev@example.com");
  fork.git("config", "user.name", "Dev");
  return { up, fork };
}

describe("impactgate check reads the upstream from a git remote", () => {
  it("divergence counts, upstream file contents, and the fork rules on a real local range", async () => {
    const { up, fork } = forkWithUpstream();
    // upstream moves on: a licence header pushes the code 2 lines down (fork is 1 behind)
    up.commit("licence header", { "net/socket.c": "/* SPDX-License-Identifier: GPL-2.0 */\n/* header */\n" + SOCKET });
    fork.git("fetch", "-q", "upstream");
    // the fork's own commit on main (1 ahead), then a feature branch with the change under review
    const write = (path: string, text: string) =>
      execFileSync("sh", ["-c", `mkdir -p "$(dirname "${path}")" && cat > "${path}"`], { cwd: fork.dir, input: text });
    write("acme/branding.txt", "Acme\n");
    fork.git("add", "-A");
    fork.git("commit", "-q", "-m", "branding");
    const base = fork.git("rev-parse", "HEAD");
    fork.git("checkout", "-q", "-b", "feature");
    write("net/socket.c", SOCKET.replace("if (family < 0)", "if (family < 0 || family > 64)"));
    write("acme/branding.txt", "Acme 2\n");
    write("vendor/zlib/inflate.c", "int window = 15;\n");
    fork.git("add", "-A");
    fork.git("commit", "-q", "-m", "bound family");

    const config = { ...defaultConfig(), fork: { ...defaultConfig().fork, "local-paths": ["acme/**"] } };
    const cs = buildLocalChangeSet({ repo: fork.dir, base, head: "feature", body: "", config });
    const upstream = localUpstream({ repoDir: fork.dir, config, files: cs.files, forkRef: base });
    expect(upstream).toMatchObject({ repo: "upstream", branch: "main", ahead: 1, behind: 1 });
    expect(Object.keys(upstream!.files)).toEqual(["net/socket.c"]);

    const result = await review({ ...cs, upstream, workspace: localWorkspace(fork.dir, base, config) }, config);
    const fork_ = result.findings.filter((f) => f.category === "fork").map((f) => `${f.ruleId} ${f.path}`);
    expect(fork_).toEqual([
      "fork/applies-upstream net/socket.c",
      "fork/upstream-file-modified net/socket.c",
      "fork/vendored-code-modified vendor/zlib/inflate.c",
    ]);
    expect(result.findings.find((f) => f.ruleId === "fork/applies-upstream")!.message).toContain(
      "upstream@main (hunk 1 at offset +2 lines)",
    );
    expect(result.sections.find((s) => s.title === "Fork divergence")!.markdown).toContain(
      "**1** commit ahead of and **1** behind upstream `upstream` (`main`)",
    );
  });

  it("no such remote: no upstream; the workspace still comes from ls-tree + git show", () => {
    const repo = makeGitRepo();
    const sha = repo.commit("initial", {
      "package.json": '{ "workspaces": ["packages/*"] }\n',
      "packages/a/package.json": '{ "name": "a" }\n',
      "packages/a/index.js": "1\n",
    });
    expect(localUpstream({ repoDir: repo.dir, config: defaultConfig(), files: [], forkRef: sha })).toBeUndefined();
    expect(localWorkspace(repo.dir, sha)).toEqual({
      paths: ["package.json", "packages/a/index.js", "packages/a/package.json"],
      files: { "package.json": '{ "workspaces": ["packages/*"] }\n', "packages/a/package.json": '{ "name": "a" }\n' },
    });
  });

  it("`impactgate check` shows fork findings, the divergence and the package graph", async () => {
    const { up, fork } = forkWithUpstream();
    up.commit("upstream moves on", { "net/socket.c": "/* header */\n" + SOCKET, "lib/sync.c": "int synced = 2;\n" });
    fork.git("fetch", "-q", "upstream");
    const write = (path: string, text: string) =>
      execFileSync("sh", ["-c", `mkdir -p "$(dirname "${path}")" && cat > "${path}"`], { cwd: fork.dir, input: text });
    write(".github/impactgate.yml", 'fork:\n  local-paths: [".github/**", "packages/**"]\n');
    fork.git("add", "-A");
    fork.git("commit", "-q", "-m", "config");
    fork.git("checkout", "-q", "-b", "feature");
    write("net/socket.c", SOCKET.replace("return family;", "return family & 0xff;"));
    write("packages/core/index.js", "export const v = 2;\n");
    write("packages/app/index.js", "export const w = 2;\n");
    write("lib/sync.c", "int synced = 2;\n"); // takes upstream's version: a sync, not divergence
    fork.git("add", "-A");
    fork.git("commit", "-q", "-m", "change");

    const json = captureIo();
    expect(
      await main(["check", "--repo", fork.dir, "--base", "main", "--head", "feature", "--format", "json"], json.io),
    ).toBe(1);
    const ids = JSON.parse(json.stdout()).findings.map(
      (f: { ruleId: string; path: string }) => `${f.ruleId} ${f.path}`,
    );
    expect(ids).toEqual(
      expect.arrayContaining([
        "fork/upstream-file-modified net/socket.c",
        "fork/applies-upstream net/socket.c",
        "packages/coordinated-change packages/core/index.js",
      ]),
    );
    expect(ids.filter((id: string) => id.includes("lib/sync.c"))).toEqual([]);

    const md = captureIo();
    await main(["check", "--repo", fork.dir, "--base", "main", "--head", "feature", "--format", "markdown"], md.io);
    expect(md.stdout()).toContain("**1** commit ahead of and **1** behind upstream `upstream` (`main`)");
    expect(md.stdout()).toContain("```mermaid");
  });
});
