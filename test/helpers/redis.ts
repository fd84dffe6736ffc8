import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForLine(child: ChildProcess, needle: string, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes(needle)) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    child.on("exit", () => (clearTimeout(timer), resolve(false)));
  });
}

/**
 * A real Redis for the queue tests: REDIS_URL when set (CI starts one), else a throwaway
 * `redis-server` on a free loopback port, else null — the caller skips and says why.
 */
export async function startRedis(): Promise<TestRedis | null> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => {} };
  if (spawnSync("redis-server", ["--version"]).status !== 0) {
    console.warn("SKIPPED: Redis tests need redis-server on PATH or REDIS_URL (apt-get install -y redis-server)");
    return null;
  }
  const port = await freePort();
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  if (!(await waitForLine(child, "Ready to accept connections", 10_000))) {
    child.kill("SIGKILL");
    console.warn("SKIPPED: redis-server did not start on port " + port);
    return null;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
