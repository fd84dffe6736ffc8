import { PassThrough } from "node:stream";

/** Streams that collect what the CLI writes, for asserting on its output. */
export function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on("data", (c) => out.push(String(c)));
  stderr.on("data", (c) => err.push(String(c)));
  return { io: { stdout, stderr }, stdout: () => out.join(""), stderr: () => err.join("") };
}
