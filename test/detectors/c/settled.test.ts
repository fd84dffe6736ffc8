import { beforeAll, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { cDetector } from "../../../src/detectors/c/index.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import type { ChangeSet, FilePair } from "../../../src/engine/types.js";
import { changeSetOf } from "../../helpers/change-set.js";

/**
 * The struct and macro rules skip a declaration written alike on both sides whose names mean the
 * same on both sides (settled.ts). A declaration whose own text did not change is still compared
 * when something it uses — here a typedef in another changed header, directly or through another
 * typedef — changed, while its header changed elsewhere (a prototype appended).
 */
beforeAll(async () => {
  await cDetector.init!();
});

const APPENDED = "int session_close(struct session *s);\n";

/** `user.h` (an added prototype on the head side) includes `types.h`, whose `handle_t` is `int` before and `handleAfter` after. */
function changeSet(user: string, handleAfter: string): ChangeSet {
  const marker = `/* ${randomUUID()} */\n`; // fresh texts: nothing from an earlier test's caches
  const types = (t: string) =>
    `${marker}#ifndef TYPES_H\n#define TYPES_H\ntypedef ${t} handle_t;\ntypedef handle_t session_id_t;\n#endif\n`;
  const files: FilePair[] = [
    { path: "include/types.h", status: "modified", before: types("int"), after: types(handleAfter), hunks: [] },
    { path: "include/user.h", status: "modified", before: marker + user, after: marker + user + APPENDED, hunks: [] },
  ];
  return changeSetOf(files);
}

function findingsOf(cs: ChangeSet, path: string) {
  const pair = cs.files.find((f) => f.path === path)!;
  return cDetector.analyze!(pair, { config: defaultConfig(), changeSet: cs, checkBudget: () => {} }).findings;
}

const STRUCT = `#include "types.h"\nstruct session { handle_t h; int flags; };\nint session_open(struct session *s);\n`;
const THROUGH = `#include "types.h"\nstruct session { session_id_t id; int flags; };\n`;
const MACRO = `#include "types.h"\nstruct session { int flags; };\n#define SESSION_HANDLE_BYTES sizeof(handle_t)\n`;

describe("a declaration written alike in a header that changed elsewhere", () => {
  it("is reported when a typedef it uses changed in another header", () => {
    const found = findingsOf(changeSet(STRUCT, "long long"), "include/user.h");
    expect(found.filter((f) => f.ruleId === "c/size-changed").map((f) => f.symbol)).toEqual(["struct session"]);
  });

  it("is reported when it uses the changed typedef through another typedef", () => {
    const found = findingsOf(changeSet(THROUGH, "long long"), "include/user.h");
    expect(found.filter((f) => f.ruleId === "c/size-changed").map((f) => f.symbol)).toEqual(["struct session"]);
  });

  it("is reported when a macro's value changes through a typedef it uses", () => {
    const found = findingsOf(changeSet(MACRO, "long long"), "include/user.h");
    expect(found.filter((f) => f.ruleId === "c/macro-value-changed").map((f) => f.symbol)).toEqual([
      "SESSION_HANDLE_BYTES",
    ]);
  });

  it("gives no finding when nothing it uses changed (the appended prototype is no break)", () => {
    for (const user of [STRUCT, THROUGH, MACRO])
      expect(findingsOf(changeSet(user, "int"), "include/user.h")).toEqual([]);
  });
});

describe("an enum constant in a declaration written alike", () => {
  // Each pair of enums is compared once per change set (not once per constant): the answer must
  // be the pair's own — a constant of the changed enum still changes meaning, one of an unchanged
  // enum beside it does not.
  function enumChangeSet(user: string): ChangeSet {
    const marker = `/* ${randomUUID()} */\n`;
    const enums = (sizes: string) =>
      `${marker}#ifndef ENUMS_H\n#define ENUMS_H\nenum colour { RED, GREEN, HUES };\nenum size { ${sizes} };\n#endif\n`;
    return changeSetOf([
      {
        path: "include/enums.h",
        status: "modified",
        before: enums("SMALL, LARGE, SIZES"),
        after: enums("TINY, SMALL, LARGE, SIZES"),
        hunks: [],
      },
      { path: "include/user.h", status: "modified", before: marker + user, after: marker + user + APPENDED, hunks: [] },
    ]);
  }
  const USER = `#include "enums.h"\nstruct paint { int hue[HUES]; };\nstruct slots { int slot[SIZES]; };\n`;

  it("is reported through the changed enum only", () => {
    const found = findingsOf(enumChangeSet(USER), "include/user.h");
    expect(found.filter((f) => f.ruleId === "c/size-changed").map((f) => f.symbol)).toEqual(["struct slots"]);
  });
});
