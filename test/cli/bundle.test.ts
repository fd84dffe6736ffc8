import { beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compileSource } from "../helpers/compile-app.js";

// The bundled CLI (scripts/build-cli.js, what bin/impactgate.js runs) must behave exactly as the
// modules tsc builds: same findings, its analysis process found, the worker's user errors still
// user errors.
const ROOT = process.cwd();
let lib: string;

beforeAll(() => {
  lib = compileSource();
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.js"), lib], { stdio: "pipe" });
}, 120_000);

/** `impactgate <args>` through `entry` (lib/cli/main.js or lib/bundle/main.js) in a child process. */
function run(entry: string, args: string[], env: Record<string, string> = {}) {
  const main = pathToFileURL(join(lib, entry)).href;
  const script = `import { main } from ${JSON.stringify(main)}; process.exitCode = await main(${JSON.stringify(args)});`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: "", ...env },
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const pair = (...parts: string[]) => {
  const dir = join(ROOT, "fixtures", "detectors", ...parts);
  return [join(dir, "before"), join(dir, "after")];
};

describe("the bundled CLI (lib/bundle)", () => {
  it.each([
    ["c", "field-removed"],
    ["cpp", "class-field-appended-passed-by-value-is-error"],
    ["ts", "param-removed-is-error"],
    ["proto", "field-same-oneof"],
  ])("finds what lib/cli finds: %s/%s", (detector, name) => {
    const args = ["diff", "--format", "json", ...pair(detector, name)];
    const built = run("cli/main.js", args);
    const bundled = run("bundle/main.js", args);
    expect(JSON.parse(built.stdout).findings.length).toBeGreaterThan(0);
    expect(bundled.stdout).toBe(built.stdout);
    expect(bundled.status).toBe(built.status);
  });

  it("starts its analysis process from the bundle (IMPACTGATE_ANALYSIS=isolated)", () => {
    const args = ["diff", "--format", "json", ...pair("c", "field-removed")];
    const isolated = run("bundle/main.js", args, { IMPACTGATE_ANALYSIS: "isolated" });
    expect(isolated.stderr).toBe("");
    expect(isolated.stdout).toBe(run("cli/main.js", args).stdout);
  });

  it("prints the package's version and keeps the worker's user errors user errors", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(run("bundle/main.js", ["--version"]).stdout).toBe(`impactgate ${version}\n`);
    const worker = run("bundle/main.js", ["worker"], { REDIS_URL: "" });
    expect(worker.status).toBe(2);
    expect(worker.stderr).toMatch(/^impactgate: impactgate worker needs REDIS_URL/);
  });
});
