import { detectors as registered } from "../engine/registry.js";
import { renderCheckRun } from "../render/check-run.js";
import { defaultConfig } from "../config/defaults.js";
import { buildChangeSet } from "./github-source/build-change-set.js";
import { readReview } from "./github-source/read-review.js";
import type { ReviewReads } from "./github-source/read-review.js";
import { listedPaths } from "./github-source/changed-files.js";
import type { ChangedFiles } from "./github-source/changed-files.js";
import { changedHeadersInclude, probesSuffice } from "./workspace/workspace-probe.js";
import { configHash, loadConfig } from "./load-config.js";
import { DOCS_URL } from "./gate-context.js";
import { cacheKey } from "./known/review-cache.js";
import { encodeKnown, knownFrom, reviewFromKnown, sameFindings } from "./known/known-findings.js";
import { findCheckRun, writeCheckRun } from "./report/check-run.js";
import type { CheckRunWrite } from "./report/check-run.js";
import { reportReview } from "./report/report-review.js";
import type { ReportPlan } from "./report/report-review.js";
import { reportFailure, writeFailedCheck } from "./report/report-failure.js";
import { createPrLock } from "./pr-lock.js";
import { withRepositoryContext } from "./workspace/with-repository-context.js";
import { acknowledgeReview } from "./ack/acknowledge-review.js";
import { configPreviewSections } from "./security/config-trust.js";
import { releaseSearch, reviewAgainstRelease, reviewUnreleased } from "./release/review-against-release.js";
import { findBaseRelease } from "./release/find-last-release.js";
import type { LastRelease } from "./release/find-last-release.js";
import { createSharedReleases, releaseKey } from "./release/shared-releases.js";
import { mayCheckRelease, wantsReleaseCheck } from "../engine/unreleased-interface.js";
import { capSections, headMoved, STALE_CHECK_AFTER_MS } from "./security/review-guards.js";
import { inlineAnalyze, type Analyze } from "../isolation/analysis-pool.js";
import type { Config } from "../config/types.js";
import type { ChangeSet, Detector, Review } from "../engine/types.js";
import type { DetectorEntry } from "../engine/registry.js";
import type { GateContext } from "./gate-context.js";
import type { PullTarget } from "./target.js";
import type { ReviewCache } from "./known/review-cache.js";

export interface GateOptions {
  cache: ReviewCache;
  /** Review afresh even when findings for this head are known (the Re-run button). */
  force?: boolean;
  /** Defaults to the registry. */
  detectors?: readonly (Detector | DetectorEntry)[];
  /**
   * Confirm the head with `pulls.get` before writing (stale-head guard). By default: when a review
   * of another head of this PR waits behind this one (a push arrived meanwhile), or when a queued
   * job (`since`) is older than STALE_CHECK_AFTER_MS.
   */
  confirmHead?: boolean;
  /**
   * Epoch ms of the event, for a queued job (its enqueue time): its head may have moved while it
   * waited. A review in the webhook handler has no wait, and no wall-time guess: its outcome must
   * not depend on how long the review took.
   */
  since?: number;
  /** How old a queued job may be before its head is confirmed; default STALE_CHECK_AFTER_MS. */
  staleAfterMs?: number;
  /** Takes the comment and label writes after the verdict (a queue's low-priority job); by default they run here. */
  deferReport?: (plan: ReportPlan) => Promise<void>;
  /**
   * Writes the verdict; by default the check run. The Action passes its own: the check run
   * without the ack button, or — where its token may not create check runs — workflow-command
   * annotations and the job summary (then there is no run id).
   */
  writeVerdict?: (write: CheckRunWrite) => Promise<number | undefined>;
  /** Runs the engine: the app's analysis processes (src/isolation); in this process by default. */
  analyze?: Analyze;
}

/** What the gate did, for tests and logs. */
export interface GateResult {
  review: Review;
  /** Absent when the verdict went elsewhere than a check run (`writeVerdict`). */
  checkRunId?: number;
  reusedFindings: boolean;
}

/**
 * Reviews one pull request head and reports it: check run, sticky comment, labels. Never throws;
 * an unexpected error completes the check as `failure` with a re-run hint.
 */
export async function runGate(
  ctx: GateContext,
  target: PullTarget,
  opts: GateOptions,
): Promise<GateResult | undefined> {
  const key = `${target.owner}/${target.repo}#${target.number}`;
  return withPrLock(key, target.head.sha, () => gateOnce(ctx, target, opts, key));
}

/** One process-wide lock: two events for the same PR must not both create a check run. */
const withPrLock = createPrLock();

async function gateOnce(
  ctx: GateContext,
  target: PullTarget,
  opts: GateOptions,
  lockKey: string,
): Promise<GateResult | undefined> {
  const { octokit } = ctx;
  const { owner, repo, number } = target;
  const headSha = target.head.sha;
  const log = ctx.log.child({ repo: `${owner}/${repo}`, pr: number, headSha, delivery: ctx.delivery });
  const started = Date.now();
  const detectors = opts.detectors ?? registered;
  const releases = opts.cache.releases ?? createSharedReleases();
  const writeVerdict = opts.writeVerdict ?? writeCheckRun;
  let existingId: number | null | undefined; // undefined until looked up; null = no run yet
  try {
    // 1. what the PR changed, then ONE GraphQL request: config, the run on this head, comments,
    //    and the file versions the config this repository had last time wants
    const repoKey = `${owner}/${repo}`;
    const predicted = opts.cache.lastConfig?.(repoKey) ?? defaultConfig();
    const predictedKey = cacheKey(target, headSha, configHash(predicted, detectors));
    const knownAhead = !opts.force && (target.headUnchanged === true || Boolean(opts.cache.get(predictedKey)?.known));
    let reads = await readReview({
      octokit,
      target,
      detectors,
      predicted,
      readConfig: ctx.readConfig,
      withFiles: !knownAhead,
      ...(ctx.configPath ? { configPath: ctx.configPath } : {}),
    });

    // 2. the config from the default branch, validated: a pull request cannot loosen its own gate
    const loaded = await loadConfig(reads.readConfig, detectors, reads.readConfigText, ctx.configPath);
    if (loaded.ok) opts.cache.rememberConfig?.(repoKey, loaded.config);

    // 3. the run already on this head: re-reviews update it, and it records the findings it saw
    const key = loaded.ok ? cacheKey(target, headSha, loaded.hash) : undefined;
    const existing =
      (key ? opts.cache.get(key) : undefined) ??
      (reads.checkRun === "unknown" ? await findCheckRun({ octokit, owner, repo, headSha }) : reads.checkRun);
    existingId = existing?.checkRunId ?? null;

    // an invalid config is the user's to fix: say which key, touch nothing else
    if (!loaded.ok) {
      const where = { octokit, owner, repo, headSha, existingId: existingId ?? undefined };
      const checkRunId = await writeFailedCheck(where, loaded.review, writeVerdict);
      log.info({ conclusion: "failure", ms: Date.now() - started }, "config invalid; reported");
      return { review: loaded.review, checkRunId, reusedFindings: false };
    }
    const { config, hash } = loaded;

    // 4. findings: known for this head and config → statements only (no file is read again)
    const known = !opts.force && existing?.known?.configHash === hash ? existing.known : undefined;
    if (!known && !reads.listing)
      reads = {
        ...(await readReview({
          octokit,
          target,
          detectors,
          predicted: config,
          readConfig: ctx.readConfig,
          withFiles: true,
          ...(ctx.configPath ? { configPath: ctx.configPath } : {}),
        })),
        readConfig: reads.readConfig,
      };
    // the base tip's release, when the review may come to need it: looked up (once for all pull
    // requests on that tip) while the files are read and analysed, not after the findings
    const search = releaseSearch(config);
    let releaseLookup: Promise<LastRelease> | undefined;
    const baseRelease = () =>
      (releaseLookup ??= releases.find(releaseKey(ctx.installation, target, search), () =>
        findBaseRelease(octokit, target, search.pattern, search),
      ));
    if (!known && reads.listing && mayCheckRelease(listedPaths(reads.listing.files), config))
      baseRelease().catch(() => undefined); // a failure is the release check's to report, if it runs
    const changeSet = known ? undefined : await changeSetOf({ ctx: { ...ctx, log }, target, config, detectors, reads });
    const reviewOf = (cs: ChangeSet) => (opts.analyze ?? inlineAnalyze)(cs, config, { detectors });
    const own = changeSet ? await reviewOf(changeSet) : undefined;
    // compare.against: last-release — judged against the newest release tag the base branch and
    // the head contain; otherwise, only when the review has interface errors, those errors are
    // checked against the last release (compare.unreleased). Reads only then; the summary says which.
    const release = own &&
      changeSet && {
        octokit,
        target,
        config,
        own,
        ownChangeSet: changeSet,
        baseRelease,
        reviewSince: async (base: PullTarget["base"], listing: ChangedFiles) =>
          reviewOf(
            await changeSetOf({
              ctx: { ...ctx, log },
              target: { ...target, base },
              config,
              detectors,
              reads: { ...reads, listing },
            }),
          ),
      };
    const reviewed = !release
      ? (own ?? reviewFromKnown(known!, { body: target.body, config }))
      : config.compare.against === "last-release"
        ? await reviewAgainstRelease(release)
        : wantsReleaseCheck(release.own, config)
          ? await reviewUnreleased(release)
          : release.own;
    // a PR that edits the config gets a preview (recorded with the findings); the gate keeps the default branch's
    if (changeSet)
      reviewed.sections.push(
        ...(await configPreviewSections({
          fetcher: reads.fetcher,
          changeSet,
          config,
          docsUrl: DOCS_URL,
          ...(ctx.configPath ? { configPath: ctx.configPath } : {}),
        })),
      );

    // 4b. acknowledgements (the ack label, acks recorded in our sticky comment) where something is blocked
    const { review, comments } = await acknowledgeReview({
      octokit,
      target,
      config,
      review: reviewed,
      ...(reads.comments ? { comments: reads.comments } : {}),
    });

    // 4c. stale-head guard: a push during a long review makes this verdict a newer run's to write.
    //     A queue's deferred report checks the queue instead (a review of another head pending?),
    //     so the per-PR writes are guarded without a request; the verdict itself is right for its SHA.
    //     Another head waiting is only a hint (deliveries can arrive out of order): GitHub decides.
    const staleHint =
      withPrLock.otherHeadWaiting(lockKey, headSha) ||
      (opts.since !== undefined && Date.now() - opts.since > (opts.staleAfterMs ?? STALE_CHECK_AFTER_MS));
    if (opts.confirmHead ?? (!opts.deferReport && staleHint)) {
      const moved = await headMoved(octokit, target, log);
      if (moved) {
        log.info(
          { newHeadSha: moved, ms: Date.now() - started },
          "head moved during the review; verdict dropped (the newer head's review writes its own)",
        );
        return undefined;
      }
    }

    // 5. the verdict first: branch protection waits on it; annotations only if not already there
    const record = knownFrom(review, headSha, hash);
    const output = renderCheckRun(review, {
      config,
      docsUrl: DOCS_URL,
      extraSections: capSections(target.body, config),
    });
    const checkRunId = await writeVerdict({
      octokit,
      owner,
      repo,
      headSha,
      conclusion: review.conclusion,
      output,
      existingId: existingId ?? undefined,
      record: record ? encodeKnown(record, target) : undefined,
      sendAnnotations: !sameFindings(existing?.known?.findings, review.findings),
    });
    existingId = checkRunId; // a later failure completes this run rather than adding one
    if (key && checkRunId !== undefined) opts.cache.set(key, { checkRunId, known: record });

    // 6. comment, watch-list review requests, labels: after the verdict, and later still when a
    //    queue takes them (other pull requests' verdicts go first)
    const plan: ReportPlan = { target, review, config, ...(comments ? { comments } : {}) };
    if (opts.deferReport) {
      await opts.deferReport(plan);
      log.info(
        {
          conclusion: review.conclusion,
          findings: review.findings.length,
          reusedFindings: Boolean(known),
          ms: Date.now() - started,
        },
        "verdict reported; comment and labels queued",
      );
      return { review, checkRunId, reusedFindings: Boolean(known) };
    }
    const { comment, reviewers, labels } = await reportReview(octokit, plan);
    if (labels.forbidden)
      log.warn("GitHub refused the label write (403); see docs/permissions.md — the verdict stands");

    log.info(
      {
        conclusion: review.conclusion,
        findings: review.findings.length,
        reusedFindings: Boolean(known),
        comment,
        reviewers,
        labels,
        ms: Date.now() - started,
      },
      "review reported",
    );
    return { review, checkRunId, reusedFindings: Boolean(known) };
  } catch (err) {
    await reportFailure({ ...ctx, log }, { owner, repo, headSha, err, existingId, write: writeVerdict });
    return undefined;
  }
}

interface ChangeSetOptions {
  ctx: GateContext;
  target: PullTarget;
  config: Config;
  detectors: readonly (Detector | DetectorEntry)[];
  reads: ReviewReads;
}

/** The changed files, then what changeset-level detectors need (workspace, upstream) when in use. */
async function changeSetOf({ ctx, target, config, detectors, reads }: ChangeSetOptions): Promise<ChangeSet> {
  const { octokit, log } = ctx;
  const { fetcher, listing } = reads;
  const files = await buildChangeSet({ octokit, target, config, detectors, fetcher, ...(listing ? { listing } : {}) });
  const changed = files.files.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path]));
  const { probed } = reads;
  const needsTree =
    !probed ||
    !probesSuffice(probed, changed, config, detectors) ||
    changedHeadersInclude(files.files, config, detectors);
  return withRepositoryContext({
    octokit,
    log,
    changeSet: files,
    config,
    detectors,
    isFork: target.isFork,
    fetcher,
    needsTree,
    ...(probed ? { probed } : {}),
  });
}
