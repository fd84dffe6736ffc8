import { existsSync, statSync } from "node:fs";
import { basename } from "node:path";
import { UsageError } from "./args.js";
import { loadCliConfig } from "./load-config.js";
import { git } from "./git.js";
import { readBody } from "./read-body.js";
import { readTree } from "./read-tree.js";
import { resolveBase } from "./resolve-base.js";
import { buildLocalChangeSet } from "./local-source.js";
import { withLocalContext } from "./repository-context.js";
import { EXIT_CODES, formatOutput } from "./format-output.js";
import { changeSetFromTrees } from "../engine/from-trees.js";
import { review } from "../engine/review.js";
import type { CliArgs } from "./args.js";
import type { ChangeSet } from "../engine/types.js";
import type { Config } from "../config/types.js";
import type { Io } from "./main.js";

/** `impactgate check` and `impactgate diff`: build the ChangeSet, review it, print it; the exit code. */
export async function runReview(args: CliArgs, io: Io): Promise<number> {
  const config = loadCliConfig(args.config, args.command === "check" ? args.repo : ".");
  const changeSet = args.command === "diff" ? await diffChangeSet(args) : await checkChangeSet(args, config);
  const result = await review(changeSet, config);
  io.stdout.write(formatOutput(result, config, args.format));
  return EXIT_CODES[result.conclusion];
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
