import type { Context, Logger } from "probot";
import type { Octokit } from "./octokit.js";
import { readConfigText } from "./security/config-text.js";

/**
 * What a review needs from its surroundings. A webhook Context gives it today; a queue worker
 * (issue 7) can build one from an installation client without a webhook.
 */
export interface GateContext {
  octokit: Octokit;
  log: Logger;
  /** `X-GitHub-Delivery` of the event that asked for the review, for logs. */
  delivery: string;
  /** Reads `.github/impactgate.yml` from the default branch, `_extends` resolved; null when absent. */
  readConfig(): Promise<unknown>;
  /** The raw text of the repository's own config file on the default branch (error lines); null when absent. */
  readConfigText?(): Promise<string | null>;
}

/** The config file name under `.github/`. */
export const CONFIG_FILE = "impactgate.yml";

/** A GateContext from a Probot webhook context. */
export function gateContext(
  context: Pick<Context, "octokit" | "log" | "id" | "config"> & { payload?: unknown },
): GateContext {
  const repository = (context.payload as { repository?: { owner: { login: string }; name: string } } | undefined)
    ?.repository;
  return {
    octokit: context.octokit,
    log: context.log,
    delivery: context.id,
    readConfig: () => context.config(CONFIG_FILE),
    ...(repository
      ? {
          readConfigText: () =>
            readConfigText(context.octokit, { owner: repository.owner.login, repo: repository.name }),
        }
      : {}),
  };
}
