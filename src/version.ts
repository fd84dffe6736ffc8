import { createRequire } from "node:module";

/** Set by the bundlers (scripts/build-action.js, scripts/build-cli.js), where no package.json sits beside the code. */
declare const IMPACTGATE_VERSION: string | undefined;

/** Impactgate's version: the CLI's `--version`, SARIF's `tool.driver.version`. */
export function toolVersion(): string {
  if (typeof IMPACTGATE_VERSION === "string") return IMPACTGATE_VERSION;
  // src/version.ts and lib/version.js both sit one level below the package root
  return (createRequire(import.meta.url)("../package.json") as { version: string }).version;
}
