import { beforeAll, describe, expect, it } from "@jest/globals";
import { main } from "../../src/cli/main.js";
import { captureIo } from "../helpers/capture.js";
import { makeGitRepo } from "../helpers/git-repo.js";
import type { JsonReport } from "../../src/render/json.js";

const header = (fields: string[]) =>
  `#include <linux/types.h>\n\nstruct pkt {\n${fields.map((f) => `\t__u32 ${f};\n`).join("")}};\n\nint pkt_send(struct pkt *p);\n`;
const OTHER = "#include <linux/types.h>\n\nstruct cfg {\n\t__u32 flags;\n};\n";

/**
 * A repository with a release and an unreleased break on main: `struct pkt` was 8 bytes in v1.4.0
 * and is 12 on main (a member inserted, accepted earlier). Branch `again` changes it once more;
 * branch `unrelated` touches only another header.
 */
function repository() {
  const repo = makeGitRepo();
  repo.commit("release", { "include/pkt.h": header(["a", "b"]), "include/cfg.h": OTHER });
  repo.git("tag", "v1.4.0");
  repo.git("tag", "not-a-release"); // a tag `compare.tags` (v*) does not match
  repo.commit("pkt: insert x (unreleased)", { "include/pkt.h": header(["a", "x", "b"]) });
  repo.git("checkout", "-q", "-b", "again");
  repo.commit("pkt: append c", { "include/pkt.h": header(["a", "x", "b", "c"]) });
  repo.git("checkout", "-q", "-b", "unrelated", "main");
  repo.commit("cfg: document flags", {
    "include/cfg.h": OTHER.replace("struct cfg {", "/* configuration */\nstruct cfg {"),
  });
  return repo;
}

async function check(dir: string, head: string, ...extra: string[]) {
  const c = captureIo();
  const code = await main(
    ["check", "--repo", dir, "--base", "main", "--head", head, "--format", "json", ...extra],
    c.io,
  );
  return { code, report: JSON.parse(c.stdout()) as JsonReport, stderr: c.stderr() };
}

describe("impactgate check --against last-release (a repository with tags)", () => {
  let dir: string;
  beforeAll(() => {
    dir = repository().dir;
  });

  it("by default the second change is judged against the merge base: an appended member, 12 → 16 bytes, a warning", async () => {
    const { code, report } = await check(dir, "again");
    expect(code).toBe(0);
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([["c/field-appended", "warning"]]);
    expect(report.findings[0]!.message).toContain("12→16 bytes");
  });

  it("against the last release the same change is one break for users of v1.4.0 (8 → 16 bytes), and still blocks", async () => {
    const { code, report } = await check(dir, "again", "--against", "last-release");
    expect(code).toBe(1);
    expect(report.conclusion).toBe("action_required");
    const size = report.findings.filter((f) => f.ruleId === "c/size-changed" && f.symbol === "struct pkt");
    expect(size).toHaveLength(1); // one break, not the unreleased one plus this one
    expect(size[0]).toMatchObject({ severity: "error" });
    expect(size[0]!.message).toContain("from 8 to 16 bytes");
    // the member inserted on main is part of what users of v1.4.0 see, and this PR touches that struct
    expect(report.findings.some((f) => f.ruleId === "c/field-inserted" && f.severity === "error")).toBe(true);
    expect(report.findings.every((f) => !f.message.startsWith("Already on"))).toBe(true);
  });

  it("an unrelated pull request on the same branch is not blocked; the unreleased break is a notice naming the release", async () => {
    const { code, report } = await check(dir, "unrelated", "--against", "last-release");
    expect(code).toBe(0);
    expect(report.conclusion).toBe("success");
    expect(report.statements.abi).toBe("not-needed");
    const pkt = report.findings.filter((f) => f.symbol?.startsWith("struct pkt"));
    expect(pkt.length).toBeGreaterThan(0);
    for (const f of pkt) {
      expect(f.severity).toBe("notice");
      expect(f.message).toMatch(/^Already on `main` since v1\.4\.0: /);
    }
    // listed once: one notice per finding of the release → head review, no duplicates
    const keys = pkt.map((f) => `${f.ruleId} ${f.symbol}`);
    expect(new Set(keys).size).toBe(keys.length);
    // and against the merge base it had nothing to say about pkt at all
    const own = await check(dir, "unrelated");
    expect(own.report.findings.filter((f) => f.symbol?.startsWith("struct pkt"))).toEqual([]);
  });

  it("the report says which base was used; with no matching tag it falls back to the merge base and says so", async () => {
    const c = captureIo();
    expect(
      await main(
        [
          "check",
          "--repo",
          dir,
          "--base",
          "main",
          "--head",
          "again",
          "--against",
          "last-release",
          "--format",
          "markdown",
        ],
        c.io,
      ),
    ).toBe(1);
    expect(c.stdout()).toContain("Compared against the last release, **v1.4.0**");
    const none = repository();
    none.git("tag", "-d", "v1.4.0");
    const c2 = captureIo(); // the merge-base verdict: the appended member is a warning
    expect(
      await main(
        [
          "check",
          "--repo",
          none.dir,
          "--base",
          "main",
          "--head",
          "again",
          "--against",
          "last-release",
          "--format",
          "markdown",
        ],
        c2.io,
      ),
    ).toBe(0);
    expect(c2.stdout()).toContain(
      "The merge base, not the last release: no tag matching `v*` (`compare.tags`) is reachable from `main`.",
    );
  });

  it("--against takes merge-base or last-release only", async () => {
    const c = captureIo();
    expect(await main(["check", "--repo", dir, "--against", "yesterday"], c.io)).toBe(2);
    expect(c.stderr()).toContain("--against must be merge-base or last-release");
  });
});
