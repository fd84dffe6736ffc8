import type { Context } from "probot";
import type { Octokit as Core } from "@octokit/core";
import type { Api } from "@octokit/plugin-rest-endpoint-methods";
import type { PaginateInterface } from "@octokit/plugin-paginate-rest";

/**
 * What the handlers use of a GitHub client: REST methods, pagination and GraphQL. Probot's
 * installation client is one; so is the Action's client for the workflow token (src/action),
 * which is why this is not Probot's own type.
 */
export type Octokit = Core & Api & { paginate: PaginateInterface };

/** Probot's installation client: the above plus retry, throttling and `config.get` (queue workers). */
export type InstallationOctokit = Context["octokit"];
