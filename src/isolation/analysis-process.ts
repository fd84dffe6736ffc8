import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withoutPendingHunks } from "../engine/hunks.js";
import type { Config } from "../config/types.js";
import type { AnalysisStep } from "../engine/review.js";
import type { ChangeSet, Review } from "../engine/types.js";

/** What the pool asks of an analysis process. */
export type ParentMessage = {
  type: "review";
  id: number;
  changeSet: ChangeSet;
  /** Files whose hunks the analysis process computes itself, if it reads them (withoutPendingHunks). */
  pendingHunks: number[];
  config: Config;
  detectors?: string[];
};

/** What an analysis process answers. */
export type ChildMessage =
  | { type: "ready" }
  | ({ type: "progress"; id: number } & AnalysisStep)
  | { type: "done"; id: number; review: Review }
  | { type: "error"; id: number; message: string; stack?: string };

/** How one review on a process ended. */
export type RunEnd =
  | { kind: "done"; review: Review; peakRssMb?: number }
  /** The engine threw (an internal error): the process is still good. */
  | { kind: "error"; message: string; stack?: string }
  /** The process is gone: stopped at the deadline or the memory cap, or it died. */
  | { kind: "stopped"; why: "deadline" | "memory" | "crash"; detail: string; at?: AnalysisStep; peakRssMb?: number };

export interface ProcessOptions {
  /** The child's entry module (analysis-child.js next to this file by default). */
  entry: string | URL;
  /** Extra Node options (tests load TypeScript sources through a loader). */
  execArgv: readonly string[];
  /** The cap on the process's resident memory, in MB; its V8 heap gets three quarters of it. */
  memoryMb: number;
  /** Load every detector before the first review (see analysis-child.ts). */
  preload: boolean;
}

const MEMORY_POLL_MS = 100;
const STDERR_TAIL = 8 * 1024;
/** Linux reports resident pages in /proc; elsewhere the V8 heap cap alone bounds memory. */
const PAGE_BYTES = 4096;

/**
 * One analysis process: a Node child that runs reviews one at a time (analysis-child.ts). It is
 * the unit of containment — a hard deadline and a memory cap end the process, never the app —
 * and it gets no environment from the app, so no secret is within reach of a parser.
 */
export class AnalysisProcess {
  /** Resolves when the child has loaded the engine; rejects if it exits first. */
  readonly ready: Promise<void>;
  private readonly child: ChildProcess;
  private stderr = "";
  private exited = false;
  private seq = 0;
  private current?: { id: number; at?: AnalysisStep; finish: (end: RunEnd) => void };
  private stoppedFor?: { why: "deadline" | "memory"; detail: string };

  constructor(private readonly options: ProcessOptions) {
    const heapMb = Math.max(64, Math.floor(options.memoryMb * 0.75));
    const entry = typeof options.entry === "string" ? options.entry : fileURLToPath(options.entry);
    this.child = fork(entry, options.preload ? ["--warm"] : [], {
      execArgv: [...options.execArgv, `--max-old-space-size=${heapMb}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: { NODE_ENV: process.env.NODE_ENV ?? "production" },
    });
    this.child.stderr?.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + String(chunk)).slice(-STDERR_TAIL);
    });
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (m: ChildMessage) => {
        if (m.type !== "ready") return;
        this.child.off("message", onMessage);
        this.idle();
        resolve();
      };
      this.child.on("message", onMessage);
      this.child.once("exit", (code, signal) =>
        reject(
          new Error(
            `the analysis process exited before it was ready (${exitText(code, signal)}): ${this.stderr.trim().slice(-500)}`,
          ),
        ),
      );
    });
    this.ready.catch(() => {}); // the pool awaits it; an unobserved early exit is not an error here
    this.child.on("message", (m: ChildMessage) => this.onMessage(m));
    this.child.on("exit", (code, signal) => this.onExit(code, signal));
    // A message that cannot reach the child (it just died) is reported by its exit, which follows.
    this.child.on("error", () => this.kill());
  }

  get alive(): boolean {
    return !this.exited;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Runs one review; resolves however it ends (never rejects). `deadlineMs` is wall time from now. */
  run(job: { changeSet: ChangeSet; config: Config; detectors?: string[] }, deadlineMs: number): Promise<RunEnd> {
    if (this.current) throw new Error("an analysis process runs one review at a time");
    if (this.exited)
      return Promise.resolve({ kind: "stopped", why: "crash", detail: "it had exited before the review reached it" });
    const id = ++this.seq;
    this.busy();
    let peakRssMb = 0;
    const watch = setInterval(() => {
      const rss = residentMb(this.child.pid);
      if (rss === undefined) return;
      peakRssMb = Math.max(peakRssMb, rss);
      if (rss > this.options.memoryMb)
        this.stop(
          "memory",
          `its resident memory reached ${Math.round(rss)} MB, over the ${this.options.memoryMb} MB cap`,
        );
    }, MEMORY_POLL_MS);
    const deadline = setTimeout(() => this.stop("deadline", `it ran past its ${deadlineMs} ms deadline`), deadlineMs);
    return new Promise<RunEnd>((resolve) => {
      this.current = {
        id,
        finish: (end) => {
          clearInterval(watch);
          clearTimeout(deadline);
          this.current = undefined;
          if (!this.exited) this.idle();
          resolve(end.kind === "error" ? end : { ...end, peakRssMb: Math.max(peakRssMb, end.peakRssMb ?? 0) });
        },
      };
      try {
        this.child.send({ type: "review", id, ...job, ...withoutPendingHunks(job.changeSet) } satisfies ParentMessage);
      } catch (err) {
        // a change set that cannot be serialised: an internal error, and the process is still good
        this.current.finish({
          kind: "error",
          message: `the review could not be sent to its analysis process: ${(err as Error).message}`,
        });
      }
    });
  }

  /** Ends the process (SIGKILL: a stuck parser does not answer SIGTERM). */
  kill(): void {
    if (!this.exited) this.child.kill("SIGKILL");
  }

  private stop(why: "deadline" | "memory", detail: string): void {
    this.stoppedFor ??= { why, detail };
    this.kill();
  }

  private onMessage(m: ChildMessage): void {
    const current = this.current;
    if (!current || m.type === "ready" || m.id !== current.id) return;
    if (m.type === "progress") current.at = { path: m.path, detector: m.detector };
    else if (m.type === "done") current.finish({ kind: "done", review: m.review });
    else current.finish({ kind: "error", message: m.message, stack: m.stack });
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    this.exited = true;
    const current = this.current;
    if (!current) return;
    const stopped = this.stoppedFor;
    const outOfMemory = /heap out of memory|Allocation failed|out of memory/i.test(this.stderr);
    current.finish({
      kind: "stopped",
      why: stopped?.why ?? (outOfMemory ? "memory" : "crash"),
      detail: stopped?.detail ?? (outOfMemory ? "its V8 heap was full" : `it exited (${exitText(code, signal)})`),
      ...(current.at ? { at: current.at } : {}),
    });
  }

  /** An idle process must not keep the app or the CLI alive; a busy one must. */
  private idle(): void {
    this.child.unref();
    this.child.channel?.unref();
    (this.child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
  }

  private busy(): void {
    this.child.ref();
    this.child.channel?.ref();
  }
}

function exitText(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

/** The resident memory of a process in MB, from /proc (Linux); undefined where unknown. */
export function residentMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
    return Number.isFinite(pages) ? (pages * PAGE_BYTES) / (1024 * 1024) : undefined;
  } catch {
    return undefined;
  }
}
