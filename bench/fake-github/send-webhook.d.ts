/**
 * Delivers a webhook the way GitHub does: JSON body, `X-Hub-Signature-256` HMAC with the secret,
 * event name and a fresh delivery id. Plain node:http, so in-process nock never sees it.
 * @param {{ url: string, secret: string, event: string, payload: object, delivery?: string }} options
 * @returns {Promise<{ status: number, text: string, delivery: string }>}
 */
export function sendWebhook({
  url,
  secret,
  event,
  payload,
  delivery,
}: {
  url: string;
  secret: string;
  event: string;
  payload: object;
  delivery?: string;
}): Promise<{
  status: number;
  text: string;
  delivery: string;
}>;
