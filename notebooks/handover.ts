/** Notebook 2. Hand clients from active to current sales after deal 1 or deal 2 (rule 4)? */
import { comparisonNotebook } from "./lib/comparisonNotebook.js";

await comparisonNotebook({
  name: "handover",
  title: "Hand over after deal 1 or deal 2?",
  question:
    "Active sales wins a client; should it hand the client to current sales after the first deal, or keep the client until the second (or until a representative first deal)?",
  experiment: "scenarios/experiments/handover.json",
  metrics: [
    { row: { scope: "department", subject: "active sales", measure: "revenue" }, words: "active sales revenue" },
    { row: { scope: "department", subject: "current sales", measure: "revenue" }, words: "current sales revenue" },
    { row: { scope: "overall", measure: "dealsPerDay" }, words: "deals" },
    { row: { scope: "overall", measure: "revenuePerDay" }, words: "revenue" },
    { row: { scope: "money", measure: "profitPerDay" }, words: "profit" },
  ],
  chart: { metric: { scope: "overall", measure: "dealsPerDay" }, label: "deals per day" },
});
