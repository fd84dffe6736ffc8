import { createHmac, createPrivateKey, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { getPrivateKey } from "@probot/get-private-key";

/**
 * The state the app keeps on GitHub between events — the acknowledgements in its sticky comment,
 * the known findings in its check run — sits next to text a pull request controls (paths, symbols,
 * macro values). Each record is therefore an HMAC-SHA256-sealed line that only a holder of the
 * app's key can produce, bound to what it is about (which PR, which repository): a record that
 * does not verify is no record. See docs/security.md ("State the app keeps on GitHub").
 */
export type RecordKind = "acks" | "known";

/** Where the key came from (logged once at start-up, never the key). */
export type RecordKeySource = "IMPACTGATE_RECORD_KEY" | "private key" | "ephemeral";

export interface RecordKey {
  key: Buffer;
  source: RecordKeySource;
}

let current: RecordKey | undefined;

/**
 * The key, derived once per process: `IMPACTGATE_RECORD_KEY` when set (survives private-key
 * rotation), else the GitHub App's private key found the way Probot finds it (`PRIVATE_KEY`,
 * `PRIVATE_KEY_PATH`, a lone `*.pem`), so the app and every worker derive the same key. Without
 * either (an embedding that passes the key in code), a random key: records then verify only in
 * this process, so acknowledgements do not survive a restart — closed, never open.
 */
export function recordKeySource(env: NodeJS.ProcessEnv = process.env): RecordKeySource {
  return keyOf(env).source;
}

/** Derives the key at start-up (a bad IMPACTGATE_RECORD_KEY stops the process there) and says when it cannot last. */
export function warnIfEphemeralRecordKey(log: { warn(msg: string): void }): void {
  if (recordKeySource() === "ephemeral")
    log.warn(
      "no IMPACTGATE_RECORD_KEY and no private key in the environment: acknowledgements and known findings are sealed with a per-process key and do not survive a restart",
    );
}

function keyOf(env: NodeJS.ProcessEnv = process.env): RecordKey {
  current ??= deriveRecordKey(env);
  return current;
}

/** The key `env` gives (exported for tests: replicas configured alike must derive the same key). */
export function deriveRecordKey(env: NodeJS.ProcessEnv, cwd = process.cwd()): RecordKey {
  const derive = (material: Buffer) => Buffer.from(hkdfSync("sha256", material, "impactgate", "record key v2", 32));
  if (env.IMPACTGATE_RECORD_KEY) {
    if (env.IMPACTGATE_RECORD_KEY.length < 32)
      throw new Error("IMPACTGATE_RECORD_KEY must be at least 32 characters (e.g. `openssl rand -hex 32`)");
    return { key: derive(Buffer.from(env.IMPACTGATE_RECORD_KEY, "utf8")), source: "IMPACTGATE_RECORD_KEY" };
  }
  const pem = privateKeyText(env, cwd);
  if (pem) {
    // The key's canonical DER, not its text: PEM line breaks and escaping differ between replicas.
    const der = createPrivateKey(pem).export({ type: "pkcs8", format: "der" });
    return { key: derive(der), source: "private key" };
  }
  return { key: randomBytes(32), source: "ephemeral" };
}

function privateKeyText(env: NodeJS.ProcessEnv, cwd: string): string | null {
  try {
    return getPrivateKey({ env, cwd });
  } catch {
    return null; // an unreadable key: Probot itself refuses to start with it
  }
}

/** `<!-- impactgate:<kind> v2 <payload> <mac> -->`; the payload must be base64 (no space, no `-`). */
export function sealRecord(kind: RecordKind, scope: string, payload: string): string {
  return `${recordPrefix(kind)}${payload} ${mac(kind, scope, payload)} -->`;
}

/**
 * The payload of a record that starts `text` and verifies for `scope`; undefined otherwise (no
 * record, a damaged one, another PR's or repository's, one sealed with another key, a v1 record).
 */
export function openRecord(kind: RecordKind, scope: string, text: string | null | undefined): string | undefined {
  const prefix = recordPrefix(kind);
  if (!text?.startsWith(prefix)) return undefined;
  const end = text.indexOf(" -->", prefix.length);
  if (end < 0) return undefined;
  const [payload, seal, ...extra] = text.slice(prefix.length, end).split(" ");
  if (!payload || !seal || extra.length > 0 || !/^[A-Za-z0-9+/=]+$/.test(payload)) return undefined;
  const expected = Buffer.from(mac(kind, scope, payload), "hex");
  const given = Buffer.from(seal, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected) ? payload : undefined;
}

/** How a record of `kind` begins (for tests and for stripping an old one). */
export function recordPrefix(kind: RecordKind): string {
  return `<!-- impactgate:${kind} v2 `;
}

function mac(kind: RecordKind, scope: string, payload: string): string {
  return createHmac("sha256", keyOf().key).update(`${kind}\n${scope.toLowerCase()}\n${payload}`).digest("hex");
}
