import { closest, distance } from 'fastest-levenshtein';

/** The allowed name nearest to a mistyped one, if it is plausibly a typo (edit distance ≤ 2). */
export function closestName(typed: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const best = closest(typed, [...allowed]);
  return distance(typed, best) <= 2 ? best : undefined;
}
