#!/usr/bin/env node
// Writes docs/rules.md from the rule registry (src/detectors/*/rule-specs.ts, built into lib/) and the
// hand-written docs/rules.template.md. test/registry.test.ts fails when the committed file differs.
// Usage: npm run docs:rules            (build, then write)
//        npm run docs:rules -- --check (exit 1 when the committed file is stale)
import { readFile, writeFile } from "node:fs/promises";
import { RULES } from "../lib/detectors/rule-registry.js";
import { renderRulesDoc } from "../lib/render/rules.js";

const root = new URL("../", import.meta.url);
const template = await readFile(new URL("docs/rules.template.md", root), "utf8");
const text = renderRulesDoc(template, RULES);
const target = new URL("docs/rules.md", root);

if (process.argv.includes("--check")) {
  const current = await readFile(target, "utf8").catch(() => "");
  if (current !== text) {
    process.stderr.write("docs/rules.md is out of date: run `npm run docs:rules`\n");
    process.exit(1);
  }
} else {
  await writeFile(target, text);
  process.stdout.write(`wrote docs/rules.md (${RULES.length} rules)\n`);
}
