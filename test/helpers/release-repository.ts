import { memoryStore } from "../../bench/fake-github/index.js";
import type { PullRef } from "../../bench/action/scenario.js";

/** A commit id per role, readable in failures. */
const sha = (digit: string) => digit.repeat(40);
export const COMMITS = {
  /** v1.3.0: `struct pkt` as it was before. */
  older: sha("1"),
  /** v1.4.0 (annotated): the last release, `struct pkt { a, b }`, 8 bytes. */
  release: sha("2"),
  /** main: `x` inserted into `struct pkt` after the release (unreleased, accepted earlier). */
  main: sha("3"),
  /** A release branch cut from main and tagged v9.0.0-rc1: newer, but not on main. */
  elsewhere: sha("4"),
  /** Pull request #11: `struct pkt` changed again (`c` appended). */
  again: sha("5"),
  /** Pull request #12: only another header touched. */
  unrelated: sha("6"),
} as const;

/**
 * A fault for the fake GitHub: GitHub's answer to a release-tag query whose comparisons took too
 * long (502, no data); every other request is the fake's.
 */
export function tagQueriesTimeOut({ path, body }: { path: string; body: { query?: string } | undefined }) {
  return path === "/graphql" && /refPrefix/.test(body?.query ?? "")
    ? { status: 502, json: { message: "We couldn't respond to your request in time. Sorry about that." } }
    : undefined;
}

export const OWNER = "octo-org";
export const REPO = "pktlib";

const header = (fields: string[]) =>
  `#ifndef PKT_H\n#define PKT_H\n\nstruct pkt {\n${fields.map((f) => `\tint ${f};\n`).join("")}};\n\nint pkt_send(struct pkt *p);\n\n#endif\n`;
const CFG = "#ifndef CFG_H\n#define CFG_H\n\nstruct cfg {\n\tint flags;\n};\n\n#endif\n";

const pull = (number: number, title: string, ref: string, head: string): PullRef => ({
  owner: OWNER,
  repo: REPO,
  number,
  title,
  base: { ref: "main", sha: COMMITS.main },
  head: { ref, sha: head },
});

/** The pull request that changes the unreleased struct again. */
export const AGAIN = pull(11, "pkt: append c", "again", COMMITS.again);
/** The pull request on the same branch that does not touch it. */
export const UNRELATED = pull(12, "cfg: document flags", "unrelated", COMMITS.unrelated);

/**
 * The repository `impactgate check --against last-release` is tested on (test/cli/last-release),
 * behind the fake GitHub: v1.3.0 → v1.4.0 → main (an unreleased break) → one pull request that
 * touches `struct pkt` again and one that does not. Tags `not-a-release` (on the release, not
 * matching `v*`) and `v9.0.0-rc1` (on a branch main never merged, the newest by date) must not
 * be chosen. `config`: `.github/impactgate.yml` on main.
 */
export function releaseStore(config = "compare:\n  against: last-release\n") {
  const release = { "include/pkt.h": header(["a", "b"]), "include/cfg.h": CFG, ".github/impactgate.yml": config };
  const main = { ...release, "include/pkt.h": header(["a", "x", "b"]) };
  return memoryStore({
    [`${OWNER}/${REPO}`]: {
      branches: { main: COMMITS.main, again: COMMITS.again, unrelated: COMMITS.unrelated, "rc-1": COMMITS.elsewhere },
      commits: {
        [COMMITS.older]: { ...release, "include/pkt.h": header(["a"]) },
        [COMMITS.release]: release,
        [COMMITS.main]: main,
        [COMMITS.elsewhere]: { ...main, "include/pkt.h": header(["a", "x", "b", "rc"]) },
        [COMMITS.again]: { ...main, "include/pkt.h": header(["a", "x", "b", "c"]) },
        [COMMITS.unrelated]: {
          ...main,
          "include/cfg.h": CFG.replace("struct cfg {", "/* configuration */\nstruct cfg {"),
        },
      },
      parents: {
        [COMMITS.release]: [COMMITS.older],
        [COMMITS.main]: [COMMITS.release],
        [COMMITS.elsewhere]: [COMMITS.main],
        [COMMITS.again]: [COMMITS.main],
        [COMMITS.unrelated]: [COMMITS.main],
      },
      tags: {
        "v1.3.0": COMMITS.older,
        "v1.4.0": { commit: COMMITS.release, message: "Release 1.4.0" },
        "not-a-release": COMMITS.release,
        "v9.0.0-rc1": COMMITS.elsewhere,
      },
      pulls: [AGAIN, UNRELATED].map((p) => ({
        number: p.number,
        title: p.title,
        body: "",
        base: p.base,
        head: p.head,
        labels: [],
      })),
    },
  });
}
