import { beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

  it("`bin/impactgate.js --version` answers from package.json, as main does, loading nothing else", () => {
    const dir = mkdtempSync(join(tmpdir(), "impactgate-imports-"));
    const log = join(dir, "imports.log");
    try {
      const out = execFileSync(process.execPath, ["--import", HOOKS, join(ROOT, "bin", "impactgate.js"), "--version"], {
        cwd: ROOT,
        env: { ...process.env, IMPACTGATE_IMPORT_LOG: log, NODE_OPTIONS: "" },
        encoding: "utf8",
      });
      const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
      expect(out).toBe(`impactgate ${version}\n`);
      const modules = readFileSync(log, "utf8").split("\n").filter(Boolean);
      expect(modules.filter((m) => !m.startsWith("node:"))).toEqual([
        pathToFileURL(join(ROOT, "bin", "impactgate.js")).href,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // the launcher's answer is the CLI's
    const script = `import { main } from ${JSON.stringify(pathToFileURL(join(lib, "cli", "main.js")).href)}; await main(["--version"]);`;
    const viaMain = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(viaMain).toBe(`impactgate ${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}\n`);
  });

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

  it("a header diff without a description, a config file or manifests loads none of their parsers", () => {
    const pair = ["diff", fixture("c", "field-removed", "before"), fixture("c", "field-removed", "after")];
    const libraries = ["markdown-it", "parse5", "unhomoglyph", "yaml", "smol-toml", "semver", "ajv"];
    const loaded = (modules: string[]) =>
      libraries.filter((l) => modules.some((m) => m.includes(`/node_modules/${l}/`)));
    const plain = modulesLoadedBy(pair);
    expect(loaded(plain)).toEqual([]);
    expect(detectorsIn(plain)).not.toEqual(expect.arrayContaining(["packages"]));
    expect(detectorsIn(plain)).not.toEqual(expect.arrayContaining(["manifest"]));
    // the same diff with a description reads it with the description parser
    const dir = mkdtempSync(join(tmpdir(), "impactgate-body-"));
    writeFileSync(join(dir, "body.md"), "## ABI impact\n\nPlugins must be rebuilt.\n");
    try {
      expect(loaded(modulesLoadedBy([...pair, "--body", join(dir, "body.md")]))).toEqual(
        expect.arrayContaining(["markdown-it", "parse5", "unhomoglyph"]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a .proto change loads protobufjs only; a .d.ts change the TypeScript compiler only", () => {
    const proto = fixture("proto", "field-same-oneof");
    expect(packagesIn(modulesLoadedBy(["diff", join(proto, "before"), join(proto, "after")]))).toEqual(["protobufjs"]);
    const ts = fixture("ts", "param-removed-is-error");
    expect(packagesIn(modulesLoadedBy(["diff", join(ts, "before"), join(ts, "after")]))).toEqual(["typescript"]);
  });
});
