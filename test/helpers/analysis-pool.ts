import { createAnalysisPool, type AnalysisPoolOptions } from "../../src/isolation/analysis-pool.js";

const HOOKS = new URL("./ts-hooks.mjs", import.meta.url).href;

/** Node options that run the TypeScript sources in a child process (see ts-hooks.mjs). */
export const TS_EXEC_ARGV = [
  "--import",
  `data:text/javascript,import{register}from"node:module";register(${JSON.stringify(HOOKS)});`,
];

/** An analysis pool whose processes run src/isolation/analysis-child.ts, the code under test. */
export function sourcePool(options: Partial<AnalysisPoolOptions> = {}) {
  return createAnalysisPool({
    workers: 1,
    memoryMb: 1024,
    maxDeadlineMs: 600_000,
    entry: new URL("../../src/isolation/analysis-child.ts", import.meta.url),
    execArgv: TS_EXEC_ARGV,
    ...options,
  });
}
