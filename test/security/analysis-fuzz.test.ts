/**
 * Security issue 11, "must show": a fuzz run over what the detectors parse — C headers, .proto,
 * TypeScript declarations, package.json — through the analysis processes as the app runs them
 * (memory cap, hard deadline). Every input is a before → after pair that contains a real break
 * (a removed function, field, export or subpath); the mutations add hostile text around it (junk
 * after it, deep nesting, huge tokens, NULs, a BOM, CRLF, a second hostile file, the issue's
 * attacks at random sizes). Asserted for every input: no crash (the analysis answers, its process
 * does not die), no hang past the hard deadline, and never `success` — the break is either found,
 * or the file is reported as not analysed, which blocks just the same.
 *
 * The CI run is bounded (IMPACTGATE_FUZZ_RUNS, default 100 inputs); the larger run's figures are
 * in docs/security.md ("Fuzzing"): IMPACTGATE_FUZZ_RUNS=2000 npx jest test/security/analysis-fuzz.
 * Inputs come from a fixed seed (IMPACTGATE_FUZZ_SEED), so a failure is reproduced by its index.
 * PR descriptions, configs and commands are fuzzed in test/fuzz.test.ts.
 */
import { afterAll, describe, expect, test } from "@jest/globals";
import { sourcePool } from "../helpers/analysis-pool.js";
import { changeSetFromTrees } from "../../src/engine/from-trees.js";
import { defaultConfig } from "../../src/config/defaults.js";
import {
  allLinesChanged,
  deepExports,
  manyDefines,
  manyExports,
  manyFieldsProto,
} from "../../bench/isolation/attacks.js";
import type { Attack, Tree } from "../../bench/isolation/attacks.js";
import type { Review } from "../../src/engine/types.js";
import { mulberry32 } from "../helpers/mulberry32.js";

const RUNS = Number(process.env.IMPACTGATE_FUZZ_RUNS) || 100;
const SEED = Number(process.env.IMPACTGATE_FUZZ_SEED) || 20261206;
/** The hard deadline of each analysis; the pool kills the process past it. */
const DEADLINE_MS = 60_000;
/** How long past the deadline an answer may take (process start, IPC) before it counts as a hang. */
const HANG_SLACK_MS = 30_000;
const MEMORY_MB = 1024;

/** A base pair per language: each has a real break the gate must not pass. */
const SEEDS: Record<string, { path: string; before: string; after: string; tokens: string[] }> = {
  c: {
    path: "include/widget.h",
    before:
      "struct widget { int id; int flags; };\nint widget_open(const char *name);\nint widget_close(struct widget *w);\n",
    after: "struct widget { int id; int flags; };\nint widget_open(const char *name);\n",
    tokens: [
      "struct",
      "union",
      "enum",
      "typedef",
      "int",
      "#define",
      "#if",
      "#endif",
      "#include",
      "{",
      "}",
      ";",
      "(",
      ")",
      "*",
      "[",
      "]",
      "/*",
      "*/",
      "//",
      "\\",
      "__attribute__((packed))",
      'extern "C" {',
      "template<",
      ">",
      "::",
      "x",
    ],
  },
  proto: {
    path: "proto/shop.proto",
    before: 'syntax = "proto3";\npackage shop;\nmessage Order {\n  string id = 1;\n  int64 total = 2;\n}\n',
    after: 'syntax = "proto3";\npackage shop;\nmessage Order {\n  string id = 1;\n}\n',
    tokens: [
      "message",
      "enum",
      "oneof",
      "reserved",
      "option",
      "import",
      "service",
      "rpc",
      "{",
      "}",
      ";",
      "=",
      "1",
      "536870911",
      "repeated",
      "map<",
      ">",
      '"',
      "//",
      "/*",
      "extend",
      "x",
    ],
  },
  ts: {
    path: "types/index.d.ts",
    before:
      "export declare function open(name: string): number;\nexport declare function close(id: number): void;\nexport interface Options { retries: number }\n",
    after: "export declare function open(name: string): number;\nexport interface Options { retries: number }\n",
    tokens: [
      "export",
      "declare",
      "type",
      "interface",
      "namespace",
      "function",
      "<",
      ">",
      "extends",
      "infer",
      "keyof",
      "{",
      "}",
      "(",
      ")",
      "[",
      "]",
      "|",
      "&",
      "=>",
      ";",
      "`${",
      "}`",
      "x",
      "...",
    ],
  },
  manifest: {
    path: "package.json",
    before:
      '{\n  "name": "widget",\n  "version": "1.2.0",\n  "exports": { ".": "./index.js", "./feature": "./feature.js" }\n}\n',
    after: '{\n  "name": "widget",\n  "version": "1.2.1",\n  "exports": { ".": "./index.js" }\n}\n',
    tokens: [
      "{",
      "}",
      "[",
      "]",
      ":",
      ",",
      '"',
      '"./x"',
      '"exports"',
      '"main"',
      "null",
      "true",
      "1e999",
      "\\u0000",
      "\\",
    ],
  },
};

type Rand = () => number;
const int = (r: Rand, max: number) => Math.floor(r() * max);
const pick = <T>(r: Rand, items: readonly T[]) => items[int(r, items.length)]!;

/** Hostile text to put after the break: what a contributor can write into the rest of the file. */
function junk(r: Rand, tokens: string[]): string {
  switch (int(r, 6)) {
    case 0: // random tokens of the language
      return Array.from({ length: 1 + int(r, 400) }, () => pick(r, tokens) + pick(r, [" ", "\n", ""])).join("");
    case 1: {
      // deep nesting
      const [open, close] = pick(r, [
        ["{", "}"],
        ["(", ")"],
        ["[", "]"],
        ["<", ">"],
        ["/*", "*/"],
      ] as const);
      const depth = 1 + int(r, 5000);
      return open.repeat(depth) + (r() < 0.5 ? close.repeat(depth) : "");
    }
    case 2: // one huge token
      return pick(r, ["x", "9", '"', "_", "é"]).repeat(1 + int(r, 200_000));
    case 3: // random code points, NULs and controls included
      return String.fromCodePoint(
        ...Array.from({ length: 1 + int(r, 2000) }, () => int(r, r() < 0.9 ? 0x80 : 0x2ffff)),
      );
    case 4: // many lines
      return Array.from({ length: 1 + int(r, 20_000) }, (_, i) => `${pick(r, tokens)} n${i}`).join("\n");
    default: // nothing: the file is repeated instead (duplicate declarations)
      return "";
  }
}

/** One fuzzed pair: the seed of a language (or one of the attacks at a random size) with hostile text added. */
function fuzzedInput(index: number): { name: string; attack: Attack } {
  const r = mulberry32(SEED + index * 7919);
  if (r() < 0.15) {
    const attacks: [string, () => Attack][] = [
      ["deep-exports", () => deepExports(1 + int(r, 3000))],
      ["many-fields-proto", () => manyFieldsProto(2 + int(r, 20_000))],
      ["many-exports", () => manyExports(2 + int(r, 50_000))],
      ["all-lines-changed", () => allLinesChanged(1 + int(r, 50_000))],
      ["many-defines", () => manyDefines(1 + int(r, 50_000))],
    ];
    const [name, make] = pick(r, attacks);
    return { name: `#${index} ${name}`, attack: make() };
  }
  const lang = pick(r, Object.keys(SEEDS));
  const seed = SEEDS[lang]!;
  const tail = junk(r, seed.tokens);
  // after the break: the junk, or the file once more; in a manifest, as JSON (a string value) half the time
  const asJson = lang === "manifest" && tail !== "" && r() < 0.5;
  const withTail = (text: string) =>
    asJson ? text.replace('"name"', `"description": ${JSON.stringify(tail)},\n  "name"`) : `${text}\n${tail || text}`;
  let before = withTail(seed.before);
  let after = withTail(seed.after);
  const transform = int(r, 4);
  if (transform === 1) [before, after] = [before, after].map((t) => t.replace(/\n/g, "\r\n")) as [string, string];
  if (transform === 2) [before, after] = [`\uFEFF${before}`, `\uFEFF${after}`];
  const tree = (text: string): Tree => ({ [seed.path]: text });
  const attack: Attack = { before: tree(before), after: tree(after) };
  if (transform === 3) {
    // a second hostile file of another kind in the same pull request
    const other = SEEDS[pick(r, Object.keys(SEEDS))]!;
    const path = `extra/${other.path}`;
    attack.before[path] = junk(r, other.tokens);
    attack.after[path] = junk(r, other.tokens);
  }
  return { name: `#${index} ${lang} (junk ${tail.length} chars, transform ${transform})`, attack };
}

const pool = sourcePool({ workers: 2, memoryMb: MEMORY_MB, maxDeadlineMs: DEADLINE_MS, preload: true });
afterAll(() => pool.close());

describe("fuzzing the analysis with hostile files around a real break", () => {
  test(`${RUNS} inputs: no crash, no hang past the deadline, never success`, async () => {
    const config = defaultConfig();
    config.limits["review-time-ms"] = DEADLINE_MS;
    const tally = { inputs: 0, found: 0, notAnalysed: 0, stopped: 0, detectorFailed: 0, slowestMs: 0, slowest: "" };
    const problems: string[] = [];
    // Both processes started and loaded before the clock runs: on a loaded machine, loading every
    // detector takes tens of seconds, which is start-up, not a hang of the input being timed.
    pool.warm();
    while (pool.stats().idlePids.length < 2) await new Promise((r) => setTimeout(r, 100));
    const started = performance.now();
    let next = 0;
    const runOne = async (index: number) => {
      const { name, attack } = fuzzedInput(index);
      const t0 = performance.now();
      let review: Review;
      try {
        review = await pool.analyze(changeSetFromTrees(attack), config);
      } catch (err) {
        problems.push(`${name}: the analysis failed: ${(err as Error).message}`);
        return;
      }
      const ms = performance.now() - t0;
      tally.inputs++;
      if (ms > tally.slowestMs) Object.assign(tally, { slowestMs: ms, slowest: name });
      const ids = review.findings.map((f) => f.ruleId);
      const stopped = review.findings.find((f) => f.ruleId === "engine/analysis-failed");
      if (stopped) tally.stopped++;
      if (ids.includes("engine/detector-failed")) tally.detectorFailed++;
      if (ids.some((id) => id.endsWith("/parse-failed") || id.startsWith("engine/"))) tally.notAnalysed++;
      else tally.found++;
      if (review.conclusion === "success") problems.push(`${name}: success on a real break (${ids.join(", ")})`);
      if (stopped && /crashed/.test(stopped.message)) problems.push(`${name}: the process crashed: ${stopped.message}`);
      // a process that died is replaced (a fresh one loads again) and the input tried once more
      const attempts = stopped && /tried twice/.test(stopped.message) ? 2 : 1;
      if (ms > attempts * (DEADLINE_MS + HANG_SLACK_MS))
        problems.push(`${name}: answered after ${Math.round(ms)} ms (${attempts} attempt(s))`);
    };
    await Promise.all(
      [0, 1].map(async () => {
        while (next < RUNS) await runOne(next++);
      }),
    );
    console.log(
      `analysis fuzz (seed ${SEED}): ${tally.inputs} inputs in ${Math.round((performance.now() - started) / 1000)} s; ` +
        `break found ${tally.found}, reported as not (fully) analysed ${tally.notAnalysed} ` +
        `(detector errors ${tally.detectorFailed}, stopped at a limit ${tally.stopped}); ` +
        `slowest ${Math.round(tally.slowestMs)} ms (${tally.slowest}); problems ${problems.length}`,
    );
    expect(problems).toEqual([]);
    expect(tally.inputs).toBe(RUNS);
  }, 3_600_000);
});
