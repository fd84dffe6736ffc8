import { describe, expect, test } from "@jest/globals";
import { renderCheckRun, renderMarkdown } from "../../src/render/check-run.js";
import { DEFAULT_DOCS_URL } from "../../src/render/blocks.js";
import { renderComment } from "../../src/render/comment.js";
import { renderText } from "../../src/render/text.js";
import { code, message, plain, text } from "../../src/render/escape.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { sampleReview } from "../render/sample-review.js";
import { blockStructure, HOSTILE, injectionProblems, shownAs, visibleText } from "./inert-markdown.js";
import { DOCS_URL } from "../../src/app/gate-context.js";
import { useNock } from "../app/helpers/use-nock.js";
import { testProbot } from "../app/helpers/probot.js";
import { deliver } from "../app/helpers/deliver.js";
import { github } from "../app/helpers/github.js";
import { githubPatch, listedFile, POINT_H_AFTER, POINT_H_BEFORE } from "../app/helpers/change.js";
import { mockHeaderReview } from "../app/helpers/mock-header-review.js";
import { BASE, HEAD, opened } from "../app/ack-helpers.js";
import type { Review } from "../../src/engine/types.js";

useNock();

const config = defaultConfig();
const DOCS = [DEFAULT_DOCS_URL];

/** A review where every string a pull request controls is `s`: paths, symbols, messages, sections, skipped files, an ack. */
function reviewWith(s: string): Review {
  const base = sampleReview();
  return {
    ...base,
    findings: [
      {
        ruleId: "c/macro-value-changed",
        category: "abi",
        severity: "error",
        path: `include/${s}.h`,
        line: 3,
        symbol: s,
        message: `Macro \`N\` changes from \`1\` to \`${s}\`.`,
      },
      {
        ruleId: "c/global-removed",
        category: "abi",
        severity: "error",
        path: `include/${s}.h`,
        line: 9,
        message: `Global ${s} was removed.`,
      },
      {
        ruleId: "packages/coordinated-change",
        category: "cross-package",
        severity: "error",
        path: "packages/b/package.json",
        line: 1,
        message: "packages a and b change together",
      },
    ],
    categories: {
      abi: { state: "missing", errors: 2 },
      "cross-package": {
        state: "acknowledged",
        errors: 1,
        acknowledgement: { category: "all", by: "mona", at: "t", reason: s, fingerprints: [] },
      },
      fork: { state: "not-needed", errors: 0 },
    },
    sections: [
      { title: `Layout of struct point (include/${s}.h)`, markdown: "| field | offset |\n|---|---|\n| x | 0 |" },
    ],
    notReviewed: [{ path: `src/${s}.h`, reason: `file time budget spent on \`${s}\`` }],
  };
}

describe("output injection (issue 11, item 7): untrusted strings render as text and nothing else", () => {
  const outputs = (s: string) => {
    const review = reviewWith(s);
    return {
      comment: renderComment(review, { config }),
      summary: renderCheckRun(review, { config }).summary,
      markdown: renderMarkdown(review, { config }),
    };
  };

  for (const hostile of HOSTILE) {
    test(`${JSON.stringify(hostile)} in paths, symbols, messages, sections and reasons`, () => {
      const benign = outputs("benign");
      for (const [where, md] of Object.entries(outputs(hostile))) {
        // no HTML, link, image, mention or reference of its own; `<!--` only in our markers
        expect({ where, problems: injectionProblems(md, { allowedLinks: DOCS, allowedMentions: ["mona"] }) }).toEqual({
          where,
          problems: [],
        });
        // no new heading, list, table row or fold: the same blocks as with a benign string
        expect(blockStructure(md)).toEqual(blockStructure(benign[where as keyof typeof benign]));
        // and the reader still sees the string itself (on one line)
        expect(visibleText(md)).toContain(shownAs(hostile));
      }
    });
  }

  test("annotations (GitHub shows them as text): one-line titles, mentions and links broken, controls named", () => {
    for (const hostile of HOSTILE) {
      const { annotations, title } = renderCheckRun(reviewWith(hostile), { config });
      for (const a of annotations) {
        expect(a.title).not.toMatch(/[\n\r\u202e]/);
        expect(`${a.title}\n${a.message}`).not.toMatch(/@[A-Za-z0-9]|#[0-9]|https?:\/\/|<!--|\u202e/);
      }
      expect(title).not.toMatch(/[\n\r]/);
    }
  });

  test("the terminal gets no escape sequence from a path or a message", () => {
    const review = reviewWith("\u001b[2J\u001b]8;;http://evil\u0007x");
    const out = renderText(review, config);
    expect(out.includes("\u001b") || out.includes("\u0007")).toBe(false);
    expect(out).toContain("<U+001B>[2J");
  });
});

describe("the escaping layer", () => {
  test("code spans: the fence outgrows any backtick run, padding where the value touches a backtick", () => {
    expect(code("a`b``c")).toBe("```a`b``c```");
    expect(code("`x`")).toBe("`` `x` ``");
    expect(code("")).toBe("` `");
    expect(code("a|b", { inTable: true })).toBe("`a\\|b`");
    expect(code("<!-- x -->")).not.toContain("<!--");
  });

  test("prose: entities for <, > and &, Markdown punctuation escaped, words with underscores left readable", () => {
    expect(text("<b>&amp;</b>")).toBe("&lt;b&gt;&amp;amp;&lt;/b&gt;");
    expect(text("[x](y) *a* `c` a|b ~s~ $m$")).toBe("\\[x\\](y) \\*a\\* \\`c\\` a\\|b \\~s\\~ \\$m\\$");
    expect(text("kvm_regs _x_")).toBe("kvm_regs \\_x\\_");
    expect(text("line\nbreak\r\nand\u2028more")).toBe("line break and more");
  });

  test("messages keep the detector's code spans and escape the rest", () => {
    expect(message("Member `y` was removed from `struct point`.")).toBe("Member `y` was removed from `struct point`.");
    expect(message("Value `a` then @team and <b>")).toBe("Value `a` then @\u200dteam and &lt;b&gt;");
    expect(message("unmatched ` tick")).toBe("unmatched \\` tick");
  });

  test("plain text keeps lines when asked and never a live mention", () => {
    expect(plain("a\nb")).toBe("a b");
    expect(plain("a\n@b", { multiline: true })).toBe("a\n@\u200db");
  });
});

describe("output injection through the app: a pull request's paths and macro values in comment, summary and annotations", () => {
  const evil = "@org/team #12 ![x](http://evil.example/i.png) </details> <!-- x --> a`b";
  const before = POINT_H_BEFORE.replace("#define POINT_H\n", "#define POINT_H\n#define N 1\n");
  const after = POINT_H_AFTER.replace("#define POINT_H\n", `#define POINT_H\n#define N "${evil}"\n`);
  const path = `include/${evil}\n# owned.h`;

  test("all of it renders as text", async () => {
    const files = [
      listedFile("include/point.h", "modified", githubPatch(before, after)),
      listedFile(path, "modified", githubPatch(POINT_H_BEFORE, POINT_H_AFTER)),
    ];
    const gh = mockHeaderReview(github(), { before, after, files });
    gh.content(path, BASE, POINT_H_BEFORE);
    gh.content(path, HEAD, POINT_H_AFTER);
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [check] = gh.bodies("check-runs.create");
    const [comment] = gh.bodies("comments.create").map((b) => b.body as string);
    expect(check.output.summary).toContain("c/macro-value-changed");
    expect(comment).toContain("Layout of struct point"); // the detector's section, with the hostile path in its title
    for (const md of [comment!, check.output.summary as string]) {
      expect(injectionProblems(md, { allowedLinks: [DOCS_URL] })).toEqual([]);
      expect(visibleText(md)).toContain(shownAs(path));
      expect(visibleText(md)).toContain(evil);
    }
    const annotations = check.output.annotations as { path: string; title: string; message: string }[];
    expect(annotations.some((a) => a.path === path)).toBe(true); // the API field stays the real path
    for (const a of annotations) expect(`${a.title}\n${a.message}`).not.toMatch(/@[A-Za-z0-9]|#[0-9]|https?:\/\/|<!--/);
  });
});
