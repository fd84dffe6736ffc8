import { defineRules } from "../../engine/rule.js";

/** The watch detector's one rule; its id is completed by each watch list's name. */
export const watchRules = defineRules("watch", {
  "watch/<name>": {
    category: "abi",
    severity: "notice",
    severityNote: "error with `require-ack`; the category is the matched finding's",
    summary:
      "A watch list in config (`watch: [{ name, paths, symbols, notify, require-ack }]`) matched a finding's " +
      "symbol or a changed path.",
    why:
      "A file-level finding's symbol matches one of `symbols`, or a changed path (new or old) matches one of " +
      "`paths`. Symbols match without kind words or parameters and by any dotted part: `kvm_run` and `struct " +
      "kvm_run` match `struct kvm_run.flags`; `acme.billing.*` matches `acme.billing.Invoice` (picomatch " +
      "globs). One finding per list, on the first match, with the category of the matched finding (`abi` for a " +
      "path match with no finding on the file), so the statement for that category covers it. People who " +
      'depend on an interface hear "you broke stuff" before the merge, not after the release.\n\n`notify` ' +
      "handles are mentioned **once** in the sticky comment's *Watch lists* section: later pushes show them in " +
      "code spans (no notification), and a hidden `<!-- impactgate:watch-mentioned … -->` record carries who " +
      "was mentioned. The app also requests their review (users, and teams of the repository's organisation; " +
      "handles GitHub refuses are skipped). With `require-ack: true` the finding is an error, so the check " +
      "stays `action_required` until one of them acknowledges (or a statement is written). Finding messages " +
      "never contain `@`, so re-rendering never re-notifies.",
    fix:
      "**State it** in the category's statement, or ask one of the list's people to acknowledge (`/impactgate " +
      "ack`).",
    fixtures: {
      positive: ["path-watched-notice", "proto-symbol-watched-require-ack"],
      negative: ["unwatched-change-is-silent"],
    },
  },
});
