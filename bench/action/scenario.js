// @ts-check
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { memoryStore } from "../fake-github/index.js";

const ROOT = new URL("../../", import.meta.url).pathname;

/** The SHAs of the example repository (any 40 hex digits: the fake resolves them in its store). */
export const EXAMPLE = {
  owner: "octo-org",
  repo: "kvm-example",
  number: 7,
  base: "b".repeat(40),
  head: "a".repeat(40),
  /** What `GITHUB_SHA` is on a pull_request event: the merge commit, never the head. */
  merge: "c".repeat(40),
};

/** The description that states both impacts the bundled example needs. */
export const STATED_BODY = [
  "Grow kvm_regs_example by rip and flags.",
  "",
  "## ABI impact",
  "struct kvm_regs_example grows from 80 to 96 bytes, so KVM_GET_REGS_EXAMPLE gets a new number; userspace must be rebuilt.",
  "",
  "## Fork impact",
  "kvm_example_open_v2 is ours; it goes upstream with the next merge window.",
].join("\n");

/** @param {string} dir @returns {Record<string, string>} path → text, relative to dir */
function readTree(dir) {
  /** @type {Record<string, string>} */
  const out = {};
  const walk = (/** @type {string} */ d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, "utf8");
    }
  };
  walk(dir);
  return out;
}

/**
 * The bundled example (examples/kvm-run) as a repository behind the fake GitHub: `main` at the
 * before tree, pull request #7 from `grow-regs` at the after tree.
 * @param {{ body?: string, config?: string, configPath?: string, headFiles?: Record<string, string> }} [options]
 *   config: the text of `configPath` (default `.github/impactgate.yml`) on `main`; headFiles: more files on the pull request's head
 */
export function exampleStore({
  body = "Grow kvm_regs_example by rip and flags.",
  config,
  configPath = ".github/impactgate.yml",
  headFiles = {},
} = {}) {
  const before = {
    ...readTree(join(ROOT, "examples/kvm-run/before")),
    ...(config ? { [configPath]: config } : {}),
  };
  const after = { ...readTree(join(ROOT, "examples/kvm-run/after")), ...headFiles };
  return memoryStore({
    [`${EXAMPLE.owner}/${EXAMPLE.repo}`]: {
      branches: { main: EXAMPLE.base, "grow-regs": EXAMPLE.head },
      commits: { [EXAMPLE.base]: before, [EXAMPLE.head]: after },
      pulls: [
        {
          number: EXAMPLE.number,
          title: "Grow kvm_regs_example",
          body,
          base: { ref: "main", sha: EXAMPLE.base },
          head: { ref: "grow-regs", sha: EXAMPLE.head },
          labels: [],
        },
      ],
    },
  });
}

/**
 * @typedef {object} PullRef  which pull request an event is about (default: the bundled example's)
 * @property {string} owner
 * @property {string} repo
 * @property {number} number
 * @property {string} title
 * @property {{ ref: string, sha: string }} base
 * @property {{ ref: string, sha: string }} head
 */

/** @type {PullRef} */
const EXAMPLE_PULL = {
  owner: EXAMPLE.owner,
  repo: EXAMPLE.repo,
  number: EXAMPLE.number,
  title: "Grow kvm_regs_example",
  base: { ref: "main", sha: EXAMPLE.base },
  head: { ref: "grow-regs", sha: EXAMPLE.head },
};

/**
 * A `pull_request` event payload as the runner writes it to GITHUB_EVENT_PATH (the webhook's
 * shape, trimmed to what a reader uses).
 * @param {{ action?: string, body?: string, fork?: boolean, changes?: object, pull?: PullRef }} [options]
 */
export function pullRequestEvent({
  action = "opened",
  body = "Grow kvm_regs_example by rip and flags.",
  fork = false,
  changes,
  pull = EXAMPLE_PULL,
} = {}) {
  const repository = {
    name: pull.repo,
    full_name: `${pull.owner}/${pull.repo}`,
    owner: { login: pull.owner, type: "Organization" },
    fork: false,
    default_branch: "main",
  };
  const headRepo = fork
    ? {
        ...repository,
        full_name: `contributor/${pull.repo}`,
        owner: { login: "contributor", type: "User" },
        fork: true,
      }
    : repository;
  return {
    action,
    number: pull.number,
    ...(changes ? { changes } : {}),
    pull_request: {
      number: pull.number,
      title: pull.title,
      body,
      state: "open",
      user: { login: fork ? "contributor" : "octocat", type: "User" },
      labels: [],
      changed_files: 1,
      base: { ...pull.base, repo: repository },
      head: { ...pull.head, repo: headRepo },
    },
    repository,
    sender: { login: fork ? "contributor" : "octocat", type: "User" },
  };
}

/**
 * @typedef {object} ActionRun
 * @property {number | null} code  the step's exit code
 * @property {string} stdout  the job log (workflow commands included)
 * @property {string} stderr
 * @property {Record<string, string>} outputs  from the GITHUB_OUTPUT file
 * @property {string} summary  the GITHUB_STEP_SUMMARY file
 * @property {number} ms  start of the process to its exit
 * @property {number} cpuMs  the process's CPU time, user + system (what load on the machine does not inflate)
 */

/**
 * Runs the bundled Action as the runner does: `node <dir>/index.js` with the event in a file, the
 * inputs as `INPUT_<NAME>` variables, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to append to.
 * @param {{ actionDir: string, apiUrl: string, event: object, eventName?: string, token: string, inputs?: Record<string, string>, sha?: string, repository?: string, env?: Record<string, string> }} options
 * @returns {Promise<ActionRun>}
 */
export async function runBundledAction({
  actionDir,
  apiUrl,
  event,
  eventName = "pull_request",
  token,
  inputs = {},
  sha = EXAMPLE.merge,
  repository = `${EXAMPLE.owner}/${EXAMPLE.repo}`,
  env: extra = {},
}) {
  const work = mkdtempSync(join(tmpdir(), "impactgate-action-run-"));
  const files = { event: join(work, "event.json"), output: join(work, "output"), summary: join(work, "summary.md") };
  writeFileSync(files.event, JSON.stringify(event));
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  const { NODE_OPTIONS: _jest, ...inherited } = process.env;
  /** @type {Record<string, string>} */
  const env = {
    PATH: inherited.PATH ?? "",
    HOME: inherited.HOME ?? work,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_API_URL: apiUrl,
    GITHUB_REPOSITORY: repository,
    GITHUB_SHA: sha,
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: work,
    GITHUB_TOKEN: token,
    "INPUT_GITHUB-TOKEN": token,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...extra,
  };
  const started = performance.now();
  // cwd: a directory with no node_modules above it, like the runner's checkout of an action
  // the process's own CPU time, printed on exit by a preloaded one-liner (the Action is not changed)
  const cpu = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\ncpu-us "+JSON.stringify(process.cpuUsage())+"\\n"))`;
  const child = spawn(process.execPath, ["--import", cpu, join(actionDir, "index.js")], {
    cwd: work,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += String(c)));
  child.stderr.on("data", (c) => (stderr += String(c)));
  const code = await new Promise((resolve) => child.on("close", (c) => resolve(c)));
  const ms = performance.now() - started;
  const usage = /\ncpu-us (\{.*\})\n/.exec(stderr);
  const { user = 0, system = 0 } = usage ? JSON.parse(usage[1]) : {};
  return {
    code: /** @type {number | null} */ (code),
    stdout,
    stderr: stderr.replace(/\ncpu-us \{.*\}\n/, ""),
    outputs: parseOutputs(readFileSync(files.output, "utf8")),
    summary: readFileSync(files.summary, "utf8"),
    ms,
    cpuMs: (user + system) / 1000,
  };
}

/** The `name<<delimiter` … `delimiter` blocks the runner reads from GITHUB_OUTPUT. @param {string} text */
function parseOutputs(text) {
  /** @type {Record<string, string>} */
  const out = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const end = lines.indexOf(m[2], i + 1);
    out[m[1]] = lines.slice(i + 1, end).join("\n");
    i = end;
  }
  return out;
}
