import { beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compileSource } from "../helpers/compile-app.js";

const ROOT = process.cwd();
const HOOKS = join(ROOT, "test", "helpers", "record-imports.mjs");
const PARSERS = ["typescript", "web-tree-sitter", "protobufjs"] as const;
let lib: string;

beforeAll(() => {
  lib = compileSource();
}, 120_000);

/** The module URLs `impactgate <args>` loads, from this source, in a child process. */
function modulesLoadedBy(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "impactgate-imports-"));
  const log = join(dir, "imports.log");
  const main = pathToFileURL(join(lib, "cli", "main.js")).href;
  const script = `import { main } from ${JSON.stringify(main)}; process.exitCode = await main(${JSON.stringify(args)});`;
  try {
    execFileSync(process.execPath, ["--import", HOOKS, "--input-type=module", "-e", script], {
      cwd: ROOT,
      env: { ...process.env, IMPACTGATE_IMPORT_LOG: log, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (err) {
    // exit 1 is `action_required`: a review that found something, which is what these runs do
    if ((err as { status?: number }).status !== 1) throw err;
  }
  const modules = readFileSync(log, "utf8").split("\n").filter(Boolean);
  rmSync(dir, { recursive: true, force: true });
  return modules;
}

const packagesIn = (modules: string[]) => PARSERS.filter((p) => modules.some((m) => m.includes(`/node_modules/${p}/`)));
const detectorsIn = (modules: string[]) =>
  [...new Set(modules.flatMap((m) => /\/lib\/detectors\/([a-z]+)\/index\.js$/.exec(m)?.[1] ?? []))].sort();
const fixture = (...parts: string[]) => join(ROOT, "fixtures", "detectors", ...parts);

describe("the CLI loads only what a command needs (issue 15.1)", () => {
  it.each([["--version"], ["--help"], ["rules"], ["rules", "--format", "json"]].map((a) => [a.join(" "), a] as const))(
    "`impactgate %s` loads no detector and no parser",
    (_name, args) => {
      const modules = modulesLoadedBy(args);
      expect(modules.some((m) => m.endsWith("/lib/cli/main.js"))).toBe(true); // the log works
      expect(detectorsIn(modules)).toEqual([]);
      expect(packagesIn(modules)).toEqual([]);
    },
  );

  it("a C header change loads tree-sitter, not the TypeScript compiler or protobufjs", () => {
    const modules = modulesLoadedBy([
      "diff",
      fixture("c", "field-removed", "before"),
      fixture("c", "field-removed", "after"),
    ]);
    expect(packagesIn(modules)).toEqual(["web-tree-sitter"]);
    expect(detectorsIn(modules)).toEqual(expect.arrayContaining(["c", "cpp", "interface"]));
    expect(detectorsIn(modules)).not.toEqual(expect.arrayContaining(["ts"]));
    expect(detectorsIn(modules)).not.toEqual(expect.arrayContaining(["proto"]));
  });

  it("a .proto change loads protobufjs only; a .d.ts change the TypeScript compiler only", () => {
    const proto = fixture("proto", "field-same-oneof");
    expect(packagesIn(modulesLoadedBy(["diff", join(proto, "before"), join(proto, "after")]))).toEqual(["protobufjs"]);
    const ts = fixture("ts", "param-removed-is-error");
    expect(packagesIn(modulesLoadedBy(["diff", join(ts, "before"), join(ts, "after")]))).toEqual(["typescript"]);
  });
});
