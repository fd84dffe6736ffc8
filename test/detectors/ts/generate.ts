/** A valid declaration file of about `bytes` bytes: interfaces, functions, classes and enums. */
export function generatedDeclarations(bytes: number, drop?: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    if (i === drop) continue;
    const chunk = [
      `/** Options for operation ${i}. */`,
      `export interface Options${i} {`,
      `  name: string;`,
      `  retries?: number;`,
      `  readonly tags: ReadonlyArray<string>;`,
      `}`,
      `export declare function run${i}(options: Options${i}, signal?: AbortSignal): Promise<number | undefined>;`,
      `export declare class Worker${i} {`,
      `  constructor(id: string);`,
      `  start(delay?: number): void;`,
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
