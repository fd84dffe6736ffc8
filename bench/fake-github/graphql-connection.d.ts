export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * One page of a GitHub connection over `items`, with GitHub's rules (`first` or `last` required,
 * at most 100) and opaque base64 cursors. `name` is the field's name, for the error messages.
 */
export function connection<T>(items: T[], args: PageArgs, name: string): Connection<T>;

/** A GraphQLError carrying GitHub's top-level `type` (NOT_FOUND…) in `extensions.type`. */
export function typed(type: string, message: string): import("graphql").GraphQLError;
