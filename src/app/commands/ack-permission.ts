import { loadConfig } from "../load-config.js";
import { detectors } from "../../engine/registry.js";
import type { GateContext } from "../gate-context.js";
import type { Permission } from "./permission.js";

/**
 * `ack.permission` from the default branch's config. An invalid config cannot say who may
 * acknowledge, so only admins may until it is fixed (the check already fails and says why).
 */
export async function ackPermission(readConfig: GateContext["readConfig"]): Promise<Permission> {
  const loaded = await loadConfig(readConfig, detectors);
  return loaded.ok ? loaded.config.ack.permission : "admin";
}
