import type { Config } from "../../config/types.js";
import type { Finding } from "../../engine/types.js";

/**
 * Splits error findings into those `user` may acknowledge and those a `require-ack` watch list
 * keeps for its own `notify` owners (`watch/<name>` findings). Handles compare without `@`,
 * case-insensitively; a team handle (`org/team`) is not expanded, so only its named users count.
 */
export function ackableBy(
  findings: readonly Finding[],
  config: Config,
  user: string,
): { ackable: Finding[]; reserved: { name: string; owners: string[] }[] } {
  const me = user.toLowerCase();
  const reserved = new Map<string, string[]>();
  const ackable = findings.filter((f) => {
    if (!f.ruleId.startsWith("watch/")) return true;
    const entry = config.watch.find((w) => `watch/${w.name}` === f.ruleId);
    if (!entry || !entry["require-ack"]) return true;
    const owners = entry.notify.map((h) => h.replace(/^@/, ""));
    if (owners.some((o) => o.toLowerCase() === me)) return true;
    reserved.set(entry.name, owners);
    return false;
  });
  return { ackable, reserved: [...reserved].map(([name, owners]) => ({ name, owners })) };
}
