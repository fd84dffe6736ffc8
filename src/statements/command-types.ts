import type { Category } from "../engine/types.js";

/** A PR comment command, as `parseCommand` reads it. */
export type Command =
  | { kind: "ack"; category: Category | "all"; reason: string }
  | { kind: "recheck" }
  | { kind: "help" }
  /** Looked like a command but could not be used; `message` says how to write it. */
  | { kind: "invalid"; message: string };
