import { UserError } from "../engine/user-error.js";
import { createServer } from "node:http";
import { createProbot } from "probot";
import { createMetrics } from "./ops/metrics.js";
import { pacedProbotOctokit } from "./request-pacing.js";
import { opsHandler } from "./ops/ops-handler.js";
import { connectRedis } from "./queue/redis-queue.js";
import { gateRunner } from "./queue/job-runners.js";
import { createRedisQueue } from "./queue/redis-queue.js";
import { startRedisWorker } from "./queue/redis-workers.js";
import { reportRunner } from "./queue/job-runners.js";
import { startReportWorker } from "./queue/redis-workers.js";
import { openAnalysis } from "../isolation/analysis-pool.js";
import { warnIfEphemeralRecordKey } from "./security/signed-record.js";

/**
 * `impactgate worker`: takes review jobs from Redis (BullMQ) and runs them with the installation's
 * client; a review ends at its verdict and queues its comment and labels as a report job, which
 * the same processes take from a second queue with a concurrency of their own. Same image and env as the app (APP_ID, PRIVATE_KEY[_PATH], GHE_HOST, REDIS_URL — the
 * last also keeps the write pacing in Redis, so the app and all workers share one write lane per
 * installation: request-pacing.ts). Serves /healthz /readyz /metrics on WORKER_PORT. Resolves with the exit code after
 * SIGTERM/SIGINT, once running reviews have finished; throws without REDIS_URL.
 */
export async function runWorker(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (!env.REDIS_URL)
    throw new UserError("impactgate worker needs REDIS_URL: without Redis the app runs reviews in its own process");
  if (!env.APP_ID) throw new UserError("impactgate worker needs APP_ID (the GitHub App's id), like the app itself");
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH)
    throw new UserError(
      "impactgate worker needs PRIVATE_KEY or PRIVATE_KEY_PATH (the GitHub App's private key), like the app itself",
    );
  const probot = createProbot({ env, overrides: { Octokit: pacedProbotOctokit() } });
  await probot.ready(); // the logger and the app client exist only once Probot is ready
  const log = probot.log.child({ name: "impactgate-worker" });
  warnIfEphemeralRecordKey(log);
  const metrics = createMetrics();
  const producer = connectRedis(env.REDIS_URL);
  const queue = createRedisQueue({ redis: producer, log, metrics });
  metrics.watchQueue(() => queue.stats());
  const ops = opsHandler({ metrics, readiness: [{ name: "redis", check: () => queue.ping() }] });
  const server = createServer(async (req, res) => {
    if (!(await ops(req, res))) res.writeHead(404).end();
  });
  const port = Number(env.WORKER_PORT) || 9464;
  // Listen before taking jobs: a taken port is the operator's to fix, said plainly, with no job half-run.
  await new Promise<void>((ok, fail) => server.once("error", fail).listen(port, env.HOST, () => ok())).catch(
    async (err: NodeJS.ErrnoException) => {
      await queue.close();
      producer.disconnect();
      // Probot's throttling holds a Redis client of its own; once the CLI has said why, leave.
      setTimeout(() => process.exit(2), 500).unref();
      throw err.code === "EADDRINUSE"
        ? new UserError(
            `WORKER_PORT ${port} is already in use: set WORKER_PORT to a free port for this worker's /healthz, /readyz and /metrics`,
          )
        : err;
    },
  );
  const blocking = connectRedis(env.REDIS_URL, { blocking: true });
  const reportBlocking = connectRedis(env.REDIS_URL, { blocking: true });
  const auth = (id: number) => probot.auth(id);
  const concurrency = Number(env.WORKER_CONCURRENCY) || 8;
  // Reviews wait on GitHub most of the time; their analysis runs in a few warm processes.
  const analysis = openAnalysis(env, { log, preload: true, onStopped: metrics.countAnalysisStop });
  if (analysis.pool) metrics.watchAnalysis(analysis.pool.stats);
  const worker = startRedisWorker({
    redis: blocking,
    run: gateRunner({ auth, log, metrics, analyze: analysis.analyze }),
    enqueueReport: (job) => queue.enqueueReport(job),
    log,
    metrics,
    concurrency,
  });
  const reports = startReportWorker({
    redis: reportBlocking,
    run: reportRunner({ auth, log, metrics }),
    isStale: (job) => queue.isStaleReport(job),
    reviewsPending: (job) => queue.reviewsPending(job),
    log,
    metrics,
    concurrency: Number(env.WORKER_REPORT_CONCURRENCY) || concurrency,
  });

  log.info(
    { port, concurrency: worker.opts.concurrency, reportConcurrency: reports.opts.concurrency },
    "impactgate worker started",
  );

  return new Promise<number>((resolve) => {
    const stop = async (signal: string) => {
      log.info({ signal }, "stopping: finishing running reviews");
      // close() waits for active jobs; a job cut off by a hard kill is picked up by another worker.
      // Reviews first: a finishing review still queues its report (left waiting for any worker).
      await worker.close();
      await reports.close();
      analysis.close();
      await queue.close();
      producer.disconnect();
      blocking.disconnect();
      reportBlocking.disconnect();
      server.close();
      // Probot's throttling keeps its own Redis client open; nothing is left to finish, so leave.
      setTimeout(() => process.exit(0), 500).unref();
      resolve(0);
    };
    process.once("SIGTERM", () => void stop("SIGTERM"));
    process.once("SIGINT", () => void stop("SIGINT"));
  });
}
