import { describe, expect, it } from "@jest/globals";
import { readAnswer } from "../../src/app/github-source/review-query.js";
import { encodeKnown } from "../../src/app/known/known-findings.js";
import type { RawAnswer } from "../../src/app/github-source/review-query.js";

const HEAD = "a".repeat(40);
const OTHER = "f".repeat(40);

/** A record as the check run's text carries it, for a head SHA. */
const WHERE = { owner: "Codertocat", repo: "Hello-World" };
const record = (headSha: string, where = WHERE) =>
  `${encodeKnown({ headSha, configHash: "c0ffee", findings: [], sections: [], notReviewed: [] }, where)}\n\n## Findings`;
const run = (databaseId: number, name = "impactgate", text: string | null = null) => ({ databaseId, name, text });
const suites = (runs: object[][], hasNextPage = false) => ({
  checkSuites: { pageInfo: { hasNextPage }, nodes: runs.map((nodes) => ({ checkRuns: { nodes } })) },
});
const configRef = (text: string | null, isTruncated = false) => ({
  target: { file: { object: { text, isTruncated } } },
});

/** A raw answer with the given `repository` fields (the rest as GitHub gives them for an empty PR). */
function raw(repository: Record<string, unknown> = {}, org: RawAnswer["org"] = null): RawAnswer {
  return {
    repository: {
      defaultBranchRef: { target: { file: null } },
      pullRequest: { comments: { pageInfo: { hasNextPage: false }, nodes: [] } },
      head: suites([]),
      ...repository,
    },
    org,
  };
}

describe("readAnswer: the check run on the head", () => {
  it("takes the newest of several impactgate runs (highest databaseId), whatever their order", () => {
    const answer = readAnswer(
      raw({ head: suites([[run(41, "impactgate", record(HEAD))], [run(97, "impactgate", record(HEAD))], [run(55)]]) }),
      0,
      WHERE,
      HEAD,
    );
    expect(answer.checkRun).toMatchObject({ checkRunId: 97, known: { headSha: HEAD, configHash: "c0ffee" } });
  });

  it("ignores a run of another name (another app's suite filtered in by GitHub)", () => {
    const answer = readAnswer(
      raw({ head: suites([[run(500, "impactgate-preview", record(HEAD))], [run(12)]]) }),
      0,
      WHERE,
      HEAD,
    );
    expect(answer.checkRun).toEqual({ checkRunId: 12, known: undefined });
    expect(readAnswer(raw({ head: suites([[run(500, "lint")]]) }), 0, WHERE, HEAD).checkRun).toBeUndefined();
  });

  it("is unknown when none is on the page and there are more suites than one page (listForRef decides)", () => {
    expect(readAnswer(raw({ head: suites([[], []], true) }), 0, WHERE, HEAD).checkRun).toBe("unknown");
    expect(readAnswer(raw({ head: suites([[], []], false) }), 0, WHERE, HEAD).checkRun).toBeUndefined();
  });

  it("does not call a record for another head SHA known, nor a damaged one", () => {
    expect(readAnswer(raw({ head: suites([[run(7, "impactgate", record(OTHER))]]) }), 0, WHERE, HEAD).checkRun).toEqual(
      {
        checkRunId: 7,
        known: undefined,
      },
    );
    expect(
      readAnswer(
        raw({ head: suites([[run(7, "impactgate", "<!-- impactgate:known v1 not-base64 -->")]]) }),
        0,
        WHERE,
        HEAD,
      ).checkRun,
    ).toEqual({ checkRunId: 7, known: undefined });
  });

  it("reads only a record this app sealed for this repository, first in the text (issue 11, item 1)", () => {
    const known = (text: string) =>
      (
        readAnswer(raw({ head: suites([[run(7, "impactgate", text)]]) }), 0, WHERE, HEAD).checkRun as {
          known?: unknown;
        }
      ).known;
    expect(known(record(HEAD))).toMatchObject({ headSha: HEAD });
    expect(known(record(HEAD, { owner: "Codertocat", repo: "Other" }))).toBeUndefined(); // another repository's
    expect(known(`Some text first.\n\n${record(HEAD)}`)).toBeUndefined(); // not in its place
    const [prefix, payload] = record(HEAD).split(" ").slice(2, 4) as [string, string];
    expect(prefix).toBe("v2");
    expect(known(`<!-- impactgate:known v2 ${payload} ${"0".repeat(64)} -->`)).toBeUndefined(); // a forged seal
  });

  it("has no run when the head is not a commit GitHub knows (null object)", () => {
    expect(readAnswer(raw({ head: null }), 0, WHERE, HEAD).checkRun).toBeUndefined();
  });
});

describe("readAnswer: comments", () => {
  const comment = (id: number, viewerDidAuthor: boolean, __typename = "Bot", login = "impactgate[bot]") => ({
    fullDatabaseId: String(id),
    body: `c${id}`,
    viewerDidAuthor,
    author: { login, __typename },
  });

  it("maps GraphQL comments to the REST shape, `mine` from viewerDidAuthor", () => {
    const nodes = [
      comment(1, false, "User", "octocat"),
      comment(2, true),
      comment(3, false, "Bot", "other-app[bot]"),
      { fullDatabaseId: "4", body: null, viewerDidAuthor: false, author: null },
      null,
    ];
    const answer = readAnswer(
      raw({ pullRequest: { comments: { pageInfo: { hasNextPage: false }, nodes } } }),
      0,
      WHERE,
      HEAD,
    );
    expect(answer.comments).toEqual([
      { id: 1, body: "c1", user: { login: "octocat", type: "User" }, mine: false },
      { id: 2, body: "c2", user: { login: "impactgate[bot]", type: "Bot" }, mine: true },
      { id: 3, body: "c3", user: { login: "other-app[bot]", type: "Bot" }, mine: false },
      { id: 4, body: null, user: null, mine: false }, // a deleted account (ghost)
    ]);
  });

  it("leaves them undefined past 100 (hasNextPage): the sticky comment may be on a later page, listed over REST", () => {
    const nodes = Array.from({ length: 100 }, (_, i) => comment(i + 1, false, "User", "octocat"));
    expect(
      readAnswer(raw({ pullRequest: { comments: { pageInfo: { hasNextPage: true }, nodes } } }), 0, WHERE, HEAD)
        .comments,
    ).toBeUndefined();
  });
});

describe("readAnswer: config texts", () => {
  it("reads the own and the org file, null when absent, too-large when truncated, unreadable when binary", () => {
    expect(
      readAnswer(
        raw({ defaultBranchRef: configRef("rules: {}\n") }, { defaultBranchRef: configRef("limits: {}\n") }),
        0,
        WHERE,
      ).config,
    ).toEqual({ own: "rules: {}\n", org: "limits: {}\n" });
    expect(readAnswer(raw({}, null), 0, WHERE).config).toEqual({ own: null, org: null });
    expect(readAnswer(raw({ defaultBranchRef: null }), 0, WHERE).config.own).toBeNull(); // an empty repository has no default branch
    expect(readAnswer(raw({ defaultBranchRef: configRef("rules:\n  a", true) }), 0, WHERE).config.own).toBe(
      "too-large", // GraphQL truncates far above the 32 KiB limit: the file is over it, not unreadable
    );
    expect(readAnswer(raw({}, { defaultBranchRef: configRef(null) }), 0, WHERE).config.org).toBe("unreadable"); // a binary blob has no text
  });
});

describe("readAnswer: file versions", () => {
  it("lists them in the order asked, null where GitHub found none or the repository is gone", () => {
    const blob = { __typename: "Blob", text: "int a;\n", isBinary: false, isTruncated: false, byteSize: 7 };
    expect(readAnswer(raw({ f0: blob, f1: null, f2: { __typename: "Tree" } }), 4, WHERE, HEAD).blobs).toEqual([
      blob,
      null,
      { __typename: "Tree" },
      null,
    ]);
    const gone = readAnswer({ repository: null, org: null }, 2, WHERE, HEAD);
    expect(gone.blobs).toEqual([null, null]);
    expect(gone.checkRun).toBeUndefined();
  });
});

it("comment ids beyond 2^31 (GraphQL Int cannot carry them) come through fullDatabaseId", () => {
  const raw = {
    repository: {
      pullRequest: {
        comments: {
          pageInfo: { hasNextPage: false },
          nodes: [
            {
              fullDatabaseId: "2250000000123",
              body: "b",
              viewerDidAuthor: true,
              author: { login: "impactgate", __typename: "Bot" },
            },
          ],
        },
      },
    },
    org: null,
  };
  expect(readAnswer(raw as never, 0, WHERE).comments?.[0]?.id).toBe(2250000000123);
});
