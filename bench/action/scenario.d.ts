/**
 * The bundled example (examples/kvm-run) as a repository behind the fake GitHub: `main` at the
 * before tree, pull request #7 from `grow-regs` at the after tree.
 * @param {{ body?: string, config?: string, configPath?: string, headFiles?: Record<string, string> }} [options]
 *   config: the text of `configPath` (default `.github/impactgate.yml`) on `main`; headFiles: more files on the pull request's head
 */
export function exampleStore({
  body,
  config,
  configPath,
  headFiles,
}?: {
  body?: string;
  config?: string;
  configPath?: string;
  headFiles?: Record<string, string>;
}): import("../fake-github/memory-store.js").RepoStore & {
  repos: Record<string, import("../fake-github/memory-store.js").MemoryRepo>;
};
/**
 * A `pull_request` event payload as the runner writes it to GITHUB_EVENT_PATH (the webhook's
 * shape, trimmed to what a reader uses).
 * @param {{ action?: string, body?: string, fork?: boolean, changes?: object, pull?: PullRef }} [options]
 */
export function pullRequestEvent({
  action,
  body,
  fork,
  changes,
  pull,
}?: {
  action?: string;
  body?: string;
  fork?: boolean;
  changes?: object;
  pull?: PullRef;
}): {
  pull_request: {
    number: number;
    title: string;
    body: string;
    state: string;
    user: {
      login: string;
      type: string;
    };
    labels: never[];
    changed_files: number;
    base: {
      repo: {
        name: string;
        full_name: string;
        owner: {
          login: string;
          type: string;
        };
        fork: boolean;
        default_branch: string;
      };
      ref: string;
      sha: string;
    };
    head: {
      repo: {
        name: string;
        full_name: string;
        owner: {
          login: string;
          type: string;
        };
        fork: boolean;
        default_branch: string;
      };
      ref: string;
      sha: string;
    };
  };
  repository: {
    name: string;
    full_name: string;
    owner: {
      login: string;
      type: string;
    };
    fork: boolean;
    default_branch: string;
  };
  sender: {
    login: string;
    type: string;
  };
  changes?: object | undefined;
  action: string;
  number: number;
};
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
export function runBundledAction({
  actionDir,
  apiUrl,
  event,
  eventName,
  token,
  inputs,
  sha,
  repository,
  env: extra,
}: {
  actionDir: string;
  apiUrl: string;
  event: object;
  eventName?: string;
  token: string;
  inputs?: Record<string, string>;
  sha?: string;
  repository?: string;
  env?: Record<string, string>;
}): Promise<ActionRun>;
export namespace EXAMPLE {
  let owner: string;
  let repo: string;
  let number: number;
  let base: string;
  let head: string;
  let merge: string;
}
/** The description that states both impacts the bundled example needs. */
export const STATED_BODY: string;
export type ActionRun = {
  /**
   * the step's exit code
   */
  code: number | null;
  /**
   * the job log (workflow commands included)
   */
  stdout: string;
  stderr: string;
  /**
   * from the GITHUB_OUTPUT file
   */
  outputs: Record<string, string>;
  /**
   * the GITHUB_STEP_SUMMARY file
   */
  summary: string;
  /**
   * start of the process to its exit
   */
  ms: number;
  /**
   * the process's CPU time, user + system (what load on the machine does not inflate)
   */
  cpuMs: number;
};
/**
 * which pull request an event is about (default: the bundled example's)
 */
export type PullRef = {
  owner: string;
  repo: string;
  number: number;
  title: string;
  base: {
    ref: string;
    sha: string;
  };
  head: {
    ref: string;
    sha: string;
  };
};
