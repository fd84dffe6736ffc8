import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("../../", import.meta.url).pathname;

/**
 * Builds lib/ the way `npm start` and bin/impactgate.js need it, so an end-to-end test never runs a
 * stale build, and fails when one of `outputs` is missing. tsc emits despite type errors elsewhere
 * in the tree, so only the output is checked.
 */
export function buildLib(outputs: string[]): void {
  spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: "ignore",
  });
  for (const f of outputs) if (!existsSync(join(ROOT, f))) throw new Error(`the build did not produce ${f}`);
}

/**
 * The time a hook that calls buildLib may take: the build alone takes ≈20 s on an idle machine and
 * minutes on a loaded 2-core one (CI runs jest with workers in parallel), which is not a failure.
 */
export const BUILD_HOOK_TIMEOUT_MS = 600_000;
