/**
 * The GraphQL endpoint's view of the fake: repository data from the RepoStore (a rev is a branch
 * name or a commit oid), check runs and comments from what the app wrote through REST.
 */
export function storeSource(
  store: import("./memory-store.js").RepoStore,
  state: import("./routes.js").State,
): import("./graphql.js").GraphqlSource;
