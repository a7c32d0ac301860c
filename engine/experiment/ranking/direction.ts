/** Which way a figure is better: more is better, less is better, or neither (shown, never judged). */
export type Direction = "higher" | "lower" | "neutral";

/**
 * A difference (a - b) turned into "how much better a is than b" for a figure with this
 * direction: positive when a is better. Neutral figures have no better side: always 0.
 */
export function advantage(difference: number, direction: Direction): number {
  if (direction === "neutral") return 0;
  return direction === "higher" ? difference : -difference;
}
