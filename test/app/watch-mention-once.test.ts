import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { REPO, comment, github } from "./helpers/github.js";
import { listedFile } from "./helpers/change.js";

useNock();

const CONFIG = `watch:
  - name: docs-team
    paths: ["docs/**"]
    notify: ["@octo-docs", "@Codertocat/writers"]
  - name: api-owners
    paths: ["docs/api/**"]
    notify: ["@octo-docs", "@api-lead"]
`;
const opened = payload("pull-request-opened-without-statement");

/** The synchronize payload for a new head, labels as the app left them. */
function pushed(sha: string) {
  const p = payload("pull-request-synchronize-header-change-reverted");
  p.pull_request.head.sha = sha;
  p.pull_request.labels = p.pull_request.labels.filter((l: { name: string }) => l.name === "bug");
  return p;
}

/** The interceptors one review needs: config, check runs, files, the base tree for packages, comments. */
function push(headSha: string, files: object[], existingComment: string | undefined) {
  const gh = github();
  if (existingComment === undefined) gh.token(); // the installation token is cached after the first push
  gh.config(CONFIG);
  gh.checkRuns(headSha);
  gh.files(files);
  gh.createCheckRun(40);
  gh.comments([existingComment === undefined ? [] : [comment(7, existingComment, "Bot")]]);
  if (existingComment === undefined) gh.createComment();
  return gh;
}

describe("watch lists across pushes", () => {
  test("handles are @-mentioned and asked to review once over three pushes", async () => {
    const { probot } = await testProbot();
    const reviewRequests: unknown[] = [];
    // Recorded when the interceptor replies: a body matcher can also be run on a request nock then rejects.
    const recordRequest = async (req: Request) => {
      reviewRequests.push(JSON.parse(await req.text()));
      return {};
    };
    const docsChange = [listedFile("docs/guide.md", "modified", "@@ -1 +1 @@\n-Old\n+New")];

    // push 1 (opened): docs-team matches → comment created with live mentions, reviews requested
    const first = push(opened.pull_request.head.sha, docsChange, undefined);
    first.api.post(`${REPO}/pulls/2/requested_reviewers`).reply(201, recordRequest);
    await deliver(probot, "pull_request", opened, "d1");
    const body1 = first.bodies("comments.create")[0].body as string;
    expect(body1).toContain("- **docs-team** (`watch/docs-team`): @octo-docs @Codertocat/writers");
    expect(reviewRequests).toEqual([{ reviewers: ["octo-docs"], team_reviewers: ["writers"] }]);

    // push 2: the same match → the comment is unchanged or rewritten without live mentions; no request
    const second = push("2".repeat(40), [listedFile("docs/guide.md", "modified", "@@ -1 +1 @@\n-Old\n+Newer")], body1);
    second.api
      .patch(`${REPO}/issues/comments/7`)
      .optionally()
      .reply(
        200,
        async (req: Request) => (
          second.written.push({ route: "comments.update", body: JSON.parse(await req.text()) }),
          { id: 7 }
        ),
      );
    await deliver(probot, "pull_request", pushed("2".repeat(40)), "d2");
    const body2 = (second.bodies("comments.update")[0]?.body as string | undefined) ?? body1;
    expect(body2).toContain("`@octo-docs` `@Codertocat/writers`");
    expect(body2).not.toMatch(/(^|\s)@octo-docs/m);
    expect(reviewRequests).toHaveLength(1);

    // push 3: api-owners matches too → only @api-lead is new; @octo-docs (in both lists) stays quiet
    const third = push("3".repeat(40), [listedFile("docs/api/rest.md", "added", "@@ -0,0 +1 @@\n+REST")], body2);
    third.updateComment(7);
    third.api.post(`${REPO}/pulls/2/requested_reviewers`).reply(201, recordRequest);
    await deliver(probot, "pull_request", pushed("3".repeat(40)), "d3");
    const body3 = third.bodies("comments.update")[0].body as string;
    expect(body3).toContain("- **api-owners** (`watch/api-owners`): `@octo-docs` @api-lead");
    expect(body3.match(/(^|\s)@[\w-]+/gm)?.map((m) => m.trim())).toEqual(["@api-lead"]);
    expect(reviewRequests).toEqual([
      { reviewers: ["octo-docs"], team_reviewers: ["writers"] },
      { reviewers: ["api-lead"], team_reviewers: [] },
    ]);
  });
});
