import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { validate } from "@octokit/graphql-schema";
import { memoryStore, rawRequest, startFakeGitHub } from "../../bench/fake-github/index.js";
import { COMMITS, OWNER, REPO, releaseStore } from "../helpers/release-repository.js";

/** The fake must behave like GitHub where the app depends on it, or the e2e test proves nothing. */
describe("bench/fake-github", () => {
  const files = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`inc/f${i}.h`, `int f${i};\n`]));
  const store = memoryStore({
    "o/r": {
      branches: { main: "b".repeat(40) },
      commits: { ["b".repeat(40)]: {}, ["h".repeat(40)]: files },
      pulls: [
        {
          number: 1,
          title: "t",
          body: "",
          base: { ref: "main", sha: "b".repeat(40) },
          head: { ref: "x", sha: "h".repeat(40) },
          labels: [],
        },
      ],
    },
  });
  let fake: Awaited<ReturnType<typeof startFakeGitHub>>;
  beforeAll(async () => {
    fake = await startFakeGitHub({ store });
  });
  afterAll(() => fake.close());

  // A plain socket: nock (loaded for every test file) patches node:http and fetch in-process.
  const call = async (method: string, path: string, body?: object, headers: Record<string, string> = {}) => {
    const res = await rawRequest(`${fake.baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body ? JSON.stringify(body) : "",
    });
    const json = (res.headers["content-type"] ?? "").includes("json");
    return { status: res.status, link: res.headers.link ?? null, data: json ? JSON.parse(res.text) : res.text };
  };

  test("pull files are paged with a Link header and carry a patch", async () => {
    const first = await call("GET", "/repos/o/r/pulls/1/files?per_page=100");
    expect(first.data).toHaveLength(100);
    expect(first.link).toContain("page=2");
    const second = await call("GET", "/repos/o/r/pulls/1/files?per_page=100&page=2");
    expect(second.data).toHaveLength(50);
    expect(second.link).toBeNull();
    expect(first.data[0]).toMatchObject({ status: "added", patch: expect.stringMatching(/^@@ -0,0 \+1 @@\n\+int f/) });
  });

  test("contents: raw text with the raw media type, 404 for a missing file", async () => {
    const raw = await call("GET", `/repos/o/r/contents/inc%2Ff1.h?ref=${"h".repeat(40)}`, undefined, {
      accept: "application/vnd.github.raw",
    });
    expect(raw).toMatchObject({ status: 200, data: "int f1;\n" });
    expect((await call("GET", "/repos/o/r/contents/.github%2Fimpactgate.yml")).status).toBe(404);
  });

  test("check runs: annotations append across updates, at most 50 a request, listed by ref and name", async () => {
    const ann = (n: number) =>
      Array.from({ length: n }, () => ({
        path: "a",
        start_line: 1,
        end_line: 1,
        annotation_level: "failure",
        message: "m",
      }));
    const created = await call("POST", "/repos/o/r/check-runs", {
      name: "impactgate",
      head_sha: "h".repeat(40),
      status: "completed",
      conclusion: "success",
      output: { title: "t", summary: "s", annotations: ann(50) },
    });
    expect(created.status).toBe(201);
    await call("PATCH", `/repos/o/r/check-runs/${created.data.id}`, {
      output: { title: "t", summary: "s", annotations: ann(20) },
    });
    expect(
      (
        await call("PATCH", `/repos/o/r/check-runs/${created.data.id}`, {
          output: { title: "t", summary: "s", annotations: ann(51) },
        })
      ).status,
    ).toBe(422);
    const listed = await call("GET", `/repos/o/r/commits/${"h".repeat(40)}/check-runs?check_name=impactgate`);
    expect(listed.data.check_runs[0]).toMatchObject({ id: created.data.id, output: { annotations_count: 70 } });
    expect(fake.requests.map((r) => r.route)).toContain("PATCH /repos/{owner}/{repo}/check-runs/{id}");
  });
});

/** Tags, ancestry and compare answer as GitHub does: what `compare.against: last-release` reads. */
describe("bench/fake-github: tags, commit ancestry and compare", () => {
  let fake: Awaited<ReturnType<typeof startFakeGitHub>>;
  beforeAll(async () => {
    fake = await startFakeGitHub({ store: releaseStore() });
  });
  afterAll(() => fake.close());
  const get = async (path: string) => {
    const res = await rawRequest(`${fake.baseUrl}${path}`, { method: "GET", headers: {}, body: "" });
    return { status: res.status, data: JSON.parse(res.text) };
  };
  const graphql = async (query: string, variables: object) => {
    const res = await rawRequest(`${fake.baseUrl.replace(/\/v3$/, "")}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return JSON.parse(res.text);
  };
  const base = `/repos/${OWNER}/${REPO}/compare`;

  test("compare: ahead with the release's files and patches; diverged; behind; no common history is a 404", async () => {
    const ahead = await get(`${base}/v1.4.0...${COMMITS.again}?per_page=1`);
    expect(ahead.status).toBe(200);
    expect(ahead.data).toMatchObject({
      status: "ahead",
      ahead_by: 2,
      behind_by: 0,
      merge_base_commit: { sha: COMMITS.release },
    });
    expect(ahead.data.commits.map((c: { sha: string }) => c.sha)).toEqual([COMMITS.main]); // one a page, oldest first
    expect(ahead.data.files).toEqual([
      expect.objectContaining({
        filename: "include/pkt.h",
        status: "modified",
        patch: expect.stringContaining("+\tint c;"),
      }),
    ]);
    expect((await get(`${base}/${COMMITS.elsewhere}...${COMMITS.again}`)).data).toMatchObject({
      status: "diverged",
      ahead_by: 1,
      behind_by: 1,
      merge_base_commit: { sha: COMMITS.main },
    });
    expect((await get(`${base}/main...v1.3.0`)).data).toMatchObject({ status: "behind", ahead_by: 0, behind_by: 2 });
    expect((await get(`${base}/main...nope`)).status).toBe(404);
  });

  test("GraphQL: tags newest commit first, an annotated tag's Tag object, Ref.compare with a commit oid as headRef", async () => {
    const query = `query ($owner: String!, $name: String!, $head: String!) {
      repository(owner: $owner, name: $name) {
        refs(refPrefix: "refs/tags/", first: 10, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) {
          nodes { name target { __typename oid ... on Tag { target { oid } } } compare(headRef: $head) { status aheadBy behindBy } }
        }
      }
    }`;
    expect(validate(query)).toEqual([]);
    const answer = await graphql(query, { owner: OWNER, name: REPO, head: COMMITS.again });
    const nodes = answer.data.repository.refs.nodes;
    expect(nodes.map((n: { name: string }) => n.name)).toEqual(["v9.0.0-rc1", "v1.4.0", "not-a-release", "v1.3.0"]);
    const byName = Object.fromEntries(nodes.map((n: { name: string }) => [n.name, n]));
    expect(byName["v1.4.0"].target).toMatchObject({ __typename: "Tag", target: { oid: COMMITS.release } });
    expect(byName["v1.3.0"].target).toEqual({ __typename: "Commit", oid: COMMITS.older });
    expect(byName["v1.4.0"].compare).toEqual({ status: "AHEAD", aheadBy: 2, behindBy: 0 });
    expect(byName["v9.0.0-rc1"].compare).toEqual({ status: "DIVERGED", aheadBy: 1, behindBy: 1 });
    // a head ref that names nothing: null with GitHub's NOT_FOUND beside the data
    const missing = await graphql(query, { owner: OWNER, name: REPO, head: "no-such-branch" });
    expect(missing.data.repository.refs.nodes[0].compare).toBeNull();
    expect(missing.errors[0]).toMatchObject({ type: "NOT_FOUND" });
  });
});
