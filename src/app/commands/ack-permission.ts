import { loadConfig } from "../load-config.js";
import { detectors } from "../../engine/registry.js";
import type { GateContext } from "../gate-context.js";
import { defaultConfig } from "../../config/defaults.js";
import type { Config } from "../../config/types.js";

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
