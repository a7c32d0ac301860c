import { MEASURES, type Difference, type Measure } from "../../engine/results/index.js";

/**
 * What a paired difference from the base says about a set-up on one measure: significantly
 * `better` or `worse` (by the measure's direction in the catalogue), significant on a `neutral`
 * measure (neither good nor bad), or `notSignificant` (the interval holds zero).
 */
export type Judgement = "better" | "worse" | "neutral" | "notSignificant";

/** The judgement of a difference on a measure, or null where there is no difference. */
export function judge(measure: Measure, d: Pick<Difference, "mean" | "significant"> | null): Judgement | null {
  if (d === null) return null;
  if (!d.significant) return "notSignificant";
  const direction = MEASURES[measure].direction;
  if (direction === "neutral" || d.mean === 0) return "neutral";
  return (direction === "higher") === d.mean > 0 ? "better" : "worse";
}
