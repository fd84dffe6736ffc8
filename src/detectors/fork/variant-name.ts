/**
 * Names a second version of an interface usually gets: `foo_v2`, `fooV2`, `foo2`, `foo_2`,
 * `foo64`, `foo_new`, `fooNew`, `foo_ex`, `fooEx`. Each pattern captures the base name.
 * Applied to identifiers the parsers produced, not to source text.
 */
const VARIANTS: RegExp[] = [
  /^(.+?)_?[vV]([2-9]|\d{2,})$/,
  /^(.+?[^\d_])_?([2-9]|\d{2,})$/,
  /^(.+?)_(new|ex|NEW|EX)$/,
  /^(.+?[a-z0-9])(New|Ex)$/,
];

/** Candidate base names `name` could be a second version of (empty when it looks like a first version). */
export function variantBases(name: string): string[] {
  const bases = new Set<string>();
  for (const re of VARIANTS) {
    const m = re.exec(name);
    if (m && m[1].length >= 2) bases.add(m[1].replace(/_+$/, ""));
  }
  return [...bases];
}
