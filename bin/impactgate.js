#!/usr/bin/env node
// Thin launcher: the CLI lives in lib/cli (built from src/cli by `npm run build`, run on install by `prepare`).
import { main } from "../lib/cli/main.js";

// A reader that stops early (`impactgate rules | head`) closes the pipe: the output is not wanted
// any more, which is not an error of ours (and must not end in a stack trace).
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
