import { describe, expect, it } from "@jest/globals";
import { configFromAnswer } from "../../src/app/github-source/review-query.js";
import { loadConfig } from "../../src/app/load-config.js";
import { detectors } from "../../src/engine/registry.js";

/** Probot's own config read, counted: it must run only where the query's texts are not enough. */
function probot(result: unknown = { from: "probot" }) {
  const calls: number[] = [];
  return { calls, readConfig: async () => (calls.push(1), result) };
}

describe("configFromAnswer (Probot's rule from the query's texts)", () => {
  it("takes the repository's own file over the organisation's", async () => {
    const p = probot();
    expect(
      await configFromAnswer({ own: "limits:\n  files: 10\n", org: "limits:\n  files: 99\n" }, p.readConfig)(),
    ).toEqual({ limits: { files: 10 } });
    expect(p.calls).toHaveLength(0);
  });

  it("uses the organisation's `.github` file when the repository has none", async () => {
    const p = probot();
    expect(await configFromAnswer({ own: null, org: "labels:\n  abi: breaks-abi\n" }, p.readConfig)()).toEqual({
      labels: { abi: "breaks-abi" },
    });
    expect(p.calls).toHaveLength(0);
  });

  it("is null when neither exists, and for an empty file", async () => {
    const p = probot();
    expect(await configFromAnswer({ own: null, org: null }, p.readConfig)()).toBeNull();
    expect(await configFromAnswer({ own: "", org: "limits:\n  files: 99\n" }, p.readConfig)()).toBeNull();
    expect(await configFromAnswer({ own: "# only a comment\n", org: null }, p.readConfig)()).toBeNull();
    expect(p.calls).toHaveLength(0);
  });

  it("reads the Probot way when a file `_extends` another (own or org) or was truncated", async () => {
    for (const texts of [
      { own: "_extends: shared-config\nlimits:\n  files: 5\n", org: null },
      { own: null, org: "_extends: other-org/.github\n" },
      { own: "unreadable" as const, org: "limits:\n  files: 99\n" },
      { own: null, org: "unreadable" as const },
    ]) {
      const p = probot({ merged: true });
      expect(await configFromAnswer(texts, p.readConfig)()).toEqual({ merged: true });
      expect(p.calls).toHaveLength(1);
    }
  });

  it("throws on a YAML syntax error, which loadConfig turns into a failure naming the file", async () => {
    const p = probot();
    const read = configFromAnswer({ own: "limits:\n  files: [10\n", org: null }, p.readConfig);
    await expect(read()).rejects.toThrow();
    const loaded = await loadConfig(read, detectors, async () => "limits:\n  files: [10\n");
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.review.conclusion).toBe("failure");
    expect(loaded.review.failure?.reason).toMatch(/^\.github\/impactgate\.yml could not be read: /);
    expect(loaded.review.failure?.hint).toContain("default branch");
    expect(p.calls).toHaveLength(0);
  });

  it("hands a valid org file to loadConfig like an own one", async () => {
    const loaded = await loadConfig(
      configFromAnswer({ own: null, org: "limits:\n  files: 7\n" }, probot().readConfig),
      detectors,
    );
    expect(loaded.ok && loaded.config.limits.files).toBe(7);
  });
});
