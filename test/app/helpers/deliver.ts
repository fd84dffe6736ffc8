import type { Probot } from "probot";

/** Delivers a webhook to the app as Probot's server would after verifying its signature. */
export async function deliver(probot: Probot, name: string, payload: object, id = `delivery-${name}`): Promise<void> {
  await probot.receive({ id, name, payload } as Parameters<Probot["receive"]>[0]);
}
