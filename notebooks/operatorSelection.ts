/** Notebook 5. Which operator selection policy (rule 5 of the thread)? */
import { comparisonNotebook } from "./lib/comparisonNotebook.js";

await comparisonNotebook({
  name: "operator-selection",
  title: "Which operator selection policy?",
  question:
    "Within current sales, should a client go to the operator with the least actual workload (rule 5), or by round robin, to the longest idle, or to the client's own manager first?",
  experiment: "scenarios/experiments/operator-selection.json",
  metrics: [
    { row: { scope: "inbound", measure: "pAbandon" }, words: "abandonment" },
    {
      row: {
        scope: "channel",
        subject: "own extension",
        measure: "slServed",
        breakdown: { kind: "threshold", value: 20 },
      },
      words: "own-extension service level",
    },
    { row: { scope: "inbound", measure: "meanWait" }, words: "mean wait" },
    { row: { scope: "overall", measure: "revenuePerDay" }, words: "revenue" },
    { row: { scope: "money", measure: "profitPerDay" }, words: "profit" },
  ],
  chart: { metric: { scope: "inbound", measure: "meanWait" }, label: "mean wait (s)" },
});
