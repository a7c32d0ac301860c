/** Notebook 4. One admin over current sales and retail, or one each (rule 6)? */
import { comparisonNotebook } from "./lib/comparisonNotebook.js";

await comparisonNotebook({
  name: "admins",
  title: "One admin over two departments, or one each?",
  question:
    "One admin may run both current sales and retail (rule 6). Is that cheaper without hurting service, or does each department need its own?",
  experiment: "scenarios/experiments/admins.json",
  metrics: [
    {
      row: { scope: "approvals", subject: "admins", measure: "meanWait" },
      words: "wait for approvals at the current admin",
    },
    {
      row: { scope: "complaints", subject: "admins", measure: "meanWait" },
      words: "wait of complaints at the current admin",
    },
    { row: { scope: "inbound", measure: "pAbandon" }, words: "abandonment" },
    { row: { scope: "money", measure: "wagesPerDay" }, words: "wages" },
    { row: { scope: "money", measure: "profitPerDay" }, words: "profit" },
  ],
  chart: { metric: { scope: "money", measure: "profitPerDay" }, label: "profit per day (RUB)" },
});
