import picomatch from "picomatch";
import type { ReleaseBase } from "../../engine/against-release.js";
import type { Octokit } from "../octokit.js";
import type { PullTarget } from "../target.js";

/** Tags per request, newest commit first; each carries two comparisons, so pages stay small. */
const TAGS_PER_PAGE = 25;
/** Pages read before giving up: the release is nearly always among the newest tags. */
const MAX_PAGES = 4;

/**
 * The release found, or why none was (said in the summary; the merge base is used instead). With
 * `newest`: the newest matching tag by commit date when the base branch does not contain it (a
 * release tagged on a release branch), for `compare.unreleased`.
 */
export type LastRelease = ({ release: ReleaseBase } | { none: string }) & { newest?: ReleaseBase };

/**
 * `compare.against: last-release` through the API, as `git describe --match` finds it locally:
 * the tag matching `compare.tags` that both the base branch and the pull request's head contain
 * (so it is reachable from their merge base), closest to the head. One GraphQL request lists the
 * newest tags by commit date, each with `Ref.compare` against the base tip and the head (a
 * commit oid is a valid `headRef`); further pages only while no matching tag is reachable.
 */
export async function findLastRelease(
  octokit: Octokit,
  target: Pick<PullTarget, "owner" | "repo" | "base" | "head">,
  pattern: string,
  { exclude, newest: wantNewest = false }: { exclude?: RegExp; newest?: boolean } = {},
): Promise<LastRelease> {
  const isMatch = picomatch(pattern, { dot: true });
  const matches = (name: string) => isMatch(name) && !exclude?.test(name);
  let after: string | null = null;
  let matched = 0;
  let newest: ReleaseBase | undefined;
  // the base branch's own release (findBaseRelease): each tag compared once, with the base
  const baseOnly = target.head.sha === target.base.sha;
  for (let page = 1; ; page++) {
    const refs: TagPage = await tagPage(octokit, baseOnly ? BASE_QUERY : QUERY, {
      owner: target.owner,
      name: target.repo,
      base: target.base.sha,
      ...(baseOnly ? {} : { head: target.head.sha }),
      after,
    });
    const candidates = refs.nodes.flatMap((n) => {
      const sha = commitOf(n?.target);
      if (!n || !sha || !matches(n.name)) return [];
      matched++;
      if (wantNewest && matched === 1 && !contains(n.onBase)) newest = { tag: n.name, sha, branch: target.base.ref };
      const onHead = baseOnly ? n.onBase : n.onHead;
      return contains(n.onBase) && contains(onHead) ? [{ tag: n.name, sha, distance: onHead!.aheadBy }] : [];
    });
    // the closest to the head; on a tie the newer (the list is newest first)
    const best = candidates.reduce<(typeof candidates)[number] | undefined>(
      (a, c) => (a === undefined || c.distance < a.distance ? c : a),
      undefined,
    );
    const elsewhere = newest ? { newest } : {};
    if (best) return { release: { tag: best.tag, sha: best.sha, branch: target.base.ref }, ...elsewhere };
    if (!refs.pageInfo.hasNextPage)
      return {
        none: `no tag matching \`${pattern}\` (\`compare.tags\`) is reachable from \`${target.base.ref}\`.`,
        ...elsewhere,
      };
    if (page === MAX_PAGES)
      return {
        none: `none of the ${MAX_PAGES * TAGS_PER_PAGE} newest tags (${matched} of them matching \`${pattern}\`, \`compare.tags\`) is reachable from \`${target.base.ref}\`.`,
        ...elsewhere,
      };
    after = refs.pageInfo.endCursor;
  }
}

/**
 * The release the base branch's tip descends from, as findLastRelease would find it for a head
 * that contains the base's tip: one request for every pull request on that tip (the gate shares
 * it, src/app/release/shared-releases.ts). For any head that contains the release it finds, it is
 * the head's own answer too: the tags both the base and the head contain are those under their
 * common history, and each one's distance to the head and to the base differ by the same count
 * (the commits past that common history), so the closest to the base among them is the closest to
 * the head. A head without it (branched off before the release) needs findLastRelease.
 */
export function findBaseRelease(
  octokit: Octokit,
  target: Pick<PullTarget, "owner" | "repo" | "base">,
  pattern: string,
  options: { exclude?: RegExp; newest?: boolean } = {},
): Promise<LastRelease> {
  return findLastRelease(octokit, { ...target, head: target.base }, pattern, options);
}

interface TagNode {
  name: string;
  target: GitObject | null;
  onBase: Comparison | null;
  /** Absent from the base-side query. */
  onHead?: Comparison | null;
}
interface GitObject {
  __typename: string;
  oid: string;
  target?: GitObject | null;
}
interface Comparison {
  status: "AHEAD" | "BEHIND" | "DIVERGED" | "IDENTICAL";
  aheadBy: number;
}
interface TagPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: (TagNode | null)[];
}

/** The newest tags, each compared with the base (and the head, when `withHead`). */
const tagQuery = (
  withHead: boolean,
) => `query ($owner: String!, $name: String!, $base: String!${withHead ? ", $head: String!" : ""}, $after: String) {
  repository(owner: $owner, name: $name) {
    refs(refPrefix: "refs/tags/", first: ${TAGS_PER_PAGE}, after: $after, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        name
        target { __typename oid ... on Tag { target { __typename oid } } }
        onBase: compare(headRef: $base) { status aheadBy }${withHead ? "\n        onHead: compare(headRef: $head) { status aheadBy }" : ""}
      }
    }
  }
}`;
const QUERY = tagQuery(true);
const BASE_QUERY = tagQuery(false);

/**
 * One page of tags. A comparison GitHub cannot make (no common history, an object it cannot
 * resolve) is null with an error beside the data: that tag is simply not reachable.
 */
async function tagPage(octokit: Octokit, query: string, variables: Record<string, string | null>): Promise<TagPage> {
  let data: { repository: { refs: TagPage | null } | null } | undefined;
  try {
    data = await octokit.graphql(query, variables);
  } catch (err) {
    const e = err as { data?: typeof data; errors?: { path?: (string | number)[] }[] };
    const onlyComparisons = e.errors?.every((x) => x.path?.at(-1) === "onBase" || x.path?.at(-1) === "onHead");
    if (!e.data?.repository?.refs || !onlyComparisons) throw err;
    data = e.data;
  }
  return data?.repository?.refs ?? { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] };
}

/** The tagged commit: a lightweight tag's target, or an annotated tag object's. */
function commitOf(target: GitObject | null | undefined): string | undefined {
  if (target?.__typename === "Commit") return target.oid;
  if (target?.__typename === "Tag" && target.target?.__typename === "Commit") return target.target.oid;
  return undefined;
}

/** The compared commit contains the tag (it is ahead of it, or is it). */
function contains(c: Comparison | null | undefined): boolean {
  return c?.status === "AHEAD" || c?.status === "IDENTICAL";
}
