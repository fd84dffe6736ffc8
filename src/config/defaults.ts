import type { Config } from "./types.js";

/** The configuration a repository without `.github/impactgate.yml` gets. */
export function defaultConfig(): Config {
  return {
    interfaces: {
      include: ["include/uapi/**", "**/*.h", "**/*.hpp", "**/*.proto", "**/*.d.ts"],
      exclude: [],
    },
    rules: {},
    paths: { exclude: [] },
    statements: { abi: "ABI impact", "cross-package": "Cross-package impact", fork: "Fork impact" },
    labels: { abi: "abi-break", "cross-package": "cross-package", fork: "fork-impact" },
    c: { headers: [] },
    proto: { rules: "wire" },
    packages: {},
    fork: { remote: "upstream", "upstream-paths": ["**"], "local-paths": [], vendored: {} },
    watch: [],
    ack: { permission: "write", label: "impact-acknowledged" },
    compare: { against: "merge-base", tags: "v*" },
    limits: {
      files: 3000,
      "bytes-per-file": 5 * 1024 * 1024,
      "review-time-ms": 120_000,
      "body-chars": 65_536,
    },
  };
}
