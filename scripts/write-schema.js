#!/usr/bin/env node
// Writes impactgate.schema.json from src/config/schema.ts. Transpiles that one file with the
// TypeScript compiler instead of needing a full build, so it works while other code is mid-change.
// Usage: npm run schema            (write)
//        npm run schema -- --check (exit 1 when the committed file is stale)
import { readFile, writeFile } from "node:fs/promises";
import ts from "typescript";

const root = new URL("../", import.meta.url);
const source = await readFile(new URL("src/config/schema.ts", root), "utf8");
const { outputText } = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
});
const { configSchema } = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString("base64")}`);
const text = `${JSON.stringify(configSchema, null, 2)}\n`;
const target = new URL("impactgate.schema.json", root);

if (process.argv.includes("--check")) {
  const current = await readFile(target, "utf8").catch(() => "");
  if (current !== text) {
    process.stderr.write("impactgate.schema.json is out of date: run `npm run schema`\n");
    process.exit(1);
  }
} else {
  await writeFile(target, text);
  process.stdout.write("wrote impactgate.schema.json\n");
}
