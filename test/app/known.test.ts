import { gzipSync } from "node:zlib";
import { describe, expect, test } from "@jest/globals";
import { decodeKnown, encodeKnown, KNOWN_MARKER, reviewFromKnown } from "../../src/app/known/known-findings.js";
import { createReviewCache } from "../../src/app/known/review-cache.js";
import { defaultConfig } from "../../src/config/defaults.js";
import type { KnownFindings } from "../../src/app/known/known-findings.js";

const known: KnownFindings = {
  headSha: "a".repeat(40),
  configHash: "0123456789abcdef",
  findings: [
    {
      ruleId: "interface/changed",
      category: "abi",
      severity: "error",
      path: "include/x.h",
      line: 3,
      message: "Interface file changed: include/x.h -->",
    },
  ],
  sections: [],
  notReviewed: [],
};

describe("known findings", () => {
  const where = { owner: "o", repo: "r" };

  test("survive the round trip through a check run's text, even with `-->` in a message", () => {
    const text = `${encodeKnown(known, where)}\n\nSome visible text.`;
    expect(text.match(/-->/g)).toHaveLength(1); // the record cannot end its own comment early
    expect(decodeKnown(text, where)).toEqual(known);
  });

  test("a damaged, absent, misplaced, foreign or unsealed record is simply unknown", () => {
    expect(decodeKnown(undefined, where)).toBeUndefined();
    expect(decodeKnown("no record here", where)).toBeUndefined();
    expect(decodeKnown(`${KNOWN_MARKER}not-base64-gzip 00 -->`, where)).toBeUndefined();
    expect(decodeKnown(`Visible text first.\n\n${encodeKnown(known, where)}`, where)).toBeUndefined();
    expect(decodeKnown(encodeKnown(known, where), { owner: "o", repo: "other" })).toBeUndefined();
    // the v1 record (gzip + base64, no seal) anyone could write is no longer read
    const v1 = `<!-- impactgate:known v1 ${gzipSync(JSON.stringify(known)).toString("base64")} -->`;
    expect(decodeKnown(v1, where)).toBeUndefined();
  });

  test("statements are re-evaluated against them: none → contradicted, a statement → success", () => {
    const config = defaultConfig();
    expect(reviewFromKnown(known, { body: "", config }).categories.abi.state).toBe("missing");
    expect(reviewFromKnown(known, { body: "ABI-Impact: none", config }).categories.abi.state).toBe("contradicted");
    const stated = reviewFromKnown(known, { body: "## ABI impact\n\nx.h grows; rebuild plugins.", config });
    expect(stated).toMatchObject({ conclusion: "success", findings: known.findings });
  });

  test("the LRU keeps the most recently used entries", () => {
    const cache = createReviewCache(2);
    cache.set("a", { checkRunId: 1 });
    cache.set("b", { checkRunId: 2 });
    cache.get("a");
    cache.set("c", { checkRunId: 3 });
    expect([cache.get("a")?.checkRunId, cache.get("b"), cache.get("c")?.checkRunId]).toEqual([1, undefined, 3]);
  });
});
