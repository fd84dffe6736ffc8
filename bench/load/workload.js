// @ts-check
import { readFileSync } from "node:fs";
import { ROOT } from "./processes.js";

const template = JSON.parse(
  readFileSync(`${ROOT}fixtures/webhooks/pull-request-opened-without-statement.json`, "utf8"),
);

export const header = (i, removed = false) =>
  `#ifndef API_${i}_H\n#define API_${i}_H\n\nstruct s${i} {\n\tint a;\n\tint b;\n};\n\nint f${i}(struct s${i} *s);\n${removed ? "" : `int g${i}(void);\n`}\n#endif\n`;
export const source = (i, v = 0) =>
  `#include "api_${i % 40}.h"\n\nint f${i % 40}(struct s${i % 40} *s)\n{\n\treturn s->a + ${v};\n}\n`;

/** The base tree of a service repo: 40 public headers and 100 sources. */
export function baseTree() {
  const files = {};
  for (let i = 0; i < 40; i++) files[`include/api_${i}.h`] = header(i);
  for (let i = 0; i < 100; i++) files[`src/file_${i}.c`] = source(i);
  files["README.md"] = "# widgets\n";
  return files;
}

/** PRs: `breaking` ones remove a function from a header (error finding, no statement), others only touch a .c file. */
export function pulls(from, count, kind) {
  return Array.from({ length: count }, (_, k) => {
    const n = from + k;
    return kind === "breaking"
      ? {
          number: n,
          title: `Drop g${n % 40}()`,
          body: "Cleanup.",
          files: { [`include/api_${n % 40}.h`]: header(n % 40, true), [`src/file_${n % 100}.c`]: source(n, n) },
        }
      : {
          number: n,
          title: `Tweak file_${n % 100}`,
          body: "Refactor.",
          files: { [`src/file_${n % 100}.c`]: source(n, n) },
        };
  });
}

/** A huge PR: `total` files changed, `headers` of them public headers. */
export function hugeRepo(total, headers) {
  const base = {};
  const changed = {};
  for (let i = 0; i < total; i++) {
    const path = i < headers ? `include/h${i}.h` : `src/m${i}.c`;
    base[path] = i < headers ? `struct h${i} { int a; };\nint h${i}_f(void);\n` : `int m${i}(void) { return ${i}; }\n`;
    changed[path] =
      i < headers ? `struct h${i} { int a; int b; };\nint h${i}_f(void);\n` : `int m${i}(void) { return ${i + 1}; }\n`;
  }
  return {
    base,
    pull: {
      number: 1,
      title: "Regenerate everything",
      body: "## ABI impact\nAll structs grow a field; rebuild.",
      files: changed,
    },
  };
}

/** A pull_request webhook payload shaped like GitHub's (from @octokit/webhooks-examples). */
export function prPayload(owner, repo, pull, action = "opened") {
  const repository = {
    ...template.repository,
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: { ...template.repository.owner, login: owner },
    fork: false,
    default_branch: "main",
  };
  return {
    ...template,
    action,
    number: pull.number,
    repository,
    installation: { id: 1 },
    sender: { ...template.sender, type: "User" },
    pull_request: {
      ...template.pull_request,
      number: pull.number,
      title: pull.title,
      body: pull.body,
      labels: [],
      draft: false,
      state: "open",
      head: { ...template.pull_request.head, ref: pull.head.ref, sha: pull.head.sha, repo: repository },
      base: { ...template.pull_request.base, ref: "main", sha: pull.base.sha, repo: repository },
    },
  };
}
