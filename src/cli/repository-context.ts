import { showFiles, TOO_LARGE } from "./git.js";
import { localUpstream } from "./upstream.js";
import { localWorkspace } from "./workspace.js";
import { upstreamPathOf } from "../detectors/fork/index.js";
import { readIncludeClosure } from "../detectors/c/include-closure.js";
import { interfaceHeaders } from "../detectors/c/public-headers.js";
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
 * upstream files no detector read (so a sync from upstream is not reported as divergence), and
 * the unchanged headers the changed ones include (the C detector's macros and types).
 */
export async function withLocalContext({ repoDir, base, head, config, changeSet }: Options): Promise<ChangeSet> {
  const workspace = localWorkspace(
    repoDir,
    base,
    config,
    changeSet.files.map((f) => f.path),
  );
  const upstream = localUpstream({ repoDir, config, files: changeSet.files, forkRef: base });
  // the head version of upstream files no detector read, all in one read
  const wanted = upstream
    ? changeSet.files.filter(
        (p) => p.after === null && p.status !== "removed" && typeof upstream.files[upstreamPathOf(p)] === "string",
      )
    : [];
  const blobs = showFiles(
    repoDir,
    wanted.map((p) => ({ ref: head, path: p.path })),
    config.limits["bytes-per-file"],
  );
  const headTexts = new Map(wanted.map((p, i) => [p, blobs[i]]));
  const files = changeSet.files.map((p) => {
    const bytes = headTexts.get(p);
    return bytes && bytes !== TOO_LARGE ? { ...p, after: bytes.toString("utf8") } : p;
  });
  const includes = await localIncludes({
    repoDir,
    head,
    config,
    changeSet: { ...changeSet, workspace },
    paths: workspace.paths,
  });
  return { ...changeSet, files, workspace, ...(upstream ? { upstream } : {}), includes };
}

/**
 * The unchanged headers the changed interface headers include, read at the head (one `git
 * cat-file --batch` per include level).
 */
function localIncludes(o: { repoDir: string; head: string; config: Config; changeSet: ChangeSet; paths: string[] }) {
  const start = interfaceHeaders(o.changeSet, o.config);
  const cap = o.config.limits["bytes-per-file"];
  return readIncludeClosure({
    start,
    paths: new Set(o.paths),
    read: (paths) =>
      showFiles(
        o.repoDir,
        paths.map((path) => ({ ref: o.head, path })),
        cap,
      ).map((bytes) =>
        bytes && bytes !== TOO_LARGE && !bytes.subarray(0, 8000).includes(0) ? bytes.toString("utf8") : null,
      ),
  });
}
