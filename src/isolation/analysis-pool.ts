import { availableParallelism } from "node:os";
import { extname } from "node:path";
import { AnalysisProcess, type RunEnd } from "./analysis-process.js";
import { stoppedReview } from "./stopped-review.js";
import { isHeaderPath } from "../detectors/c/applies.js";
import type { Config } from "../config/types.js";
import type { DetectorEntry } from "../engine/registry.js";
import type { ChangeSet, Detector, Review } from "../engine/types.js";

/** Runs the engine on a change set: in an analysis process (isolated) or in this one (inline). */
export type Analyze = (
  cs: ChangeSet,
  config: Config,
  options?: { detectors?: readonly (Detector | DetectorEntry)[] },
) => Promise<Review>;

/** The analysis knobs from the environment; every one documented in docs/deploy.md. */
export interface AnalysisSettings {
  /** isolated: analysis processes (the default); inline: this process (tests, where nothing else runs). */
  mode: "isolated" | "inline";
  /** Analysis processes kept warm; one review runs in each at a time. */
  workers: number;
  /** Resident-memory cap of each analysis process, in MB. */
  memoryMb: number;
  /** The longest deadline a repository's `limits.review-time-ms` may ask for. */
  maxDeadlineMs: number;
}

function num(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(n) && n > 0 ? n : fallback;
}

export function analysisSettings(env: NodeJS.ProcessEnv = process.env): AnalysisSettings {
  const asked = env.IMPACTGATE_ANALYSIS;
  // Jest sets NODE_ENV=test: unit and handler tests run the engine in-process, like the inline queue.
  const mode = asked === "inline" || asked === "isolated" ? asked : env.NODE_ENV === "test" ? "inline" : "isolated";
  return {
    mode,
    workers: Math.floor(num(env.IMPACTGATE_ANALYSIS_WORKERS, Math.max(2, Math.min(4, availableParallelism())))),
    memoryMb: num(env.IMPACTGATE_ANALYSIS_MEMORY_MB, 1024),
    maxDeadlineMs: num(env.IMPACTGATE_ANALYSIS_TIMEOUT_MS, 600_000),
  };
}

/** The engine in this process: no deadline, no memory cap. (The engine loads on first use.) */
export const inlineAnalyze: Analyze = async (cs, config, options) => {
  const { review } = await import("../engine/review.js");
  return review(cs, config, options?.detectors ? { detectors: options.detectors } : {});
};

export interface AnalysisPoolOptions {
  workers: number;
  memoryMb: number;
  maxDeadlineMs: number;
  /** The child entry and Node options; tests run the TypeScript sources through a loader. */
  entry?: string | URL;
  execArgv?: readonly string[];
  /** Load every detector when a process starts (a long-lived pool), not as reviews need them (the CLI). */
  preload?: boolean;
  log?: { warn(obj: object, msg: string): void };
  /** Told of every analysis stopped from outside (deadline, memory cap, a dead process): the app counts them. */
  onStopped?: (why: "deadline" | "memory" | "crash", final: boolean) => void;
}

export interface AnalysisPool {
  analyze: Analyze;
  /** Starts every process now, so the first review does not wait for one. */
  warm(): void;
  /** Processes started, busy ones and idle ones (with their pids: ops can watch them) and reviews waiting for one. */
  stats(): { processes: number; busy: number; waiting: number; busyPids: number[]; idlePids: number[] };
  /** Ends every process; reviews still waiting reject. */
  close(): void;
}

interface Waiter {
  resolve(process: AnalysisProcess): void;
  reject(err: Error): void;
}

/**
 * Warm analysis processes that run the engine off the app's event loop (and the CLI's): each one
 * has a memory cap and a hard deadline per review, so no pull request can stall `/healthz`, grow
 * the app past its memory or crash it. A review the process could not finish is reported, never
 * passed: an `engine/analysis-failed` error naming the file it was on. A process that dies is
 * replaced and the review tried once more on the fresh one; a second death, or the deadline, is
 * the verdict — no pull request is retried in a loop, and the others keep flowing.
 */
export function createAnalysisPool(options: AnalysisPoolOptions): AnalysisPool {
  // The child runs as this process runs: the built .js next to this module (or the .ts source,
  // with the loader this process was started with, when the app runs from source).
  const entry =
    options.entry ?? new URL(`./analysis-child${extname(new URL(import.meta.url).pathname)}`, import.meta.url);
  const execArgv = options.execArgv ?? loaderArgs(process.execArgv);
  const spawn = () =>
    new AnalysisProcess({ entry, execArgv, memoryMb: options.memoryMb, preload: options.preload ?? false });
  const idle: AnalysisProcess[] = [];
  const waiters: Waiter[] = [];
  let live = 0;
  const busy = new Set<AnalysisProcess>();
  let closed = false;
  const all = new Set<AnalysisProcess>();

  /** Starts a process and hands it to `to` once ready (or tells `to` it did not start). */
  function start(to: Waiter): void {
    live++;
    const proc = spawn();
    all.add(proc);
    proc.ready.then(
      () => to.resolve(proc),
      (err: Error) => {
        live--;
        all.delete(proc);
        to.reject(err);
      },
    );
  }

  function acquire(): Promise<AnalysisProcess> {
    if (closed) return Promise.reject(new Error("the analysis pool is closed"));
    // an idle process can die too (killed from outside): its slot is free again
    for (let ready = idle.pop(); ready; ready = idle.pop()) {
      if (ready.alive) return Promise.resolve(ready);
      all.delete(ready);
      live--;
    }
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject };
      if (live < options.workers) start(waiter);
      else waiters.push(waiter);
    });
  }

  function release(proc: AnalysisProcess): void {
    if (closed) return proc.kill();
    const next = waiters.shift();
    if (next) next.resolve(proc);
    else idle.push(proc);
  }

  /** A process that died: its slot goes to the next waiter, with a fresh process. */
  function discard(proc: AnalysisProcess): void {
    proc.kill();
    all.delete(proc);
    live--;
    const next = waiters.shift();
    if (next && !closed) start(next);
  }

  const analyze: Analyze = async (cs, config, opts) => {
    // by id: the process runs its own registry's detectors (it refuses an id it does not know)
    const ids = opts?.detectors?.map((d) => d.id);
    const deadlineMs = Math.min(config.limits["review-time-ms"], options.maxDeadlineMs);
    for (let attempt = 1; ; attempt++) {
      const proc = await acquire();
      busy.add(proc);
      let end: RunEnd;
      try {
        end = await proc.run({ changeSet: cs, config, ...(ids ? { detectors: ids } : {}) }, deadlineMs);
      } finally {
        busy.delete(proc);
      }
      if (end.kind === "done") {
        release(proc);
        return end.review;
      }
      if (end.kind === "error") {
        release(proc);
        throw Object.assign(new Error(end.message), { stack: end.stack ?? end.message });
      }
      discard(proc);
      const final = end.why === "deadline" || attempt >= 2;
      options.onStopped?.(end.why, final);
      options.log?.warn(
        { why: end.why, detail: end.detail, at: end.at, attempt, final, peakRssMb: end.peakRssMb },
        final ? "analysis stopped; reporting what could not be analysed" : "analysis process died; trying once more",
      );
      if (final) return stoppedReview(cs, config, { end, memoryMb: options.memoryMb, attempts: attempt });
    }
  };

  return {
    analyze,
    warm() {
      while (!closed && live < options.workers) start({ resolve: release, reject: () => {} });
    },
    stats: () => ({
      processes: live,
      busy: busy.size,
      waiting: waiters.length,
      busyPids: [...busy].flatMap((p) => (p.pid === undefined ? [] : [p.pid])),
      idlePids: idle.flatMap((p) => (p.pid === undefined ? [] : [p.pid])),
    }),
    close() {
      closed = true;
      for (const w of waiters.splice(0)) w.reject(new Error("the analysis pool is closed"));
      for (const proc of all) proc.kill();
      all.clear();
      idle.length = 0;
    },
  };
}

/**
 * The analysis this process should use, from the environment: a warm pool of analysis processes
 * (started now), or the engine inline. The app, `impactgate worker` and the CLI all start here.
 */
export function openAnalysis(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<AnalysisPoolOptions> = {},
): { analyze: Analyze; pool?: AnalysisPool; close(): void } {
  const settings = analysisSettings(env);
  if (settings.mode === "inline") return { analyze: inlineAnalyze, close() {} };
  const pool = createAnalysisPool({ ...settings, ...overrides });
  pool.warm();
  return { analyze: pool.analyze, pool, close: () => pool.close() };
}

/**
 * The most text (characters, both sides, included and workspace headers counted) a change set of
 * C/C++ headers may carry for the CLI to analyse it in its own process rather than start an
 * analysis process (about 0.4 s of a small `diff`'s 0.9 s). See {@link boundedForInline}.
 */
export const INLINE_MAX_CHARS = 256 * 1024;

/**
 * Whether a change set is small and plain enough that isolation buys nothing: every file it
 * carries (changed, included, workspace) is a C/C++ header, and together they hold at most
 * INLINE_MAX_CHARS characters. Isolation is for what no budget bounds — the TypeScript checker's
 * memory on a 200-byte `.d.ts`, V8's process-fatal RegExp allocation on a deeply nested
 * `package.json` — and none of those parsers runs on headers. The C detectors' work is charged to
 * the work budgets and linear in the text (docs/performance.md), and tree-sitter's memory grows
 * with the text, so 256 KiB of headers is a fraction of a second and a few tens of MB at worst.
 */
export function boundedForInline(cs: ChangeSet, config: Config): boolean {
  const texts: (string | null)[] = [
    ...cs.files.flatMap((f) => [f.before, f.after]),
    ...Object.values(cs.includes ?? {}),
    ...Object.values(cs.workspace?.files ?? {}),
  ];
  const paths = [
    ...cs.files.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path])),
    ...Object.keys(cs.includes ?? {}),
    ...Object.keys(cs.workspace?.files ?? {}),
  ];
  let chars = 0;
  for (const t of texts) chars += t?.length ?? 0;
  return chars <= INLINE_MAX_CHARS && paths.every((p) => isHeaderPath(p, config));
}

/**
 * The CLI's analysis of one change set it has already read: in this process when the change set
 * is {@link boundedForInline} and isolation was not asked for by name (`IMPACTGATE_ANALYSIS=isolated`),
 * else as {@link openAnalysis} says.
 */
export function analysisFor(
  cs: ChangeSet,
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<AnalysisPoolOptions> = {},
): { analyze: Analyze; pool?: AnalysisPool; close(): void } {
  if (env.IMPACTGATE_ANALYSIS === undefined && boundedForInline(cs, config))
    return { analyze: inlineAnalyze, close() {} };
  return openAnalysis(env, overrides);
}

/**
 * The module-loader options of this process (`--import`, `--require`, `--loader`), which the child
 * needs to load what this process loads; not `-e`, `--input-type` or `--inspect` (one debugger port).
 */
function loaderArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag] = argv[i]!.split("=");
    if (!["--import", "--require", "-r", "--loader", "--experimental-loader"].includes(flag!)) continue;
    out.push(argv[i]!);
    if (!argv[i]!.includes("=") && i + 1 < argv.length) out.push(argv[++i]!);
  }
  return out;
}
