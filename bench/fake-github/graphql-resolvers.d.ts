import type { GraphqlSource } from "./graphql.js";

export interface Context {
  source: GraphqlSource;
  viewerLogin: string;
  blobTextLimit: number;
}

/**
 * The Query root: `repository(owner, name)` gives a plain-object Repository node whose fields
 * graphql-js resolves (functions are called with (args, context)); null + NOT_FOUND when absent.
 */
export const queryRoot: {
  repository(args: { owner: string; name: string }, ctx: Context): Promise<Record<string, unknown>>;
};
