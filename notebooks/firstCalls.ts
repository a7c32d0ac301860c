/** Notebook 1. Where should a new client's first call go (rule 1)? */
import { comparisonNotebook } from "./lib/comparisonNotebook.js";

await comparisonNotebook({
  name: "first-calls",
  title: "Where should a first call go?",
  question: "When a new client calls the public number, should current sales answer (rule 1) or active sales?",
  experiment: "scenarios/experiments/first-calls.json",
  metrics: [
    { row: { scope: "channel", subject: "call", measure: "pAbandon" }, words: "abandonment of calls" },
    {
      row: { scope: "channel", subject: "call", measure: "slServed", breakdown: { kind: "threshold", value: 20 } },
      words: "calls answered within 20 s",
    },
    { row: { scope: "overall", measure: "dealsPerDay" }, words: "deals" },
    { row: { scope: "overall", measure: "revenuePerDay" }, words: "revenue" },
    { row: { scope: "money", measure: "profitPerDay" }, words: "profit" },
  ],
  chart: { metric: { scope: "channel", subject: "call", measure: "pAbandon" }, label: "abandonment of calls" },
});
