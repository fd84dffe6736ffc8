// The local C++ fallback (src/detectors/c/language.ts, `localFallback`) against the whole-file one
// it replaced: every header under the directories given is modelled both ways — each in a process
// of its own, since models are cached by text — and the two models compared (macros, declarations,
// gaps, branches, language). Prints how many headers were compared and every header whose
// models differ, with what differs. Asserts nothing.
// Run after `npm run build`:
//   node bench/c-headers/verify-fallback.js /tmp/kuapi/trees/6.12.118-1 /work/shared/corpus …
// @ts-check
import { spawnSync } from "node:child_process";
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const ROOT = new URL("../../", import.meta.url);
const mode = process.argv.find((a) => a.startsWith("--mode="))?.slice(7);
const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!dirs.length) {
  console.log("usage: node bench/c-headers/verify-fallback.js DIR [DIR …]");
  process.exit(0);
}

/** Headers under `dir`, symbolic links and VCS/package directories left out, sorted. */
function headers(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    let st;
    try {
      st = lstatSync(full);
    } catch {
      continue;
    }
    if (st.isSymbolicLink()) continue;
    if (st.isDirectory()) {
      if (name !== ".git" && name !== "node_modules") out.push(...headers(full));
    } else if (/\.(h|hh|hpp|hxx|inl)$/.test(name) && st.size < 2_000_000) out.push(full);
  }
  return out.sort();
}

if (mode) {
  // a child: every header's model (its own macros as the scope) in this mode, as JSON
  const language = await import(new URL("lib/detectors/c/language.js", ROOT).href);
  const { modelOf } = await import(new URL("lib/detectors/c/model-cache.js", ROOT).href);
  await language.loadGrammars();
  language.useWholeFileFallback(mode === "whole");
  const models = {};
  for (const dir of dirs)
    for (const file of headers(dir)) {
      const path = relative(dir, file);
      try {
        models[`${dir}:${path}`] = JSON.stringify(modelOf(path, readFileSync(file, "utf8")));
      } catch (e) {
        models[`${dir}:${path}`] = `error: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
  writeFileSync(process.argv.find((a) => a.startsWith("--out="))?.slice(6) ?? "/dev/stdout", JSON.stringify(models));
} else {
  const work = mkdtempSync(join(tmpdir(), "impactgate-verify-fallback-"));
  const run = (m) => {
    const out = join(work, `${m}.json`);
    const r = spawnSync(
      process.execPath,
      ["--max-old-space-size=4096", new URL(import.meta.url).pathname, `--mode=${m}`, `--out=${out}`, ...dirs],
      {
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    if (r.status !== 0) throw new Error(`the ${m} run failed (exit ${r.status})`);
    return JSON.parse(readFileSync(out, "utf8"));
  };
  const local = run("local");
  const whole = run("whole");
  rmSync(work, { recursive: true, force: true });
  let same = 0;
  const differ = [];
  for (const key of Object.keys(whole)) {
    if (local[key] === whole[key]) same += 1;
    else differ.push(key);
  }
  console.log(`${same + differ.length} headers: ${same} models identical, ${differ.length} differ`);
  for (const key of differ) {
    const a = local[key].startsWith("error") ? {} : JSON.parse(local[key]);
    const b = whole[key].startsWith("error") ? {} : JSON.parse(whole[key]);
    const parts = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
      (p) => JSON.stringify(a[p]) !== JSON.stringify(b[p]),
    );
    console.log(`  ${key}: ${parts.join(", ")} (gaps local ${a.gaps?.length} / whole ${b.gaps?.length})`);
  }
}
