import { describe, expect, it } from "@jest/globals";
import { review } from "../../src/engine/review.js";
import { changeSetFromTrees } from "../../src/engine/from-trees.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { defineDetector } from "../../src/engine/define-detector.js";
import { interfaceDetector } from "../../src/detectors/interface/index.js";
import { fingerprint } from "../../src/engine/fingerprint.js";
import type { Config } from "../../src/config/types.js";

const only = [interfaceDetector];
const before = { "include/x.h": "int a;\n", "src/main.c": "int main;\n", "api/x.proto": "syntax='proto3';\n" };
const after = { "include/x.h": "int b;\n", "src/main.c": "int main2;\n", "api/x.proto": "syntax='proto3';\n" };

function cs(body = "", trees: { before: Record<string, string>; after: Record<string, string> } = { before, after }) {
  return changeSetFromTrees({ ...trees, body });
}

function withConfig(patch: (c: Config) => void): Config {
  const c = defaultConfig();
  patch(c);
  return c;
}

describe("engine review", () => {
  it("flags a changed interface file at its first changed line and blocks without a statement", async () => {
    const r = await review(cs(), defaultConfig(), { detectors: only });
    expect(r.findings).toEqual([
      {
        ruleId: "interface/changed",
        category: "abi",
        severity: "error",
        path: "include/x.h",
        line: 1,
        message: "Interface file changed: include/x.h",
      },
    ]);
    expect(r.categories.abi.state).toBe("missing");
    expect(r.conclusion).toBe("action_required");
  });

  it("passes once the ABI impact is stated", async () => {
    const r = await review(cs("## ABI impact\nx.h renames a to b; rebuild.\n"), defaultConfig(), { detectors: only });
    expect(r.categories.abi).toMatchObject({ state: "stated", errors: 1 });
    expect(r.conclusion).toBe("success");
  });

  it("treats 'none' against an error finding as contradicted", async () => {
    const r = await review(cs("ABI-Impact: none"), defaultConfig(), { detectors: only });
    expect(r.categories.abi.state).toBe("contradicted");
    expect(r.conclusion).toBe("action_required");
  });

  it("accepts 'none' when there is nothing breaking", async () => {
    const r = await review(cs("ABI-Impact: none", { before: { "a.c": "1" }, after: { "a.c": "2" } }), defaultConfig(), {
      detectors: only,
    });
    expect(r.categories.abi.state).toBe("stated");
    expect(r.conclusion).toBe("success");
  });

  it("applies rule levels: warning needs no statement, off drops, wildcard works", async () => {
    const warn = await review(
      cs(),
      withConfig((c) => (c.rules["interface/changed"] = "warning")),
      { detectors: only },
    );
    expect(warn.findings[0].severity).toBe("warning");
    expect(warn.conclusion).toBe("success");
    const off = await review(
      cs(),
      withConfig((c) => (c.rules["interface/*"] = "off")),
      { detectors: only },
    );
    expect(off.findings).toEqual([]);
  });

  it("honours interfaces.exclude and paths.exclude", async () => {
    const ex = await review(
      cs(),
      withConfig((c) => (c.interfaces.exclude = ["include/**"])),
      { detectors: only },
    );
    expect(ex.findings).toEqual([]);
    const px = await review(
      cs(),
      withConfig((c) => (c.paths.exclude = ["include/x.h"])),
      { detectors: only },
    );
    expect(px.findings).toEqual([]);
  });

  it("lets a semantic detector that understood the file replace the generic finding", async () => {
    const semantic = defineDetector({
      id: "fake",
      title: "fake",
      appliesTo: (p) => p.endsWith(".h"),
      analyze: (pair) => ({
        parsed: true,
        findings: [
          { ruleId: "fake/thing", category: "abi", severity: "notice", path: pair.path, line: 1, message: "added" },
        ],
      }),
    });
    const r = await review(cs(), defaultConfig(), { detectors: [interfaceDetector, semantic] });
    expect(r.findings.map((f) => f.ruleId)).toEqual(["fake/thing"]);
    expect(r.conclusion).toBe("success");
  });

  it("keeps the generic finding and says why when a detector throws or runs out of time", async () => {
    const broken = defineDetector({
      id: "broken",
      title: "broken",
      appliesTo: () => true,
      analyze: () => {
        throw new Error("boom");
      },
    });
    const slow = defineDetector({
      id: "slow",
      title: "slow",
      appliesTo: (p) => p.endsWith(".h"),
      analyze: (_pair, ctx) => {
        for (;;) ctx.checkBudget();
      },
    });
    const config = withConfig((c) => (c.limits["file-time-ms"] = 5));
    const r = await review(cs(), config, { detectors: [interfaceDetector, broken, slow] });
    const ids = r.findings
      .filter((f) => f.path === "include/x.h")
      .map((f) => f.ruleId)
      .sort();
    expect(ids).toEqual(["engine/budget-exceeded", "engine/detector-failed", "interface/changed"]);
    expect(r.conclusion).toBe("action_required");
  });

  it("acknowledgements cover the findings they saw and lapse on a new error finding", async () => {
    const first = await review(cs(), defaultConfig(), { detectors: only });
    const ack = {
      category: "abi" as const,
      by: "maint",
      at: "2026-11-22T00:00:00Z",
      reason: "known",
      fingerprints: first.findings.map(fingerprint),
    };
    const acked = await review({ ...cs(), acknowledgements: [ack] }, defaultConfig(), { detectors: only });
    expect(acked.categories.abi.state).toBe("acknowledged");
    expect(acked.conclusion).toBe("success");
    const more = changeSetFromTrees({
      before: { ...before, "include/y.h": "1" },
      after: { ...after, "include/y.h": "2" },
    });
    const lapsed = await review({ ...more, acknowledgements: [ack] }, defaultConfig(), { detectors: only });
    expect(lapsed.categories.abi.state).toBe("missing");
  });

  it("lists skipped files as not reviewed but still flags them as interface changes", async () => {
    const set = cs();
    set.files[0] = { ...set.files[0], skipped: "binary file", before: null, after: null };
    const r = await review(set, defaultConfig(), { detectors: only });
    expect(r.notReviewed).toEqual([{ path: set.files[0].path, reason: "binary file" }]);
    expect(r.findings.some((f) => f.path === set.files[0].path)).toBe(true);
  });
});
