import type { Finding, Review } from "../../src/engine/types.js";

/** A hand-built Review: renderers are pure, so their input is plain data. */
export function sampleReview(overrides: Partial<Review> = {}): Review {
  const findings: Finding[] = [
    {
      ruleId: "c/size-changed",
      category: "abi",
      severity: "error",
      path: "include/uapi/linux/kvm.h",
      line: 120,
      symbol: "struct kvm_regs",
      message: "struct kvm_regs grows from 144 to 160 bytes on LP64",
    },
    {
      ruleId: "c/ioctl-number-changed",
      category: "abi",
      severity: "error",
      path: "include/uapi/linux/kvm.h",
      line: 300,
      symbol: "KVM_GET_REGS",
      message: "KVM_GET_REGS changes from 0x8090ae81 to 0x80a0ae81",
    },
    {
      ruleId: "c/enum-sentinel-moved",
      category: "abi",
      severity: "notice",
      path: "include/uapi/linux/kvm.h",
      line: 40,
      symbol: "enum kvm_exit.KVM_EXIT_MAX",
      message: "KVM_EXIT_MAX moves from 3 to 4 because members were appended",
    },
    {
      ruleId: "packages/coordinated-change",
      category: "cross-package",
      severity: "error",
      path: "packages/b/package.json",
      line: 1,
      message: "packages a and b change together and b depends on a",
    },
  ];
  return {
    conclusion: "action_required",
    findings,
    categories: {
      abi: { state: "missing", errors: 2 },
      "cross-package": { state: "stated", errors: 1, statement: "a and b are released together" },
      fork: { state: "not-needed", errors: 0 },
    },
    sections: [{ title: "Layout of struct kvm_regs", markdown: "| field | offset |\n|---|---|\n| rax | 0 |" }],
    symbols: { before: [], after: [] },
    notReviewed: [],
    ...overrides,
  };
}
