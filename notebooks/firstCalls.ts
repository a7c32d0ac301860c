/** Notebook 1. Where should a new client's first call go (rule 1)? */
import { comparisonNotebook } from "./lib/comparisonNotebook.js";

await comparisonNotebook({
  name: "first-calls",
  title: "Where should a first call go?",
  question: "When a new client calls the public number, should current sales answer (rule 1) or active sales?",
  experiment: "scenarios/experiments/first-calls.json",
  metrics: {
    "channel.call.pAbandon": "abandonment of calls",
    "channel.call.slServed.20": "calls answered within 20 s",
    "overall.dealsPerDay": "deals",
    "overall.revenuePerDay": "revenue",
    "money.profitPerDay": "profit",
  },
  chart: { metric: "channel.call.pAbandon", label: "abandonment of calls" },
  sensitivity: {
    label: "a third closer",
    changes: [{ add: "pools[closers].staff", value: { name: "Closer 3", role: "closing manager", hourlyCost: 520 } }],
  },
});
