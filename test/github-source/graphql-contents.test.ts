import { describe, expect, it } from "@jest/globals";
import nock from "nock";
import { ProbotOctokit } from "probot";
import { graphqlContentFetcher } from "../../src/app/github-source/contents.js";
import { useNock } from "../app/helpers/use-nock.js";

useNock();

const Octokit = ProbotOctokit.defaults((o: Record<string, unknown> & { throttle?: object }) => ({
  ...o,
  retry: { enabled: false },
  throttle: { ...o?.throttle, enabled: false },
}));
const octokit = new Octokit({ auth: "ghs_test" });
const repo = { owner: "octo-org", repo: "widgets" };
const BASE = "b".repeat(40);
const HEAD = "h".repeat(40);

/** Answers a blob query like GitHub: one aliased object per expression `<sha>:<path>`. */
function graphqlBlobs(answer: (expression: string) => object | null, times: number) {
  const queries: { aliases: number; variables: Record<string, string> }[] = [];
  nock("https://api.github.com")
    .post("/graphql")
    .times(times)
    .reply(200, async (req: Request) => {
      const { query, variables } = (await req.json()) as { query: string; variables: Record<string, string> };
      queries.push({ aliases: (query.match(/: object\(expression:/g) ?? []).length, variables });
      const repository = Object.fromEntries(
        Object.entries(variables)
          .filter(([k]) => /^e\d+$/.test(k))
          .map(([k, expr]) => [`f${k.slice(1)}`, answer(expr)]),
      );
      return { data: { repository } };
    });
  return queries;
}

const blob = (text: string, extra: object = {}) => ({
  __typename: "Blob",
  text,
  isBinary: false,
  isTruncated: false,
  byteSize: text.length,
  ...extra,
});

describe("batched GraphQL contents", () => {
  it("reads 60 versions in 2 requests of at most 50 blobs, in order", async () => {
    const queries = graphqlBlobs((expr) => blob(`/* ${expr} */\n`), 2);
    const requests = Array.from({ length: 30 }, (_, i) => [
      { path: `include/f${i}.h`, ref: BASE },
      { path: `include/f${i}.h`, ref: HEAD },
    ]).flat();
    const results = await graphqlContentFetcher(octokit, repo).fetch(requests, { maxBytes: 1_000_000 });
    expect(queries.map((q) => q.aliases)).toEqual([50, 10]);
    expect(queries[0]!.variables).toMatchObject({ owner: "octo-org", name: "widgets", e0: `${BASE}:include/f0.h` });
    expect(results.map((r) => r.text)).toEqual(requests.map((r) => `/* ${r.ref}:${r.path} */\n`));
  });

  it("says why a version was not read, and reads truncated blobs over REST", async () => {
    const big = "x".repeat(600_000);
    graphqlBlobs(
      (expr) =>
        expr.endsWith("missing.h")
          ? null
          : expr.endsWith("logo.png")
            ? blob("", { isBinary: true, text: null })
            : expr.endsWith("sub")
              ? { __typename: "Commit" }
              : expr.endsWith("huge.h")
                ? blob("", { byteSize: 5_000_000, text: null, isTruncated: true })
                : expr.endsWith("big.h")
                  ? blob(big.slice(0, 1000), { byteSize: big.length, isTruncated: true })
                  : blob("int ok;\n"),
      1,
    );
    nock("https://api.github.com")
      .get("/repos/octo-org/widgets/contents/include%2Fbig.h")
      .query({ ref: HEAD })
      .reply(200, big, { "content-type": "application/vnd.github.raw" });
    const paths = ["include/ok.h", "include/missing.h", "logo.png", "sub", "include/huge.h", "include/big.h"];
    const results = await graphqlContentFetcher(octokit, repo).fetch(
      paths.map((path) => ({ path, ref: HEAD })),
      { maxBytes: 1_000_000 },
    );
    expect(results).toEqual([
      { text: "int ok;\n" },
      { text: null, skipped: "not found at that commit" },
      { text: null, skipped: "binary file" },
      { text: null, skipped: "not a file (directory or submodule)" },
      { text: null, skipped: "larger than limits.bytes-per-file (1000000 bytes)" },
      { text: big },
    ]);
  });

  it("falls back to REST for good on a server without GraphQL", async () => {
    const api = nock("https://api.github.com");
    api.post("/graphql").reply(501, { message: "GraphQL is not implemented" });
    api
      .get("/repos/octo-org/widgets/contents/a.h")
      .query({ ref: HEAD })
      .reply(200, "int a;\n", { "content-type": "application/vnd.github.raw" });
    api
      .get("/repos/octo-org/widgets/contents/b.h")
      .query({ ref: HEAD })
      .reply(200, "int b;\n", { "content-type": "application/vnd.github.raw" });
    const fetcher = graphqlContentFetcher(octokit, repo);
    expect(await fetcher.fetch([{ path: "a.h", ref: HEAD }], { maxBytes: 1000 })).toEqual([{ text: "int a;\n" }]);
    expect(await fetcher.fetch([{ path: "b.h", ref: HEAD }], { maxBytes: 1000 })).toEqual([{ text: "int b;\n" }]);
  });
});
