/**
 * Runs the protobuf and TypeScript detector benchmarks one after the other (each in its own
 * process, so one's parser caches and heap do not colour the other's figures).
 *
 *   npm run build && node bench/proto-ts/run.js
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
let failed = false;
for (const script of ["proto.js", "ts.js"]) {
  const path = join(here, script);
  if (!existsSync(path)) {
    console.log(`bench/proto-ts/${script} is not there yet; skipped.`);
    continue;
  }
  const run = spawnSync(process.execPath, [path, ...process.argv.slice(2)], { stdio: "inherit" });
  failed ||= run.status !== 0;
  console.log("");
}
process.exit(failed ? 1 : 0);
