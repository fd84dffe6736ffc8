import { existsSync, statSync } from "node:fs";
import { basename } from "node:path";
import { USAGE, UsageError, parseCliArgs } from "./args.js";
import { loadCliConfig } from "./load-config.js";
import { git } from "./git.js";
import { readBody } from "./read-body.js";
import { readTree } from "./read-tree.js";
import { resolveBase } from "./resolve-base.js";
import { buildLocalChangeSet } from "./local-source.js";
import { withLocalContext } from "./repository-context.js";
import { EXIT_CODES, formatOutput } from "./format-output.js";
import { changeSetFromTrees } from "../engine/from-trees.js";
import { UserError } from "../engine/user-error.js";
import { review } from "../engine/review.js";
import { failedReview } from "../engine/failed-review.js";
import { toolVersion } from "../version.js";
import type { CliArgs } from "./args.js";
import type { ChangeSet } from "../engine/types.js";
import type { Config } from "../config/types.js";

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
}

/** Runs one CLI invocation and returns its exit code (0 success, 1 action required, 2 error). */
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
    if (args.command === "worker") {
      // Loaded lazily so `check`/`diff` never load Probot or BullMQ.
      const { runWorker } = await import("../app/worker.js");
      return await runWorker();
    }
    const config = loadCliConfig(args.config, args.command === "check" ? args.repo : ".");
    const changeSet = args.command === "diff" ? await diffChangeSet(args) : await checkChangeSet(args, config);
    const result = await review(changeSet, config);
    io.stdout.write(formatOutput(result, config, args.format));
    return EXIT_CODES[result.conclusion];
  } catch (err) {
    const known = err instanceof UserError;
    const message = known ? (err as Error).message : `internal error: ${(err as Error).stack ?? err}`;
    if (args.format === "json") {
      const { renderJson } = await import("../render/json.js");
      io.stdout.write(JSON.stringify(renderJson(failedReview(message, "")), null, 2) + "\n");
    }
    io.stderr.write(`impactgate: ${message}\n`);
    return 2;
  }
}

async function diffChangeSet(args: CliArgs): Promise<ChangeSet> {
  const [beforePath, afterPath] = args.positionals;
  for (const p of [beforePath, afterPath]) if (!existsSync(p)) throw new UsageError(`no such file or directory: ${p}`);
  const bothFiles = statSync(beforePath).isFile() && statSync(afterPath).isFile();
  // Two single files compare as one pair, named after the AFTER file.
  const name = bothFiles ? basename(afterPath) : undefined;
  const body = (await readBody(args.body)) ?? "";
  return changeSetFromTrees({ before: readTree(beforePath, name), after: readTree(afterPath, name), body });
}

async function checkChangeSet(args: CliArgs, config: Config): Promise<ChangeSet> {
  git(args.repo, ["rev-parse", "--git-dir"]);
  const base = resolveBase(args.repo, args.head, args.base);
  // Without --body, the range's commit messages are the description, so trailers in commits count.
  const body = (await readBody(args.body)) ?? git(args.repo, ["log", "--format=%B", `${base}..${args.head}`]);
  const changeSet = buildLocalChangeSet({ repo: args.repo, base, head: args.head, body, config });
  // Packages are discovered on the base tree; the upstream comes from a git remote, not the API.
  return await withLocalContext({ repoDir: args.repo, base, head: args.head, config, changeSet });
}

function version(): string {
  return `impactgate ${toolVersion()}`;
}
