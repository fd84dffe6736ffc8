import type { Context } from "probot";

/** The authenticated installation client the handlers pass around. */
export type Octokit = Context["octokit"];
