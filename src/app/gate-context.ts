import { readConfigChain, readConfigText } from "./security/config-trust.js";
import { DEFAULT_DOCS_URL } from "../render/blocks.js";
import type { Context, Logger } from "probot";
import type { API as ConfigApi } from "@probot/octokit-plugin-config";
import type { Octokit } from "./octokit.js";

/**
 * What a review needs from its surroundings. A webhook Context gives it today; a queue worker
 * (issue 7) can build one from an installation client without a webhook.
 */
export interface GateContext {
  octokit: Octokit;
  log: Logger;
  /** `X-GitHub-Delivery` of the event that asked for the review, for logs. */
  delivery: string;
  /** The app installation the client acts for (none for the Action's workflow token): what it may read. */
  installation?: number;
  /** Reads `.github/impactgate.yml` from the default branch, `_extends` resolved; null when absent. */
  readConfig(): Promise<unknown>;
  /** The raw text of the repository's own config file on the default branch (error lines); null when absent. */
  readConfigText?(): Promise<string | null>;
  /** The config file's path when not `.github/impactgate.yml` (the Action's `config` input). */
  configPath?: string;
}

/** The config file name under `.github/`. */
export const CONFIG_FILE = "impactgate.yml";

/** A GateContext from a Probot webhook context. */
export function gateContext(
  context: Pick<Context, "octokit" | "log" | "id" | "config"> & { payload?: unknown },
): GateContext {
  const payload = context.payload as
    { repository?: { owner: { login: string }; name: string }; installation?: { id: number } } | undefined;
  const repository = payload?.repository;
  const installation = payload?.installation?.id;
  return {
    octokit: context.octokit,
    log: context.log,
    delivery: context.id,
    ...(installation !== undefined ? { installation } : {}),
    readConfig: () => context.config(CONFIG_FILE),
    ...(repository
      ? {
          readConfig: () => readConfigChain(context.octokit, { owner: repository.owner.login, repo: repository.name }),
          readConfigText: () =>
            readConfigText(context.octokit, { owner: repository.owner.login, repo: repository.name }),
        }
      : {}),
  };
}

/**
 * A GateContext without a webhook: a queue worker's installation client, or the Action's client
 * for the workflow token. Reads the config as `context.config()` does: default branch, `_extends`
 * resolved, the organisation's `.github` repository as the fallback (a missing `_extends` target is
 * an error: readConfigChain). `configPath`: another file than `.github/impactgate.yml`, still on
 * the default branch (the Action's `config` input).
 */
export function clientGateContext(
  octokit: Octokit & ConfigApi,
  where: { owner: string; repo: string },
  opts: { log: Logger; delivery: string; configPath?: string; installation?: number },
): GateContext {
  const at = { ...where, ...(opts.configPath ? { path: opts.configPath } : {}) };
  return {
    octokit,
    log: opts.log,
    delivery: opts.delivery,
    ...(opts.installation !== undefined ? { installation: opts.installation } : {}),
    readConfig: () => readConfigChain(octokit, at),
    readConfigText: () => readConfigText(octokit, at),
    ...(opts.configPath ? { configPath: opts.configPath } : {}),
  };
}

/** Where the check run and comment link to (rules, config, statements). */
export const DOCS_URL = process.env.IMPACTGATE_DOCS_URL ?? DEFAULT_DOCS_URL;
