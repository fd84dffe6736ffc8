import { describe, expect, it } from "@jest/globals";
import { renderCheckRun } from "../../src/render/check-run.js";
import { COMMENT_MARKER, renderComment } from "../../src/render/comment.js";
import { renderJson } from "../../src/render/json.js";
import { renderText } from "../../src/render/text.js";
import { truncateMarkdown } from "../../src/render/blocks.js";
import { failedReview } from "../../src/engine/failed-review.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { sampleReview } from "./sample-review.js";
import type { Finding } from "../../src/engine/types.js";

const config = defaultConfig();

describe("check run output", () => {
  it("titles a blocked review by the missing statement and counts breaking changes", () => {
    const out = renderCheckRun(sampleReview(), { config });
    expect(out.title).toBe("ABI impact not stated — 3 breaking changes");
    expect(out.annotations.map((a) => a.annotation_level)).toEqual(["failure", "failure", "notice", "failure"]);
    expect(out.summary).toMatchSnapshot();
  });

  it("keeps the summary under GitHub's limit and says it was truncated", () => {
    const many: Finding[] = Array.from({ length: 3000 }, (_, i) => ({
      ruleId: "c/field-removed",
      category: "abi",
      severity: "error",
      path: `include/h${i}.h`,
      line: i + 1,
      message: "x".repeat(200),
    }));
    const out = renderCheckRun(
      sampleReview({ findings: many, sections: [{ title: "big", markdown: "y\n".repeat(40_000) }] }),
      { config },
    );
    expect(out.summary.length).toBeLessThanOrEqual(65_535);
    expect(out.summary).toContain("truncated");
    expect(out.annotations).toHaveLength(3000);
  });

  it("explains a failure with the reason and a hint, without annotations", () => {
    const out = renderCheckRun(
      failedReview(
        "Invalid configuration: `limits.files` must be a number",
        "Fix .github/impactgate.yml on the default branch.",
      ),
      { config },
    );
    expect(out.title).toContain("could not review");
    expect(out.summary).toContain("limits.files");
    expect(out.annotations).toEqual([]);
  });
});

describe("sticky comment", () => {
  it("carries the marker, the findings and a paste-ready template for the missing statement only", () => {
    const body = renderComment(sampleReview(), { config });
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain("## ABI impact");
    expect(body).not.toContain("## Cross-package impact");
    expect(body).toMatchSnapshot();
  });

  it("says the impact is stated once nothing is missing", () => {
    const review = sampleReview({
      conclusion: "success",
      categories: {
        abi: { state: "stated", errors: 2, statement: "x" },
        "cross-package": { state: "stated", errors: 1 },
        fork: { state: "not-needed", errors: 0 },
      },
    });
    const body = renderComment(review, { config });
    expect(body).toContain("impact stated");
    expect(body).not.toContain("Paste this");
  });
});

describe("json and text", () => {
  it("json follows the version 1 contract", () => {
    const json = renderJson(sampleReview());
    expect(Object.keys(json)).toEqual(["version", "findings", "statements", "conclusion"]);
    expect(json.statements).toEqual({ abi: "missing", "cross-package": "stated", fork: "not-needed" });
    expect(Object.keys(json.findings[0])).toEqual([
      "ruleId",
      "category",
      "severity",
      "path",
      "line",
      "symbol",
      "message",
    ]);
  });

  it("text lists each finding and ends with the verdict", () => {
    const text = renderText(sampleReview(), config);
    expect(text).toMatchSnapshot();
  });

  it("truncates on a line boundary", () => {
    const out = truncateMarkdown("a\n".repeat(100), 120);
    expect(out.length).toBeLessThanOrEqual(120);
    expect(out).toContain("truncated");
  });
});

describe("title of an incomplete review", () => {
  it("says how much was not reviewed, even when nothing was found", () => {
    const review = sampleReview({
      conclusion: "success",
      findings: [],
      categories: {
        abi: { state: "not-needed", errors: 0 },
        "cross-package": { state: "not-needed", errors: 0 },
        fork: { state: "not-needed", errors: 0 },
      },
      notReviewed: [
        { path: "(file list)", reason: "listed by diffing trees" },
        { path: "a.h", reason: "binary file" },
      ],
    });
    expect(renderCheckRun(review, { config }).title).toBe("No interface impact found (2 items not reviewed)");
  });
});
