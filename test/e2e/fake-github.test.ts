import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { memoryStore, rawRequest, startFakeGitHub } from "../../bench/fake-github/index.js";

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
