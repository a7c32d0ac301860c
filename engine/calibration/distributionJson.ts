import type { FamilyFit } from "./familyFit.js";

/** Rounds to 4 significant digits, so the variant reads as measured values, not noise. */
export const round4 = (x: number): number => (x === 0 ? 0 : Number(x.toPrecision(4)));

/** The bounds of cv the scenario language accepts for lognormal and gamma. */
const CV_RANGE: [number, number] = [0.01, 10];

/**
 * The scenario's JSON for a fitted family (values in seconds or currency), or null when the
 * scenario cannot state it (a cv outside 0.01..10).
 */
export function distributionJson(fit: FamilyFit): Record<string, unknown> | null {
  const p = fit.parameters;
  switch (fit.kind) {
    case "exponential":
      return { kind: "exponential", mean: round4(p.mean!) };
    case "lognormal":
    case "gamma":
      if (!(p.cv! >= CV_RANGE[0] && p.cv! <= CV_RANGE[1])) return null;
      return { kind: fit.kind, mean: round4(p.mean!), cv: round4(p.cv!) };
    case "uniform":
      return { kind: "uniform", min: round4(p.min!), max: round4(p.max!) };
    case "triangular":
      return { kind: "triangular", min: round4(p.min!), mode: round4(p.mode!), max: round4(p.max!) };
  }
}

/** "lognormal mean 181.2 [175, 188], cv 0.79 [0.76, 0.82]": a fit's parameters with their intervals. */
export function describeFit(fit: FamilyFit): string {
  const parts = Object.entries(fit.parameters).map(([name, value]) => {
    const i = fit.intervals[name];
    return `${name} ${round4(value)}${i ? ` [${round4(i[0])}, ${round4(i[1])}]` : ""}`;
  });
  return `${fit.kind} ${parts.join(", ")}`;
}
