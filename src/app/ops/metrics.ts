import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { QueueStats } from "../queue/types.js";
import type { AnalysisPool } from "../../isolation/analysis-pool.js";

/** Every metric the app exports on `/metrics`; one registry per process (tests make their own). */
export interface Metrics {
  registry: Registry;
  reviews: Counter<"conclusion">;
  reviewDuration: Histogram<"conclusion">;
  findings: Counter<"rule">;
  githubRequests: Counter<"route" | "status">;
  rateLimitRemaining: Gauge<"installation">;
  queueDepth: Gauge<"state">;
  queueOldestAge: Gauge;
  jobs: Counter<"outcome">;
  /** Report jobs (comment and labels after the verdict): queued, replaced, completed, stale, superseded, retried, failed, stalled. */
  reportJobs: Counter<"outcome">;
  reportQueueDepth: Gauge<"state">;
  /** Analysis processes (busy, idle) and reviews waiting for one, read from the pool at scrape time. */
  analysisProcesses: Gauge<"state">;
  /** Analyses stopped from outside, by why (deadline, memory, crash) and whether that was the verdict (final) or retried. */
  analysisStops: Counter<"why" | "final">;
  /** Reads queue depth and age at scrape time, so the gauges never go stale. */
  watchQueue(stats: () => Promise<QueueStats>): void;
  /** Reads the analysis pool's processes at scrape time (the app and each worker have their own pool). */
  watchAnalysis(stats: AnalysisPool["stats"]): void;
  /** What to give the pool (`onStopped`) so its stops are counted. */
  countAnalysisStop(why: string, final: boolean): void;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: "impactgate_" });
  const registers = [registry];
  let readStats: (() => Promise<QueueStats>) | undefined;
  let readAnalysis: AnalysisPool["stats"] | undefined;
  let last: Promise<QueueStats | undefined> | undefined;
  // Both queue gauges are read in one scrape; share one stats() call between them.
  const statsOnce = () => {
    last ??= (readStats?.() ?? Promise.resolve(undefined))
      .catch(() => undefined)
      .finally(() => setTimeout(() => (last = undefined), 0));
    return last;
  };
  const analysisStops = new Counter({
    name: "impactgate_analysis_stops_total",
    help: "Analyses stopped from outside: by why (deadline, memory, crash) and final (the verdict) or retried",
    labelNames: ["why", "final"] as const,
    registers,
  });
  return {
    registry,
    reviews: new Counter({
      name: "impactgate_reviews_total",
      help: "Reviews completed, by check conclusion",
      labelNames: ["conclusion"],
      registers,
    }),
    reviewDuration: new Histogram({
      name: "impactgate_review_duration_seconds",
      help: "Wall time of one review, from dequeue to the last write",
      labelNames: ["conclusion"],
      buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
      registers,
    }),
    findings: new Counter({
      name: "impactgate_findings_total",
      help: "Findings reported, by rule id",
      labelNames: ["rule"],
      registers,
    }),
    githubRequests: new Counter({
      name: "impactgate_github_requests_total",
      help: "GitHub API requests, by route template and HTTP status",
      labelNames: ["route", "status"],
      registers,
    }),
    rateLimitRemaining: new Gauge({
      name: "impactgate_github_rate_limit_remaining",
      help: "x-ratelimit-remaining seen last, per installation",
      labelNames: ["installation"],
      registers,
    }),
    queueDepth: new Gauge({
      name: "impactgate_queue_depth",
      help: "Review jobs in the queue, by state",
      labelNames: ["state"],
      registers,
      async collect() {
        const s = await statsOnce();
        if (!s) return;
        this.set({ state: "waiting" }, s.waiting);
        this.set({ state: "active" }, s.active);
        this.set({ state: "delayed" }, s.delayed);
      },
    }),
    queueOldestAge: new Gauge({
      name: "impactgate_queue_oldest_age_seconds",
      help: "Age of the oldest waiting review job",
      registers,
      async collect() {
        const s = await statsOnce();
        if (s) this.set(s.oldestAgeMs / 1000);
      },
    }),
    jobs: new Counter({
      name: "impactgate_jobs_total",
      help: "Queue job outcomes (completed, retried, failed, superseded, duplicate-delivery, …)",
      labelNames: ["outcome"],
      registers,
    }),
    reportJobs: new Counter({
      name: "impactgate_report_jobs_total",
      help: "Report job outcomes (comment and labels after the verdict)",
      labelNames: ["outcome"],
      registers,
    }),
    reportQueueDepth: new Gauge({
      name: "impactgate_report_queue_depth",
      help: "Report jobs (comment and labels) in the queue, by state",
      labelNames: ["state"],
      registers,
      async collect() {
        const r = (await statsOnce())?.reports;
        if (!r) return;
        this.set({ state: "waiting" }, r.waiting);
        this.set({ state: "active" }, r.active);
        this.set({ state: "delayed" }, r.delayed);
      },
    }),
    analysisProcesses: new Gauge({
      name: "impactgate_analysis_processes",
      help: "Analysis processes by state (busy, idle) and reviews waiting for one (waiting)",
      labelNames: ["state"],
      registers,
      collect() {
        const s = readAnalysis?.();
        if (!s) return;
        this.set({ state: "busy" }, s.busy);
        this.set({ state: "idle" }, s.idlePids.length);
        this.set({ state: "waiting" }, s.waiting);
      },
    }),
    analysisStops,
    watchQueue(stats) {
      readStats = stats;
    },
    watchAnalysis(stats) {
      readAnalysis = stats;
    },
    countAnalysisStop: (why, final) => analysisStops.inc({ why, final: String(final) }),
  };
}
