#!/usr/bin/env node
// Thin launcher: the CLI lives in lib/cli (built from src/cli by `npm run build`, run on install by `prepare`).
import { main } from "../lib/cli/main.js";

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
