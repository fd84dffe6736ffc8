import nock from "nock";
import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { requestWatchReviews } from "../../src/app/report/watch-lists.js";
import { testOctokit } from "./upstream/octokit.js";

const API = "https://api.github.com";
const PATH = "/repos/kernel/linux/pulls/5/requested_reviewers";

useNock();

describe("requestWatchReviews", () => {
  test("users and same-org teams in one call; the author and other orgs' teams are left out", async () => {
    const bodies: unknown[] = [];
    nock(API)
      .post(PATH, (b) => (bodies.push(b), true))
      .reply(201, {});
    const result = await requestWatchReviews({
      octokit: testOctokit(),
      owner: "kernel",
      repo: "linux",
      number: 5,
      handles: ["@avagin", "@kernel/criu", "@other/team", "@Author"],
      author: "author",
    });
    expect(bodies).toEqual([{ reviewers: ["avagin"], team_reviewers: ["criu"] }]);
    expect(result).toEqual({ requested: ["@avagin", "@kernel/criu"], refused: ["@other/team"] });
  });

  test("a 422 for one handle: each is asked alone, the refused one reported, the others requested", async () => {
    const api = nock(API);
    api
      .post(PATH, { reviewers: ["avagin", "stranger"], team_reviewers: [] })
      .reply(422, { message: "Reviews may only be requested from collaborators." });
    api.post(PATH, { reviewers: ["avagin"], team_reviewers: [] }).reply(201, {});
    api
      .post(PATH, { reviewers: ["stranger"], team_reviewers: [] })
      .reply(422, { message: "Reviews may only be requested from collaborators." });
    const result = await requestWatchReviews({
      octokit: testOctokit(),
      owner: "kernel",
      repo: "linux",
      number: 5,
      handles: ["@avagin", "@stranger"],
    });
    expect(result).toEqual({ requested: ["@avagin"], refused: ["@stranger"] });
  });
});
