import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { parse } from "yaml";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { startFakeGitHub } from "../../bench/fake-github/index.js";
import { EXAMPLE, STATED_BODY, exampleStore, pullRequestEvent, runBundledAction } from "../../bench/action/scenario.js";
import { AGAIN, UNRELATED, releaseStore } from "../helpers/release-repository.js";
import type { PullRef } from "../../bench/action/scenario.js";
import type { SarifLog } from "../../src/render/sarif.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const WRITE_TOKEN = "ghs_workflow_write";
const READ_TOKEN = "ghs_workflow_fork_read_only";
const CHECK_RUNS = "POST /repos/{owner}/{repo}/check-runs";
/** The workflow's secret that seals the findings recorded on the check run (README: Use as a GitHub Action). */
const RECORD_KEY = "0123456789abcdef0123456789abcdef-action-test";

/**
 * The Action as the runner starts it: the bundle built from this source (exactly as the committed
 * dist/action is built), copied out of the repository so nothing resolves from node_modules, run
 * with the runner's environment against the loopback fake GitHub.
 */
let actionDir: string;
beforeAll(() => {
  actionDir = mkdtempSync(join(tmpdir(), "impactgate-action-"));
  const built = spawnSync(process.execPath, [join(ROOT, "scripts/build-action.js"), actionDir], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (built.status !== 0) throw new Error(`build-action failed:\n${built.stderr}`);
}, 120_000);
afterAll(() => {
  if (actionDir) rmSync(actionDir, { recursive: true, force: true });
});

describe("the GitHub Action on the bundled example (node dist/action/index.js, runner environment)", () => {
  let fake: Awaited<ReturnType<typeof startFakeGitHub>>;
  const store = exampleStore();

  beforeAll(async () => {
    fake = await startFakeGitHub({
      store,
      tokens: {
        [WRITE_TOKEN]: { permission: "write", login: "github-actions[bot]" },
        [READ_TOKEN]: { permission: "read", login: "github-actions[bot]" },
      },
    });
  }, 120_000);

  afterAll(async () => {
    await fake?.close();
  });

  const run = (opts: { event: object; token: string; inputs?: Record<string, string> }) =>
    runBundledAction({ actionDir, apiUrl: fake.baseUrl, env: { IMPACTGATE_RECORD_KEY: RECORD_KEY }, ...opts });

  test("an ABI-breaking pull request: action_required check run with annotations, one sticky comment, labels, exit 1", async () => {
    const r = await run({
      event: pullRequestEvent({ action: "opened" }),
      token: WRITE_TOKEN,
      inputs: { format: "sarif" },
    });
    expect(r).toMatchObject({ code: 1, outputs: { conclusion: "action_required" } }); // on failure jest prints the job log

    const runs = fake.state.checkRuns.filter((c) => c.head_sha === EXAMPLE.head);
    expect(runs).toHaveLength(1); // on the PR's head, never on GITHUB_SHA (the merge commit)
    const [checkRun] = runs;
    expect(checkRun).toMatchObject({ name: "impactgate", status: "completed", conclusion: "action_required" });
    expect(checkRun!.annotations.map((a) => (a as { path: string }).path)).toContain(
      "include/uapi/linux/kvm_example.h",
    );
    const create = fake.requests.find((q) => q.route === CHECK_RUNS);
    expect(create?.body.actions).toBeUndefined(); // no "Acknowledge impact" button: no app answers it
    expect(Number(r.outputs.findings)).toBe(checkRun!.annotations.length);

    expect(fake.state.comments).toHaveLength(1);
    expect(fake.state.comments[0]).toMatchObject({ issue: EXAMPLE.number, user: { login: "github-actions[bot]" } });
    expect(fake.state.comments[0]!.body).toContain("<!-- impactgate -->");
    expect(fake.state.comments[0]!.body).toContain("ABI impact");
    // fork/parallel-interface is a warning outside a fork (since a2de149): no fork-impact label
    expect((await store.pull(EXAMPLE.owner, EXAMPLE.repo, EXAMPLE.number))?.labels).toEqual(["abi-break"]);

    expect(r.summary).toContain(`## ${checkRun!.output.title}`);
    expect(r.summary).toContain("c/size-changed");
    expect(r.stdout).not.toMatch(/^::error file=/m); // the check run carries the annotations

    // format: sarif → the file code scanning's upload-sarif takes, one result per finding
    const sarif = JSON.parse(readFileSync(r.outputs["sarif-file"]!, "utf8")) as SarifLog;
    expect(sarif.runs[0]!.results).toHaveLength(Number(r.outputs.findings));
    expect(sarif.runs[0]!.tool.driver.rules.some((rule) => rule.id === "c/size-changed")).toBe(true);
  }, 60_000);

  test("the description then states the impact: the same check run and comment turn to success, exit 0", async () => {
    const before = fake.requests.length;
    const edited = pullRequestEvent({ action: "edited", body: STATED_BODY, changes: { body: { from: "" } } });
    const r = await run({ event: edited, token: WRITE_TOKEN });
    expect(r).toMatchObject({ code: 0, outputs: { conclusion: "success" } }); // on failure jest prints the job log

    const runs = fake.state.checkRuns.filter((c) => c.head_sha === EXAMPLE.head);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ conclusion: "success" });
    expect(fake.state.comments).toHaveLength(1); // updated in place, never a second one
    expect(fake.state.comments[0]!.body).not.toContain("please state the impact");
    const mine = fake.requests.slice(before);
    // the findings were recorded on the check run (sealed with the workflow's key): an edit reads no file and lists no files again
    expect(mine.filter((q) => q.route === "GET /repos/{owner}/{repo}/pulls/{number}/files")).toEqual([]);
    expect(mine.filter((q) => q.route === CHECK_RUNS)).toEqual([]);
    expect(mine.some((q) => q.route === "PATCH /repos/{owner}/{repo}/check-runs/{id}")).toBe(true);
    expect(r.summary).toContain(`## ${runs[0]!.output.title}`);
  }, 60_000);

  test("a fork's read-only token: annotations as workflow commands, the job summary and exit 1; nothing written", async () => {
    const writesBefore = structuredClone(fake.state.checkRuns);
    const before = fake.requests.length;
    const r = await run({ event: pullRequestEvent({ action: "synchronize", fork: true }), token: READ_TOKEN });
    expect(r).toMatchObject({ code: 1, outputs: { conclusion: "action_required" } }); // on failure jest prints the job log

    const mine = fake.requests.slice(before);
    const refused = mine.filter((q) => q.status === 403);
    // the verdict tried once (an update here: the earlier runs' check run is on this head), then no other write
    expect(refused.map((q) => q.route)).toEqual(["PATCH /repos/{owner}/{repo}/check-runs/{id}"]);
    expect(mine.filter((q) => q.method !== "GET" && q.route !== "POST /graphql" && q.status !== 403)).toEqual([]);
    expect(fake.state.checkRuns).toEqual(writesBefore);

    const annotations = r.stdout
      .split("\n")
      .filter((l) => l.startsWith("::error file=include/uapi/linux/kvm_example.h,line="));
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.some((l) => l.includes(",title=c/size-changed%3A struct kvm_regs_example::"))).toBe(true);
    expect(r.stdout).toMatch(/^::warning::impactgate: GitHub refused the check run \(403\)/m);
    expect(r.summary).toContain("could not create the `impactgate` check run");
    expect(r.summary).toContain("c/size-changed");
    expect(Number(r.outputs.findings)).toBe(annotations.length + countOther(r.stdout));
  }, 60_000);

  test("a workflow mistake is said on the run: an unsupported event, a bad input", async () => {
    const push = await runBundledAction({
      actionDir,
      apiUrl: fake.baseUrl,
      event: {},
      eventName: "push",
      token: WRITE_TOKEN,
    });
    expect(push.code).toBe(1);
    expect(push.stdout).toMatch(
      /^::error::impactgate: the Action reviews pull_request and merge_group events, not "push"/m,
    );
    const bad = await run({ event: pullRequestEvent(), token: WRITE_TOKEN, inputs: { "fail-on": "sometimes" } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error::impactgate: `fail-on` must be one of action_required, failure, never/);
    expect(bad.stdout).toContain(`::add-mask::${WRITE_TOKEN}`);
    const outside = await run({
      event: pullRequestEvent(),
      token: WRITE_TOKEN,
      inputs: { config: "../impactgate.yml" },
    });
    expect(outside.code).toBe(1);
    expect(outside.stdout).toMatch(/::error::impactgate: `config` must be a file path inside the repository/);
  }, 60_000);
});

test("a workflow job itself named impactgate: its own check is the verdict (exit code, annotations in the log); no second check run, the job's untouched", async () => {
  const fake = await startFakeGitHub({
    store: exampleStore(),
    tokens: { [WRITE_TOKEN]: { permission: "write", login: "github-actions[bot]" } },
  });
  try {
    // what the runner does before the step starts: the job's check run, in progress, on the pull request's head
    const job = {
      id: fake.state.nextId++,
      owner: EXAMPLE.owner,
      repo: EXAMPLE.repo,
      name: "impactgate",
      head_sha: EXAMPLE.head,
      status: "in_progress",
      conclusion: null,
      output: {},
      annotations: [],
    };
    fake.state.checkRuns.push(structuredClone(job));
    const r = await runBundledAction({
      actionDir,
      apiUrl: fake.baseUrl,
      event: pullRequestEvent(),
      token: WRITE_TOKEN,
    });
    expect(r).toMatchObject({ code: 1, outputs: { conclusion: "action_required" } }); // on failure jest prints the job log
    expect(fake.state.checkRuns).toEqual([job]); // none added, the job's own run not written
    expect(fake.requests.filter((q) => q.route.includes("check-runs") && q.method !== "GET")).toEqual([]);
    expect(r.stdout).toMatch(/^::warning::impactgate: this job is named `impactgate`/m);
    expect(r.stdout).toMatch(/^::error file=include\/uapi\/linux\/kvm_example\.h,line=\d+/m);
    expect(r.summary).toContain("This job is named `impactgate`");
    expect(r.summary).toContain("c/size-changed");
    // the comment and the labels are written as usual
    expect(fake.state.comments).toHaveLength(1);
    expect(fake.state.comments[0]!.body).toContain("ABI impact");
  } finally {
    await fake.close();
  }
}, 60_000);

describe("the `config` input: another file, still read from the default branch", () => {
  const CONFIG = "ci/impactgate.yml";
  const runWith = async (store: ReturnType<typeof exampleStore>) => {
    const fake = await startFakeGitHub({
      store,
      tokens: { [WRITE_TOKEN]: { permission: "write", login: "github-actions[bot]" } },
    });
    try {
      const r = await runBundledAction({
        actionDir,
        apiUrl: fake.baseUrl,
        event: pullRequestEvent(),
        token: WRITE_TOKEN,
        inputs: { config: CONFIG },
      });
      return { r, checkRun: fake.state.checkRuns.find((c) => c.head_sha === EXAMPLE.head)! };
    } finally {
      await fake.close();
    }
  };

  test("main's ci/impactgate.yml governs (errors lowered to warnings: success); the pull request's own copy is ignored", async () => {
    const { r, checkRun } = await runWith(
      exampleStore({
        config: "rules:\n  c/*: warning\n  fork/*: warning\n",
        configPath: CONFIG,
        headFiles: { [CONFIG]: "rules:\n  c/*: off\n  fork/*: off\n" },
      }),
    );
    expect(r).toMatchObject({ code: 0, outputs: { conclusion: "success" } }); // on failure jest prints the job log
    const annotations = checkRun.annotations as { title: string; annotation_level: string }[];
    // main's levels (warnings), not the head's (off): the findings are all there
    expect(annotations.find((a) => a.title.startsWith("c/size-changed"))?.annotation_level).toBe("warning");
    // the pull request edits that file: previewed, not obeyed
    expect(checkRun.output.summary).toContain("Configuration change preview");
  }, 60_000);

  test("an invalid file at that path: a failure check run naming the file and the key", async () => {
    // the bundle's config validator is generated at build time (ajv standalone): its enum and format (glob) errors read as the app's
    const config = 'rules:\n  c/*: loud\npaths:\n  exclude: ["+(a*|b)"]\n';
    const { r, checkRun } = await runWith(exampleStore({ config, configPath: CONFIG }));
    expect(r).toMatchObject({ code: 1, outputs: { conclusion: "failure" } });
    expect(checkRun).toMatchObject({ conclusion: "failure" });
    expect(`${checkRun.output.title}\n${checkRun.output.summary}`).toContain(
      `${CONFIG} is invalid at \`rules["c/*"]\` (line 2)`,
    );
    expect(checkRun.output.summary).toContain(
      "- line 4: `paths.exclude[0]`: the glob `+(a*|b)` puts a wildcard inside an extglob",
    );
  }, 60_000);
});

describe("compare.against: last-release through the Action (tags, ancestry and compare on the fake GitHub)", () => {
  let fake: Awaited<ReturnType<typeof startFakeGitHub>>;
  beforeAll(async () => {
    fake = await startFakeGitHub({
      store: releaseStore(),
      tokens: { [WRITE_TOKEN]: { permission: "write", login: "github-actions[bot]" } },
    });
  });
  afterAll(() => fake?.close());

  const run = (pull: PullRef) =>
    runBundledAction({
      actionDir,
      apiUrl: fake.baseUrl,
      event: pullRequestEvent({ body: "", pull }),
      token: WRITE_TOKEN,
      repository: `${pull.owner}/${pull.repo}`,
      sha: pull.head.sha,
    });

  test("a pull request that changes an unreleased struct again is judged against the release: blocked", async () => {
    const r = await run(AGAIN);
    expect(r).toMatchObject({ code: 1, outputs: { conclusion: "action_required" } }); // on failure jest prints the job log
    const checkRun = fake.state.checkRuns.find((c) => c.head_sha === AGAIN.head.sha)!;
    const size = (checkRun.annotations as { title: string; message: string }[]).find(
      (a) => a.title === "c/size-changed: struct pkt",
    );
    expect(size?.message).toContain("from 8 to 16 bytes"); // the release's 8, not main's 12
    expect(r.summary).toContain("Compared against the last release, **v1.4.0**");
    expect(fake.state.comments.find((c) => c.issue === AGAIN.number)?.body).toContain(
      "Compared against the last release, **v1.4.0**",
    );
  }, 60_000);

  test("an unrelated pull request on the same branch is not blocked and lists the unreleased break as notices", async () => {
    const r = await run(UNRELATED);
    expect(r).toMatchObject({ code: 0, outputs: { conclusion: "success" } });
    const checkRun = fake.state.checkRuns.find((c) => c.head_sha === UNRELATED.head.sha)!;
    const pkt = (checkRun.annotations as { title: string; annotation_level: string; message: string }[]).filter((a) =>
      a.title.includes("struct pkt"),
    );
    expect(pkt.length).toBeGreaterThan(0);
    expect(
      pkt.every((a) => a.annotation_level === "notice" && a.message.startsWith("Already on `main` since v1.4.0")),
    ).toBe(true);
    expect(r.summary).toContain("Compared against the last release, **v1.4.0**");
    expect(Number(r.outputs.findings)).toBe(pkt.length);
  }, 60_000);
});

describe("action.yml", () => {
  test("runs the committed bundle on node20 and declares the inputs and outputs the Action uses", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
      runs: { using: string; main: string };
    };
    expect(action.runs).toEqual({ using: "node20", main: "dist/action/index.js" });
    expect(existsSync(join(ROOT, action.runs.main))).toBe(true);
    expect(Object.keys(action.inputs).sort()).toEqual(["comment", "config", "fail-on", "format", "github-token"]);
    expect(action.inputs["github-token"]!.default).toBe("${{ github.token }}");
    expect(action.inputs["fail-on"]!.default).toBe("action_required");
    expect(Object.keys(action.outputs).sort()).toEqual(["conclusion", "findings", "report-file", "sarif-file"]);
  });
});

/** Warning and notice annotations (the example also has warnings). */
function countOther(stdout: string): number {
  return stdout.split("\n").filter((l) => /^::(warning|notice) file=/.test(l)).length;
}
