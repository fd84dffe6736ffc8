import type { Config } from "../../config/types.js";
import type { Acknowledgement } from "../../engine/types.js";

/**
 * The `ack.label` on the pull request acknowledges every category for as long as it is there,
 * new findings included (`coversNew`): removing the label is how a maintainer takes it back.
 * GitHub only lets people with triage access or more add labels.
 */
export function labelAck(labels: readonly string[], config: Config): Acknowledgement | undefined {
  const label = config.ack.label;
  if (!label || !labels.includes(label)) return undefined;
  return { category: "all", by: `label \`${label}\``, at: "", reason: "acknowledges every category while it is on the pull request", fingerprints: [], coversNew: true };
}
