import unhomoglyph from "unhomoglyph";

/**
 * Characters that render as nothing: Unicode's default-ignorable code points (zero-width spaces
 * and joiners, U+3164 and the other Hangul fillers, the soft hyphen, bidi controls, variation
 * selectors, tag characters), control characters, and U+2800 (the blank Braille pattern, which is
 * not default-ignorable but draws nothing). One character class, no quantifier nesting: linear.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}\u2800]/gu;

/** NFKC with the invisible characters removed; lengths change, so apply it before measuring. */
export function visibleChars(text: string): string {
  return text.normalize("NFKC").replace(/\t/g, " ").replace(INVISIBLE, "");
}

/**
 * The text a reader sees, in a comparable form: NFKC (fullwidth `Ｎ／Ａ` → `N/A`, `&nbsp;` → space,
 * ligatures and compatibility forms to their plain letters), invisible characters removed, every
 * run of white space one space. Line breaks are kept (statements and commands are line-based).
 */
export function normalizeVisible(text: string): string {
  return text
    .split("\n")
    .map((line) => visibleChars(line).replace(/\s+/g, " ").trim())
    .join("\n");
}

/**
 * A form in which look-alike letters compare equal (Unicode's confusables, UTS #39): Cyrillic
 * `nоnе` and Greek `Νοne` both become `none`. Folded before and after lowercasing, because some
 * capitals fold only as capitals (Greek `Ν` → `N`, while its lowercase `ν` → `v`). For matching only:
 * the folded text is never shown. Both sides of a comparison must be folded (`m` folds to `rn`).
 */
export function foldConfusables(text: string): string {
  return unhomoglyph(unhomoglyph(text).toLowerCase());
}
