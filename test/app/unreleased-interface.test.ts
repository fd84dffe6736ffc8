import nock from "nock";
import { afterEach, beforeAll, describe, expect, test } from "@jest/globals";
import { memoryStore, startFakeGitHub } from "../../bench/fake-github/index.js";
import { pullRequestEvent } from "../../bench/action/scenario.js";
import { testProbot } from "./helpers/probot.js";
import { tagQueriesTimeOut } from "../helpers/release-repository.js";
import type { PullRef } from "../../bench/action/scenario.js";

type Fake = Awaited<ReturnType<typeof startFakeGitHub>>;
interface Annotation {
  path: string;
  annotation_level: string;
  title: string;
  message: string;
}

const sha = (digit: string) => digit.repeat(40);
const COMMITS = {
  /** v1.4.0 (annotated): `pkt_send()` only. */
  release: sha("a"),
  /** main: `pkt_peek()` added after the release. */
  main: sha("b"),
  /** #21 renames the unreleased `pkt_peek()`. */
  rename: sha("c"),
  /** #22 removes the released `pkt_send()`. */
  remove: sha("d"),
  /** #23 adds a comment: no error, so no release check. */
  comment: sha("e"),
  /** v1.5.0 cut on a release branch from main (it has `pkt_peek()`), never merged back. */
  branch: sha("f"),
  /** #24 branched off v1.4.0 before main moved on, and removes the released `pkt_send()`. */
  old: sha("1"),
  /** #25 edits the README only: nothing a comparing detector reads. */
  docs: sha("2"),
} as const;
const OWNER = "octo-org";
const REPO = "pktlib";
const header = (functions: string[], comment = "") =>
  `#ifndef PKT_H\n#define PKT_H\n${comment}\n${functions.map((f) => `int ${f}(void);\n`).join("")}\n#endif\n`;
const pull = (number: number, title: string, head: string): PullRef => ({
  owner: OWNER,
  repo: REPO,
  number,
  title,
  base: { ref: "main", sha: COMMITS.main },
  head: { ref: `pr-${number}`, sha: head },
});
const RENAME = pull(21, "pkt: rename pkt_peek to pkt_look", COMMITS.rename);
const REMOVE = pull(22, "pkt: remove pkt_send", COMMITS.remove);
const COMMENT = pull(23, "pkt: document", COMMITS.comment);
const OLD = pull(24, "pkt: remove pkt_send (from an old branch)", COMMITS.old);
const DOCS = pull(25, "docs: README", COMMITS.docs);

/**
 * The repository behind the fake GitHub; `releaseBranch` adds v1.5.0 on a branch main never
 * merged, `tagMain` v1.4.1 on main's tip (which #24's head, branched off earlier, lacks).
 */
function store({ config = "", releaseBranch = false, tagMain = false } = {}) {
  const release = { "include/pkt.h": header(["pkt_send"]), ".github/impactgate.yml": config };
  const main = { ...release, "include/pkt.h": header(["pkt_send", "pkt_peek"]) };
  return memoryStore({
    [`${OWNER}/${REPO}`]: {
      branches: {
        main: COMMITS.main,
        "pr-21": COMMITS.rename,
        "pr-22": COMMITS.remove,
        "pr-23": COMMITS.comment,
        "pr-24": COMMITS.old,
        "pr-25": COMMITS.docs,
      },
      commits: {
        [COMMITS.release]: release,
        [COMMITS.main]: main,
        [COMMITS.rename]: { ...main, "include/pkt.h": header(["pkt_send", "pkt_look"]) },
        [COMMITS.remove]: { ...main, "include/pkt.h": header(["pkt_peek"]) },
        [COMMITS.comment]: { ...main, "include/pkt.h": header(["pkt_send", "pkt_peek"], "/* packets */") },
        [COMMITS.old]: { ...release, "include/pkt.h": header([]) },
        [COMMITS.docs]: { ...main, "README.md": "# pktlib\n" },
        ...(releaseBranch ? { [COMMITS.branch]: { ...main, VERSION: "1.5.0\n" } } : {}),
      },
      parents: {
        [COMMITS.main]: [COMMITS.release],
        [COMMITS.rename]: [COMMITS.main],
        [COMMITS.remove]: [COMMITS.main],
        [COMMITS.comment]: [COMMITS.main],
        [COMMITS.old]: [COMMITS.release],
        [COMMITS.docs]: [COMMITS.main],
        ...(releaseBranch ? { [COMMITS.branch]: [COMMITS.main] } : {}),
      },
      tags: {
        "v1.4.0": { commit: COMMITS.release, message: "Release 1.4.0" },
        ...(releaseBranch ? { "v1.5.0": COMMITS.branch } : {}),
        ...(tagMain ? { "v1.4.1": COMMITS.main } : {}),
      },
      pulls: [RENAME, REMOVE, COMMENT, OLD, DOCS].map((p) => ({
        number: p.number,
        title: p.title,
        body: "",
        base: p.base,
        head: p.head,
        labels: [],
      })),
    },
  });
}

let fake: Fake | undefined;
// real HTTP to the fake on loopback, as test/app/last-release.test.ts does
beforeAll(() => nock.restore());
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** The app receives `pull_request.opened` for each of `pulls` at once and reviews them against the fake GitHub. */
async function reviewAll(pulls: PullRef[], opts: Parameters<typeof store>[0] & { failTags?: boolean } = {}) {
  const { failTags, ...storeOpts } = opts;
  fake = await startFakeGitHub({ store: store(storeOpts), ...(failTags ? { fault: tagQueriesTimeOut } : {}) });
  const { probot, logs } = await testProbot({ baseUrl: fake.baseUrl });
  await Promise.all(
    pulls.map((pull) => {
      const payload = { ...pullRequestEvent({ action: "opened", body: "", pull }), installation: { id: 1 } };
      return probot.receive({ id: `delivery-${pull.number}`, name: "pull_request", payload } as never);
    }),
  );
  const runs = pulls.map((pull) => {
    const run = fake!.state.checkRuns.find((r) => r.head_sha === pull.head.sha);
    if (!run)
      throw new Error(`no check run for #${pull.number}; app log:\n${logs.map((l) => JSON.stringify(l)).join("\n")}`);
    return run;
  });
  const tagQueries = fake.requests.filter((q) => q.route === "POST /graphql" && /refPrefix/.test(q.body.query));
  const compares = fake.requests.filter((q) => q.route === "GET /repos/{owner}/{repo}/compare/{basehead}");
  return { runs, tagQueries, compares };
}

async function review(pull: PullRef, opts: Parameters<typeof reviewAll>[1] = {}) {
  const { runs, tagQueries, compares } = await reviewAll([pull], opts);
  return { run: runs[0]!, annotations: runs[0]!.annotations as Annotation[], tagQueries, compares };
}

describe("compare.unreleased in the app (the default): errors on interface no release has, checked through the API", () => {
  test("renaming a function added after v1.4.0 is a notice; one tag query and one compare", async () => {
    const { run, annotations, tagQueries, compares } = await review(RENAME);
    expect(run.output.summary).toContain("1 error is on interface v1.4.0 does not have");
    expect(run.conclusion).toBe("success");
    const removed = annotations.find((a) => a.title.startsWith("c/function-removed"));
    expect(removed).toMatchObject({ annotation_level: "notice" });
    expect(removed!.message).toMatch(/^`pkt_peek` was added after v1\.4\.0 and no release has it: /);
    expect(run.output.summary).toContain(
      "Compared with **v1.4.0** (`aaaaaaa`, the newest tag matching `compare.tags` on `main`) for interface no release has.",
    );
    expect(tagQueries).toHaveLength(1);
    expect(compares.map((q) => q.path)).toEqual([
      `/repos/${OWNER}/${REPO}/compare/${COMMITS.release}...${COMMITS.rename}`,
    ]);
  });

  test("removing a function v1.4.0 has blocks as before", async () => {
    const { run, annotations } = await review(REMOVE);
    expect(run.conclusion).toBe("action_required");
    expect(annotations.find((a) => a.title.startsWith("c/function-removed"))).toMatchObject({
      annotation_level: "failure",
    });
    expect(run.output.summary).toContain("1 error is on interface v1.4.0 has: it stands.");
  });

  test("a pull request without errors compares nothing; its header change had the base's release looked up while it was reviewed", async () => {
    const { run, tagQueries, compares } = await review(COMMENT);
    expect(run.conclusion).toBe("success");
    // started before the findings were known (a header could have had errors), compared with the base only
    expect(tagQueries).toHaveLength(1);
    expect(tagQueries[0]!.body.query).not.toContain("onHead");
    expect(tagQueries[0]!.body.variables).toMatchObject({ base: COMMITS.main });
    expect(compares).toEqual([]);
  });

  test("a pull request that changes nothing a comparing detector reads looks up no tags", async () => {
    const { run, tagQueries, compares } = await review(DOCS);
    expect(run.conclusion).toBe("success");
    expect(tagQueries).toEqual([]);
    expect(compares).toEqual([]);
  });

  test("compare.unreleased: error keeps the error and reads no tags", async () => {
    const { run, tagQueries } = await review(RENAME, { config: "compare:\n  unreleased: error\n" });
    expect(run.conclusion).toBe("action_required");
    expect(tagQueries).toEqual([]);
  });

  test("no tag matches compare.tags: the error stands and the summary says why", async () => {
    const { run, compares } = await review(RENAME, { config: "compare:\n  tags: release-*\n" });
    expect(run.conclusion).toBe("action_required");
    expect(run.output.summary).toContain(
      "The merge base; the errors were not checked for interface no release has: no tag matching `release-*` (`compare.tags`) is reachable from `main`.",
    );
    expect(compares).toEqual([]);
  });

  test("a newer release on a release branch (v1.5.0, with pkt_peek) keeps the error; both releases compared", async () => {
    const { run, compares } = await review(RENAME, { releaseBranch: true });
    expect(run.conclusion).toBe("action_required");
    expect(run.output.summary).toContain(
      "and **v1.5.0** (`fffffff`, the newest tag matching `compare.tags`, on another branch)",
    );
    expect(compares).toHaveLength(2);
  });

  test("a burst of pull requests on one base tip makes one tag query, and each verdict is its own", async () => {
    const { runs, tagQueries, compares } = await reviewAll([RENAME, REMOVE, COMMENT, DOCS]);
    expect(runs.map((r) => r.conclusion)).toEqual(["success", "action_required", "success", "success"]);
    expect(runs[0]!.output.summary).toContain("1 error is on interface v1.4.0 does not have");
    expect(runs[1]!.output.summary).toContain("1 error is on interface v1.4.0 has: it stands.");
    expect(tagQueries).toHaveLength(1);
    // each pull request with errors still compares its own head with the release
    expect(compares.map((q) => q.path).sort()).toEqual(
      [COMMITS.rename, COMMITS.remove].map((head) => `/repos/${OWNER}/${REPO}/compare/${COMMITS.release}...${head}`),
    );
  });

  test("a head that branched off before the base tip's release (v1.4.1) is compared with its own, v1.4.0", async () => {
    const { runs, tagQueries, compares } = await reviewAll([RENAME, OLD], { tagMain: true });
    const [rename, old] = runs;
    // v1.4.1 has pkt_peek: renaming it is a break for its users
    expect(rename!.conclusion).toBe("action_required");
    expect(rename!.output.summary).toContain("1 error is on interface v1.4.1 has: it stands.");
    expect(old!.conclusion).toBe("action_required");
    expect(old!.output.summary).toContain("Compared with **v1.4.0**");
    expect(old!.output.summary).toContain("1 error is on interface v1.4.0 has: it stands.");
    // the shared base-side query, then #24's own (its head does not contain v1.4.1, as its compare said)
    expect(tagQueries).toHaveLength(2);
    expect(tagQueries.filter((q) => q.body.query.includes("onHead")).map((q) => q.body.variables.head)).toEqual([
      COMMITS.old,
    ]);
    expect(compares.map((q) => q.path)).toEqual(
      expect.arrayContaining([
        `/repos/${OWNER}/${REPO}/compare/${COMMITS.main}...${COMMITS.old}`,
        `/repos/${OWNER}/${REPO}/compare/${COMMITS.release}...${COMMITS.old}`,
      ]),
    );
  });

  test("tags that cannot be read: the check completes, the errors stand and the summary says why", async () => {
    const { run, tagQueries, compares } = await review(RENAME, { failTags: true });
    expect(run.status).toBe("completed");
    expect(run.conclusion).toBe("action_required");
    expect(run.output.summary).toContain(
      "the errors were not checked for interface no release has: the release tags could not be read (",
    );
    // the shared lookup failed, so the review asked once more on its own before giving up
    expect(tagQueries).toHaveLength(2);
    expect(compares).toEqual([]);
  });
});
