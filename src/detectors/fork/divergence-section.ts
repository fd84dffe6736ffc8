import { code } from "../../render/escape.js";
import type { ReportSection, UpstreamContext } from "../../engine/types.js";
import type { UpstreamTally } from "./upstream-rules.js";

/** The comment's fork summary: how far the fork has drifted and how much this PR adds to it. */
export function divergenceSection(
  upstream: UpstreamContext | undefined,
  configured: string | undefined,
  tally: UpstreamTally,
): ReportSection {
  const name = upstream ? `${code(upstream.repo)} (${code(upstream.branch)})` : code(configured ?? "");
  const drift =
    upstream?.ahead !== undefined && upstream.behind !== undefined
      ? `This fork is **${upstream.ahead}** commit${upstream.ahead === 1 ? "" : "s"} ahead of and **${upstream.behind}** behind upstream ${name}.`
      : `Upstream is ${name}; the ahead/behind count was not available.`;
  const lines = tally.added + tally.removed;
  const adds =
    tally.files === 0
      ? "This PR changes no upstream-owned files."
      : `This PR adds **${lines}** line${lines === 1 ? "" : "s"} of divergence (+${tally.added} −${tally.removed}) in ${tally.files} upstream-owned file${tally.files === 1 ? "" : "s"}.`;
  return { title: "Fork divergence", markdown: `${drift}\n${adds}` };
}
