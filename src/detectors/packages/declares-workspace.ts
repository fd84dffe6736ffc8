import { memberTests } from "./member-dirs.js";
import type { Config } from "../../config/types.js";

/**
 * True when the root workspace files (or config `packages:`) declare packages, so a source can
 * stop after fetching the root files of a single-package repository.
 */
export function declaresWorkspace(rootFiles: Record<string, string>, config: Config): boolean {
  return Object.keys(config.packages).length > 0 || Object.keys(memberTests(rootFiles)).length > 0;
}
