export { dominatedBy, pairedVerdict, worseOnEveryFigure, type ShownFigure } from "./dominance.js";
export { rankSetUps, type Constraint, type Objective, type RankedSetUp, type RankingInput } from "./rankSetUps.js";
