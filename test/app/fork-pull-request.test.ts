import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github } from "./helpers/github.js";
import { githubPatch, listedFile } from "./helpers/change.js";

useNock();

// Codertocat/Hello-World is a fork of octo-upstream/Hello-World; the PR merges into `master`.
const UPSTREAM = "/repos/octo-upstream/Hello-World";
const SOCKET =
  '#include "socket.h"\n\nint sock_open(int family)\n{\n\tif (family < 0)\n\t\treturn -1;\n\treturn family;\n}\n';
const SOCKET_HEAD = SOCKET.replace("if (family < 0)", "if (family < 0 || family > 64)");
const PAGE = "int page_order(int n)\n{\n\treturn n;\n}\n";
const PAGE_HEAD = PAGE.replace("return n;", "return n + 1;");
const SYNCED = "int list_len(int n)\n{\n\treturn n > 0 ? n : 0;\n}\n";
const raw = { "content-type": "application/vnd.github.raw; charset=utf-8" };

describe("a pull request on a fork", () => {
  test("upstream from the parent: fork findings, apply/conflict notices and the divergence in the check run", async () => {
    const opened = payload("pull-request-opened-without-statement");
    opened.repository.fork = true;
    const head = opened.pull_request.head.sha as string;
    const gh = github();
    gh.token();
    gh.config("fork:\n  local-paths: ['acme/**']\n");
    gh.checkRuns(head);
    gh.files([
      listedFile("net/socket.c", "modified", githubPatch(SOCKET, SOCKET_HEAD)),
      listedFile("mm/page.c", "modified", githubPatch(PAGE, PAGE_HEAD)),
      listedFile("acme/branding.c", "modified", "@@ -1 +1 @@\n-int v = 1;\n+int v = 2;"),
      listedFile("lib/list.c", "modified", githubPatch(PAGE, SYNCED)), // takes upstream's version: a sync
    ]);
    gh.api.get("/repos/Codertocat/Hello-World").reply(200, {
      name: "Hello-World",
      fork: true,
      parent: { name: "Hello-World", owner: { login: "octo-upstream" }, default_branch: "main" },
    });
    gh.api
      .get(`${UPSTREAM}/compare/octo-upstream%3Amain...Codertocat%3Amaster`)
      .query({ per_page: "1" })
      .reply(200, { ahead_by: 7, behind_by: 42, commits: [] });
    gh.api
      .get(`${UPSTREAM}/contents/${encodeURIComponent("net/socket.c")}`)
      .query({ ref: "main" })
      .reply(200, "// upstream moved the code down\n" + SOCKET, raw);
    gh.api
      .get(`${UPSTREAM}/contents/${encodeURIComponent("mm/page.c")}`)
      .query({ ref: "main" })
      .reply(200, PAGE.replace("return n;", "return n * 2;"), raw);
    gh.api
      .get(`${UPSTREAM}/contents/${encodeURIComponent("lib/list.c")}`)
      .query({ ref: "main" })
      .reply(200, SYNCED, raw);
    // no detector asked for these .c files; the fork rules read their head versions to spot syncs
    for (const [path, text] of [
      ["net/socket.c", SOCKET_HEAD],
      ["mm/page.c", PAGE_HEAD],
      ["lib/list.c", SYNCED],
    ])
      gh.content(path, head, text);
    gh.createCheckRun(42);
    gh.comments([[]]);
    gh.createComment();
    gh.addLabels();

    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [check] = gh.bodies("check-runs.create");
    expect(check.conclusion).toBe("action_required");
    const annotations = check.output.annotations.map(
      (a: { path: string; title: string; annotation_level: string }) => `${a.annotation_level} ${a.path} ${a.title}`,
    );
    expect(annotations.join("\n")).toContain("fork/upstream-file-modified");
    expect(annotations.some((a: string) => a.includes("acme/branding.c"))).toBe(false); // local path: no finding
    expect(annotations.some((a: string) => a.includes("lib/list.c"))).toBe(false); // synced from upstream: no finding
    const output = `${check.output.summary}\n${check.output.text ?? ""}`;
    expect(output).toContain("**7** commits ahead of and **42** behind upstream `octo-upstream/Hello-World` (`main`)");
    expect(output).toContain("fork/applies-upstream");
    expect(output).not.toMatch(/\((upstream|workspace)\)/); // every read succeeded
    expect(output).toContain("fork/conflicts-upstream");
    expect(gh.bodies("comments.create")[0].body).toContain("Fork impact");
    expect(gh.bodies("labels.add")).toEqual([{ labels: ["fork-impact"] }]);
  });
});
