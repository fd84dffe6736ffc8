/**
 * Security issue 11, items 2–4: analysis runs off the app's event loop, in warm processes with a
 * memory cap and a hard deadline. The processes run the sources under test (test/helpers/
 * analysis-pool.ts), with the attacks of bench/isolation/attacks.js.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { sourcePool } from "../helpers/analysis-pool.js";
import { changeSetFromTrees } from "../../src/engine/from-trees.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { inlineAnalyze } from "../../src/isolation/analysis-pool.js";
import { createMetrics } from "../../src/app/ops/metrics.js";
import { interfaceDetector } from "../../src/detectors/interface/index.js";
import { defineDetector } from "../../src/engine/define-detector.js";
import { manyDefines, permutationTypes } from "../../bench/isolation/attacks.js";
import type { AnalysisPool } from "../../src/isolation/analysis-pool.js";
import type { Config } from "../../src/config/types.js";
import type { Review } from "../../src/engine/types.js";

const ordinary = () => changeSetFromTrees(manyDefines(50));
const hostile = () => changeSetFromTrees(permutationTypes());
const withDeadline = (ms: number): Config => {
  const c = defaultConfig();
  c.limits["review-time-ms"] = ms;
  return c;
};
const failure = (r: Review) => r.findings.find((f) => f.ruleId === "engine/analysis-failed");

/** Resolves once `check` holds (polled), so no test sleeps a fixed time. */
async function until(check: () => boolean, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}

const pools: AnalysisPool[] = [];
function pool(options: Parameters<typeof sourcePool>[0] = {}): AnalysisPool {
  const p = sourcePool(options);
  pools.push(p);
  return p;
}
afterAll(() => pools.forEach((p) => p.close()));

describe("analysis processes", () => {
  it("give the same review as the engine in this process", async () => {
    const isolated = await pool().analyze(ordinary(), defaultConfig());
    expect(isolated).toEqual(await inlineAnalyze(ordinary(), defaultConfig()));
    expect(isolated.findings.map((f) => f.ruleId)).toEqual([
      "c/size-changed",
      "c/field-removed",
      "c/macro-value-changed",
    ]);
  }, 120_000);

  it("item 3: stop the 232-byte .d.ts at the memory cap, twice, and say so — the pool keeps serving", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const p = pool({ memoryMb: 320, onStopped: metrics.countAnalysisStop });
    metrics.watchAnalysis(p.stats);
    const r = await p.analyze(hostile(), defaultConfig());
    expect(r.conclusion).toBe("action_required");
    expect(r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.path}`)).toEqual([
      "error engine/analysis-failed types/index.d.ts",
    ]);
    expect(failure(r)!.message).toMatch(
      /^Could not analyse types\/index\.d\.ts: the analysis ran out of memory \(its process is capped at 320 MB: .*\) while the ts detector was on this file; it was tried twice, each time on a fresh process\./,
    );
    expect(r.notReviewed).toEqual([{ path: "types/index.d.ts", reason: "analysis stopped (engine/analysis-failed)" }]);
    // the next pull request is analysed as usual
    expect((await p.analyze(ordinary(), defaultConfig())).findings).toHaveLength(3);
    // and operators see both stops, and the pool at rest, on /metrics
    const text = await metrics.registry.metrics();
    expect(text).toContain('impactgate_analysis_stops_total{why="memory",final="false"} 1');
    expect(text).toContain('impactgate_analysis_stops_total{why="memory",final="true"} 1');
    expect(text).toContain('impactgate_analysis_processes{state="busy"} 0');
    expect(text).toContain('impactgate_analysis_processes{state="idle"} 1');
  }, 300_000);

  it("stop a review at its hard deadline, naming the file and detector, while another review gets its verdict", async () => {
    const p = pool({ workers: 2, memoryMb: 4096, preload: true });
    p.warm();
    let stuckDone = false;
    const stuck = p.analyze(hostile(), withDeadline(15_000)).finally(() => (stuckDone = true));
    await until(() => p.stats().busy === 1);
    const other = await p.analyze(ordinary(), defaultConfig());
    expect(other.findings).toHaveLength(3);
    expect(stuckDone).toBe(false); // the stuck one is still running: the other was not queued behind it
    const r = await stuck;
    expect(r.conclusion).toBe("action_required");
    expect(failure(r)!.message).toMatch(
      /^Could not analyse types\/index\.d\.ts: the analysis was stopped at its deadline \(limits\.review-time-ms\): it ran past its 15000 ms deadline, while the ts detector was on this file\./,
    );
  }, 300_000);

  it("give the verdict after a process dies twice, instead of retrying in a loop", async () => {
    const p = pool();
    const killed: number[] = [];
    const verdict = p.analyze(hostile(), defaultConfig());
    for (let i = 0; i < 2; i++) {
      await until(() => p.stats().busy === 1 && !killed.includes(p.stats().busyPids[0]!));
      const pid = p.stats().busyPids[0]!;
      killed.push(pid);
      process.kill(pid, "SIGKILL");
    }
    const r = await verdict;
    expect(failure(r)!.message).toMatch(
      /the analysis process crashed: it exited \(signal SIGKILL\), .*; it was tried twice, each time on a fresh process\./,
    );
    expect(r.conclusion).toBe("action_required");
    expect(p.stats()).toMatchObject({ busy: 0, waiting: 0 });
  }, 300_000);

  it("replace a process that died while idle: the next review gets a fresh one", async () => {
    const p = pool();
    expect((await p.analyze(ordinary(), defaultConfig())).findings).toHaveLength(3);
    const [idle] = p.stats().idlePids;
    expect(idle).toBeDefined();
    process.kill(idle!, "SIGKILL");
    await until(() => {
      try {
        process.kill(idle!, 0);
        return false;
      } catch {
        return true; // gone
      }
    });
    expect((await p.analyze(ordinary(), defaultConfig())).findings).toHaveLength(3);
    expect(p.stats()).toMatchObject({ processes: 1, busy: 0 });
    expect(p.stats().idlePids).not.toContain(idle);
  }, 120_000);

  it("run with none of the app's environment: no key or secret is within a parser's reach", async () => {
    process.env.WEBHOOK_SECRET = "must-not-reach-the-child";
    const p = pool();
    const pending = p.analyze(hostile(), withDeadline(60_000));
    await until(() => p.stats().busy === 1);
    const environ = readFileSync(`/proc/${p.stats().busyPids[0]}/environ`, "utf8").split("\0").filter(Boolean);
    p.close();
    delete process.env.WEBHOOK_SECRET;
    // NODE_ENV, and the two variables Node's fork sets up the IPC channel with
    expect(environ.map((e) => e.split("=")[0]).sort()).toEqual([
      "NODE_CHANNEL_FD",
      "NODE_CHANNEL_SERIALIZATION_MODE",
      "NODE_ENV",
    ]);
    await expect(pending).rejects.toThrow("the analysis pool is closed");
  }, 120_000);

  it("refuse a detector they do not have, as an error (the review is not passed)", async () => {
    const made = defineDetector({ id: "made-up", title: "x", analyze: () => ({ findings: [], parsed: true }) });
    await expect(pool().analyze(ordinary(), defaultConfig(), { detectors: [interfaceDetector, made] })).rejects.toThrow(
      "no detector made-up is registered: it cannot run in an analysis process",
    );
  }, 120_000);
});
