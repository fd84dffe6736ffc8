/**
 * Every detector, as a manifest the engine reads before loading any of them: which files each
 * reads (a path test that imports no parser) and how to load it. `review()` loads only the
 * detectors the ChangeSet needs, so a change without TypeScript files never loads the TypeScript
 * compiler, one without `.proto` files never loads protobufjs, one without headers no tree-sitter.
 */
import { posix } from "node:path";
import { isHeaderPath } from "../detectors/c/applies.js";
import { isInterfacePath } from "../detectors/interface/index.js";
import { isManifestPath } from "../detectors/manifest/wanted-files.js";
import { MANIFEST_NAMES } from "../detectors/packages/wanted-files.js";
import { isProtoPath } from "../detectors/proto/applies.js";
import { isTsSourcePath } from "../detectors/ts/applies.js";
import type { Config } from "../config/types.js";
import { sidesOf } from "./sides.js";
import type { ChangeSet, Detector } from "./types.js";

/** A detector before it is loaded. */
export interface DetectorEntry {
  id: string;
  /** The files it reads (the same function as the loaded detector's `appliesTo`). */
  appliesTo?(path: string, config: Config): boolean;
  /** For ChangeSet-level analysis: whether this ChangeSet gives it anything to look at. */
  wanted?(cs: ChangeSet, config: Config): boolean;
  load(): Promise<Detector>;
}

/**
 * In one explicit list (test/registry.test.ts checks each folder is here, and that each entry's
 * `appliesTo` is its detector's). `interface` is the generic fallback; the engine treats it
 * specially (see review-file.ts).
 */
export const detectors: readonly DetectorEntry[] = [
  {
    id: "interface",
    appliesTo: isInterfacePath,
    load: async () => (await import("../detectors/interface/index.js")).interfaceDetector,
  },
  {
    id: "packages",
    // Packages come from the manifests in the base tree, or from config `packages:`: with neither,
    // it has none to find (and its YAML and TOML parsers need not load).
    wanted: (cs, config) =>
      cs.workspace !== undefined &&
      (Object.keys(config.packages).length > 0 ||
        Object.keys(cs.workspace.files).some((p) => MANIFEST_NAMES.has(posix.basename(p)))),
    load: async () => (await import("../detectors/packages/index.js")).packagesDetector,
  },
  {
    id: "fork",
    wanted: (cs) => cs.files.length > 0,
    load: async () => (await import("../detectors/fork/index.js")).forkDetector,
  },
  {
    id: "watch",
    wanted: (_cs, config) => config.watch.length > 0,
    load: async () => (await import("../detectors/watch/index.js")).watchDetector,
  },
  {
    id: "proto",
    appliesTo: isProtoPath,
    load: async () => (await import("../detectors/proto/index.js")).protoDetector,
  },
  { id: "ts", appliesTo: isTsSourcePath, load: async () => (await import("../detectors/ts/index.js")).tsDetector },
  {
    id: "manifest",
    appliesTo: isManifestPath,
    // its ChangeSet rules weigh every error finding against the versions of the package.json and
    // build files the change set knows of (changed or in the workspace): with none, they say nothing
    wanted: (cs) => cs.files.length > 0 && [...sidesOf(cs).paths].some(isManifestPath),
    load: async () => (await import("../detectors/manifest/index.js")).manifestDetector,
  },
  { id: "c", appliesTo: isHeaderPath, load: async () => (await import("../detectors/c/index.js")).cDetector },
  { id: "cpp", appliesTo: isHeaderPath, load: async () => (await import("../detectors/cpp/index.js")).cppDetector },
];

/**
 * The detectors this ChangeSet needs, loaded, in registry order: the generic one always, a file
 * detector when one of the changed files is its kind, a ChangeSet detector when it is wanted.
 * Already loaded detectors (tests pass their own) are taken as they are.
 */
export async function loadDetectors(
  list: readonly (Detector | DetectorEntry)[],
  cs: ChangeSet,
  config: Config,
): Promise<Detector[]> {
  const needed = (d: Detector | DetectorEntry) =>
    !("load" in d) ||
    d.id === "interface" ||
    (d.appliesTo !== undefined && cs.files.some((f) => d.appliesTo!(f.path, config))) ||
    ("wanted" in d && d.wanted !== undefined && d.wanted(cs, config));
  const loaded: Detector[] = [];
  // One at a time: detectors share modules, and jest's ESM loader fails on concurrent first imports.
  for (const d of list.filter(needed)) loaded.push("load" in d ? await d.load() : d);
  return loaded;
}
