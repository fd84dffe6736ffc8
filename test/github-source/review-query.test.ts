import { describe, expect, it } from "@jest/globals";
import nock from "nock";
import { validate } from "@octokit/graphql-schema";
import { queryReview } from "../../src/app/github-source/review-query.js";
import { encodeKnown } from "../../src/app/known/known-findings.js";
import { testOctokit } from "../app/upstream/octokit.js";
import { useNock } from "../app/helpers/use-nock.js";
import { NAME, OWNER, serveGraphql, source } from "../helpers/fake-graphql.js";

useNock();

const HEAD = "a".repeat(40);
const question = (blobs: { path: string; ref: string }[] = []) => ({
  owner: OWNER,
  repo: NAME,
  number: 5,
  headSha: HEAD,
  blobs,
});
const headers = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `include/api_${i}.h`, ref: HEAD }));

describe("queryReview: the one GraphQL request", () => {
  it.each([0, 1, 50])("is valid against GitHub's schema with %i file versions", async (n) => {
    const files = Object.fromEntries(headers(n).map((b) => [`${b.ref}:${b.path}`, `int f_${b.path.length};\n`]));
    const seen = serveGraphql(source({ files }));
    const answer = await queryReview(testOctokit(), question(headers(n)));
    expect(seen).toHaveLength(1);
    expect(validate(seen[0]!.query)).toEqual([]);
    expect((seen[0]!.query.match(/: object\(expression: \$e\d+\)/g) ?? []).length).toBe(n);
    expect(answer.blobs).toHaveLength(n);
    expect(answer.blobs.every((b) => b?.__typename === "Blob" && typeof b.text === "string")).toBe(true);
  });

  it("sends paths with quotes, spaces, backslashes and unicode as variables, never in the query text", async () => {
    const paths = [`include/it's "odd".h`, "docs/with space/ü-ñ 日本.h", "a\\b$c{d}#e.h", "emoji/🙂.h"];
    const blobs = paths.map((path) => ({ path, ref: HEAD }));
    const seen = serveGraphql(
      source({ files: Object.fromEntries(paths.map((p, i) => [`${HEAD}:${p}`, `int v${i};\n`])) }),
    );
    const answer = await queryReview(testOctokit(), question(blobs));
    const { query, variables } = seen[0]!;
    for (const p of paths) expect(query).not.toContain(p);
    expect(paths.map((_, i) => variables[`e${i}`])).toEqual(paths.map((p) => `${HEAD}:${p}`));
    expect(answer.blobs.map((b) => b?.text)).toEqual(["int v0;\n", "int v1;\n", "int v2;\n", "int v3;\n"]);
  });

  it("accepts the answer when GitHub's only error is NOT_FOUND on `org` (no <owner>/.github repository)", async () => {
    const text = `${encodeKnown({ headSha: HEAD, configHash: "h1", findings: [], sections: [], notReviewed: [] }, { owner: OWNER, repo: NAME })}\n\n## Findings`;
    serveGraphql(
      source({
        config: "limits:\n  files: 9\n",
        files: { [`${HEAD}:include/a.h`]: "int a;\n" },
        runs: {
          [HEAD]: [{ id: 88, name: "impactgate", status: "completed", conclusion: "success", output: { text } }],
        },
        comments: [{ id: 3, body: "hi", user: { login: "impactgate[bot]", type: "Bot" } }],
      }),
    );
    const answer = await queryReview(
      testOctokit(),
      question([
        { path: "include/a.h", ref: HEAD },
        { path: "include/none.h", ref: HEAD },
      ]),
    );
    expect(answer.config).toEqual({ own: "limits:\n  files: 9\n", org: null });
    expect(answer.checkRun).toMatchObject({ checkRunId: 88, known: { headSha: HEAD, configHash: "h1" } });
    expect(answer.comments).toEqual([{ id: 3, body: "hi", user: { login: "impactgate", type: "Bot" }, mine: true }]);
    expect(answer.blobs.map((b) => b?.text ?? null)).toEqual(["int a;\n", null]);
  });

  it("reads the organisation's config when the repository exists", async () => {
    serveGraphql(source({ orgConfig: "labels:\n  abi: abi\n" }));
    expect((await queryReview(testOctokit(), question())).config).toEqual({ own: null, org: "labels:\n  abi: abi\n" });
  });

  it("throws any other error: a pull request GitHub cannot find", async () => {
    serveGraphql(source({ comments: undefined }));
    await expect(queryReview(testOctokit(), question())).rejects.toMatchObject({
      errors: expect.arrayContaining([
        expect.objectContaining({ type: "NOT_FOUND", path: ["repository", "pullRequest"] }),
      ]),
    });
  });

  it("throws any other error: the repository itself gone, even with `org` missing too", async () => {
    nock("https://api.github.com")
      .post("/graphql")
      .reply(200, {
        data: { repository: null, org: null },
        errors: [
          { type: "NOT_FOUND", path: ["repository"], message: "Could not resolve to a Repository" },
          { type: "NOT_FOUND", path: ["org"], message: "Could not resolve to a Repository" },
        ],
      });
    await expect(queryReview(testOctokit(), question())).rejects.toMatchObject({ name: "GraphqlResponseError" });
  });

  it("throws when `org`'s NOT_FOUND comes with another error (rate limit, timeout)", async () => {
    nock("https://api.github.com")
      .post("/graphql")
      .reply(200, {
        data: { repository: { defaultBranchRef: null, pullRequest: null, head: null }, org: null },
        errors: [
          { type: "NOT_FOUND", path: ["org"], message: "Could not resolve to a Repository" },
          { type: "SERVICE_UNAVAILABLE", path: ["repository", "pullRequest"], message: "Timeout" },
        ],
      });
    await expect(queryReview(testOctokit(), question())).rejects.toMatchObject({ name: "GraphqlResponseError" });
  });

  it("passes an HTTP error through with its status (read-review decides on 404/501)", async () => {
    nock("https://api.github.com").post("/graphql").reply(502, { message: "Bad Gateway" });
    await expect(queryReview(testOctokit(), question())).rejects.toMatchObject({ status: 502 });
  });
});
