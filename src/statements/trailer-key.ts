/**
 * The trailer form of a statement name, as git trailers are written: words joined by `-`, each
 * capitalised ("ABI impact" → "ABI-Impact", "Cross-package impact" → "Cross-Package-Impact").
 * The parser matches trailers case-insensitively; this is the spelling we suggest.
 */
export function trailerKey(name: string): string {
  return name
    .trim()
    .split(/[\s-]+/)
    .filter((word) => word !== "")
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("-");
}
