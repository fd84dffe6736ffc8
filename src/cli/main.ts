import { USAGE, parseCliArgs } from "./args.js";
import { UserError } from "../engine/user-error.js";
import { toolVersion } from "../version.js";
import type { CliArgs, Io } from "./args.js";

/**
 * Runs one CLI invocation and returns its exit code (0 success, 1 action required, 2 error).
 * Each command imports what it needs when it runs, so `--version`, `--help` and `rules` load no
 * detector, parser or Probot (test/cli/lazy-loading.test.ts).
 */
export async function main(argv: string[], io: Io = process): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (err) {
    io.stderr.write(`impactgate: ${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.command === "help") return (io.stdout.write(`${USAGE}\n`), 0);
  if (args.command === "version") return (io.stdout.write(`${version()}\n`), 0);
  try {
    if (args.command === "rules") return await listRules(args, io);
    if (args.command === "worker") {
      const { runWorker } = await import("../app/worker.js");
      return await runWorker();
    }
    const { runReview } = await import("./review-command.js");
    return await runReview(args, io);
  } catch (err) {
    const known = err instanceof UserError;
    const message = known ? (err as Error).message : `internal error: ${(err as Error).stack ?? err}`;
    if (args.format === "json") {
      const { renderJson } = await import("../render/json.js");
      const { failedReview } = await import("../engine/failed-review.js");
      io.stdout.write(JSON.stringify(renderJson(failedReview(message, "")), null, 2) + "\n");
    }
    io.stderr.write(`impactgate: ${message}\n`);
    return 2;
  }
}

/** `impactgate rules`: every rule from the registry, which is data only. */
async function listRules(args: CliArgs, io: Io): Promise<number> {
  const { RULES } = await import("../detectors/rule-registry.js");
  const render = await import("../render/rules.js");
  if (args.format === "json") io.stdout.write(JSON.stringify(render.renderRulesJson(RULES), null, 2) + "\n");
  else if (args.format === "markdown") io.stdout.write(render.renderRulesMarkdown(RULES));
  else io.stdout.write(render.renderRulesText(RULES));
  return 0;
}

function version(): string {
  return `impactgate ${toolVersion()}`;
}
