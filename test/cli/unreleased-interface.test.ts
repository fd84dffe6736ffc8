import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { main } from "../../src/cli/main.js";
import { captureIo } from "../helpers/capture.js";
import { makeGitRepo } from "../helpers/git-repo.js";
import type { JsonReport } from "../../src/render/json.js";

const header = (functions: string[]) =>
  `#ifndef LIB_H\n#define LIB_H\n\n${functions.map((f) => `int ${f}(void);\n`).join("")}\n#endif\n`;

/**
 * v1.2.3 has `lib_get()`; `lib_size()` was added on main after it. Branch `rename` renames the
 * unreleased function, branch `remove` removes the released one. Commit dates are set, one day
 * apart, so which tag is the newest never depends on how fast the test runs.
 */
function repository() {
  const repo = makeGitRepo();
  let day = 0;
  const commit = (message: string, files: Record<string, string>) => {
    repo.write(files);
    repo.git("add", "-A");
    const date = `2024-01-${String(++day).padStart(2, "0")}T12:00:00Z`;
    execFileSync("git", ["commit", "-q", "-m", message], {
      cwd: repo.dir,
      env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
    });
  };
  commit("release", { "include/lib.h": header(["lib_get"]), "src/lib.c": "int lib_get(void) { return 1; }\n" });
  repo.git("tag", "v1.2.3");
  commit("add lib_size (unreleased)", { "include/lib.h": header(["lib_get", "lib_size"]) });
  repo.git("checkout", "-q", "-b", "rename");
  commit("rename lib_size to lib_sizeof", { "include/lib.h": header(["lib_get", "lib_sizeof"]) });
  repo.git("checkout", "-q", "-b", "remove", "main");
  commit("remove lib_get", { "include/lib.h": header(["lib_size"]) });
  repo.git("checkout", "-q", "main");
  return { ...repo, commit };
}

async function check(dir: string, head: string, format: "json" | "markdown", ...extra: string[]) {
  const c = captureIo();
  const code = await main(
    ["check", "--repo", dir, "--base", "main", "--head", head, "--format", format, ...extra],
    c.io,
  );
  return { code, out: c.stdout(), stderr: c.stderr() };
}
const json = async (dir: string, head: string, ...extra: string[]) => {
  const { code, out } = await check(dir, head, "json", ...extra);
  return { code, report: JSON.parse(out) as JsonReport };
};

describe("impactgate check: errors on interface no release has (compare.unreleased, a repository with tags)", () => {
  let dir: string;
  beforeAll(() => {
    dir = repository().dir;
  });

  it("renaming a function added after v1.2.3 is a notice that says so, and does not block", async () => {
    const { code, report } = await json(dir, "rename");
    expect(code).toBe(0);
    expect(report.conclusion).toBe("success");
    const removed = report.findings.find((f) => f.ruleId === "c/function-removed");
    expect(removed).toMatchObject({ severity: "notice", symbol: "lib_size()" });
    expect(removed!.message).toMatch(
      /^`lib_size` was added after v1\.2\.3 and no release has it: Function `lib_size\(\)`/,
    );
    const md = await check(dir, "rename", "markdown");
    expect(md.out).toContain("Compared with **v1.2.3**");
    expect(md.out).toContain("for interface no release has");
  });

  it("removing a function v1.2.3 has stays an error, and the report says it was checked", async () => {
    const { code, report } = await json(dir, "remove");
    expect(code).toBe(1);
    expect(report.findings.find((f) => f.ruleId === "c/function-removed")).toMatchObject({
      severity: "error",
      symbol: "lib_get()",
    });
    expect((await check(dir, "remove", "markdown")).out).toContain("1 error is on interface v1.2.3 has: it stands.");
  });

  it("compare.unreleased: error keeps the error; --against last-release judges as before", async () => {
    const file = join(dir, "..", `impactgate-unreleased-${process.pid}.yml`);
    writeFileSync(file, "compare:\n  unreleased: error\n");
    const strict = await json(dir, "rename", "--config", file);
    expect(strict.code).toBe(1);
    expect(strict.report.findings.find((f) => f.ruleId === "c/function-removed")!.severity).toBe("error");
    const release = await json(dir, "rename", "--against", "last-release");
    // against v1.2.3 the rename only adds a function: nothing to state
    expect(release.code).toBe(0);
    expect(release.report.findings.filter((f) => f.ruleId === "c/function-removed")).toEqual([]);
  });

  it("without a matching tag the error stands and the report says why the check was not done", async () => {
    const untagged = repository();
    untagged.git("tag", "-d", "v1.2.3");
    const { code, out } = await check(untagged.dir, "rename", "markdown");
    expect(code).toBe(1);
    expect(out).toContain(
      "The merge base; the errors were not checked for interface no release has: no tag matching `v*` (`compare.tags`) is reachable from `main`.",
    );
  });

  it("a newer release tagged on a release branch counts: an interface v1.3.0 has stays an error", async () => {
    const repo = repository();
    // v1.3.0 is cut on a release branch from main (lib_get and lib_size), never merged back
    repo.git("checkout", "-q", "-b", "release-1.3", "main");
    repo.commit("release 1.3", { "src/version.c": 'const char *v = "1.3.0";\n' });
    repo.git("tag", "v1.3.0");
    repo.git("checkout", "-q", "main");
    repo.commit("docs", { README: "lib\n" });
    repo.git("checkout", "-q", "-b", "rename-later");
    repo.commit("rename lib_size to lib_sizeof", { "include/lib.h": header(["lib_get", "lib_sizeof"]) });
    const { code, report } = await json(repo.dir, "rename-later");
    expect(code).toBe(1);
    expect(report.findings.find((f) => f.ruleId === "c/function-removed")!.severity).toBe("error");
    const md = await check(repo.dir, "rename-later", "markdown");
    expect(md.out).toContain("and **v1.3.0**");
    expect(md.out).toContain("on another branch");
  });

  it("a release candidate is not a release: a function only v1.3.0-rc1 had is renamed without blocking", async () => {
    const repo = repository();
    repo.git("checkout", "-q", "-b", "rc", "main");
    repo.commit("1.3.0-rc1", { "src/version.c": 'const char *v = "1.3.0-rc1";\n' });
    repo.git("tag", "v1.3.0-rc1");
    repo.git("checkout", "-q", "main");
    repo.commit("merge the rc's version file", { "src/version.c": 'const char *v = "1.3.0-rc1";\n' });
    repo.git("checkout", "-q", "-b", "rename-after-rc");
    repo.commit("rename lib_size to lib_sizeof", { "include/lib.h": header(["lib_get", "lib_sizeof"]) });
    const { code } = await json(repo.dir, "rename-after-rc");
    expect(code).toBe(0);
  });
});
