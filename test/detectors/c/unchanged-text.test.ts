import { beforeAll, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { Parser } from "web-tree-sitter";
import { cDetector } from "../../../src/detectors/c/index.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import type { ChangeSet, FilePair } from "../../../src/engine/types.js";
import { changeSetOf } from "../../helpers/change-set.js";

/**
 * A header whose text is the same on both sides stops after its model only when its environment
 * is the same too (compare.ts, `unchanged`): the same text means something else when a header it
 * includes changed, and then the rules must still run.
 */
beforeAll(async () => {
  await cDetector.init!();
});

/** `user.h` (text given per side) includes `types.h`, whose `handle_t` is `int` before and `after` after. */
function changeSet(userBefore: string, userAfter: string, handleAfter: string): ChangeSet {
  const marker = `/* ${randomUUID()} */\n`; // fresh texts: nothing from an earlier test's caches
  const types = (t: string) => `${marker}#ifndef TYPES_H\n#define TYPES_H\ntypedef ${t} handle_t;\n#endif\n`;
  const files: FilePair[] = [
    { path: "include/types.h", status: "modified", before: types("int"), after: types(handleAfter), hunks: [] },
    { path: "include/user.h", status: "modified", before: marker + userBefore, after: marker + userAfter, hunks: [] },
  ];
  return changeSetOf(files);
}

const USER = `#include "types.h"\nstruct session { handle_t h; int flags; };\nint session_open(struct session *s);\n`;

function findingsOf(cs: ChangeSet, path: string) {
  const pair = cs.files.find((f) => f.path === path)!;
  return cDetector.analyze!(pair, { config: defaultConfig(), changeSet: cs, checkBudget: () => {} }).findings;
}

describe("a header whose text did not change", () => {
  it("is still compared when a header it includes changed a type it uses", () => {
    const cs = changeSet(USER, USER, "long long");
    const found = findingsOf(cs, "include/user.h");
    // struct session grows (8 bytes -> 16 on LP64, 12 on ILP32): reported in the header declaring it
    expect(found.map((f) => f.ruleId)).toContain("c/size-changed");
    expect(found.some((f) => f.symbol?.includes("session"))).toBe(true);
  });

  it("reports nothing, and parses nothing more, when its environment is the same on both sides", () => {
    const cs = changeSet(USER, USER, "int");
    let parses = 0;
    const parse = Parser.prototype.parse;
    Parser.prototype.parse = function (this: Parser, ...args: Parameters<Parser["parse"]>) {
      parses++;
      return parse.apply(this, args);
    };
    try {
      expect(findingsOf(cs, "include/user.h")).toEqual([]);
      expect(findingsOf(cs, "include/types.h")).toEqual([]);
    } finally {
      Parser.prototype.parse = parse;
    }
    // both texts of each header are one text: each parsed once, the second side from the cache
    expect(parses).toBe(2);
  });

  it("is compared as usual when only its own text changed", () => {
    const cs = changeSet(USER, USER.replace("int flags;", "long flags;"), "int");
    expect(findingsOf(cs, "include/user.h").length).toBeGreaterThan(0);
  });
});
