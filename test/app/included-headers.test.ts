import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github } from "./helpers/github.js";
import { githubPatch, listedFile } from "./helpers/change.js";

useNock();

const opened = payload("pull-request-opened-without-statement");
const HEAD = opened.pull_request.head.sha as string;
const BASE = opened.pull_request.base.sha as string;

/** Defines the calling convention `wren.h` uses; the pull request does not touch it. */
const WREN_TYPES_H = `#ifndef WREN_TYPES_H
#define WREN_TYPES_H

#ifdef _WIN32
#define WREN_CONV __stdcall
#else
#define WREN_CONV
#endif

typedef struct wren_vm wren_vm;
typedef int wren_status;

#endif
`;

const WREN_H_BEFORE = `#ifndef WREN_H
#define WREN_H

#include "wren_types.h"

typedef void (*wren_log_fn)(wren_vm *vm, const char *message);

wren_status wren_run(wren_vm *vm, const char *source);

#endif
`;

/** The convention spelled out on every declaration, and a function added: nothing breaks. */
const WREN_H_AFTER = `#ifndef WREN_H
#define WREN_H

#include "wren_types.h"

typedef void (WREN_CONV *wren_log_fn)(wren_vm *vm, const char *message);

wren_status WREN_CONV wren_run(wren_vm *vm, const char *source);
wren_status WREN_CONV wren_reset(wren_vm *vm);

#endif
`;

/** A private header (outside include/) the same pull request changes; it includes a private one. */
const INTERNAL_BEFORE = '#include "secret.h"\nint wren_internal(void);\n';
const INTERNAL_AFTER = '#include "secret.h"\nint wren_internal(int flags);\n';

/**
 * The pull request: wren.h changes, and src/internal.h too when `withPrivate`; `types` is
 * wren_types.h in the repository (null: absent).
 */
function wrenChange(gh: ReturnType<typeof github>, types: string | null, withPrivate: boolean) {
  gh.token();
  gh.config(null);
  gh.checkRuns(HEAD);
  gh.comments([[]]);
  gh.files([
    listedFile("include/wren.h", "modified", githubPatch(WREN_H_BEFORE, WREN_H_AFTER)),
    ...(withPrivate ? [listedFile("src/internal.h", "modified", githubPatch(INTERNAL_BEFORE, INTERNAL_AFTER))] : []),
  ]);
  gh.content("include/wren.h", BASE, WREN_H_BEFORE);
  gh.content("include/wren.h", HEAD, WREN_H_AFTER);
  if (types !== null) gh.content("include/wren_types.h", HEAD, types);
  if (withPrivate) {
    gh.content("src/internal.h", BASE, INTERNAL_BEFORE);
    gh.content("src/internal.h", HEAD, INTERNAL_AFTER);
    gh.content("src/secret.h", HEAD, "#define WREN_SECRET 1\n");
  }
  // a changed header includes another: the tree is read, to find it as the CLI would
  gh.tree(BASE, [
    "include/wren.h",
    ...(types !== null ? ["include/wren_types.h"] : []),
    ...(withPrivate ? ["src/internal.h", "src/secret.h"] : []),
  ]);
  gh.createCheckRun(42);
}

describe("the headers a changed interface header includes (app)", () => {
  test("are read at the head, so a macro defined there is understood as the CLI understands it", async () => {
    const gh = github();
    wrenChange(gh, WREN_TYPES_H, true);
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    const [check] = gh.bodies("check-runs.create");
    expect(check).toMatchObject({ status: "completed", conclusion: "success" });
    expect(check.output.annotations).toEqual([]); // every declaration read: no parse notice
    expect(gh.blobsRead()).toContain(`${HEAD}:include/wren_types.h`);
    // a private header's includes are no interface: never read
    expect(gh.blobsRead().filter((e) => e.endsWith("secret.h"))).toEqual([]);
    expect(gh.bodies("comments.create")).toEqual([]);
  });

  test("without the included header in the repository, the declarations it explains cannot be read (the control)", async () => {
    const gh = github();
    wrenChange(gh, null, false);
    const { probot } = await testProbot();
    await deliver(probot, "pull_request", opened);

    // WREN_CONV is defined nowhere in view: its declarations are misread, said in a notice, and
    // (their names still in that text) not reported removed
    const [check] = gh.bodies("check-runs.create");
    expect(check.conclusion).toBe("success");
    const annotations = check.output.annotations.map(
      (a: { annotation_level: string; title: string; message: string }) => `${a.annotation_level} ${a.title}`,
    );
    expect(annotations).toEqual(["notice c/parse-incomplete"]);
    expect(check.output.annotations[0].message).toMatch(/Not checked[^]*wren_log_fn/);
  });
});
