import { code, text } from "./escape.js";
import type { Category, CategoryState, Finding } from "../engine/types.js";

export const CATEGORY_TITLES: Record<Category, string> = {
  abi: "ABI",
  "cross-package": "Cross-package",
  fork: "Fork",
};

export const STATE_WORDS: Record<CategoryState, string> = {
  "not-needed": "no statement needed",
  stated: "stated",
  missing: "not stated",
  contradicted: "says none, but the diff disagrees",
  acknowledged: "acknowledged by a maintainer",
};

export const STATE_ICONS: Record<CategoryState, string> = {
  "not-needed": "⚪",
  stated: "✅",
  missing: "❌",
  contradicted: "❌",
  acknowledged: "☑️",
};

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** `path:line` with the symbol when there is one, both escaped (they come from the pull request). */
export function where(f: Finding): string {
  return `${text(f.path)}:${f.line}${f.symbol ? ` ${code(f.symbol)}` : ""}`;
}
