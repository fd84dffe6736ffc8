import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { memoryStore, sendWebhook, startFakeGitHub } from "../../bench/fake-github/index.js";
import { freePort } from "../helpers/free-port.js";
import { BUILD_HOOK_TIMEOUT_MS, buildLib } from "../helpers/build-lib.js";
import { payload } from "../app/helpers/payloads.js";
import { POINT_H_AFTER, POINT_H_BEFORE } from "../app/helpers/change.js";
import type { ChildProcess } from "node:child_process";

const ROOT = new URL("../../", import.meta.url).pathname;
const SECRET = "e2e-webhook-secret";
const opened = payload("pull-request-opened-without-statement");
const HEAD = opened.pull_request.head.sha as string;
const BASE = opened.pull_request.base.sha as string;

/** The repository behind the fake API: the header change of the opened fixture. */
const store = memoryStore({
  "Codertocat/Hello-World": {
    defaultBranch: "master",
    branches: { master: BASE, changes: HEAD },
    commits: {
      [BASE]: { "include/point.h": POINT_H_BEFORE, "README.md": "Hello\n" },
      [HEAD]: { "include/point.h": POINT_H_AFTER, "README.md": "Hello, world\n" },
    },
    pulls: [
      {
        number: 2,
        title: opened.pull_request.title,
        body: opened.pull_request.body,
        base: { ref: "master", sha: BASE },
        head: { ref: "changes", sha: HEAD },
        labels: ["bug"],
      },
    ],
  },
});

/** Resolves once something accepts connections on the port (bounded). */
async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: "127.0.0.1", port }, () => resolve(socket.end() && true));
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listened on ${port} within ${timeoutMs} ms`);
}

/** Polls until `check` returns a value (bounded), so the test never sleeps a fixed time. */
async function waitFor<T>(check: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("npm start against a GitHub-compatible API on loopback (GHE_HOST, GHE_PROTOCOL=http)", () => {
  let fake: Awaited<ReturnType<typeof startFakeGitHub>>;
  let app: ChildProcess | undefined;
  let dir: string;
  let output = "";
  let port: number;

  beforeAll(async () => {
    // `npm start` runs the build output; build it here so the test does not depend on an earlier step.
    buildLib(["lib/app/index.js"]);

    dir = mkdtempSync(join(tmpdir(), "impactgate-e2e-"));
    const { privateKey } = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      privateKeyEncoding: { type: "pkcs1", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    writeFileSync(join(dir, "key.pem"), privateKey);
    fake = await startFakeGitHub({ store });
    port = await freePort();
    const { NODE_OPTIONS: _jestVm, REDIS_URL: _redis, ...env } = process.env;
    // Exactly what users run; its own process group, so the whole tree is stopped afterwards.
    app = spawn("npm", ["start", "--silent"], {
      cwd: ROOT,
      detached: true,
      env: {
        ...env,
        APP_ID: "123",
        PRIVATE_KEY_PATH: join(dir, "key.pem"),
        WEBHOOK_SECRET: SECRET,
        GHE_HOST: fake.host,
        GHE_PROTOCOL: "http",
        HOST: "127.0.0.1",
        PORT: String(port),
        LOG_LEVEL: "info",
        LOG_FORMAT: "json",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    app.stdout?.on("data", (c) => (output += String(c)));
    app.stderr?.on("data", (c) => (output += String(c)));
    await waitForPort(port, 30_000);
  }, BUILD_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    if (app?.pid) process.kill(-app.pid, "SIGTERM");
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("a signed pull_request.opened ends as a completed action_required check and a comment", async () => {
    const sent = await sendWebhook({
      url: `http://127.0.0.1:${port}/api/github/webhooks`,
      secret: SECRET,
      event: "pull_request",
      payload: opened,
    });
    expect(sent.status).toBeLessThan(300);

    const run = await waitFor(
      () => fake.state.checkRuns.find((r) => r.head_sha === HEAD && r.status === "completed"),
      30_000,
    ).catch((err) => {
      throw new Error(
        `${(err as Error).message}\napp output:\n${output}\nrequests: ${JSON.stringify(fake.requests.map((r) => `${r.status} ${r.method} ${r.path}`))}`,
      );
    });
    expect(run).toMatchObject({ name: "impactgate", conclusion: "action_required" });
    expect(run.annotations.length).toBeGreaterThan(0);
    await waitFor(() => (fake.state.comments.length > 0 ? true : undefined), 30_000);
    expect(fake.state.comments).toHaveLength(1);
    expect(fake.state.comments[0]!.body).toContain("<!-- impactgate -->");
    const routes = fake.requests.map((r) => r.route);
    expect(fake.requests.filter((r) => r.route === "unmatched")).toEqual([]); // the fake served every call
    // The app authenticated as an installation and read only the header, never README.md
    // (over REST contents, or as `<sha>:<path>` expressions in a GraphQL query's variables).
    expect(routes).toContain("POST /app/installations/{id}/access_tokens");
    const contentPaths = fake.requests.flatMap((r) =>
      r.route === "GET /repos/{owner}/{repo}/contents/{path+}"
        ? [decodeURIComponent(r.path)]
        : r.route === "POST /graphql"
          ? Object.values(r.body?.variables ?? {}).map(String)
          : [],
    );
    expect(contentPaths.some((p) => p.endsWith("include/point.h"))).toBe(true);
    expect(contentPaths.some((p) => p.endsWith("README.md"))).toBe(false);
    expect(fake.requests.filter((r) => r.route === "POST /repos/{owner}/{repo}/check-runs")).toHaveLength(1);
    // GHE_HOST + GHE_PROTOCOL=http: every call went to http://<host>/api/v3 (GraphQL: /api/graphql), the Enterprise Server layout.
    expect(fake.requests.every((r) => r.url.startsWith("/api/v3/") || r.url === "/api/graphql")).toBe(true);
    const pull = await store.pull("Codertocat", "Hello-World", 2);
    await waitFor(() => (pull?.labels.includes("abi-break") ? true : undefined), 30_000);
    expect(pull?.labels).toEqual(["bug", "abi-break"]);
  }, 60_000);
});
