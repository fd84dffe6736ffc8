import { describe, expect, it } from "@jest/globals";
import { matchWatch } from "../../../src/detectors/watch/match-watch.js";
import { watchFinding } from "../../../src/detectors/watch/watch-finding.js";
import type { WatchEntry } from "../../../src/config/types.js";
import type { FilePair, Finding } from "../../../src/engine/types.js";

const entry = (over: Partial<WatchEntry>): WatchEntry => ({
  name: "criu",
  paths: [],
  symbols: [],
  notify: ["@avagin"],
  "require-ack": false,
  ...over,
});
const finding = (symbol: string, category: Finding["category"] = "abi"): Finding => ({
  ruleId: "c/struct-field-removed",
  category,
  severity: "error",
  path: "include/uapi/linux/kvm.h",
  line: 7,
  symbol,
  message: "m",
});
const pair: FilePair = {
  path: "include/uapi/linux/kvm.h",
  status: "modified",
  before: "a\n",
  after: "b\n",
  hunks: [{ oldStart: 1, oldLines: 1, newStart: 1, newLines: 1, lines: ["-a", "+b"] }],
};

describe("matchWatch", () => {
  it.each([
    ["struct kvm_run", "struct kvm_run.flags"],
    ["kvm_run", "struct kvm_run.flags"],
    ["kvm_run.flags", "struct kvm_run.flags"],
    ["acme.billing.Invoice", "acme.billing.Invoice.currency"],
    ["acme.billing.*", "acme.billing.Invoice"],
    ["open", "open()"],
  ])("watch symbol %s matches finding symbol %s", (watched, symbol) => {
    expect(matchWatch(entry({ symbols: [watched] }), [], [finding(symbol)]).findings).toHaveLength(1);
  });

  it.each([
    ["kvm_run", "struct kvm_run_ext.flags"],
    ["Invoice", "acme.billing.InvoiceLine"],
  ])("watch symbol %s does not match %s", (watched, symbol) => {
    expect(matchWatch(entry({ symbols: [watched] }), [], [finding(symbol)]).findings).toEqual([]);
  });

  it("a path match takes the category and line of a finding on that file", () => {
    const match = matchWatch(entry({ paths: ["include/uapi/**"] }), [pair], [finding("x", "fork")]);
    expect(watchFinding(entry({ paths: ["include/uapi/**"] }), match)).toMatchObject({
      ruleId: "watch/criu",
      category: "fork",
      severity: "notice",
      line: 7,
    });
  });

  it("require-ack makes the finding an error; nothing matched gives no finding", () => {
    const e = entry({ symbols: ["kvm_run"], "require-ack": true });
    const f = watchFinding(e, matchWatch(e, [pair], [finding("struct kvm_run.flags")]));
    expect(f).toMatchObject({ severity: "error", symbol: "struct kvm_run.flags" });
    expect(f!.message).not.toContain("@");
    expect(watchFinding(e, matchWatch(e, [pair], []))).toBeUndefined();
  });
});
