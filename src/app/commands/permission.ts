import { loadConfig } from "../load-config.js";
import { detectors } from "../../engine/registry.js";
import { defaultConfig } from "../../config/defaults.js";
import type { Octokit } from "../octokit.js";
import type { GateContext } from "../gate-context.js";
import type { Config } from "../../config/types.js";

export type Permission = "write" | "maintain" | "admin";

const RANK: Record<string, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

/**
 * The commenter's role on the repository. The API's `permission` field folds maintain into
 * write and triage into read; `role_name` keeps them apart, so it wins when present. A custom
 * role name (organisation-defined) falls back to `permission`, its base level.
 */
export async function roleOf(
  octokit: Octokit,
  where: { owner: string; repo: string; username: string },
): Promise<string> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel(where);
    const role = (data as { role_name?: string }).role_name;
    return role && role in RANK ? role : data.permission;
  } catch (err) {
    // 404: not a collaborator at all (anyone can comment on a public repository).
    if ((err as { status?: number }).status === 404) return "none";
    throw err;
  }
}

/** True when `role` is at least `required` (write < maintain < admin). */
export function meets(role: string, required: Permission): boolean {
  return (RANK[role] ?? 0) >= RANK[required]!;
}

/**
 * The default branch's config as acks read it (`ack.permission`, watch lists). An invalid config
 * cannot say who may acknowledge, so only admins may until it is fixed (the check already fails
 * and says why).
 */
export async function ackConfig(readConfig: GateContext["readConfig"]): Promise<Config> {
  const loaded = await loadConfig(readConfig, detectors);
  if (loaded.ok) return loaded.config;
  const fallback = defaultConfig();
  return { ...fallback, ack: { ...fallback.ack, permission: "admin" } };
}
