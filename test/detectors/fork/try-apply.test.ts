import { describe, expect, it } from "@jest/globals";
import { hunksBetween } from "../../../src/engine/hunks.js";
import { tryApplyUpstream } from "../../../src/detectors/fork/try-apply.js";

const base = ["a", "b", "c", "d", "e", "f", "g", "h"].join("\n") + "\n";
const head = base.replace("d\n", "D\n");

describe("tryApplyUpstream", () => {
  it("applies cleanly at the same place", () => {
    expect(tryApplyUpstream(base, hunksBetween(base, head))).toEqual({ applies: true, fuzz: 0, offsets: [0] });
  });

  it("reports the offset when upstream moved the lines", () => {
    expect(tryApplyUpstream("x\ny\n" + base, hunksBetween(base, head))).toEqual({
      applies: true,
      fuzz: 0,
      offsets: [2],
    });
  });

  it("needs fuzz when a context line differs upstream", () => {
    const result = tryApplyUpstream(base.replace("b\n", "B\n"), hunksBetween(base, head));
    expect(result.applies).toBe(true);
    expect(result.fuzz).toBe(1);
    expect(result.offsets).toEqual([undefined]);
  });

  it("conflicts when upstream changed the removed line", () => {
    expect(tryApplyUpstream(base.replace("d\n", "d2\n"), hunksBetween(base, head)).applies).toBe(false);
  });
});

describe("upstream rules without file contents (the source skipped them)", () => {
  it("a modified file upstream lacks is still reported: unknown contents are not a sync", async () => {
    const { upstreamFileRules } = await import("../../../src/detectors/fork/upstream-rules.js");
    const { defaultConfig } = await import("../../../src/config/defaults.js");
    const pair = {
      path: "net/a.c",
      status: "modified" as const,
      before: null,
      after: null,
      hunks: hunksBetween("a\n", "b\n"),
      skipped: "no detector applies",
    };
    const cs = {
      repo: { owner: "o", name: "r" },
      base: { ref: "main", sha: "1" },
      head: { ref: "f", sha: "2" },
      title: "",
      body: "",
      files: [pair],
      upstream: { repo: "up/r", branch: "main", files: { "net/a.c": null } },
    };
    const { findings, tally } = upstreamFileRules(cs, defaultConfig(), () => {});
    expect(findings.map((f) => f.ruleId)).toEqual(["fork/upstream-file-modified"]);
    expect(findings[0].message).toContain("+1 −1 lines; up/r@main does not have this file");
    expect(tally).toEqual({ files: 1, added: 1, removed: 1 });
  });
});
