/** What the PR description says for one category. */
export interface ParsedStatement {
  /**
   * absent: no heading or trailer for it; empty: present but only whitespace, the template's
   * placeholder, TODO/TBD/…; none: an explicit "none" / "no impact" / "n/a"; text: a real statement.
   */
  kind: "absent" | "empty" | "none" | "text";
  /** The statement's text (comments stripped, trimmed). */
  text: string;
  /** 1-based line of the heading or label in the description, when present. */
  line?: number;
}
