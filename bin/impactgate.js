#!/usr/bin/env node
// Thin launcher. The CLI lives in lib/cli (built from src/cli by `npm run build`, run on install by
// `prepare`), which also bundles it into lib/bundle (scripts/build-cli.js): far fewer files to load
// at start. The bundle runs only when it is newer than lib/cli/main.js — a bare `tsc` since the last
// build leaves it stale, and then lib/cli runs as tsc built it.
import { readFileSync, statSync } from "node:fs";

const argv = process.argv.slice(2);
// `impactgate --version` answers from package.json without loading the CLI (issue 15: ≤ 0.15 s,
// most of which is Node's own start). Any other use of the flag goes through the argument parser.
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "version")) {
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`impactgate ${version}\n`);
} else {
  const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
  const bundled = mtime("../lib/bundle/main.js") >= mtime("../lib/cli/main.js");
  const { main } = await import(bundled ? "../lib/bundle/main.js" : "../lib/cli/main.js");

  // A reader that stops early (`impactgate rules | head`) closes the pipe: the output is not wanted
  // any more, which is not an error of ours (and must not end in a stack trace).
  process.stdout.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });

  main(argv).then((code) => {
    process.exitCode = code;
  });
}
