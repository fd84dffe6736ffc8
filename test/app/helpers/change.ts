import { createTwoFilesPatch } from "diff";

/** A real header change: a field appended to a struct and a function removed (breaks callers). */
export const POINT_H_BEFORE = `#ifndef POINT_H
#define POINT_H

struct point {
	int x;
	int y;
};

int point_area(struct point p);

#endif
`;

export const POINT_H_AFTER = `#ifndef POINT_H
#define POINT_H

struct point {
	int x;
	int y;
	int z;
};

#endif
`;

/** GitHub's `patch` field: the unified diff from the first hunk header on. */
export function githubPatch(before: string, after: string): string {
  const full = createTwoFilesPatch("a", "b", before, after, "", "", { context: 3 });
  return full.slice(full.indexOf("@@")).trimEnd();
}

/** A `pulls.listFiles` entry. */
export function listedFile(filename: string, status: string, patch: string, extra: object = {}) {
  return { sha: "0".repeat(40), filename, status, additions: 1, deletions: 1, changes: 2, patch, ...extra };
}

/** The PR's files: the header change (needs contents) and a README edit (must not be fetched). */
export function headerChangeFiles() {
  return [
    listedFile("include/point.h", "modified", githubPatch(POINT_H_BEFORE, POINT_H_AFTER)),
    listedFile("README.md", "modified", "@@ -1 +1 @@\n-Hello\n+Hello, world"),
  ];
}
