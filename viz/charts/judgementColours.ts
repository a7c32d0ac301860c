import type { Judgement } from "../data/judgement.js";

/** Colour of a difference by its judgement: better green, worse red, neutral and not significant grey. */
export const JUDGEMENT_COLOURS: Record<Judgement, string> = {
  better: "#2ca02c",
  worse: "#d62728",
  neutral: "#7f7f7f",
  notSignificant: "#7f7f7f",
};
