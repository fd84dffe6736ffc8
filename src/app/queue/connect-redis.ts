import { Redis } from "ioredis";

/**
 * One ioredis client. BullMQ workers need `maxRetriesPerRequest: null` (their blocking commands
 * must survive reconnects); producers and probes fail fast instead, so a webhook is never held
 * hostage by a Redis outage.
 */
export function connectRedis(url: string, options: { blocking?: boolean } = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: options.blocking ? null : 2,
  });
}
