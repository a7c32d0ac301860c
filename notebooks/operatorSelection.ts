/** Notebook 5. Which operator selection policy (rule 5 of the thread)? */
import { comparisonNotebook } from "./lib/comparisonNotebook.js";

await comparisonNotebook({
  name: "operator-selection",
  title: "Which operator selection policy?",
  question:
    "Within current sales, should a client go to the operator with the least actual workload (rule 5), or by round robin, to the longest idle, or to the client's own manager first?",
  experiment: "scenarios/experiments/operator-selection.json",
  metrics: {
    "inbound.pAbandon": "abandonment",
    "channel.own extension.slServed.20": "own-extension service level",
    "inbound.meanWait": "mean wait",
    "overall.revenuePerDay": "revenue",
    "money.profitPerDay": "profit",
  },
  chart: { metric: "inbound.meanWait", label: "mean wait (s)" },
  sensitivity: { label: "one operator fewer", changes: [{ remove: "pools[operators].staff[Operator 4]" }] },
});
