import { Octokit as Core } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { restEndpointMethods } from "@octokit/plugin-rest-endpoint-methods";
import { retry } from "@octokit/plugin-retry";
import { config } from "@probot/octokit-plugin-config";

/**
 * The Action's GitHub client for the workflow token: the REST methods, pagination and GraphQL the
 * gate uses (the app's `Octokit` type), retries of transient server errors, and Probot's config
 * reader (`_extends`). No Probot: no app authentication, no webhooks, no server to load.
 */
const ActionOctokit = Core.plugin(paginateRest, restEndpointMethods, retry, config);

export type ActionClient = InstanceType<typeof ActionOctokit>;

/** `baseUrl` is `GITHUB_API_URL` (`https://api.github.com`, `https://<host>/api/v3` on a server); GraphQL goes to its `/graphql`. */
export function actionClient(token: string, baseUrl: string): ActionClient {
  return new ActionOctokit({
    auth: token,
    baseUrl: baseUrl.replace(/\/+$/, ""),
    userAgent: "impactgate-action",
    // transient server errors (5xx) twice, after 1 s and 4 s; never a 4xx
    retry: { retries: 2 },
  });
}
