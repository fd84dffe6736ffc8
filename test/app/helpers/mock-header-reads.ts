import type { github } from "./github.js";
import { headerChangeFiles, POINT_H_AFTER, POINT_H_BEFORE } from "./change.js";
import { payload } from "./payloads.js";

const pr = payload("pull-request-opened-without-statement").pull_request;

/** What differs between reviews of the header change; every field defaults to the opened PR's. */
export interface HeaderReads {
  /** The commits reviewed. */
  head?: string;
  base?: string;
  /** `include/point.h` as read at `base` and at `head`. */
  before?: string;
  after?: string;
  /** The PR's listed files: by default the header and a README edit (`headerChangeFiles`). */
  files?: object[];
}

/**
 * What reviewing the header change reads: the PR's files and `include/point.h` at both commits
 * (the base version is rebuilt from the patch; declared for tests whose patch does not apply).
 * No manifest sits above the change, so the base tree is not read.
 */
export function mockHeaderReads(gh: ReturnType<typeof github>, reads: HeaderReads = {}): void {
  const { head = pr.head.sha as string, base = pr.base.sha as string } = reads;
  gh.files(reads.files ?? headerChangeFiles());
  gh.content("include/point.h", base, reads.before ?? POINT_H_BEFORE);
  gh.content("include/point.h", head, reads.after ?? POINT_H_AFTER);
}
