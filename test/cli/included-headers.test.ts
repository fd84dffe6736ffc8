import { describe, expect, it } from "@jest/globals";
import { buildLocalChangeSet } from "../../src/cli/local-source.js";
import { withLocalContext } from "../../src/cli/repository-context.js";
import { defaultConfig } from "../../src/config/defaults.js";
import { makeGitRepo } from "../helpers/git-repo.js";

describe("the include closure the CLI reads", () => {
  it("starts from the changed interface headers only: a private header's includes are not read", async () => {
    const repo = makeGitRepo();
    const base = repo.commit("one", {
      "include/lib.h": '#include "lib_types.h"\nint lib_run(lib_handle h);\n',
      "include/lib_types.h": "typedef struct lib *lib_handle;\n",
      "src/internal.h": '#include "util.h"\nint internal(void);\n',
      "src/util.h": '#include "more.h"\n',
      "src/more.h": "#define MORE 1\n",
    });
    const head = repo.commit("two", {
      "include/lib.h": '#include "lib_types.h"\nint lib_run(lib_handle h);\nint lib_stop(lib_handle h);\n',
      "src/internal.h": '#include "util.h"\nint internal(int flags);\n',
    });
    const config = defaultConfig();
    const changeSet = buildLocalChangeSet({ repo: repo.dir, base, head, body: "", config });
    const cs = await withLocalContext({ repoDir: repo.dir, base, head, config, changeSet });
    expect(Object.keys(cs.includes ?? {})).toEqual(["include/lib_types.h"]);
    expect(cs.files.map((f) => f.path).sort()).toEqual(["include/lib.h", "src/internal.h"]);
  });
});
