// @ts-check
import { createHmac, randomUUID } from "node:crypto";
import { rawRequest } from "./raw-http.js";

/**
 * Delivers a webhook the way GitHub does: JSON body, `X-Hub-Signature-256` HMAC with the secret,
 * event name and a fresh delivery id.
 * @param {{ url: string, secret: string, event: string, payload: object, delivery?: string }} options
 * @returns {Promise<{ status: number, text: string, delivery: string }>}
 */
export async function sendWebhook({ url, secret, event, payload, delivery = randomUUID() }) {
  const body = JSON.stringify(payload);
  const signature = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
  const headers = {
    "content-type": "application/json",
    "x-github-event": event,
    "x-github-delivery": delivery,
    "x-hub-signature-256": signature,
    "user-agent": "GitHub-Hookshot/fake",
  };
  const res = await rawRequest(url, { method: "POST", headers, body });
  return { status: res.status, text: res.text, delivery };
}
