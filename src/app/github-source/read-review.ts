import { listChangedFiles, listedPaths, type ChangedFiles } from "./changed-files.js";
import { planChange } from "./build-change-set.js";
import { queryReview, configFromAnswer } from "./review-query.js";
import { blobKey, prefetchedFetcher, graphqlContentFetcher, BLOBS_PER_QUERY, restContentFetcher } from "./contents.js";
import { workspaceProbes } from "../workspace/workspace-probe.js";
import { findCheckRun } from "../report/check-run.js";
import { CONFIG_PATH, readConfigText } from "../security/config-trust.js";
import type { BlobNode, BlobRequest, ContentFetcher } from "./contents.js";
import type { ReviewAnswer } from "./review-query.js";
import type { Config } from "../../config/types.js";
import type { DetectorInfo } from "../../engine/types.js";
import type { Octokit } from "../octokit.js";
import type { PullTarget } from "../target.js";

interface Options {
  octokit: Octokit;
  target: PullTarget;
  detectors: readonly DetectorInfo[];
  /** The config this repository had last time (else the defaults): it decides which files to prefetch. */
  predicted: Config;
  /** Probot's config read, for `_extends` and truncated files. */
  readConfig: () => Promise<unknown>;
  /** False when the findings for this head are known already: no file list, no file versions. */
  withFiles: boolean;
  /** The config file when not `.github/impactgate.yml` (the Action's `config` input). */
  configPath?: string;
}

/** What the review read, in the shapes the gate uses; every later read goes through `fetcher`. */
export interface ReviewReads {
  /** Absent when the files were not asked for. */
  listing?: ChangedFiles;
  readConfig: () => Promise<unknown>;
  readConfigText: () => Promise<string | null>;
  checkRun: ReviewAnswer["checkRun"];
  comments?: ReviewAnswer["comments"];
  /** Prefetched versions first, then batched GraphQL, then REST for what GraphQL truncates. */
  fetcher: ContentFetcher;
  /** Base manifests found by the workspace probe (path → text); undefined when not probed. */
  probed?: Record<string, string>;
}

/**
 * Everything a review reads before the engine runs, in two requests: the file list (REST: it
 * carries the patches) and ONE GraphQL request for config, the check run on the head, the
 * comments, the file versions the predicted config wants, and the manifests the workspace probe
 * asks about. The config the query brings back may want other files: those are read later,
 * through `fetcher`, in as few requests as GraphQL allows.
 */
export async function readReview({
  octokit,
  target,
  detectors,
  predicted,
  readConfig,
  withFiles,
  configPath = CONFIG_PATH,
}: Options): Promise<ReviewReads> {
  const repo = { owner: target.owner, repo: target.repo };
  const listing = withFiles ? await listChangedFiles({ octokit, target }) : undefined;
  const wanted = listing ? planChange(listing, target, predicted, detectors).reads.map((r) => r.req) : [];
  // a proposed config is previewed (never obeyed): its text rides along
  if (listing?.files.some((f) => f.filename === configPath && f.status !== "removed"))
    wanted.push({ path: configPath, ref: target.head.sha });
  const changed = listedPaths(listing?.files ?? []);
  const usesWorkspace = detectors.some((d) => d.id === "packages" || d.id === "manifest");
  const probes = listing && usesWorkspace ? workspaceProbes(changed) : undefined;
  const probeReqs = (probes ?? []).map((path) => ({ path, ref: target.base.sha }));
  // up to 50 file contents, plus the probe: at most MAX_PROBES manifest paths, most of which do
  // not exist (null costs GitHub nothing) and the rest small manifests
  const blobs = unique([...unique(wanted).slice(0, BLOBS_PER_QUERY), ...probeReqs]);

  const question = { ...repo, number: target.number, headSha: target.head.sha, blobs, configPath };
  const answer = await queryReview(octokit, question).catch((err: { status?: number }) => {
    if (err.status === 404 || err.status === 501) return undefined; // a server without GraphQL: REST as before
    throw err;
  });
  if (!answer) return restReads(octokit, target, listing, { readConfig, configPath });
  const prefetched = new Map<string, BlobNode | null>(blobs.map((b, i) => [blobKey(b), answer.blobs[i] ?? null]));
  const rest = restContentFetcher(octokit, repo);
  const found = probes ? foundTexts(probeReqs, prefetched) : undefined;
  return {
    ...(listing ? { listing } : {}),
    readConfig: configFromAnswer(answer.config, readConfig, configPath),
    readConfigText: async () =>
      typeof answer.config.own === "string" && answer.config.own !== "unreadable" ? answer.config.own : null,
    checkRun: answer.checkRun,
    ...(answer.comments ? { comments: answer.comments } : {}),
    fetcher: prefetchedFetcher(prefetched, graphqlContentFetcher(octokit, repo, rest), rest),
    ...(found ? { probed: found } : {}),
  };
}

/** The REST way, one request per thing: config (Probot's), the check run, and files one by one. */
async function restReads(
  octokit: Octokit,
  target: PullTarget,
  listing: ChangedFiles | undefined,
  config: { readConfig: () => Promise<unknown>; configPath: string },
): Promise<ReviewReads> {
  const repo = { owner: target.owner, repo: target.repo };
  return {
    ...(listing ? { listing } : {}),
    readConfig: config.readConfig,
    readConfigText: () => readConfigText(octokit, { ...repo, path: config.configPath }),
    checkRun: await findCheckRun({ octokit, ...repo, headSha: target.head.sha }),
    fetcher: restContentFetcher(octokit, repo),
  };
}

function unique(reqs: BlobRequest[]): BlobRequest[] {
  const seen = new Set<string>();
  return reqs.filter((r) => !seen.has(blobKey(r)) && Boolean(seen.add(blobKey(r))));
}

/** The probed files that exist, with their text; undefined when one was truncated (the tree read then decides). */
function foundTexts(
  reqs: BlobRequest[],
  prefetched: ReadonlyMap<string, BlobNode | null>,
): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const r of reqs) {
    const node = prefetched.get(blobKey(r));
    if (!node || node.__typename !== "Blob") continue;
    if (node.isTruncated || typeof node.text !== "string") return undefined;
    out[r.path] = node.text;
  }
  return out;
}
