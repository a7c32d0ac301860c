import { covers, patternHours, type ShiftPattern } from "./shiftPatterns.js";

/**
 * The pattern that covers the most of the intervals marked short (`short[k]` people missing in
 * interval k, each counted once), the shorter shift on a tie; -1 when none covers any.
 */
export function bestPattern(
  patterns: readonly ShiftPattern[],
  short: readonly number[],
  intervalSeconds: number,
): number {
  let best = -1;
  let bestGain = 0;
  let bestHours = Infinity;
  patterns.forEach((p, j) => {
    let gain = 0;
    short.forEach((n, k) => {
      if (n > 0 && covers(p, k, intervalSeconds)) gain++;
    });
    const hours = patternHours(p);
    if (gain > bestGain || (gain === bestGain && gain > 0 && hours < bestHours)) {
      best = j;
      bestGain = gain;
      bestHours = hours;
    }
  });
  return best;
}

/**
 * Whole shifts that put at least `needed[k]` people on duty in every interval k they can cover:
 * greedily, one person at a time on the pattern that covers the most intervals still short (the
 * shorter shift on a tie), at most `maxPeople` people. Returns people per pattern.
 */
export function coverShortfall(
  patterns: readonly ShiftPattern[],
  needed: readonly number[],
  intervalSeconds: number,
  maxPeople: number,
): number[] {
  const counts = patterns.map(() => 0);
  const short = needed.slice();
  for (let people = 0; people < maxPeople; people++) {
    const j = bestPattern(patterns, short, intervalSeconds);
    if (j < 0) break;
    counts[j]!++;
    short.forEach((n, k) => {
      if (covers(patterns[j]!, k, intervalSeconds)) short[k] = n - 1;
    });
  }
  return counts;
}
