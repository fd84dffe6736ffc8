import { beforeAll, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { cDetector } from "../../../src/detectors/c/index.js";
import { changeSetEnvs } from "../../../src/detectors/c/sides.js";
import { buildEnv, DeferredModel, type Env } from "../../../src/detectors/c/env.js";
import { modelOf } from "../../../src/detectors/c/model-cache.js";
import { defaultConfig } from "../../../src/config/defaults.js";
import type { ChangeSet, FilePair } from "../../../src/engine/types.js";
import { changeSetOf } from "../../helpers/change-set.js";

/**
 * The unchanged headers a changed one includes are deferred (env.ts, sides.ts): their macros are
 * read at once (the macro scope needs them), their declarations' model only when a lookup of a
 * name they may define, or a rule walking every model, asks for it — and every answer is the one
 * the environment of all the models built at once gives.
 */
beforeAll(async () => {
  await cDetector.init!();
});

const fresh = () => `/* ${randomUUID()} */\n`; // fresh texts: nothing from an earlier test's caches

const TYPES = `#ifndef TYPES_H
#define TYPES_H
typedef unsigned int handle_t;
struct span { handle_t from, to; };
#define SPAN_MAX 64
#endif
`;
const CONFIG = `#ifndef CONFIG_H
#define CONFIG_H
#ifdef _WIN32
typedef unsigned long long word_t;
#define WORD_BITS 64
#else
typedef unsigned long word_t;
#define WORD_BITS 32
#endif
typedef int unrelated_t;
#endif
`;

/** `api.h` including `types.h` and `config.h` (unchanged, in `includes`), `before` → `after`. */
function review(before: string, after: string) {
  const marker = fresh();
  const api = (body: string) => `${marker}#include "types.h"\n#include "config.h"\n${body}`;
  const files: FilePair[] = [
    { path: "include/api.h", status: "modified", before: api(before), after: api(after), hunks: [] },
  ];
  const cs: ChangeSet = changeSetOf(files, {
    includes: { "include/types.h": marker + TYPES, "include/config.h": marker + CONFIG },
  });
  const ctx = { config: defaultConfig(), changeSet: cs, checkBudget: () => {} };
  const findings = cDetector.analyze!(files[0]!, ctx).findings;
  const envs = changeSetEnvs(ctx);
  const deferred = (env: Env) => env.sources.filter((s): s is DeferredModel => s instanceof DeferredModel);
  return { findings, envs, deferred };
}

describe("the unchanged headers beside a changed one", () => {
  it("are not modelled when the change needs nothing of them (a prototype appended)", () => {
    const body = "struct span *span_new(handle_t from);\n";
    const { findings, envs, deferred } = review(body, `${body}int span_free(struct span *s);\n`);
    expect(findings).toEqual([]);
    // one deferred object per header for both sides: the same model on both
    expect(deferred(envs.before)).toHaveLength(2);
    expect(deferred(envs.after).every((d, i) => d === deferred(envs.before)[i])).toBe(true);
    expect(deferred(envs.before).map((d) => d.isBuilt)).toEqual([false, false]);
    // their macros are in the scope and the environment without their model
    expect(envs.before.macros.get("SPAN_MAX")?.body).toBe("64");
    expect(deferred(envs.before).map((d) => d.isBuilt)).toEqual([false, false]);
  });

  it("are modelled when a changed declaration resolves a name they define, with the findings of a full build", () => {
    const { findings, deferred, envs } = review(
      "struct msg { word_t w; int n; };\n",
      "struct msg { handle_t w; int n; };\n",
    );
    // word_t is `unsigned long` where the build compiles (not the _WIN32 branch): 8 bytes on LP64,
    // 4 on ILP32; handle_t is 4 on both
    expect(findings.filter((f) => f.ruleId === "c/size-changed").map((f) => f.symbol)).toEqual(["struct msg"]);
    expect(envs.before.typedefs.get("word_t")?.type).toEqual({ k: "prim", name: "unsigned long" });
    expect(deferred(envs.before).every((d) => d.isBuilt)).toBe(true);
  });
});

describe("a name an unchanged header defines only through a macro's `##`", () => {
  it("is found: the header's model is built for it", () => {
    const marker = fresh();
    // ERR_NOMEM is pasted by the retry's expansion of the X-macro: no word of the text
    const errors = `${marker}#define ERR_MAP(XX) XX(NOMEM, 12) XX(INVAL, 22)\n#define ERR_GEN(name, val) ERR_##name = val,\nenum err { ERR_MAP(ERR_GEN) ERR_LAST };\n`;
    const api = (ret: string) => `${marker}#include "errors.h"\n${ret} api_get(void);\n`;
    const files: FilePair[] = [
      { path: "include/api.h", status: "modified", before: api("void"), after: api("int"), hunks: [] },
    ];
    const cs = changeSetOf(files, { includes: { "include/errors.h": errors } });
    const { before } = changeSetEnvs({ config: defaultConfig(), changeSet: cs, checkBudget: () => {} });
    const errorsModel = before.sources[1] as DeferredModel;
    expect(errorsModel).toBeInstanceOf(DeferredModel);
    expect(errorsModel.isBuilt).toBe(false);
    const nomem = before.constants.get("ERR_NOMEM");
    expect(errorsModel.isBuilt).toBe(true);
    expect(nomem && { enum: nomem.en.name, index: nomem.index, expr: nomem.en.members[nomem.index]!.expr }).toEqual({
      enum: "err",
      index: 0,
      expr: "12",
    });
  });
});

describe("an environment with deferred models", () => {
  const texts = {
    first: `#ifdef _WIN32\ntypedef long off_t;\n#define MODE 1\n#endif\nstruct only_first { int a; };\n`,
    second: `typedef long long off_t;\n#define MODE 2\nenum color { RED, GREEN };\ntypedef int shared_t;\n`,
    third: `typedef short shared_t;\nenum { GREEN = 7 };\n#define MODE 3\nstruct only_first { long b; };\n`,
  };
  const models = () => {
    const marker = fresh();
    return Object.entries(texts).map(([name, text]) => modelOf(`include/${name}.h`, marker + text));
  };
  const deferredOf = (m: ReturnType<typeof modelOf>, text: string) =>
    new DeferredModel(
      () => m,
      m.macros,
      (name) => new RegExp(`\\b${name}\\b`).test(text),
    );

  it("answers every lookup as the environment of the built models does, building only the models that may define the name", () => {
    const built = models();
    const eager = buildEnv(built);
    const texts_ = Object.values(texts);
    const lazy = (...deferredAt: number[]) => {
      const sources = built.map((m, i) => (deferredAt.includes(i) ? deferredOf(m, texts_[i]!) : m));
      return { env: buildEnv(sources), sources };
    };
    for (const at of [[1], [2], [1, 2], [0, 1, 2], [0, 2]]) {
      const { env } = lazy(...at);
      // an unlikely first definition (`#ifdef _WIN32`) gives way to a later likely one, wherever it is
      expect(env.typedefs.get("off_t")).toBe(eager.typedefs.get("off_t"));
      expect(env.macros.get("MODE")).toBe(eager.macros.get("MODE"));
      expect(env.typedefs.get("shared_t")).toBe(eager.typedefs.get("shared_t"));
      expect(env.records.get("struct only_first")).toBe(eager.records.get("struct only_first"));
      expect(env.enums.get("color")).toBe(eager.enums.get("color"));
      expect(env.constants.get("GREEN")).toEqual(eager.constants.get("GREEN"));
      expect(env.typedefs.has("nowhere_t")).toBe(false);
      // a walk builds them all, in fold's order
      expect([...env.typedefs.keys()]).toEqual([...eager.typedefs.keys()]);
      expect([...env.macros.values()]).toEqual([...eager.macros.values()]);
      expect(env.models).toEqual(eager.models);
    }
    const { env, sources } = lazy(1, 2);
    expect(env.records.get("struct only_first")).toBe(built[0]!.records[0]); // the built first model's, likely
    expect(sources.map((s) => s instanceof DeferredModel && s.isBuilt)).toEqual([false, false, false]);
    expect(env.enums.get("color")).toBe(built[1]!.enums[0]);
    expect(sources.map((s) => s instanceof DeferredModel && s.isBuilt)).toEqual([false, true, false]);
  });
});
