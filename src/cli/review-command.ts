import { existsSync, statSync } from "node:fs";
import { basename } from "node:path";
import { UsageError } from "./args.js";
import { loadCliConfig, loadConfigAtCommit } from "./load-config.js";
import { git, resolveBaseRef } from "./git.js";
import { readBody, readTree } from "./read-inputs.js";
import { EXIT_CODES, formatOutput } from "./format-output.js";
import { changeSetFromTrees, type Tree } from "../engine/from-trees.js";
import { analysisFor, openAnalysis } from "../isolation/analysis-pool.js";
import type { CliArgs, Io } from "./args.js";
import type { ChangeSet } from "../engine/types.js";

/**
 * `impactgate check` and `impactgate diff`: build the ChangeSet, review it, print it; the exit code.
 * The review runs in an analysis process (src/isolation), started before git reads the change so it
 * loads meanwhile: a hostile file ends as a "could not analyse" finding (exit 1), never an abort.
 * A `diff` of a few small headers runs in this process instead (no parser there needs isolating).
 * What only `check` needs (git ranges, the repository's packages and upstream, releases) loads
 * only for `check` (check-range.ts): a `diff` starts faster without it.
 */
export async function runReview(args: CliArgs, io: Io): Promise<number> {
  if (args.command === "check") git(args.repo, ["rev-parse", "--git-dir"]);
  const base = args.command === "check" ? resolveBaseRef(args.repo, args.head, args.base) : undefined;
  // `check` takes the config at the base commit, which the pull request cannot change (in CI its
  // working tree is the pull request's); `--config FILE` is the caller's explicit choice. `diff`
  // has no git range: `--config`, else the file in the current directory.
  const config =
    args.config !== undefined || !base
      ? await loadCliConfig(args.config, ".")
      : await loadConfigAtCommit(args.repo, base.sha);
  if (args.against) config.compare.against = args.against;
  // `diff` reads local files, fast: it decides once they are read, and a small change set of
  // headers is analysed in this process (analysisFor). `check` starts its analysis process first,
  // so that it loads while git reads the range; so does a `diff` whose base tree alone is past what
  // this process analyses (the whole change set holds the base tree and more): its analysis
  // process boots while the head tree is read and compared.
  let early: ReturnType<typeof analysisFor> | undefined;
  let changeSet: ChangeSet | undefined;
  try {
    changeSet = base
      ? undefined
      : await diffChangeSet(args, (before) => {
          const probe = analysisFor(changeSetFromTrees({ before, after: before }), config, process.env, {
            workers: 1,
          });
          if (probe.pool) early = probe;
        });
  } catch (err) {
    early?.close();
    throw err;
  }
  const analysis =
    early ??
    (changeSet
      ? analysisFor(changeSet, config, process.env, { workers: 1 })
      : openAnalysis(process.env, { workers: 1 }));
  try {
    const result = changeSet
      ? await analysis.analyze(changeSet, config)
      : await (await import("./check-range.js")).checkReview(args, config, { base: base!, analyze: analysis.analyze });
    io.stdout.write(formatOutput(result, config, args.format));
    return EXIT_CODES[result.conclusion];
  } finally {
    analysis.close();
  }
}

/** The two trees `diff` compares; `baseRead` is told the base tree before the head tree is read. */
async function diffChangeSet(args: CliArgs, baseRead: (before: Tree) => void): Promise<ChangeSet> {
  const [beforePath, afterPath] = args.positionals;
  for (const p of [beforePath, afterPath]) if (!existsSync(p)) throw new UsageError(`no such file or directory: ${p}`);
  const bothFiles = statSync(beforePath).isFile() && statSync(afterPath).isFile();
  // Two single files compare as one pair, named after the AFTER file.
  const name = bothFiles ? basename(afterPath) : undefined;
  const body = (await readBody(args.body)) ?? "";
  const before = readTree(beforePath, name);
  baseRead(before);
  return changeSetFromTrees({ before, after: readTree(afterPath, name), body });
}
