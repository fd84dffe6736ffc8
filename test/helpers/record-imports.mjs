// Node module hooks that append every module URL the process loads to the file named by
// IMPACTGATE_IMPORT_LOG, one per line. Registered with `node --import <this file>`: the tests use
// it to see which modules a CLI command loads (test/cli/lazy-loading.test.ts).
import { register } from "node:module";
import { appendFileSync } from "node:fs";

const log = process.env.IMPACTGATE_IMPORT_LOG;
if (log && !process.env.IMPACTGATE_IMPORT_HOOKS) {
  process.env.IMPACTGATE_IMPORT_HOOKS = "1";
  const hooks = `
    import { appendFileSync } from "node:fs";
    export async function load(url, context, next) {
      appendFileSync(${JSON.stringify(log)}, url + "\\n");
      return next(url, context);
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}
// CommonJS modules loaded by require() inside ESM packages do not pass the ESM hooks; record them too.
if (log) {
  const Module = (await import("node:module")).default;
  const original = Module.prototype.require;
  Module.prototype.require = function (id) {
    try {
      appendFileSync(log, `require:${Module._resolveFilename(id, this)}\n`);
    } catch {
      appendFileSync(log, `require:${id}\n`);
    }
    return original.apply(this, arguments);
  };
}
