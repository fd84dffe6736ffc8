import { readFileSync } from "node:fs";

/** `--body FILE` or `--body -` (standard input); undefined when not given. */
export function readBody(
  arg: string | undefined,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<string | undefined> {
  if (arg === undefined) return Promise.resolve(undefined);
  if (arg !== "-") return Promise.resolve(readFileSync(arg, "utf8"));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stdin.on("data", (c: Buffer | string) => chunks.push(Buffer.from(c)));
    stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    stdin.on("error", reject);
  });
}
