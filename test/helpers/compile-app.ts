import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { transformFileSync } from "@swc/core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Transpiles src/app/<dirs> to plain ESM under node_modules/.cache, so a child process (a worker
 * the test can SIGKILL) runs our real code; bare imports resolve through the repo's node_modules.
 */
export function compileApp(dirs: string[]): string {
  const out = join(root, "node_modules", ".cache", "impactgate-test", String(process.pid));
  for (const dir of dirs) {
    const src = join(root, "src", "app", dir);
    for (const name of readdirSync(src).filter((n) => n.endsWith(".ts"))) {
      const file = join(src, name);
      const { code } = transformFileSync(file, {
        jsc: { target: "es2022", parser: { syntax: "typescript" } },
        module: { type: "es6" },
        sourceMaps: false,
      });
      const target = join(out, relative(join(root, "src", "app"), file)).replace(/\.ts$/, ".js");
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, code);
    }
  }
  return out;
}

/**
 * Transpiles all of src/ to `<cache>/lib/` beside a copy of package.json, laid out like the built
 * package, so a child process runs the CLI from this source as users run it; returns the path of
 * `lib/`. Bare imports resolve through the repo's node_modules.
 */
export function compileSource(): string {
  const out = join(root, "node_modules", ".cache", "impactgate-test", `src-${process.pid}`);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : /\.c?ts$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  for (const file of walk(join(root, "src"))) {
    // `.cts` stays CommonJS, as tsc builds it (src/detectors/ts/typescript.cts)
    const commonJs = file.endsWith(".cts");
    const { code } = transformFileSync(file, {
      jsc: { target: "es2022", parser: { syntax: "typescript" } },
      module: { type: commonJs ? "commonjs" : "es6" },
      sourceMaps: false,
    });
    const target = join(out, "lib", relative(join(root, "src"), file)).replace(/\.(c?)ts$/, ".$1js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, code);
  }
  copyFileSync(join(root, "package.json"), join(out, "package.json"));
  return join(out, "lib");
}
