import { upstreamPathOf } from "../../detectors/fork/index.js";
import { restContentFetcher } from "../github-source/contents.js";
import type { ChangeSet, FilePair, UpstreamContext } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";
import type { ContentFetcher } from "../github-source/contents.js";

interface Options {
  octokit: Octokit;
  changeSet: ChangeSet;
  upstream: UpstreamContext;
  maxBytes: number;
  /** How the pull request's own files are read (the review's batched GraphQL); defaults to REST. */
  fetcher?: ContentFetcher;
}

/**
 * Reads the head version of changed files the upstream has but no detector asked for, so the
 * fork rules can tell a sync from upstream (the file becomes upstream's) from new divergence.
 * Without it, a "merge upstream" pull request would report every file it brings in.
 */
export async function fillHeadContents({
  octokit,
  changeSet,
  upstream,
  maxBytes,
  fetcher,
}: Options): Promise<FilePair[]> {
  const missing = changeSet.files.filter(
    (p) => p.after === null && p.status !== "removed" && typeof upstream.files[upstreamPathOf(p)] === "string",
  );
  if (missing.length === 0) return changeSet.files;
  const { owner, name: repo } = changeSet.repo;
  const results = await (fetcher ?? restContentFetcher(octokit, { owner, repo })).fetch(
    missing.map((p) => ({ path: p.path, ref: changeSet.head.sha })),
    { maxBytes },
  );
  const read = new Map(missing.map((p, i) => [p, results[i]?.text ?? null]));
  return changeSet.files.map((p) => (read.get(p) ? { ...p, after: read.get(p)! } : p));
}
