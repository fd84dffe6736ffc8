/**
 * The engine contract. Everything here is data: the app and the CLI build a {@link ChangeSet},
 * the engine runs detectors and policies over it and returns a {@link Review}.
 */
import type { Category, Config, Severity } from "../config/types.js";

// The policy vocabulary is declared with the config (the engine's input), not here.
export { CATEGORIES } from "../config/types.js";
export type { Category, Level, Severity } from "../config/types.js";

/** One fact a detector states about the change. Policies decide what it means for the verdict. */
export interface Finding {
  /** Stable id `<detector>/<kebab-rule>`, documented in docs/rules.md. */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Path in the head tree (the base path for removed files). */
  path: string;
  /** 1-based line in the file the finding is about (after version, or before for removals). */
  line: number;
  endLine?: number;
  /** The interface element, e.g. `struct kvm_run.flags`, `pkg.Msg.field`, `foo()`. */
  symbol?: string;
  message: string;
  /**
   * Judged against the last release: the tag since which this break is already on the base
   * branch, untouched by the pull request. It stays a notice whatever `rules:` says (only `off`
   * drops it), so a verdict decided again (an edit, an acknowledgement) never blocks on it.
   */
  alreadySince?: string;
  /**
   * Judged against the merge base, then checked against the last release (`compare.unreleased:
   * notice`): the tag that does not have this interface. Like `alreadySince`, it stays a notice
   * whatever `rules:` says when the verdict is decided again.
   */
  unreleasedSince?: string;
}

/** One hunk line range, as parse-diff gives it. */
export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** Raw hunk lines with their `+`, `-` or ` ` prefix. */
  lines: string[];
}

export type FileStatus = "added" | "modified" | "removed" | "renamed";

/** The two versions of one changed file. Contents are null where the file does not exist. */
export interface FilePair {
  path: string;
  previousPath?: string;
  status: FileStatus;
  before: string | null;
  after: string | null;
  hunks: Hunk[];
  /** Set by the source when it did not fetch the contents (binary, over a cap, not applicable). */
  skipped?: string;
}

/** Extra repository context the changeset-level detectors need; the source fetches it. */
export interface WorkspaceContext {
  /** Every file path on the base tree (from one recursive tree read). */
  paths: string[];
  /** Contents of the manifest files wanted by `workspaceFilesWanted` (base versions). */
  files: Record<string, string>;
}

export interface UpstreamContext {
  /** `owner/repo` of the upstream, or a git remote name for the CLI. */
  repo: string;
  branch: string;
  /** Commits the fork is ahead of / behind upstream, when known. */
  ahead?: number;
  behind?: number;
  /** Upstream version of each changed path it owns; null = upstream has no such file. */
  files: Record<string, string | null>;
}

/** An acknowledgement made by a maintainer (comment command, requested action or label). */
export interface Acknowledgement {
  category: Category | "all";
  by: string;
  at: string;
  reason: string;
  /** Fingerprints (see engine/fingerprint) of the error findings the ack saw. Empty = label ack. */
  fingerprints: string[];
  /** Label acks cover whatever is there; command acks only what they saw. */
  coversNew?: boolean;
}

export interface ChangeSet {
  repo: { owner: string; name: string };
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  title: string;
  body: string;
  files: FilePair[];
  workspace?: WorkspaceContext;
  upstream?: UpstreamContext;
  /**
   * Unchanged headers the changed ones include, transitively (path → text at the head, the same
   * on both sides): the C/C++ detectors resolve the macros and types defined there. Read by the
   * source (`readIncludeClosure`); without it the detectors look in `workspace.files`.
   */
  includes?: Record<string, string>;
  acknowledgements?: Acknowledgement[];
  /** Files or bytes the source could not review (caps, huge PRs); said in the summary. */
  notReviewed?: { path: string; reason: string }[];
}

/** A named symbol a detector saw, for cross-detector rules (parallel interfaces, watch lists). */
export interface SymbolEntry {
  name: string;
  kind:
    | "function"
    | "struct"
    | "union"
    | "enum"
    | "typedef"
    | "macro"
    | "message"
    | "service"
    | "rpc"
    | "export"
    | "class"
    | "variable"
    | "field";
  path: string;
  line: number;
}

/** Markdown a detector wants shown in the summary and the comment (e.g. a layout table). */
export interface ReportSection {
  title: string;
  markdown: string;
}

export interface DetectorOutput {
  findings: Finding[];
  /** True when the detector understood the file, so its findings replace `interface/changed`. */
  parsed: boolean;
  sections?: ReportSection[];
  symbols?: { before: SymbolEntry[]; after: SymbolEntry[] };
}

export interface DetectorContext {
  config: Config;
  changeSet: ChangeSet;
  /**
   * Charges `units` of work (default 1; see engine/budget.ts for what a unit is) and throws
   * BudgetExceededError once this file's work budget is spent. Call it in every loop whose length
   * the input decides, and before handing a large text to a parser.
   */
  checkBudget(units?: number): void;
}

export interface ChangeSetContext extends DetectorContext {
  /** Findings of the file-level detectors, after rule levels were applied. */
  findings: Finding[];
  symbols: { before: SymbolEntry[]; after: SymbolEntry[] };
}

/** One detector: file-level (`analyze`) or changeset-level (`analyzeChangeSet`), or both. */
export interface Detector {
  id: string;
  title: string;
  /** Loads parsers (wasm grammars); called once before the first analyze. */
  init?(): Promise<void>;
  appliesTo?(path: string, config: Config): boolean;
  analyze?(pair: FilePair, ctx: DetectorContext): DetectorOutput;
  analyzeChangeSet?(cs: ChangeSet, ctx: ChangeSetContext): DetectorOutput;
}

/** What a ChangeSet source needs of a detector before loading it: its id and which files it reads. */
export type DetectorInfo = Pick<Detector, "id" | "appliesTo">;

export type CategoryState = "not-needed" | "stated" | "missing" | "contradicted" | "acknowledged";

export interface CategoryResult {
  state: CategoryState;
  /** The statement text found in the description, if any. */
  statement?: string;
  /** Error findings in the category (the ones that require a statement). */
  errors: number;
  acknowledgement?: Acknowledgement;
}

export type Conclusion = "success" | "action_required" | "failure";

export interface Review {
  conclusion: Conclusion;
  findings: Finding[];
  categories: Record<Category, CategoryResult>;
  sections: ReportSection[];
  symbols: { before: SymbolEntry[]; after: SymbolEntry[] };
  notReviewed: { path: string; reason: string }[];
  /** Set when conclusion is failure: what went wrong and how to fix it. */
  failure?: { reason: string; hint: string };
}
