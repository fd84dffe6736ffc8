/**
 * Levenshtein distance, for "did you mean" hints. Inputs are capped by the callers (keys, command
 * words), so the quadratic table stays small.
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

/** The closest candidate within `max` edits (and less than half the word), if any. */
export function closest(word: string, candidates: readonly string[], max = 2): string | undefined {
  if (word.length > 64) return undefined;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= max && distance < Math.max(word.length, 2) / 2 + 1 && (!best || distance < best.distance))
      best = { candidate, distance };
  }
  return best?.candidate;
}
