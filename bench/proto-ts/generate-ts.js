/**
 * Generates a large, valid declaration file of about `bytes` bytes: per group an options interface,
 * a function, a class and an enum. `drop` leaves group `drop` out, so a before/after pair differs by
 * four removed exports. Deterministic, so runs compare.
 */
export function generateDeclarations(bytes, drop) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    if (i === drop) continue;
    const chunk = [
      `/** Options for operation ${i}. */`,
      `export interface Options${i} {`,
      `  name: string;`,
      `  retries?: number;`,
      `  readonly tags: ReadonlyArray<string>;`,
      `  mode: "fast" | "safe" | Mode${i};`,
      `}`,
      `export declare function run${i}(options: Options${i}, signal?: AbortSignal): Promise<number | undefined>;`,
      `export declare class Worker${i}<T = unknown> {`,
      `  constructor(id: string);`,
      `  start(delay?: number): void;`,
      `  map<U>(fn: (value: T) => U): Worker${i}<U>;`,
      `  protected stop(): boolean;`,
      `}`,
      `export declare enum Mode${i} { A, B = 4, C }`,
      "",
    ].join("\n");
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join("\n");
}
