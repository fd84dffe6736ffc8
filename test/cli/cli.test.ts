import { describe, expect, it } from "@jest/globals";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { captureIo } from "../helpers/capture.js";
import { makeGitRepo } from "../helpers/git-repo.js";

const HEADER_V1 = "#ifndef A_H\n#define A_H\nstruct point { int x; int y; };\nint area(struct point *p);\n#endif\n";
const HEADER_V2 =
  "#ifndef A_H\n#define A_H\nstruct point { int x; long z; int y; };\nint area(struct point *p);\n#endif\n";

async function run(argv: string[]) {
  const c = captureIo();
  const code = await main(argv, c.io);
  return { code, out: c.stdout(), err: c.stderr() };
}

/** A repository whose default branch holds `base` (plus the v1 header), checked out on a new branch. */
function repoWithBranch(base: Record<string, string> = {}) {
  const repo = makeGitRepo();
  repo.commit("initial", { "include/a.h": HEADER_V1, README: "hello\n", ...base });
  repo.git("checkout", "-q", "-b", "feature");
  return repo;
}

describe("impactgate check", () => {
  it("exits 1 with action_required when a header change has no statement", async () => {
    const repo = repoWithBranch();
    repo.commit("change the point struct", { "include/a.h": HEADER_V2 });
    const { code, out } = await run(["check", "--repo", repo.dir, "--format", "json"]);
    const json = JSON.parse(out);
    expect(code).toBe(1);
    expect(json.conclusion).toBe("action_required");
    expect(json.statements.abi).toBe("missing");
    expect(json.findings.length).toBeGreaterThan(0);
    expect(json.findings.every((f: { path: string }) => f.path === "include/a.h")).toBe(true);
  });

  it("counts an ABI-Impact trailer in a commit message of the range", async () => {
    const repo = repoWithBranch();
    repo.commit("change the point struct\n\nABI-Impact: struct point grows; all users must rebuild.", {
      "include/a.h": HEADER_V2,
    });
    const { code, out } = await run(["check", "--repo", repo.dir, "--format", "json"]);
    expect(JSON.parse(out).statements.abi).toBe("stated");
    expect(code).toBe(0);
  });

  it("takes the description from --body and the config from .github/impactgate.yml on the base", async () => {
    const repo = repoWithBranch({ ".github/impactgate.yml": "statements:\n  abi: Interface change\n" });
    repo.commit("x", { "include/a.h": HEADER_V2 });
    const body = join(repo.dir, "body.md");
    writeFileSync(body, "## Interface change\nRebuild everything.\n");
    expect((await run(["check", "--repo", repo.dir, "--body", body])).code).toBe(0);
  });

  it("exits 0 when nothing interface-like changed", async () => {
    const repo = repoWithBranch();
    repo.commit("docs", { README: "hello world\n" });
    const { code, out } = await run(["check", "--repo", repo.dir]);
    expect(code).toBe(0);
    expect(out).toContain("success");
  });

  it("exits 2 with key paths on an invalid config", async () => {
    const repo = repoWithBranch({ ".github/impactgate.yml": "limits:\n  files: many\n" });
    repo.commit("x", { "include/a.h": HEADER_V2 });
    const { code, err } = await run(["check", "--repo", repo.dir]);
    expect(code).toBe(2);
    expect(err).toContain("limits.files");
  });

  // Issue 11, item 10: the config came from the working tree, so a pull request checked in CI
  // could switch its own gate off.
  it("ignores a config the branch itself adds or loosens (the base's config rules)", async () => {
    const repo = repoWithBranch();
    const off = 'paths:\n  exclude: ["include/**"]\n';
    repo.commit("switch the gate off and change the struct", {
      "include/a.h": HEADER_V2,
      ".github/impactgate.yml": off,
    });
    const { code, out } = await run(["check", "--repo", repo.dir, "--format", "json"]);
    expect(code).toBe(1);
    expect(JSON.parse(out).statements.abi).toBe("missing");
    // Naming the file is the caller's explicit choice, and then it applies.
    const explicit = await run(["check", "--repo", repo.dir, "--config", join(repo.dir, ".github/impactgate.yml")]);
    expect(explicit.code).toBe(0);
  });

  it("refuses a symlinked config, on the base or named with --config", async () => {
    const linked = makeGitRepo();
    linked.commit("initial", { "include/a.h": HEADER_V1, "shared/impactgate.yml": "interfaces:\n  include: []\n" });
    mkdirSync(join(linked.dir, ".github"), { recursive: true });
    symlinkSync("../shared/impactgate.yml", join(linked.dir, ".github/impactgate.yml"));
    linked.git("add", "-A");
    linked.git("commit", "-q", "-m", "config as a link");
    linked.git("checkout", "-q", "-b", "feature");
    linked.commit("change", { "include/a.h": HEADER_V2 });
    const atBase = await run(["check", "--repo", linked.dir]);
    expect(atBase.code).toBe(2);
    expect(atBase.err).toContain("is a symbolic link");
    const named = await run(["check", "--repo", linked.dir, "--config", join(linked.dir, ".github/impactgate.yml")]);
    expect(named.code).toBe(2);
    expect(named.err).toContain("is a symbolic link");
  });

  it("refuses `_extends`, which only the app can follow, instead of dropping it", async () => {
    const repo = repoWithBranch({ ".github/impactgate.yml": "_extends: .github\n" });
    repo.commit("x", { "include/a.h": HEADER_V2 });
    const { code, err } = await run(["check", "--repo", repo.dir]);
    expect(code).toBe(2);
    expect(err).toContain("`_extends` cannot be followed");
  });

  it("exits 2 on a bad ref, outside a repository, and on usage errors", async () => {
    const repo = repoWithBranch();
    expect((await run(["check", "--repo", repo.dir, "--base", "no-such-ref"])).code).toBe(2);
    expect((await run(["check", "--repo", "/"])).code).toBe(2);
    const usage = await run(["diff", "only-one"]);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("Usage:");
    expect((await run(["frobnicate"])).code).toBe(2);
  });

  it("reviews the rest when git cannot read one file of the range, and says which it skipped", async () => {
    const repo = repoWithBranch({ "include/b.h": "int keep(void);\n" });
    repo.commit("change the struct, add test data, change b.h", {
      "include/a.h": HEADER_V2,
      "testdata/big.xml": "<a/>\n",
      "include/b.h": "int keep(void);\nint more(void);\n",
    });
    // A partial clone without that blob: `git diff` of the whole range fails on it.
    const blob = repo.git("rev-parse", "HEAD:testdata/big.xml");
    rmSync(join(repo.dir, ".git", "objects", blob.slice(0, 2), blob.slice(2)));
    const text = await run(["check", "--repo", repo.dir, "--format", "text"]);
    expect(text.code).toBe(1);
    expect(text.out).toContain("not reviewed: testdata/big.xml (git cannot read it");
    expect(text.out).toContain("include/a.h");
    const { findings } = JSON.parse((await run(["check", "--repo", repo.dir, "--format", "json"])).out);
    expect(findings.some((f: { path: string; ruleId: string }) => f.path === "include/a.h")).toBe(true);
    expect(findings.some((f: { path: string }) => f.path === "testdata/big.xml")).toBe(false);
  });
});

describe("impactgate diff", () => {
  it("reviews the bundled example and prints its findings and action_required", async () => {
    const { code, out } = await run(["diff", "examples/kvm-run/before", "examples/kvm-run/after"]);
    expect(code).toBe(1);
    expect(out).toContain("include/uapi/linux/kvm_example.h");
    expect(out).toContain("action_required");
  });

  it("accepts the example's description as the statement", async () => {
    const { code, out } = await run([
      "diff",
      "examples/kvm-run/before",
      "examples/kvm-run/after",
      "--body",
      "examples/kvm-run/description.md",
      "--format",
      "json",
    ]);
    expect(JSON.parse(out).statements.abi).toBe("stated");
    expect([0, 1]).toContain(code);
  });

  it("compares two single files as one pair", async () => {
    const { out } = await run([
      "diff",
      "examples/kvm-run/before/include/uapi/linux/kvm_example.h",
      "examples/kvm-run/after/include/uapi/linux/kvm_example.h",
      "--format",
      "json",
    ]);
    const json = JSON.parse(out);
    expect(json.findings.length).toBeGreaterThan(0);
    expect(json.findings[0].path).toBe("kvm_example.h");
  });

  it("follows symbolic links in the trees, as an installed header tree uses them, and stops at a cycle", async () => {
    const root = mkdtempSync(join(tmpdir(), "impactgate-links-"));
    try {
      for (const [side, header] of [
        ["before", HEADER_V1],
        ["after", HEADER_V2],
      ] as const) {
        // the headers live elsewhere; the tree holds links to them (file and directory links)
        mkdirSync(join(root, `${side}-store/uapi`), { recursive: true });
        writeFileSync(join(root, `${side}-store/uapi/a.h`), header);
        mkdirSync(join(root, side, "include"), { recursive: true });
        symlinkSync(join(root, `${side}-store/uapi/a.h`), join(root, side, "include/a.h"));
        symlinkSync(join(root, `${side}-store/uapi`), join(root, side, "include/linked"));
        symlinkSync(join(root, side), join(root, side, "loop"));
        symlinkSync(join(root, "nowhere.h"), join(root, side, "include/dangling.h"));
      }
      const { code, out } = await run(["diff", join(root, "before"), join(root, "after"), "--format", "json"]);
      const paths = new Set(JSON.parse(out).findings.map((f: { path: string }) => f.path));
      expect(code).toBe(1);
      expect([...paths].sort()).toEqual(["include/a.h", "include/linked/a.h"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("gives zero findings comparing a tree with itself", async () => {
    const { code, out } = await run(["diff", "examples/kvm-run/after", "examples/kvm-run/after", "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out).findings).toEqual([]);
  });
});

describe("impactgate check with manifests", () => {
  it("reads the unchanged package.json that owns a changed .d.ts, so an unbumped version is reported", async () => {
    const repo = makeGitRepo();
    repo.commit("initial", {
      "lib/package.json": '{ "name": "geo", "version": "1.2.0", "types": "index.d.ts" }\n',
      "lib/index.d.ts":
        "export declare function area(w: number, h: number): number;\nexport declare function perimeter(w: number): number;\n",
    });
    repo.git("checkout", "-q", "-b", "feature");
    repo.commit("drop perimeter", {
      "lib/index.d.ts": "export declare function area(w: number, h: number): number;\n",
    });
    const { out } = await run(["check", "--repo", repo.dir, "--format", "json"]);
    const ids = JSON.parse(out).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toContain("ts/export-removed");
    expect(ids).toContain("manifest/breaking-without-major-bump");
  });
});
