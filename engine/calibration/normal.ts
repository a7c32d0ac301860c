import { regularizedGammaP } from "../stats/index.js";
import { normalQuantile } from "../random/index.js";

/** The standard normal CDF, exactly through the incomplete gamma: Φ(z) = (1 + sign(z) P(1/2, z²/2)) / 2. */
export function normalCdf(z: number): number {
  if (z === 0) return 0.5;
  const p = regularizedGammaP(0.5, (z * z) / 2);
  return z > 0 ? (1 + p) / 2 : (1 - p) / 2;
}

/** The two-sided critical value z for a confidence level (1.96 for 0.95). */
export const twoSidedZ = (confidence: number): number => normalQuantile(1 - (1 - confidence) / 2);
