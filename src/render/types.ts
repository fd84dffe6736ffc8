import type { Config } from "../config/types.js";

/** What the check run shows; the app sends `annotations` in batches of 50. */
export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
  annotations: Annotation[];
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "failure" | "warning" | "notice";
  title: string;
  message: string;
}

/** Context the renderers need beyond the Review: names from config, links. */
export interface RenderOptions {
  config: Config;
  /** Link to the docs (docs/rules.md, docs/config.md …) — defaults to the repository's docs. */
  docsUrl?: string;
  /** Extra markdown sections the app adds (config preview, divergence, watch mentions). */
  extraSections?: { title: string; markdown: string }[];
}

/** The hidden marker that identifies the sticky comment. */
export const COMMENT_MARKER = "<!-- impactgate -->";
