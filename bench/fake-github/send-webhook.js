// @ts-check
import { createHmac, randomUUID } from "node:crypto";
import { request } from "node:http";

/**
 * Delivers a webhook the way GitHub does: JSON body, `X-Hub-Signature-256` HMAC with the secret,
 * event name and a fresh delivery id. Plain node:http, so in-process nock never sees it.
 * @param {{ url: string, secret: string, event: string, payload: object, delivery?: string }} options
 * @returns {Promise<{ status: number, text: string, delivery: string }>}
 */
export function sendWebhook({ url, secret, event, payload, delivery = randomUUID() }) {
  const body = JSON.stringify(payload);
  const signature = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
  const headers = {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(body)),
    "x-github-event": event,
    "x-github-delivery": delivery,
    "x-hub-signature-256": signature,
    "user-agent": "GitHub-Hookshot/fake",
  };
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), delivery }));
    });
    req.on("error", reject);
    req.end(body);
  });
}
