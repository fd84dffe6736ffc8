import { describe, expect, it } from "@jest/globals";
import { decideVerdict, readStatements, redecide } from "../../src/engine/verdict.js";
import { statementsOf } from "../../src/statements/parse-statements.js";
import { review } from "../../src/engine/review.js";
import { changeSetFromTrees } from "../../src/engine/from-trees.js";
import { fingerprint } from "../../src/engine/fingerprint.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { knownFrom, reviewFromKnown } from "../../src/app/known/known-findings.js";
import { POINT_H_AFTER, POINT_H_BEFORE } from "../app/helpers/change.js";
import type { Config } from "../../src/config/types.js";
import type { Acknowledgement, Finding } from "../../src/engine/types.js";

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: "c/field-removed",
  category: "abi",
  severity: "error",
  path: "include/a.h",
  line: 1,
  message: "m",
  ...over,
});

/** What an empty description states, from the description parser itself. */
const NONE = statementsOf("", defaultConfig());

function config(patch: (c: Config) => void = () => {}): Config {
  const c = defaultConfig();
  patch(c);
  return c;
}

describe("the verdict pipeline: levels → path excludes → statements → acknowledgements → conclusion", () => {
  it("levels first: `off` drops, a lowered level needs no statement", () => {
    const findings = [finding({ ruleId: "c/a" }), finding({ ruleId: "c/b", line: 2 })];
    const v = decideVerdict({
      findings,
      statements: NONE,
      config: config((c) => Object.assign(c.rules, { "c/a": "off", "c/b": "warning" })),
    });
    expect(v.findings.map((f) => [f.ruleId, f.severity])).toEqual([["c/b", "warning"]]);
    expect(v.conclusion).toBe("success");
  });

  it("then path excludes, before anything counts", () => {
    const v = decideVerdict({
      findings: [finding({ path: "vendor/x.h" })],
      statements: NONE,
      config: config((c) => (c.paths.exclude = ["vendor/**"])),
    });
    expect(v).toMatchObject({ findings: [], conclusion: "success" });
  });

  it("then statements: a real one settles, `none` against errors contradicts, silence is missing", () => {
    const findings = [finding({})];
    const state = (body: string) =>
      decideVerdict({ findings, statements: statementsOf(body, config()), config: config() }).categories.abi.state;
    expect(state("## ABI impact\n\nplugins rebuild")).toBe("stated");
    expect(state("ABI-Impact: none")).toBe("contradicted");
    expect(state("")).toBe("missing");
  });

  it("then acknowledgements, for what is still waiting — a statement is not overridden by one", () => {
    const findings = [finding({})];
    const ack: Acknowledgement = {
      category: "abi",
      by: "m",
      at: "t",
      reason: "r",
      fingerprints: findings.map(fingerprint),
    };
    const v = (body: string) =>
      decideVerdict({ findings, statements: statementsOf(body, config()), config: config(), acknowledgements: [ack] });
    expect(v("ABI-Impact: none").categories.abi).toMatchObject({ state: "acknowledged", acknowledgement: ack });
    expect(v("").conclusion).toBe("success");
    expect(v("## ABI impact\n\nplugins rebuild").categories.abi).toEqual({
      state: "stated",
      errors: 1,
      statement: "plugins rebuild",
    });
    const other = finding({ ruleId: "c/size-changed", line: 3 });
    const lapsed = decideVerdict({
      findings: [...findings, other],
      statements: NONE,
      config: config(),
      acknowledgements: [ack],
    });
    expect(lapsed.categories.abi.state).toBe("missing");
  });

  it("is idempotent: findings that went through it once give the same verdict again", () => {
    const c = config((x) => Object.assign(x.rules, { "c/b": "warning", "c/off": "off" }));
    const findings = [finding({ ruleId: "c/b" }), finding({ ruleId: "c/off" }), finding({ path: "b.h" })];
    const once = decideVerdict({ findings, statements: NONE, config: c });
    expect(decideVerdict({ findings: once.findings, statements: NONE, config: c })).toEqual(once);
  });
});

describe("one pipeline for every caller", () => {
  const cs = (body = "") =>
    changeSetFromTrees({
      before: { "include/point.h": POINT_H_BEFORE },
      after: { "include/point.h": POINT_H_AFTER },
      body,
    });

  it("the engine, the known-findings path and the acknowledgement path reach the same verdict", async () => {
    const c = config();
    const first = await review(cs(), c);
    const errors = first.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    const ack: Acknowledgement = {
      category: "abi",
      by: "m",
      at: "t",
      reason: "r",
      fingerprints: errors.map(fingerprint),
    };
    const body = "Some description without statements.";

    // the engine with the acks in its ChangeSet (how the pipeline was first written)
    const engine = await review({ ...cs(body), acknowledgements: [ack] }, c);
    // the app: a review (or recorded findings) first, the acks read and applied afterwards
    const statements = statementsOf(body, c);
    const afterAcks = redecide(await review(cs(body), c), { statements, config: c, acknowledgements: [ack] });
    const known = knownFrom(first, "a".repeat(40), "h")!;
    const fromKnown = redecide(reviewFromKnown(known, { body, config: c }), {
      statements,
      config: c,
      acknowledgements: [ack],
    });

    for (const other of [afterAcks, fromKnown]) {
      expect(other.conclusion).toBe(engine.conclusion);
      expect(other.categories).toEqual(engine.categories);
      expect(other.findings).toEqual(engine.findings);
    }
    expect(engine.conclusion).toBe("success");
  });

  it("a failed review stays failed whatever is acknowledged", () => {
    const failed = {
      conclusion: "failure" as const,
      findings: [],
      categories: decideVerdict({ findings: [], statements: NONE, config: config() }).categories,
      sections: [],
      symbols: { before: [], after: [] },
      notReviewed: [],
      failure: { reason: "r", hint: "h" },
    };
    expect(redecide(failed, { statements: NONE, config: config(), acknowledgements: [] })).toBe(failed);
  });
});

describe("readStatements", () => {
  it("a blank description states nothing, as the parser reads it (without loading the parser)", async () => {
    for (const body of ["", " \n\t \n", "\u00a0"])
      expect(await readStatements(body, config())).toEqual(statementsOf(body, config()));
  });

  it("a description is parsed, only its first limits.body-chars read", async () => {
    const body = "## ABI impact\n\nplugins rebuild";
    expect((await readStatements(body, config())).abi).toMatchObject({ kind: "text", text: "plugins rebuild" });
    const short = config((c) => (c.limits["body-chars"] = 3));
    expect(await readStatements(body, short)).toEqual(statementsOf("", short));
    expect(await readStatements(`   ${body}`, short)).toEqual(statementsOf("", short));
  });
});
