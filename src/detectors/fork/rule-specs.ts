import { defineRules } from "../../engine/rule.js";

const UPSTREAM_IT = "**Fix:** send the change upstream; until then it is carried on every sync.";

/** The fork detector's rules: divergence from the upstream and from vendored code, and parallel interfaces. */
export const forkRules = defineRules("fork", {
  "fork/upstream-file-modified": {
    category: "fork",
    severity: "error",
    summary: "The PR changes a file the upstream owns.",
    why: 'The message gives the lines added and removed and whether the upstream branch has the file at all. Every such line must be carried, and re-resolved, across every upstream sync ("every time I send a patch I have to check it also applies"). A file the PR adds that upstream does not have is a local addition, and a change that makes the file identical to upstream\'s (a sync or a backport) converges; neither is reported.',
    fix:
      "**Fix:** send the change upstream first and take it back with the next sync; or add the path to " +
      "`fork.local-paths` if the fork owns it. **State it:** under `## Fork impact`, say why it stays local.",
    fixtures: {
      positive: ["upstream-file-applies-with-offset", "upstream-file-conflicts"],
      negative: ["local-only-change-no-finding", "sync-from-upstream-no-finding"],
    },
  },
  "fork/applies-upstream": {
    category: "fork",
    severity: "notice",
    summary: "The PR's hunks apply to the upstream branch's version of the file.",
    why: 'Tried with the `diff` package\'s `applyPatch`, fuzz 0 first, up to 2. The message says "cleanly", or the offset of each moved hunk ("hunk 1 at offset +2 lines") and the fuzz needed. Sending the change upstream is one command away.',
    fix: UPSTREAM_IT,
    fixtures: { positive: ["upstream-file-applies-with-offset"], negative: ["upstream-file-conflicts"] },
  },
  "fork/conflicts-upstream": {
    category: "fork",
    severity: "notice",
    summary:
      "At least one hunk does not apply to the upstream version even with fuzz 2, or the PR adds a file where " +
      "upstream already has a different one.",
    why:
      "Upstream changed the same lines. Sending it upstream needs a rebase onto upstream's version first — the " +
      "longer it waits, the worse it gets.",
    fix: "**Fix:** rebase the change onto upstream's version and send it upstream.",
    fixtures: { positive: ["upstream-file-conflicts"], negative: ["upstream-file-applies-with-offset"] },
  },
  "fork/vendored-code-modified": {
    category: "fork",
    severity: "error",
    summary: "A change inside a vendored tree.",
    why:
      "Vendored trees are the `fork.vendored` keys and any `vendor/`, `third_party/` or `external/` directory. " +
      "The next re-vendor silently drops the change.",
    fix:
      "**Fix:** make the change in the vendored project and re-vendor; if it must stay, keep it as a recorded " +
      "patch and state it.",
    fixtures: { positive: ["vendored-change"], negative: ["vendor-like-names-outside-vendored-trees"] },
  },
  "fork/parallel-interface": {
    category: "fork",
    severity: "warning",
    severityNote:
      "error in a fork (an upstream is configured or found: `fork.upstream`, the GitHub fork parent, the CLI's `fork.remote`)",
    summary: "The PR adds an interface whose name is a second version of one that still exists after the PR.",
    why: "A function, struct, union, enum, typedef, protobuf message/enum/service/RPC or exported TypeScript name `foo_v2`, `fooV2`, `foo2`, `foo_2`, `foo64`, `foo_new`, `fooNew`, `foo_ex`, `fooEx` beside `foo`, in the same scope (C file family, proto package/service, TS). It uses the C, protobuf and TypeScript detectors' symbol tables, not a text search. Two versions of one interface are \"a stupid, avoidable, permanent fork\": every caller, binding and downstream fork carries both forever. In a fork it is an error: the fork carries a divergence from upstream on every rebase. In the project itself it is a warning: a second version beside the first is a design choice the maintainers make (libuv's `_ex` additions), named so reviewers see it. Not reported: a variant whose base the PR removes (`foo64` replacing `foo` is a rename), a `v2` package beside or replacing `v1` (the scope differs, not the name), fields and macros.",
    fix:
      "**Fix:** extend the existing interface compatibly (a flags argument, optional fields, a size-versioned " +
      "struct), or deprecate the old one in the same change and state the plan.",
    fixtures: {
      positive: [
        "parallel-interface-in-fork-is-error",
        "parallel-interface-c-sys-open-v2",
        "parallel-interface-proto-rpc-v2",
        "parallel-interface-ts-export-new",
      ],
      negative: [
        "parallel-interface-c-lseek64-replaces-removed-lseek-no-finding",
        "parallel-interface-proto-v2-package-replaces-v1-no-finding",
        "parallel-interface-ts-foo64-replaces-removed-foo-no-finding",
      ],
    },
  },
});
