import { showFile } from "./git.js";
import { localUpstream } from "./upstream.js";
import { localWorkspace } from "./workspace.js";
import { upstreamPathOf } from "../detectors/fork/index.js";
import type { Config } from "../config/types.js";
import type { ChangeSet } from "../engine/types.js";

interface Options {
  repoDir: string;
  /** The merge-base the range is reviewed from. */
  base: string;
  head: string;
  config: Config;
  changeSet: ChangeSet;
}

/**
 * Adds what the changeset-level detectors need, as the app's withRepositoryContext does: the
 * base tree's workspace, the upstream from the `fork.remote` git remote, and the head version of
 * upstream files no detector read (so a sync from upstream is not reported as divergence).
 */
export function withLocalContext({ repoDir, base, head, config, changeSet }: Options): ChangeSet {
  const workspace = localWorkspace(
    repoDir,
    base,
    config,
    changeSet.files.map((f) => f.path),
  );
  const upstream = localUpstream({ repoDir, config, files: changeSet.files, forkRef: base });
  const files = !upstream
    ? changeSet.files
    : changeSet.files.map((p) => {
        if (p.after !== null || p.status === "removed" || typeof upstream.files[upstreamPathOf(p)] !== "string")
          return p;
        const bytes = showFile(repoDir, head, p.path);
        return bytes && bytes.length <= config.limits["bytes-per-file"] ? { ...p, after: bytes.toString("utf8") } : p;
      });
  return { ...changeSet, files, workspace, ...(upstream ? { upstream } : {}) };
}
