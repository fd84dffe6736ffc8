import nock from "nock";
import { afterEach, beforeAll, describe, expect, test } from "@jest/globals";
import { startFakeGitHub } from "../../bench/fake-github/index.js";
import { pullRequestEvent } from "../../bench/action/scenario.js";
import { actionClient } from "../../src/action/client.js";
import { findLastRelease } from "../../src/app/release/find-last-release.js";
import { testProbot } from "./helpers/probot.js";
import {
  AGAIN,
  COMMITS,
  OWNER,
  REPO,
  UNRELATED,
  releaseStore,
  tagQueriesTimeOut,
} from "../helpers/release-repository.js";
import type { PullRef } from "../../bench/action/scenario.js";

type Fake = Awaited<ReturnType<typeof startFakeGitHub>>;
interface Annotation {
  path: string;
  annotation_level: string;
  title: string;
  message: string;
}

let fake: Fake | undefined;
// real HTTP to the fake on loopback: nock's fetch interceptor (loaded for every test file) cannot pass a POST body through
beforeAll(() => nock.restore());
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/**
 * The app, in process, receives `pull_request.opened` for `pull` (then each of `then`, e.g. an
 * `edited`) and reviews it against the fake GitHub.
 */
async function review(pull: PullRef, config?: string, then: string[] = [], { failTags = false } = {}) {
  fake = await startFakeGitHub({ store: releaseStore(config), ...(failTags ? { fault: tagQueriesTimeOut } : {}) });
  const { probot, logs } = await testProbot({ baseUrl: fake.baseUrl });
  for (const [i, action] of ["opened", ...then].entries()) {
    const payload = { ...pullRequestEvent({ action, body: "", pull }), installation: { id: 1 } };
    await probot.receive({ id: `delivery-${pull.number}-${i}`, name: "pull_request", payload } as never);
  }
  const run = fake.state.checkRuns.find((r) => r.head_sha === pull.head.sha);
  if (!run) throw new Error(`no check run; app log:\n${logs.map((l) => JSON.stringify(l)).join("\n")}`);
  const comment = fake.state.comments.find((c) => c.issue === pull.number);
  const tagQueries = fake.requests.filter((q) => q.route === "POST /graphql" && /refPrefix/.test(q.body.query));
  const compares = fake.requests.filter((q) => q.route === "GET /repos/{owner}/{repo}/compare/{basehead}");
  return { run, annotations: run.annotations as Annotation[], comment, tagQueries, compares, fake };
}

describe("compare.against: last-release in the app (the fake GitHub's tags, commit ancestry and compare)", () => {
  test("a pull request that changes an unreleased struct again is judged against v1.4.0 and blocks", async () => {
    const { run, annotations, comment, tagQueries, compares } = await review(AGAIN);
    expect(run.conclusion).toBe("action_required");
    // one break for users of the release: 8 → 16 bytes, not the 12 → 16 the merge base would say
    const size = annotations.filter((a) => a.title.startsWith("c/size-changed") && a.title.includes("struct pkt"));
    expect(size).toHaveLength(1);
    expect(size[0]).toMatchObject({ annotation_level: "failure" });
    expect(size[0]!.message).toContain("from 8 to 16 bytes");
    // the member main inserted after the release is part of it, and this pull request touches that struct
    expect(annotations.some((a) => a.title.startsWith("c/field-inserted") && a.annotation_level === "failure")).toBe(
      true,
    );
    expect(annotations.every((a) => !a.message.startsWith("Already on"))).toBe(true);
    // which base: the annotated v1.4.0 — not v1.3.0 (older), not-a-release (no match), v9.0.0-rc1 (not on main)
    expect(run.output.summary).toContain(
      "Compared against the last release, **v1.4.0** (`2222222`, the newest tag matching `compare.tags` on `main`)",
    );
    expect(comment?.body).toContain("Compared against the last release, **v1.4.0**");
    // the release costs one GraphQL request for the tags and one compare, nothing more of that kind
    expect(tagQueries).toHaveLength(1);
    expect(compares.map((q) => q.path)).toEqual([
      `/repos/${OWNER}/${REPO}/compare/${"2".repeat(40)}...${AGAIN.head.sha}`,
    ]);
  });

  test("an unrelated pull request on the same branch is not blocked; the unreleased break is listed once, as notices", async () => {
    const { run, annotations, comment } = await review(UNRELATED);
    expect(run.conclusion).toBe("success");
    const pkt = annotations.filter((a) => a.title.includes("struct pkt"));
    expect(pkt.length).toBeGreaterThan(0);
    for (const a of pkt) {
      expect(a.annotation_level).toBe("notice");
      expect(a.message).toMatch(/^Already on `main` since v1\.4\.0: /);
    }
    expect(new Set(pkt.map((a) => a.title)).size).toBe(pkt.length);
    expect(run.output.summary).toContain("Compared against the last release, **v1.4.0**");
    expect(run.output.summary).toMatch(/were already on `main` and are not this pull request's/);
    // nothing to state: no sticky comment is created for a pull request that needs nothing
    expect(comment).toBeUndefined();
  });

  test("rules that raise the level do not turn an unreleased break back into an error when the verdict is decided again (edited)", async () => {
    const config = "compare:\n  against: last-release\nrules:\n  c/*: error\n";
    const { run, annotations, fake } = await review(UNRELATED, config, ["edited"]);
    // the edit re-decided the recorded findings without reading a file or the tags again
    expect(fake.requests.filter((q) => q.route === "POST /graphql" && /refPrefix/.test(q.body.query))).toHaveLength(1);
    expect(run.conclusion).toBe("success");
    const pkt = annotations.filter((a) => a.title.includes("struct pkt"));
    expect(pkt.length).toBeGreaterThan(0);
    expect(pkt.every((a) => a.annotation_level === "notice")).toBe(true);
    expect(fake.state.checkRuns.filter((r) => r.head_sha === UNRELATED.head.sha)).toHaveLength(1);
  });

  test("compare.against: merge-base (the default) compares nothing with a release: the same change is the merge base's 12 → 16 bytes", async () => {
    const { run, annotations, tagQueries, compares } = await review(AGAIN, "");
    expect(run.conclusion).toBe("success"); // an appended member is a warning against the merge base
    expect(annotations.map((a) => a.title.split(":")[0])).toEqual(["c/field-appended"]);
    expect(annotations[0]!.message).toContain("12→16 bytes");
    expect(run.output.summary).not.toContain("Compared against");
    // only compare.unreleased's lookup of the base tip's release, started while the header was
    // reviewed (it could have had errors), and not used: no error
    expect(tagQueries.map((q) => q.body.query.includes("onHead"))).toEqual([false]);
    expect(compares).toEqual([]);
  });

  test("no tag matches compare.tags: the merge base is used, and the summary says why", async () => {
    const { run, compares } = await review(AGAIN, "compare:\n  against: last-release\n  tags: release-*\n");
    expect(run.conclusion).toBe("success");
    expect(run.output.summary).toContain(
      "The merge base, not the last release: no tag matching `release-*` (`compare.tags`) is reachable from `main`.",
    );
    expect(compares).toEqual([]);
  });

  test("tags that cannot be read: the check completes against the merge base, and the summary says why", async () => {
    const config = "compare:\n  against: last-release\n";
    const { run, tagQueries, compares } = await review(AGAIN, config, [], { failTags: true });
    expect(run.status).toBe("completed");
    expect(run.conclusion).toBe("success"); // the merge base's appended member, a warning
    expect(run.output.summary).toContain(
      "The merge base, not the last release: the release tags could not be read (We couldn't respond to your request in time.",
    );
    // the shared lookup, then the review's own, both answered 502
    expect(tagQueries).toHaveLength(2);
    expect(compares).toEqual([]);
  });
});

describe("findLastRelease: the newest tags, a page at a time, until one is on the base branch and in the head", () => {
  const find = async (tags: Record<string, string>, pattern = "v*") => {
    const store = releaseStore();
    Object.assign(store.repos[`${OWNER}/${REPO}`]!.tags!, tags);
    fake = await startFakeGitHub({ store });
    const found = await findLastRelease(actionClient("ghs_test", fake.baseUrl), AGAIN, pattern);
    const pages = fake.requests.filter((q) => q.route === "POST /graphql").length;
    return { found, pages };
  };

  test("past a page of newer tags not on main (30 release candidates), v1.4.0 on the second page", async () => {
    const rcs = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`v2.0.0-rc${i}`, COMMITS.elsewhere]));
    const { found, pages } = await find(rcs);
    expect(found).toEqual({ release: { tag: "v1.4.0", sha: COMMITS.release, branch: "main" } });
    expect(pages).toBe(2);
  });

  test("the tag closest to the head wins: v1.4.1 on main's tip beats v1.4.0 behind it", async () => {
    const { found, pages } = await find({ "v1.4.1": COMMITS.main });
    expect(found).toEqual({ release: { tag: "v1.4.1", sha: COMMITS.main, branch: "main" } });
    expect(pages).toBe(1);
  });

  test("gives up after 100 tags and says how many matched", async () => {
    const rcs = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`v2.0.0-rc${i}`, COMMITS.elsewhere]));
    const { found, pages } = await find(rcs);
    expect(found).toEqual({
      none: "none of the 100 newest tags (100 of them matching `v*`, `compare.tags`) is reachable from `main`.",
    });
    expect(pages).toBe(4);
  });
});
