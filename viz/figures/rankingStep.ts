import type { PairedDifference } from "../../engine/results/index.js";
import type { Judgement } from "../data/judgement.js";
import { formatDifference, type Unit } from "../data/metricKinds.js";
import type { Format } from "../i18n/index.js";

/** How far a set-up is behind another on the objective, as the ranking table shows it. */
export interface RankingStep {
  /**
   * The other set-up's objective minus this one's, signed so that a positive step is behind
   * (less of a "higher" objective, more of a "lower" one), in the objective's unit.
   */
  behind: number;
  /** Its paired 95% interval, signed the same way. */
  ci95: [number, number];
  /** "+45 000 ₽" in the unit's format (shares in points). */
  text: string;
  /** "[+12 000 ₽, +78 000 ₽]". */
  interval: string;
  /**
   * What the step says of the set-up behind: `worse` when it is significantly behind, `better`
   * when significantly ahead (ranked lower for a broken constraint), else `notSignificant`.
   */
  judgement: Judgement;
}

/** The step of a paired difference (other − this) on an objective of the given direction; null for none. */
export function rankingStep(
  d: Pick<PairedDifference, "mean" | "ci95" | "significant"> | null,
  direction: "higher" | "lower",
  unit: Unit,
  format: Format,
): RankingStep | null {
  if (d === null) return null;
  const behind = direction === "higher" ? d.mean : -d.mean;
  const ci95: [number, number] = direction === "higher" ? [d.ci95[0], d.ci95[1]] : [-d.ci95[1], -d.ci95[0]];
  const judgement: Judgement = !d.significant || behind === 0 ? "notSignificant" : behind > 0 ? "worse" : "better";
  const f = (v: number) => formatDifference(format, unit, v);
  return { behind, ci95, text: f(behind), interval: format.interval(f(ci95[0]), f(ci95[1])), judgement };
}
