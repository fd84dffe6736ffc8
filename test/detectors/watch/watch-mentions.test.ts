import { describe, expect, it } from "@jest/globals";
import { defaultConfig } from "../../../src/config/defaults.js";
import { mentionedHandles, watchMentionSection } from "../../../src/detectors/watch/index.js";
import type { Finding } from "../../../src/engine/types.js";

const config = {
  ...defaultConfig(),
  watch: [
    {
      name: "criu",
      paths: [],
      symbols: ["struct kvm_run"],
      notify: ["@avagin", "@checkpoint-restore/maintainers"],
      "require-ack": true,
    },
    { name: "qemu", paths: ["include/uapi/**"], symbols: [], notify: ["@bonzini", "@avagin"], "require-ack": false },
  ],
};
const watchFinding = (name: string): Finding => ({
  ruleId: `watch/${name}`,
  category: "abi",
  severity: "notice",
  path: "include/uapi/linux/kvm.h",
  line: 3,
  message: "watched",
});
const other: Finding = {
  ruleId: "c/struct-field-added",
  category: "abi",
  severity: "error",
  path: "include/uapi/linux/kvm.h",
  line: 3,
  message: "x",
};

/** Stands in for the sticky comment the reporter writes: other sections around the watch section. */
const commentWith = (markdown: string | undefined) =>
  `<!-- impactgate -->\n## Impact\n...\n${markdown ? `### Watch lists\n${markdown}\n` : ""}`;

describe("watch-list mentions across pushes", () => {
  it("mentions each handle once over three pushes, adding only handles a later push brings", () => {
    // push 1: criu matches — both its handles are live mentions
    const first = watchMentionSection({ findings: [other, watchFinding("criu")], config });
    expect(first.newlyMentioned).toEqual(["@avagin", "@checkpoint-restore/maintainers"]);
    expect(first.section!.markdown).toContain("acknowledgement required): @avagin @checkpoint-restore/maintainers");

    // push 2: the same match — nobody is mentioned again, handles show in code spans
    const second = watchMentionSection({
      findings: [watchFinding("criu")],
      config,
      previousBody: commentWith(first.section!.markdown),
    });
    expect(second.newlyMentioned).toEqual([]);
    expect(second.section!.markdown).toContain("`@avagin` `@checkpoint-restore/maintainers`");
    expect(second.section!.markdown).not.toMatch(/(^|\s)@avagin/);

    // push 3: qemu matches too — only @bonzini is new; @avagin, shared by both lists, stays quiet
    const third = watchMentionSection({
      findings: [watchFinding("criu"), watchFinding("qemu")],
      config,
      previousBody: commentWith(second.section!.markdown),
    });
    expect(third.newlyMentioned).toEqual(["@bonzini"]);
    expect(third.section!.markdown).toContain("- **qemu** (`watch/qemu`): @bonzini `@avagin`");
    expect([...mentionedHandles(commentWith(third.section!.markdown))]).toEqual([
      "@avagin",
      "@bonzini",
      "@checkpoint-restore/maintainers",
    ]);
  });

  it("keeps the record when a push no longer matches, so a later match does not mention again", () => {
    const first = watchMentionSection({ findings: [watchFinding("criu")], config });
    const quiet = watchMentionSection({ findings: [], config, previousBody: commentWith(first.section!.markdown) });
    expect(quiet.section!.markdown).toContain("No watch list matches this revision.");
    const back = watchMentionSection({
      findings: [watchFinding("criu")],
      config,
      previousBody: commentWith(quiet.section!.markdown),
    });
    expect(back.newlyMentioned).toEqual([]);
  });

  it("has no section when nothing matched and nobody was mentioned", () => {
    expect(watchMentionSection({ findings: [other], config })).toEqual({ newlyMentioned: [] });
  });
});
