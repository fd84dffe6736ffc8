import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { validate } from "@octokit/graphql-schema";
import { memoryStore, rawRequest, startFakeGitHub } from "../../bench/fake-github/index.js";

const MAIN = "a".repeat(40);
const HEAD = "b".repeat(40);
const CONFIG = "detectors:\n  c: { enabled: true }\n";
const BIG = "x".repeat(600 * 1024);

/**
 * The fake's GraphQL endpoint executes GitHub's own schema; these are the query shapes the app
 * sends (one request for config, check run, comments and blobs), posted over HTTP.
 */
const BLOBS = `query ($owner: String!, $name: String!, $e0: String!, $e1: String!, $e2: String!, $e3: String!) {
  repository(owner: $owner, name: $name) {
    f0: object(expression: $e0) { __typename ... on Blob { text isBinary isTruncated byteSize oid } }
    f1: object(expression: $e1) { __typename ... on Blob { text isBinary isTruncated byteSize } }
    f2: object(expression: $e2) { __typename ... on Blob { text isBinary isTruncated byteSize } }
    f3: object(expression: $e3) { __typename ... on Blob { text isBinary isTruncated byteSize } }
  }
}`;

const CONFIG_QUERY = `query ($owner: String!, $name: String!, $path: String!) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name target { oid ... on Commit { file(path: $path) { object { ... on Blob { text isTruncated byteSize } } } } } }
  }
  org: repository(owner: $owner, name: ".github") {
    defaultBranchRef { name target { oid ... on Commit { file(path: $path) { object { ... on Blob { text isTruncated byteSize } } } } } }
  }
}`;

const CHECK_RUNS = `query ($owner: String!, $name: String!, $head: String!, $appId: Int!, $type: CheckRunType) {
  repository(owner: $owner, name: $name) {
    object(expression: $head) {
      ... on Commit {
        oid
        checkSuites(first: 1, filterBy: { appId: $appId, checkName: "impactgate" }) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes {
            app { databaseId slug }
            checkRuns(first: 10, filterBy: { checkName: "impactgate", checkType: $type }) {
              totalCount
              pageInfo { hasNextPage endCursor }
              nodes { databaseId name status conclusion title summary text }
            }
          }
        }
      }
    }
  }
}`;

const COMMENTS = `query ($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      number
      comments(first: 100, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { databaseId body viewerDidAuthor author { login __typename } }
      }
    }
  }
}`;

const UNKNOWN_FIELD = `query ($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { nope } }`;

describe("bench/fake-github POST /graphql", () => {
  const store = memoryStore({
    "o/r": {
      branches: { main: MAIN, feature: HEAD },
      commits: {
        [MAIN]: {
          ".github/impactgate.yml": CONFIG,
          "inc/a.h": "hello\n",
          "big.txt": BIG,
          "logo.png": "\u0089PNG\u0000\u0001",
        },
        [HEAD]: { ".github/impactgate.yml": CONFIG, "inc/a.h": "int a;\n" },
      },
      pulls: [
        {
          number: 1,
          title: "t",
          body: "",
          base: { ref: "main", sha: MAIN },
          head: { ref: "feature", sha: HEAD },
          labels: [],
        },
      ],
    },
    "o/.github": {
      branches: { main: "c".repeat(40) },
      commits: { ["c".repeat(40)]: { ".github/impactgate.yml": "org: true\n" } },
    },
    "acme/widgets": { defaultBranch: "trunk", branches: { trunk: MAIN }, commits: { [MAIN]: { "README.md": "hi\n" } } },
  });
  let fake: Awaited<ReturnType<typeof startFakeGitHub>>;
  beforeAll(async () => {
    fake = await startFakeGitHub({ store });
  });
  afterAll(() => fake.close());

  // A plain socket: nock (loaded for every test file) patches node:http and fetch in-process.
  const post = async (path: string, body: string) => {
    const res = await rawRequest(`http://${fake.host}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "token ghs_fake_1" },
      body,
    });
    return { status: res.status, json: JSON.parse(res.text) };
  };
  /** Where Octokit sends GraphQL for a GHE_HOST (`/api/graphql`); GitHub.com's `/graphql` is served too. */
  const gql = (query: string, variables: Record<string, unknown>, path = "/api/graphql") =>
    post(path, JSON.stringify({ query, variables }));
  const rest = (method: string, path: string, body: object) =>
    rawRequest(`${fake.baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).then((r) => JSON.parse(r.text));

  test("every query this file sends is valid against GitHub's published schema", () => {
    for (const query of [BLOBS, CONFIG_QUERY, CHECK_RUNS, COMMENTS]) expect(validate(query)).toEqual([]);
    expect(validate(UNKNOWN_FIELD).map((e) => e.message)).toEqual([expect.stringContaining('"nope"')]);
  });

  test("blobs by expression: text with git's blob oid, a missing path is null, a big blob is truncated, a binary has no text", async () => {
    const variables = {
      owner: "o",
      name: "r",
      e0: `${MAIN}:inc/a.h`,
      e1: `${MAIN}:inc/missing.h`,
      e2: `${MAIN}:big.txt`,
      e3: "main:logo.png",
    };
    const { status, json } = await gql(BLOBS, variables);
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    const repo = json.data.repository;
    // `git hash-object` of "hello\n"
    expect(repo.f0).toEqual({
      __typename: "Blob",
      text: "hello\n",
      isBinary: false,
      isTruncated: false,
      byteSize: 6,
      oid: "ce013625030ba8dba906f756967f9e9ca394464a",
    });
    expect(repo.f1).toBeNull();
    expect(repo.f2).toMatchObject({ __typename: "Blob", isTruncated: true, byteSize: 600 * 1024 });
    expect(repo.f2.text).toBe(BIG.slice(0, 512 * 1024));
    expect(repo.f3).toEqual({
      __typename: "Blob",
      text: null,
      isBinary: true,
      isTruncated: false,
      byteSize: Buffer.byteLength("\u0089PNG\u0000\u0001"),
    });
    // The same blob read at the head commit (a different tree) and through GitHub.com's path.
    const atHead = await gql(BLOBS, { ...variables, e0: `${HEAD}:inc/a.h`, e2: `${HEAD}:big.txt` }, "/graphql");
    expect(atHead.json.data.repository.f0.text).toBe("int a;\n");
    expect(atHead.json.data.repository.f2).toBeNull();
  });

  test("config on the default branch, and a missing org .github repository: partial data plus NOT_FOUND at ['org']", async () => {
    const path = ".github/impactgate.yml";
    const found = await gql(CONFIG_QUERY, { owner: "o", name: "r", path });
    expect(found.json.errors).toBeUndefined();
    expect(found.json.data.repository.defaultBranchRef).toEqual({
      name: "main",
      target: {
        oid: MAIN,
        file: { object: { text: CONFIG, isTruncated: false, byteSize: Buffer.byteLength(CONFIG) } },
      },
    });
    expect(found.json.data.org.defaultBranchRef.target.file.object.text).toBe("org: true\n");

    const missing = await gql(CONFIG_QUERY, { owner: "acme", name: "widgets", path });
    expect(missing.status).toBe(200);
    // The repository answers (no config file: file is null) while `org` fails alone.
    expect(missing.json.data).toEqual({
      repository: { defaultBranchRef: { name: "trunk", target: { oid: MAIN, file: null } } },
      org: null,
    });
    expect(missing.json.errors).toEqual([
      {
        type: "NOT_FOUND",
        path: ["org"],
        locations: [{ line: 5, column: 3 }],
        message: "Could not resolve to a Repository with the name 'acme/.github'.",
      },
    ]);
  });

  test("check runs written through REST are read back through GraphQL: app, enums, output text, latest vs all", async () => {
    const old = await rest("POST", "/repos/o/r/check-runs", {
      name: "impactgate",
      head_sha: HEAD,
      status: "completed",
      conclusion: "success",
      output: { title: "old", summary: "s" },
    });
    const run = await rest("POST", "/repos/o/r/check-runs", {
      name: "impactgate",
      head_sha: HEAD,
      status: "in_progress",
    });
    await rest("PATCH", `/repos/o/r/check-runs/${run.id}`, {
      conclusion: "action_required",
      output: { title: "1 break", summary: "sum", text: "details" },
    });
    await rest("POST", "/repos/o/r/check-runs", { name: "other", head_sha: HEAD, status: "queued" });

    const latest = await gql(CHECK_RUNS, { owner: "o", name: "r", head: HEAD, appId: 1 });
    expect(latest.json.errors).toBeUndefined();
    const suites = latest.json.data.repository.object.checkSuites;
    expect(suites).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false } });
    expect(suites.nodes[0].app).toEqual({ databaseId: 1, slug: "impactgate" });
    expect(suites.nodes[0].checkRuns.nodes).toEqual([
      {
        databaseId: run.id,
        name: "impactgate",
        status: "COMPLETED",
        conclusion: "ACTION_REQUIRED",
        title: "1 break",
        summary: "sum",
        text: "details",
      },
    ]);

    const all = await gql(CHECK_RUNS, { owner: "o", name: "r", head: HEAD, appId: 1, type: "ALL" });
    expect(
      all.json.data.repository.object.checkSuites.nodes[0].checkRuns.nodes.map(
        (n: { databaseId: number }) => n.databaseId,
      ),
    ).toEqual([run.id, old.id]);

    const otherApp = await gql(CHECK_RUNS, { owner: "o", name: "r", head: HEAD, appId: 2 });
    expect(otherApp.json.data.repository.object.checkSuites).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [],
    });
    const noRuns = await gql(CHECK_RUNS, { owner: "o", name: "r", head: MAIN, appId: 1 });
    expect(noRuns.json.data.repository.object).toMatchObject({ oid: MAIN, checkSuites: { totalCount: 0, nodes: [] } });
  });

  test("150 comments: viewerDidAuthor and Bot/User authors, paged first: 100 then after", async () => {
    const expected: { id: number; mine: boolean }[] = [];
    for (let i = 0; i < 150; i++) {
      if (i % 10 === 0) {
        // Someone else's comment: the fake's REST route only writes as the app.
        const c = {
          id: fake.state.nextId++,
          owner: "o",
          repo: "r",
          issue: 1,
          body: `human ${i}`,
          user: { login: "octocat", type: "User" },
        };
        fake.state.comments.push(c);
        expected.push({ id: c.id, mine: false });
      } else {
        expected.push({
          id: (await rest("POST", "/repos/o/r/issues/1/comments", { body: `bot ${i}` })).id,
          mine: true,
        });
      }
    }
    const first = await gql(COMMENTS, { owner: "o", name: "r", number: 1 });
    const page1 = first.json.data.repository.pullRequest.comments;
    expect(page1).toMatchObject({ totalCount: 150, pageInfo: { hasNextPage: true } });
    expect(page1.nodes).toHaveLength(100);
    const second = await gql(COMMENTS, { owner: "o", name: "r", number: 1, after: page1.pageInfo.endCursor });
    const page2 = second.json.data.repository.pullRequest.comments;
    expect(page2).toMatchObject({ totalCount: 150, pageInfo: { hasNextPage: false } });
    expect(page2.nodes).toHaveLength(50);

    const nodes = [...page1.nodes, ...page2.nodes];
    expect(nodes.map((n: { databaseId: number }) => n.databaseId)).toEqual(expected.map((e) => e.id));
    expect(nodes[0]).toEqual({
      databaseId: expected[0]!.id,
      body: "human 0",
      viewerDidAuthor: false,
      author: { login: "octocat", __typename: "User" },
    });
    // GraphQL names an app's bot without REST's "[bot]" suffix.
    expect(nodes[1]).toEqual({
      databaseId: expected[1]!.id,
      body: "bot 1",
      viewerDidAuthor: true,
      author: { login: "impactgate", __typename: "Bot" },
    });
    expect(nodes.filter((n: { viewerDidAuthor: boolean }) => n.viewerDidAuthor)).toHaveLength(135);

    const noPull = await gql(COMMENTS, { owner: "o", name: "r", number: 99 });
    expect(noPull.json).toEqual({
      data: { repository: { pullRequest: null } },
      errors: [
        {
          type: "NOT_FOUND",
          path: ["repository", "pullRequest"],
          locations: [{ line: 3, column: 5 }],
          message: "Could not resolve to a PullRequest with the number of 99.",
        },
      ],
    });
  });

  test("an invalid query is a 200 with GitHub's validation errors and no data; bad bodies are 400s; over-large pages are refused", async () => {
    const invalid = await gql(UNKNOWN_FIELD, { owner: "o", name: "r" });
    expect(invalid.status).toBe(200);
    expect(invalid.json).toEqual({
      errors: [
        {
          extensions: { code: "undefinedField", typeName: "Repository", fieldName: "nope" },
          locations: [{ line: 1, column: UNKNOWN_FIELD.indexOf("nope") + 1 }],
          message: "Field 'nope' doesn't exist on type 'Repository'",
        },
      ],
    });
    const notJson = await post("/api/graphql", "{ repository");
    expect(notJson).toEqual({
      status: 400,
      json: { message: "Problems parsing JSON", documentation_url: "https://docs.github.com/graphql" },
    });
    const noQuery = await post("/api/graphql", JSON.stringify({ variables: {} }));
    expect(noQuery.status).toBe(400);
    expect(noQuery.json.message).toMatch(/query attribute must be specified/);

    const tooMany = await gql(COMMENTS.replace("first: 100", "first: 101"), { owner: "o", name: "r", number: 1 });
    expect(tooMany.json.errors).toEqual([
      expect.objectContaining({ type: "EXCESSIVE_PAGINATION", path: ["repository", "pullRequest", "comments"] }),
    ]);
    // A field the fake does not serve is null (or an error naming it), and the fake keeps serving.
    const unserved = await gql(`query { repository(owner: "o", name: "r") { description viewerPermission } }`, {});
    expect(unserved.json).toEqual({ data: { repository: { description: null, viewerPermission: null } } });
    expect(
      (await gql(BLOBS, { owner: "o", name: "r", e0: "main:inc/a.h", e1: "main:", e2: "main", e3: "main:inc" })).json
        .data.repository,
    ).toEqual({
      f0: expect.objectContaining({ text: "hello\n" }),
      f1: null,
      f2: { __typename: "Commit" },
      f3: null,
    });
  });
});
