// @ts-check
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";

export const ROOT = new URL("../../", import.meta.url).pathname;

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = /** @type {import("node:net").AddressInfo} */ (srv.address()).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200. */
export async function waitHealthy(url, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet (or already gone): keep polling
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not healthy after ${ms} ms`);
}

/** Every process below `pid` (npm → sh → node), from /proc. */
function descendants(pid) {
  const children = new Map();
  for (const name of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // not up yet (or already gone): keep polling
    }
  }
  const out = [];
  const walk = (p) => (children.get(p) ?? []).forEach((c) => (out.push(c), walk(c)));
  walk(pid);
  return out;
}

/** Peak RSS (VmHWM) in MiB of the biggest process in the tree under `pid`: the node running our code. */
export function peakRssMiB(pid) {
  let peak = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // not up yet (or already gone): keep polling
    }
  }
  return Math.round(peak);
}

/** Starts a command in its own process group (so the whole npm → node tree can be signalled). */
export function startProcess(command, args, env, label) {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (c) => (log = (log + c).slice(-200_000)));
  child.stderr?.on("data", (c) => (log = (log + c).slice(-200_000)));
  const pid = /** @type {number} */ (child.pid);
  return {
    label,
    pid,
    log: () => log,
    peakRssMiB: () => peakRssMiB(pid),
    /** The node process doing the work: the deepest descendant (npm → sh → node), else the child. */
    workPid: () => descendants(pid).at(-1) ?? pid,
    signal(sig) {
      try {
        process.kill(-pid, sig);
      } catch {
        // not up yet (or already gone): keep polling
      }
    },
    exited: new Promise((resolve) => child.on("exit", (code, sig) => resolve({ code, sig }))),
  };
}
