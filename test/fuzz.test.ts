/**
 * Fuzz test for the three parsers that read untrusted text: PR descriptions (parseStatements),
 * config files (loadConfigText / validateConfig) and PR comments (parseCommand). Thousands of random
 * and mutated inputs from a fixed seed: no exception may escape, every result must have its
 * documented shape, and no single input may take long — a generous per-input bound that only a
 * catastrophic (super-linear) case could break; it is not a speed goal (those live in bench/).
 */
import { describe, expect, test } from "@jest/globals";
import { readFileSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseStatements } from "../src/statements/parse-statements.js";
import { parseCommand, MAX_REASON_CHARS } from "../src/statements/parse-command.js";
import { statementTemplate } from "../src/statements/template.js";
import { loadConfigText, validateConfig, MAX_CONFIG_CHARS } from "../src/config/load.js";
import { defaultConfig } from "../src/config/defaults.js";
import { CATEGORIES } from "../src/engine/types.js";
import { mulberry32 } from "./helpers/mulberry32.js";

const SEED = 20261122;
/**
 * The per-input bound: 2 s, or five times what a benign input of the largest accepted size
 * takes on this machine right now, whichever is larger. Linear work on a hostile input stays within
 * a small factor of the benign one; catastrophic backtracking or quadratic scans do not. Being
 * relative keeps the test honest on a loaded CI machine.
 */
// 250 ms flaked on CI (a 13-line YAML stalled past it three times running while the other jest
// worker was busy); catastrophic backtracking on the 1k–50k-character inputs takes far longer.
const PER_INPUT_MS = 2_000;
const BOUND_FACTOR = 5;
/** Thousands of cases take seconds; a loaded shared machine can take many times that. */
const TEST_TIMEOUT_MS = 300_000;

function fastestMs(run: () => unknown, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function boundMs(reference: () => unknown): number {
  return Math.max(PER_INPUT_MS, BOUND_FACTOR * fastestMs(reference));
}

class Gen {
  constructor(readonly random: () => number) {}
  int(max: number): number {
    return Math.floor(this.random() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
}

const MARKDOWN_TOKENS = [
  "#",
  "##",
  "###",
  "######",
  "#######",
  " ",
  "  ",
  "    ",
  "\t",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "*",
  "**",
  "_",
  "__",
  "`",
  "```",
  "````",
  "~~~",
  "<!--",
  "-->",
  "<!-- x -->",
  ">",
  "> ",
  "- ",
  "* ",
  "1. ",
  "---",
  "===",
  ":",
  "::",
  "ABI impact",
  "abi IMPACT",
  "Cross-package impact",
  "Fork impact",
  "ABI-Impact:",
  "Fork-Impact: ",
  "Cross-Package-Impact:",
  "**ABI impact:**",
  "**Fork impact**:",
  "__ABI impact:__",
  "Signed-off-by: A <a@b>",
  "none",
  "None.",
  "N/A",
  "n/a",
  "No impact.",
  "TODO",
  "TBD",
  "…",
  "...",
  "<fill in>",
  "<",
  ">",
  "[",
  "]",
  "(",
  ")",
  "\\",
  "\u0000",
  "\ud800",
  "\udc00",
  "😀",
  "é",
  "\u2028",
  "\u00a0",
  "_Which interfaces change_",
  "struct kvm_run",
  "ioctl",
];
const COMMAND_TOKENS = [
  "/impactgate",
  "/Impactgate",
  "/impactgatex",
  " ",
  "\n",
  "\r\n",
  "\t",
  "ack",
  "ACK",
  "recheck",
  "help",
  "rechek",
  "abi",
  "api",
  "cross-package",
  "fork",
  "forks",
  "all",
  "for",
  "abi:",
  "because",
  "reason",
  ">",
  "> ",
  "```",
  "~~~",
  "<!--",
  "-->",
  "`",
  "    ",
  "\u0000",
  "😀",
  "x".repeat(80),
];
const YAML_TOKENS = [
  "interfaces",
  "include",
  "exclude",
  "rules",
  "limits",
  "files",
  "bytes-per-file",
  "watch",
  "name",
  "notify",
  "require-ack",
  "labels",
  "abi",
  "fork",
  "upstream",
  "vendored",
  "ack",
  "permission",
  "statements",
  "proto",
  "wire",
  "c/field-appended",
  '"c/*"',
  "_extends",
  "__proto__",
  "constructor",
  ":",
  ": ",
  "- ",
  "  ",
  "    ",
  "\n",
  "\t",
  "[",
  "]",
  "{",
  "}",
  ",",
  "&a",
  "*a",
  "!!str",
  "!!binary",
  "? ",
  "|",
  ">",
  "---",
  "...",
  "#",
  "'",
  '"',
  "%YAML 1.2",
  "null",
  "~",
  "true",
  "false",
  "0",
  "-1",
  "1.5",
  "0x10",
  "1e999",
  ".nan",
  "@bob",
  "@org/team",
  "error",
  "off",
  "\u0000",
  "😀",
];

const fixtures = new URL("../fixtures/descriptions/", import.meta.url);
const realDescriptions = readdirSync(fixtures)
  .filter((f) => f.endsWith(".md"))
  .map((f) => readFileSync(new URL(f, fixtures), "utf8"));
realDescriptions.push(statementTemplate(CATEGORIES, defaultConfig().statements));
const realConfigs = [
  'interfaces:\n  include: ["**/*.h"]\nrules:\n  c/field-appended: error\nlimits:\n  files: 10\n',
  "watch:\n  - name: criu\n    symbols: [struct kvm_run]\n    notify: ['@criu/maintainers']\n    require-ack: true\n",
  "fork:\n  upstream: torvalds/linux\n  vendored:\n    third_party/zlib: madler/zlib\nlabels:\n  fork: false\n",
];
const realComments = [
  "/impactgate ack abi the ioctl never shipped",
  "LGTM\n\n/impactgate recheck",
  "> /impactgate ack\n\nno",
];

/** Benign inputs of the largest size each parser accepts: the yardstick for the time bound. */
const bigDescription = (() => {
  let text = "";
  for (let i = 0; text.length < defaultConfig().limits["body-chars"]; i++)
    text += `${realDescriptions[i % realDescriptions.length]}\n\n`;
  return text.slice(0, defaultConfig().limits["body-chars"]);
})();
const bigConfig = (() => {
  let text = "packages:\n";
  for (let i = 0; text.length < MAX_CONFIG_CHARS - 100; i++) text += `  pkg-${i}:\n    - "lib/pkg-${i}/**"\n`;
  return text;
})();
const bigComment = `/impactgate ack abi ${"because it was never released. ".repeat(2000)}`.slice(0, 65_536);

function tokens(g: Gen, pool: readonly string[], count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += g.pick(pool);
  return out;
}

/** Insert, delete, duplicate, case-flip or splice: the edits a hostile or sloppy author makes. */
function mutate(g: Gen, text: string, pool: readonly string[]): string {
  let out = text;
  const edits = 1 + g.int(8);
  for (let i = 0; i < edits; i++) {
    const at = g.int(out.length + 1);
    const len = g.int(Math.min(200, out.length - at) + 1);
    switch (g.int(6)) {
      case 0:
        out = out.slice(0, at) + tokens(g, pool, 1 + g.int(5)) + out.slice(at);
        break;
      case 1:
        out = out.slice(0, at) + out.slice(at + len);
        break;
      case 2:
        out = out.slice(0, at + len) + out.slice(at, at + len).repeat(1 + g.int(20)) + out.slice(at + len);
        break;
      case 3:
        out = out.slice(0, at) + out.slice(at, at + len).toUpperCase() + out.slice(at + len);
        break;
      case 4:
        out = out.slice(0, at) + String.fromCharCode(g.int(0x10000)) + out.slice(at + 1);
        break;
      default: {
        const lines = out.split("\n");
        lines.splice(g.int(lines.length + 1), 0, ...lines.slice(g.int(lines.length)).slice(0, 5));
        out = lines.join("\n");
      }
    }
  }
  return out;
}

/** Inputs that break naive regexes and recursive parsers: long runs, deep nesting, huge lines. */
function pathological(g: Gen, pool: readonly string[], maxChars = 50_000): string {
  const n = 1_000 + g.int(maxChars - 1_000);
  const unit = g.pick([
    "#",
    "*",
    "_",
    "`",
    "<!--",
    "<!-",
    "-->",
    "-",
    "=",
    " ",
    "\t",
    ">",
    "> ",
    "- ",
    "[",
    "{",
    "**ABI impact",
    "ABI-Impact",
    "a:",
    "  ",
    "\n",
    "#\n",
    "```\n",
    "<",
    ":",
    "- a:\n",
    "x",
    "é",
    "\r",
    g.pick(pool),
  ]);
  const body = unit.repeat(Math.ceil(n / unit.length));
  return g.pick([
    body,
    `${body}!`,
    `${g.pick(pool)}${body}${g.pick(pool)}`,
    `## ABI impact\n${body}`,
    `${body}\n/impactgate ack abi x`,
  ]);
}

function deepYaml(g: Gen): string {
  const depth = 50 + g.int(2_000);
  switch (g.int(3)) {
    case 0:
      return "[".repeat(depth) + "]".repeat(g.int(depth));
    case 1:
      return Array.from({ length: depth }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n");
    default:
      return "- ".repeat(depth) + "x";
  }
}

/**
 * Runs `fn`, recording the slowest input; the call itself must not throw. An input over the bound
 * is run up to four more times and its fastest time kept: a loaded machine can stall any one call, while a
 * catastrophic input is slow every time.
 */
function timed<T>(stats: { max: number; worst: string; count: number }, input: string, fn: () => T): T {
  const once = (): [T, number] => {
    const start = performance.now();
    const result = fn();
    return [result, performance.now() - start];
  };
  let [result, ms] = once();
  for (let retry = 0; retry < 4 && ms > PER_INPUT_MS; retry++) {
    const [again, retryMs] = once();
    result = again;
    ms = Math.min(ms, retryMs);
  }
  stats.count++;
  if (ms > stats.max) Object.assign(stats, { max: ms, worst: JSON.stringify(input.slice(0, 80)) });
  return result;
}

const newStats = () => ({ max: 0, worst: "", count: 0 });

describe(`fuzz (seed ${SEED})`, () => {
  test(
    "parseStatements: every input gives one well-formed statement per category",
    () => {
      const g = new Gen(mulberry32(SEED));
      const stats = newStats();
      const names = defaultConfig().statements;
      const custom = { abi: "Userspace impact", "cross-package": "Library: impact", fork: "*Fork*" };
      const bound = boundMs(() => parseStatements(bigDescription, names));
      for (let i = 0; i < 4_000; i++) {
        const input =
          i % 10 === 0
            ? pathological(g, MARKDOWN_TOKENS)
            : i % 2 === 0
              ? mutate(g, g.pick(realDescriptions), MARKDOWN_TOKENS)
              : tokens(g, MARKDOWN_TOKENS, 1 + g.int(300));
        const parsed = timed(stats, input, () => parseStatements(input, i % 7 === 0 ? custom : names));
        for (const category of CATEGORIES) {
          const s = parsed[category];
          expect(["absent", "empty", "none", "text"]).toContain(s.kind);
          expect(typeof s.text).toBe("string");
          if (s.kind === "absent") expect(s.text).toBe("");
          else expect(s.line).toBeGreaterThanOrEqual(1);
        }
      }
      expect(stats.count).toBe(4_000);
      expect([stats.max < bound, stats.worst]).toEqual([true, stats.worst]);
    },
    TEST_TIMEOUT_MS,
  );

  test(
    "loadConfigText: every input is a config or a list of located errors",
    () => {
      const g = new Gen(mulberry32(SEED + 1));
      const stats = newStats();
      expect(loadConfigText(bigConfig).ok).toBe(true); // also compiles the validator outside the timing
      const bound = boundMs(() => loadConfigText(bigConfig));
      for (let i = 0; i < 1_500; i++) {
        const input =
          i % 10 === 0
            ? pathological(g, YAML_TOKENS, MAX_CONFIG_CHARS)
            : i % 10 === 1
              ? deepYaml(g)
              : i % 2 === 0
                ? mutate(g, g.pick(realConfigs), YAML_TOKENS)
                : tokens(g, YAML_TOKENS, 1 + g.int(120));
        const result = timed(stats, input, () => loadConfigText(input));
        if (result.ok) {
          expect(Object.keys(result.config).sort()).toEqual(Object.keys(defaultConfig()).sort());
          continue;
        }
        expect(result.errors.length).toBeGreaterThan(0);
        const lines = input.split(/\r\n|\r|\n/).length + 1;
        for (const e of result.errors) {
          expect([typeof e.path, typeof e.message, typeof e.expected]).toEqual(["string", "string", "string"]);
          expect(e.message.length).toBeGreaterThan(0);
          if (e.line !== undefined) expect(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines).toBe(true);
        }
      }
      expect(stats.count).toBe(1_500);
      expect([stats.max < bound, stats.worst]).toEqual([true, stats.worst]);
    },
    TEST_TIMEOUT_MS,
  );

  test("validateConfig: random JSON-like values never throw", () => {
    const g = new Gen(mulberry32(SEED + 2));
    const value = (depth: number): unknown => {
      switch (depth > 4 ? g.int(5) : g.int(8)) {
        case 0:
          return null;
        case 1:
          return g.chance(0.5);
        case 2:
          return g.int(5000) - 10;
        case 3:
          return g.chance(0.5) ? g.pick(YAML_TOKENS) : tokens(g, YAML_TOKENS, g.int(5));
        case 4:
          return g.int(2) / 3;
        case 5:
          return Array.from({ length: g.int(4) }, () => value(depth + 1));
        default:
          return Object.fromEntries(Array.from({ length: g.int(5) }, () => [g.pick(YAML_TOKENS), value(depth + 1)]));
      }
    };
    for (let i = 0; i < 2_000; i++) {
      const result = validateConfig(i % 3 === 0 ? { [g.pick(Object.keys(defaultConfig()))]: value(1) } : value(0));
      expect(result.ok || result.errors.length > 0).toBe(true);
    }
  });

  test(
    "parseCommand: every input is no command or a well-formed one",
    () => {
      const g = new Gen(mulberry32(SEED + 3));
      const stats = newStats();
      const bound = boundMs(() => parseCommand(bigComment));
      for (let i = 0; i < 4_000; i++) {
        const input =
          i % 10 === 0
            ? pathological(g, COMMAND_TOKENS)
            : i % 2 === 0
              ? mutate(g, g.pick(realComments), COMMAND_TOKENS)
              : tokens(g, COMMAND_TOKENS, 1 + g.int(60));
        const command = timed(stats, input, () => parseCommand(input));
        if (command === undefined) continue;
        expect(["ack", "recheck", "help", "invalid"]).toContain(command.kind);
        if (command.kind === "ack") {
          expect(["abi", "cross-package", "fork", "all"]).toContain(command.category);
          expect(command.reason.length).toBeGreaterThan(0);
          expect(command.reason.length).toBeLessThanOrEqual(MAX_REASON_CHARS);
        }
        if (command.kind === "invalid") expect(command.message.length).toBeGreaterThan(0);
      }
      expect(stats.count).toBe(4_000);
      expect([stats.max < bound, stats.worst]).toEqual([true, stats.worst]);
    },
    TEST_TIMEOUT_MS,
  );
});
